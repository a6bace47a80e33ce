// Sections of an article and the blocks they hold.
import { Type, type Static } from '@sinclair/typebox'
import { SAMPLE_MEDIA_ID } from './examples.js'
import { Id, Nullable, Ref, StringEnum, WebUrl } from './common.js'
import { InlineContent } from './rich-text.js'

export const ParagraphBlockSchema = Type.Object({
  type: Type.Literal('paragraph'),
  text: Type.String({ minLength: 1, maxLength: 20000, description: 'Plain text of the paragraph, for clients that show only text', examples: ['Fünf Stunden dauerten die Gespräche …'] }),
  content: Type.Optional(InlineContent('The paragraph as rich text: spans with marks (emphasis, links) and line breaks'))
}, {
  $id: 'ParagraphBlock',
  description: 'A paragraph of body text; `content` holds it with marks when it has any',
  additionalProperties: false,
  examples: [{
    type: 'paragraph',
    text: 'Putin lobte die Gespräche in Wladiwostok.',
    content: [
      { type: 'text', text: 'Putin lobte die Gespräche', marks: [{ type: 'link', href: 'https://www.kremlin.ru/' }] },
      { type: 'text', text: ' in ' },
      { type: 'text', text: 'Wladiwostok', marks: [{ type: 'emphasis' }] },
      { type: 'text', text: '.' }
    ]
  }]
})

export const QuoteBlockSchema = Type.Object({
  type: Type.Literal('quote'),
  text: Type.String({ minLength: 1, maxLength: 5000, description: 'The quoted words', examples: ['Ja, wir sind mit den Ergebnissen der Gespräche zufrieden.'] }),
  attribution: Nullable(Type.String({ maxLength: 300, description: 'Who said it', examples: ['Wladimir Putin'] })),
  content: Type.Optional(InlineContent('The quoted words as rich text'))
}, { $id: 'QuoteBlock', description: 'A quotation set apart from the body text', additionalProperties: false })

export const MediaBlockSchema = Type.Object({
  type: Type.Literal('media'),
  mediaId: Id({ description: 'Id of a media item attached to the article', examples: [SAMPLE_MEDIA_ID] }),
  alt: Type.Optional(Nullable(Type.String({ maxLength: 1000, description: 'Text alternative for readers who cannot see the image or video at this place', examples: ['Putin und Kim geben sich vor Flaggen die Hand'] })))
}, { $id: 'MediaBlock', description: 'A place in the body where a media item (image, video, audio) appears', additionalProperties: false })

export const SubheadingBlockSchema = Type.Object({
  type: Type.Literal('subheading'),
  text: Type.String({ minLength: 1, maxLength: 300, description: 'The sub-heading, one level below the section\'s heading', examples: ['Was Kim bekam'] })
}, { $id: 'SubheadingBlock', description: 'A minor heading inside a section (a section\'s own `heading` is the major one)', additionalProperties: false })

export const ListItemSchema = Type.Object({
  text: Type.String({ minLength: 1, maxLength: 5000, description: 'Plain text of the item', examples: ['Keine gemeinsame Erklärung'] }),
  content: Type.Optional(InlineContent('The item as rich text'))
}, { $id: 'ListItem', description: 'One item of a list', additionalProperties: false })

export const ListBlockSchema = Type.Object({
  type: Type.Literal('list'),
  style: StringEnum(['unordered', 'ordered'], { description: '`unordered` (bullets) or `ordered` (numbered)', examples: ['unordered'] }),
  items: Type.Array(Ref(ListItemSchema), { minItems: 1, maxItems: 500, description: 'The items in order' })
}, {
  $id: 'ListBlock',
  description: 'A bulleted or numbered list',
  additionalProperties: false,
  examples: [{ type: 'list', style: 'unordered', items: [{ text: 'Keine gemeinsame Erklärung' }, { text: 'Einladung nach Moskau' }] }]
})

export const EmbedBlockSchema = Type.Object({
  type: Type.Literal('embed'),
  provider: Type.String({ minLength: 1, maxLength: 100, description: 'Who hosts the embedded content, as readers know it', examples: ['YouTube'] }),
  url: WebUrl({ maxLength: 2000, description: 'The embedded content\'s own page (http or https): what a frontend embeds, and the fallback link where it embeds nothing', examples: ['https://www.youtube.com/watch?v=dQw4w9WgXcQ'] }),
  title: Nullable(Type.String({ maxLength: 300, description: 'What it is, for the fallback link\'s text; null when unknown', examples: ['Pressekonferenz in Wladiwostok'] }))
}, {
  $id: 'EmbedBlock',
  description: 'Content from another platform (a post, a video) shown where it stands. No embed code is stored: frontends build their own ' +
    'from `provider` and `url`, and HTML outputs show a plain link to `url`.',
  additionalProperties: false
})

const Cell = Type.String({ maxLength: 1000, description: 'Plain text of a cell' })

export const TableBlockSchema = Type.Object({
  type: Type.Literal('table'),
  caption: Nullable(Type.String({ maxLength: 300, description: 'What the table shows', examples: ['Ergebnis der Wahl'] })),
  header: Type.Array(Cell, { maxItems: 20, description: 'Column headings; empty when the table has none', examples: [['Partei', 'Stimmen']] }),
  rows: Type.Array(Type.Array(Cell, { maxItems: 20 }), { minItems: 1, maxItems: 200, description: 'The rows, each a list of cells', examples: [[['SPD', '25,7 %'], ['CDU', '24,1 %']]] })
}, { $id: 'TableBlock', description: 'A simple table of plain-text cells (election results, fixtures)', additionalProperties: false })

export const BlockSchema = Type.Union([
  Ref(ParagraphBlockSchema),
  Ref(QuoteBlockSchema),
  Ref(MediaBlockSchema),
  Ref(SubheadingBlockSchema),
  Ref(ListBlockSchema),
  Ref(EmbedBlockSchema),
  Ref(TableBlockSchema)
], { $id: 'Block', description: 'One block of an article body; `type` tells which kind. Clients should skip types they do not know: more may be added.' })

export const SectionSchema = Type.Object({
  position: Type.Integer({ minimum: 1, description: '1-based position of the section in the article', examples: [2] }),
  heading: Nullable(Type.String({ description: 'Sub-heading; null for text before the first sub-heading', examples: ['Keine Erklärungen'] })),
  blocks: Type.Array(Ref(BlockSchema), { description: 'The section\'s blocks in reading order' })
}, { $id: 'Section', description: 'A run of body blocks under one sub-heading' })

export const SectionListSchema = Type.Object({
  items: Type.Array(Ref(SectionSchema), { description: 'Sections in reading order' })
}, { $id: 'SectionList', description: 'The sections of an article' })

export type ParagraphBlock = Static<typeof ParagraphBlockSchema>
export type QuoteBlock = Static<typeof QuoteBlockSchema>
export type MediaBlock = Static<typeof MediaBlockSchema>
export type SubheadingBlock = Static<typeof SubheadingBlockSchema>
export type ListItem = Static<typeof ListItemSchema>
export type ListBlock = Static<typeof ListBlockSchema>
export type EmbedBlock = Static<typeof EmbedBlockSchema>
export type TableBlock = Static<typeof TableBlockSchema>
export type Block = Static<typeof BlockSchema>
export type Section = Static<typeof SectionSchema>
