// Search results: article summaries with the snippet that matched and where it is.
import { Type, type Static } from '@sinclair/typebox'
import { ArticleSummarySchema } from './article.js'
import { Nullable, Ref } from './common.js'

export const SearchHitSchema = Type.Object({
  ...ArticleSummarySchema.properties,
  snippet: Type.String({
    description: 'HTML: a passage around the match, the article text escaped and matches in `<mark>…</mark>`',
    examples: ['… Fünf Stunden dauerten die <mark>Gespräche</mark> zwischen Russlands Präsident Wladimir Putin …']
  }),
  sectionPosition: Nullable(Type.Integer({
    minimum: 1,
    description: 'The section the snippet is from, to jump to; null when the match is in the title, kicker, teaser or a caption',
    examples: [1]
  }))
}, { $id: 'SearchHit', description: 'An article that matches, with where it matches. With `fields`, only the named article fields, `id`, `snippet` and `sectionPosition` are present.' })

export const SearchResultsSchema = Type.Object({
  items: Type.Array(Ref(SearchHitSchema), { description: 'Matching articles, best first (bm25; title weighs most)' }),
  nextCursor: Nullable(Type.String({ description: 'Pass as `cursor` for the next page; null on the last page', examples: [null] }))
}, { $id: 'SearchResults', description: 'One page of search results' })

export type SearchHit = Static<typeof SearchHitSchema>
