// Inline rich text of the body: text spans with marks (emphasis, strong, links, links to other articles) and line breaks.
import { Type, type Static } from '@sinclair/typebox'
import { LINK_URL_PATTERN } from '../lib/web-url.js'
import { SAMPLE_ARTICLE_ID } from './examples.js'
import { Id, Ref } from './common.js'

export const EmphasisMarkSchema = Type.Object({
  type: Type.Literal('emphasis')
}, { $id: 'EmphasisMark', description: 'Emphasis, usually shown in italics', additionalProperties: false, examples: [{ type: 'emphasis' }] })

export const StrongMarkSchema = Type.Object({
  type: Type.Literal('strong')
}, { $id: 'StrongMark', description: 'Strong emphasis, usually shown in bold', additionalProperties: false, examples: [{ type: 'strong' }] })

export const LinkMarkSchema = Type.Object({
  type: Type.Literal('link'),
  href: Type.String({
    format: 'uri',
    pattern: LINK_URL_PATTERN,
    maxLength: 2000,
    description: 'Where the link leads: an http://, https:// or mailto: URL only (anything else is a 400 naming the field)',
    examples: ['https://www.kremlin.ru/events/president/news/60370']
  })
}, { $id: 'LinkMark', description: 'A link to a page outside this API', additionalProperties: false, examples: [{ type: 'link', href: 'https://www.kremlin.ru/events/president/news/60370' }] })

export const ArticleLinkMarkSchema = Type.Object({
  type: Type.Literal('articleLink'),
  articleId: Id({ description: 'Id of the article linked to', examples: [SAMPLE_ARTICLE_ID] }),
  href: Type.Optional(Type.String({
    format: 'uri',
    description: 'Set by the server on reads: the linked article\'s current public URL, following slug changes. Ignored on writes. ' +
      'While the linked article is not public, public reads show the span as plain text (no mark at all) and previews show the mark without `href`.',
    examples: ['https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim']
  }))
}, {
  $id: 'ArticleLinkMark',
  description: 'A link to another article of this API by id: it keeps working when that article\'s slug changes',
  additionalProperties: false,
  examples: [{ type: 'articleLink', articleId: SAMPLE_ARTICLE_ID, href: 'https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim' }]
})

export const MarkSchema = Type.Union([
  Ref(EmphasisMarkSchema),
  Ref(StrongMarkSchema),
  Ref(LinkMarkSchema),
  Ref(ArticleLinkMarkSchema)
], { $id: 'Mark', description: 'A mark on a text span; `type` tells which kind' })

export const TextSpanSchema = Type.Object({
  type: Type.Literal('text'),
  text: Type.String({
    minLength: 1,
    maxLength: 20000,
    description: 'The span\'s text. Text is always text: `<b>` in it means the three characters, never markup, and every HTML output escapes it',
    examples: ['Wladiwostok']
  }),
  marks: Type.Optional(Type.Array(Ref(MarkSchema), { maxItems: 10, description: 'Marks on the span, outermost first; absent or empty: plain text' }))
}, {
  $id: 'TextSpan',
  description: 'A run of text with the same marks',
  additionalProperties: false,
  examples: [{ type: 'text', text: 'Kreml', marks: [{ type: 'link', href: 'https://www.kremlin.ru/' }] }]
})

export const LineBreakSchema = Type.Object({
  type: Type.Literal('break')
}, { $id: 'LineBreak', description: 'A line break within a paragraph (`\\n` in the plain `text`)', additionalProperties: false, examples: [{ type: 'break' }] })

export const InlineSchema = Type.Union([
  Ref(TextSpanSchema),
  Ref(LineBreakSchema)
], { $id: 'Inline', description: 'One piece of inline rich text; `type` tells which kind' })

/**
 * The rich version of a text: when present, the text it stands for must equal the inline nodes' text joined, each break
 * a `\n` (a 400 names the field otherwise), so clients reading only the plain `text` miss marks, never words.
 */
export function InlineContent (description: string) {
  return Type.Array(Ref(InlineSchema), {
    minItems: 1,
    maxItems: 2000,
    description: `${description}. Absent for plain text. Its spans joined (a break as "\\n") must equal \`text\`.`,
    examples: [[
      { type: 'text', text: 'Fünf Stunden dauerten die Gespräche in der Hafenstadt ' },
      { type: 'text', text: 'Wladiwostok', marks: [{ type: 'emphasis' }] },
      { type: 'text', text: '.' }
    ]]
  })
}

export type EmphasisMark = Static<typeof EmphasisMarkSchema>
export type StrongMark = Static<typeof StrongMarkSchema>
export type LinkMark = Static<typeof LinkMarkSchema>
export type ArticleLinkMark = Static<typeof ArticleLinkMarkSchema>
export type Mark = Static<typeof MarkSchema>
export type TextSpan = Static<typeof TextSpanSchema>
export type LineBreak = Static<typeof LineBreakSchema>
export type Inline = Static<typeof InlineSchema>
