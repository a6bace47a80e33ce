// Articles as the API shows them: the full article that renders a page, and the summary used in lists.
import { Type, type Static } from '@sinclair/typebox'
import { Id, Nullable, Ref, StringEnum, Timestamp, TotalSchema } from './common.js'
import { SAMPLE_ARTICLE_ID } from './examples.js'
import { ArticleMediaSchema, type StoredArticleMedia } from './media.js'
import { SectionSchema } from './section.js'

export const ArticleStatusSchema = StringEnum(['draft', 'scheduled', 'published', 'unpublished'], { $id: 'ArticleStatus', description: 'Workflow state; anonymous callers only ever see `published` articles' })

export const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$'

export function Slug (description: string) {
  return Type.String({
    pattern: SLUG_PATTERN,
    minLength: 1,
    maxLength: 100,
    description,
    examples: ['wenig-substanz-aber-pr-erfolg-fuer-kim']
  })
}

// The fields an article and its summary share, in the order both show them.
const summaryProperties = {
  id: Id({ description: 'Opaque, stable article id', examples: [SAMPLE_ARTICLE_ID] }),
  slug: Slug('URL-safe name, unique across articles; German letters are transliterated (ä → ae, ß → ss)'),
  url: Type.String({ format: 'uri', description: 'Public URL of the article on the website', examples: ['https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim'] }),
  kicker: Nullable(Type.String({ description: 'Short line above the headline', examples: ['Bilanz des Kim-Putin-Treffens'] })),
  title: Type.String({ minLength: 1, description: 'Headline', examples: ['Wenig Substanz, aber PR-Erfolg für Kim'] }),
  byline: Nullable(Type.String({ description: 'Who wrote it, as the source credits it', examples: [null] })),
  teaser: Nullable(Type.String({ description: 'Lead paragraph that sums the article up', examples: ['Nordkoreas Machthaber Kim sucht die Nähe zu Moskau. Bei seinem Treffen mit Kremlchef Putin kam wenig Greifbares heraus. Doch dessen verbale Unterstützung ist ein PR-Erfolg für Kim.'] })),
  language: Type.String({ pattern: '^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$', description: 'BCP 47 language tag', examples: ['de'] }),
  breadcrumb: Type.Array(Type.String(), { description: 'Category path from the site root, outermost first; may be empty', examples: [['Nachrichten', 'Politik', 'Ausland']] }),
  tags: Type.Array(Type.String(), { description: 'Free keywords', examples: [['Nordkorea', 'Russland']] }),
  kids: Type.Boolean({ description: 'Made for children: with `profile=kids` only such articles are shown, and only when all their media are rated FSK 0 or 6 (or unrated and made for children)', examples: [false] }),
  status: Ref(ArticleStatusSchema),
  publishedAt: Nullable(Timestamp({ description: 'Publication time; null when the source gives none (the API never invents one)', examples: ['2019-04-26T08:30:00.000Z'] })),
  updatedAt: Timestamp({ description: 'Last change to the article', examples: ['2024-05-02T10:00:00.000Z'] }),
  wordCount: Type.Integer({ minimum: 0, description: 'Words in the body (sections)', examples: [486] }),
  readingTimeMinutes: Type.Integer({ minimum: 0, description: 'Estimated reading time at 200 words per minute, rounded up', examples: [3] })
}

export const ArticleSummarySchema = Type.Object({
  ...summaryProperties,
  sections: Type.Optional(Type.Array(Ref(SectionSchema), { description: 'The body; only with `include=sections`' })),
  media: Type.Optional(Type.Array(Ref(ArticleMediaSchema), { description: 'Attached media, lead first; only with `include=media`' }))
}, {
  $id: 'ArticleSummary',
  description: 'The fields of an article a list shows. With `fields`, only the named fields and `id` are present.'
})

export const CorrectionSchema = Type.Object({
  at: Timestamp({ description: 'When the correction was made', examples: ['2024-05-03T08:00:00.000Z'] }),
  note: Type.String({ description: 'What was corrected, for readers', examples: ['In einer früheren Fassung stand, das Treffen habe drei Stunden gedauert.'] })
}, { $id: 'Correction', description: 'A public correction note' })

export const ArticleSchema = Type.Object({
  ...summaryProperties,
  createdAt: Timestamp({ description: 'When the article was created in this API', examples: ['2024-05-02T10:00:00.000Z'] }),
  version: Type.Integer({ minimum: 1, description: 'Increases with every change', examples: [1] }),
  source: Nullable(Type.String({ description: 'Where the article was imported from (the file name), for keys with the content:preview scope; null for every other reader and for articles written through the API', examples: [null] })),
  corrections: Type.Array(Ref(CorrectionSchema), { description: 'Public corrections made after publication, oldest first' }),
  sections: Type.Array(Ref(SectionSchema), { description: 'The body, in reading order' }),
  media: Type.Array(Ref(ArticleMediaSchema), { description: 'Media attached to the article, lead first' })
}, {
  $id: 'Article',
  description: 'A complete article with its sections and media: everything needed to render the page'
})

export const ArticleListSchema = Type.Object({
  items: Type.Array(Ref(ArticleSummarySchema), { description: 'Articles, newest first' }),
  nextCursor: Nullable(Type.String({ description: 'Pass as `cursor` to get the next page; null on the last page', examples: [null] })),
  total: Type.Optional(Ref(TotalSchema, { description: 'How many articles the whole list holds (every page), with `count=true` only' }))
}, { $id: 'ArticleList', description: 'One page of articles' })

export type Correction = Static<typeof CorrectionSchema>
export type ArticleStatus = Static<typeof ArticleStatusSchema>
export type ArticleSummary = Static<typeof ArticleSummarySchema>
export type Article = Static<typeof ArticleSchema>
export type ArticleList = Static<typeof ArticleListSchema>
/** An article as stored: its media without what the media rules decide per request (see src/media-rules/). */
export type StoredArticle = Omit<Article, 'media'> & { media: StoredArticleMedia[] }
