// Sections of an article and the blocks they hold.
import { Type, type Static } from '@sinclair/typebox'
import { SAMPLE_MEDIA_ID } from './examples.js'
import { Id, Nullable, Ref } from './common.js'

export const ParagraphBlockSchema = Type.Object({
  type: Type.Literal('paragraph'),
  text: Type.String({ minLength: 1, maxLength: 20000, description: 'Plain text of the paragraph', examples: ['Fünf Stunden dauerten die Gespräche …'] })
}, { $id: 'ParagraphBlock', description: 'A paragraph of body text', additionalProperties: false })

export const QuoteBlockSchema = Type.Object({
  type: Type.Literal('quote'),
  text: Type.String({ minLength: 1, maxLength: 5000, description: 'The quoted words', examples: ['Ja, wir sind mit den Ergebnissen der Gespräche zufrieden.'] }),
  attribution: Nullable(Type.String({ maxLength: 300, description: 'Who said it', examples: ['Wladimir Putin'] }))
}, { $id: 'QuoteBlock', description: 'A quotation set apart from the body text', additionalProperties: false })

export const MediaBlockSchema = Type.Object({
  type: Type.Literal('media'),
  mediaId: Id({ description: 'Id of a media item attached to the article', examples: [SAMPLE_MEDIA_ID] })
}, { $id: 'MediaBlock', description: 'A place in the body where a media item appears', additionalProperties: false })

export const BlockSchema = Type.Union([
  Ref(ParagraphBlockSchema),
  Ref(QuoteBlockSchema),
  Ref(MediaBlockSchema)
], { $id: 'Block', description: 'One block of an article body; `type` tells which kind' })

export const SectionSchema = Type.Object({
  position: Type.Integer({ minimum: 1, description: '1-based position of the section in the article', examples: [2] }),
  heading: Nullable(Type.String({ description: 'Sub-heading; null for text before the first sub-heading', examples: ['Keine Erklärungen'] })),
  blocks: Type.Array(Ref(BlockSchema), { description: 'The section\'s blocks in reading order' })
}, { $id: 'Section', description: 'A run of body blocks under one sub-heading' })

export const SectionListSchema = Type.Object({
  items: Type.Array(Ref(SectionSchema), { description: 'Sections in reading order' })
}, { $id: 'SectionList', description: 'The sections of an article' })

export type Block = Static<typeof BlockSchema>
export type Section = Static<typeof SectionSchema>
