// Search results: article summaries with the snippet that matched and where it is, an opt-in total and facets.
import { Type, type Static } from '@sinclair/typebox'
import { ArticleSummarySchema } from './article.js'
import { Nullable, Ref, TotalSchema } from './common.js'

export const SearchHitSchema = Type.Object({
  ...ArticleSummarySchema.properties,
  snippet: Type.String({
    description: 'HTML: a passage around the match, the article text escaped and every matched word form in `<mark>…</mark>` (inflected forms and compounds too: a search for `Bahn` marks "Straßenbahn"). When only tags, categories or the byline matched, the start of the teaser without marks.',
    examples: ['… Fünf Stunden dauerten die <mark>Gespräche</mark> zwischen Russlands Präsident Wladimir Putin …']
  }),
  sectionPosition: Nullable(Type.Integer({
    minimum: 1,
    description: 'The section the snippet is from, to jump to; null when the match is in the title, kicker, teaser, a caption, tags, categories or the byline',
    examples: [1]
  }))
}, { $id: 'SearchHit', description: 'An article that matches, with where it matches. With `fields`, only the named article fields, `id`, `snippet` and `sectionPosition` are present.' })

const FacetValues = (name: string, example: string) => Type.Optional(Type.Array(Type.Object({
  value: Type.String({ description: name, examples: [example] }),
  count: Type.Integer({ minimum: 1, description: 'Matching articles with this value', examples: [12] })
}, { additionalProperties: false }), { maxItems: 20, description: `Counts by ${name}, most frequent first (at most 20)` }))

export const SearchFacetsSchema = Type.Object({
  basis: Type.Integer({ minimum: 0, description: 'How many matching articles were counted: all of them when `complete`, else the newest 1,000', examples: [57] }),
  complete: Type.Boolean({ description: 'true when every matching article was counted', examples: [true] }),
  category: FacetValues('category path, as `category` accepts it', 'Nachrichten/Politik'),
  tag: FacetValues('tag', 'ÖPNV'),
  language: FacetValues('language', 'de'),
  mediaType: FacetValues('media type', 'video'),
  month: FacetValues('month of publication (YYYY-MM, UTC)', '2025-03')
}, { $id: 'SearchFacets', description: 'Counts over the matching articles by category, tag, language, media type and month: the facets named in `facets`', additionalProperties: false })

export const SearchResultsSchema = Type.Object({
  items: Type.Array(Ref(SearchHitSchema), { description: 'Matching articles, best first (relevance with a recency component), or by date with `sort`' }),
  nextCursor: Nullable(Type.String({ description: 'Pass as `cursor` for the next page; null on the last page', examples: [null] })),
  total: Type.Optional(Ref(TotalSchema)),
  facets: Type.Optional(Ref(SearchFacetsSchema))
}, { $id: 'SearchResults', description: 'One page of search results' })

export type SearchHit = Static<typeof SearchHitSchema>
export type SearchResults = Static<typeof SearchResultsSchema>
