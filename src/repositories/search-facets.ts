// Facet counts over a search's basis (its newest matches), taken from the article rows the basis already read: each
// article's breadcrumb and tags are on its row, so only the media type needs a statement of its own.
import { CATEGORY_SEPARATOR } from '../lib/match-keys.js'

export const SEARCH_FACETS = ['category', 'tag', 'language', 'mediaType', 'month'] as const
export type SearchFacet = typeof SEARCH_FACETS[number]
export interface FacetCount { value: string, count: number }
/** Values per facet, most frequent first. */
export const FACET_VALUES = 20

/** What the basis read of each article. */
export interface BasisRow {
  id: string
  language: string
  listed_at: string
  /** JSON arrays, as stored on the article's row. */
  breadcrumb: string
  tags: string
}

/** Each value of an article, once: what the article_categories and article_tags rows hold for it. */
const VALUES: Record<Exclude<SearchFacet, 'mediaType'>, (row: BasisRow) => Iterable<string>> = {
  // The breadcrumb's levels, as paths from the top (CategoryRepository writes the same).
  category: (row) => new Set((JSON.parse(row.breadcrumb) as string[]).map((_, i, labels) => labels.slice(0, i + 1).join(CATEGORY_SEPARATOR))),
  tag: (row) => new Set(JSON.parse(row.tags) as string[]),
  language: (row) => [row.language],
  month: (row) => [row.listed_at.slice(0, 7)]
}

/** The FACET_VALUES most frequent values with their counts; ties in value order. */
export function topValues (counts: Map<string, number>): FacetCount[] {
  return [...counts].map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .slice(0, FACET_VALUES)
}

/** Counts of `facet` (any but the media type) over the basis rows. */
export function countFacet (facet: Exclude<SearchFacet, 'mediaType'>, rows: BasisRow[]): FacetCount[] {
  const counts = new Map<string, number>()
  for (const row of rows) {
    for (const value of VALUES[facet](row)) counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  return topValues(counts)
}
