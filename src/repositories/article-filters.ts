// What lists and searches filter by: several values per filter (terms of alternatives), as SQL over the public views
// or the base tables, with a statement shape per number of terms rather than per value.
import type { Terms } from '../lib/list-filters.js'
import type { ArticleStatus } from '../schemas/article.js'
import type { MediaType } from '../schemas/media.js'
import type { ReadScope, ReadTables } from './visibility.js'

export interface ArticleFilters {
  /** Terms (AND) of alternatives (OR), each a category id or slug (lib/list-filters.ts: categoryKeys). */
  category?: Terms
  /** Terms of alternatives, each a tag's match key. */
  tag?: Terms
  /** Terms of alternatives, each a primary language subtag: matches it and its regional tags. */
  language?: Terms
  /** Inclusive lower bound of publishedAt, ISO 8601. */
  since?: string
  /** Exclusive upper bound of publishedAt, ISO 8601. */
  until?: string
  mediaType?: MediaType
  /** Only for previews: anonymous callers see published articles only. */
  status?: ArticleStatus
}

const TERM_FILTERS = ['category', 'tag', 'language'] as const
type TermFilter = typeof TERM_FILTERS[number]

/** One term of a multi-valued filter: `@p` is a JSON array of its alternatives, any of which may match. */
function termSql (tables: ReadTables): Record<TermFilter, (p: string) => string> {
  const any = (p: string): string => `(SELECT value FROM json_each(${p}))`
  return {
    category: (p) => `EXISTS (SELECT 1 FROM ${tables.categories} c WHERE c.article_id = a.id AND (c.category_id IN ${any(p)} OR c.slug IN ${any(p)} OR c.label_key IN ${any(p)}))`,
    tag: (p) => `EXISTS (SELECT 1 FROM ${tables.tags} t WHERE t.article_id = a.id AND t.tag_key IN ${any(p)})`,
    language: (p) => `EXISTS (SELECT 1 FROM json_each(${p}) l WHERE lower(a.language) = l.value OR lower(a.language) LIKE l.value || '-%')`
  }
}

export type PlainFilter = Exclude<keyof ArticleFilters, TermFilter>

function filterSql (tables: ReadTables): Record<PlainFilter, string> {
  return {
    since: 'a.published_at >= @since',
    until: 'a.published_at < @until',
    status: 'a.status = @status',
    mediaType: `EXISTS (SELECT 1 FROM ${tables.attachedMedia} m WHERE m.article_id = a.id AND m.type = @mediaType)`
  }
}

// The SQL of each filter over one set of tables: built once per set (public views, base tables), not per request.
const SQL = new Map<ReadTables, { plain: Record<PlainFilter, string>, terms: Record<TermFilter, (p: string) => string> }>()
function sqlFor (tables: ReadTables): { plain: Record<PlainFilter, string>, terms: Record<TermFilter, (p: string) => string> } {
  let sql = SQL.get(tables)
  if (sql === undefined) {
    sql = { plain: filterSql(tables), terms: termSql(tables) }
    SQL.set(tables, sql)
  }
  return sql
}

/**
 * The WHERE clause of `filters` (each condition after an AND, over articles `a`), the shape's key (one statement per
 * shape) and the parameters it binds. Only previews may filter by workflow state; the public views hold published
 * articles alone anyway.
 */
export function filterWhere (tables: ReadTables, scope: ReadScope, filters: ArticleFilters): { keys: string, where: string, params: Record<string, unknown> } {
  const { plain, terms } = sqlFor(tables)
  const present = (Object.keys(plain) as PlainFilter[])
    .filter((key) => filters[key] !== undefined && (key !== 'status' || scope === 'preview'))
  const params: Record<string, unknown> = {}
  for (const key of present) params[key] = filters[key]
  const keys: string[] = [...present]
  const clauses = present.map((key) => ` AND ${plain[key]}`)
  // A statement per number of terms, not per value: the alternatives travel as one JSON array each.
  for (const name of TERM_FILTERS) {
    const values = filters[name] ?? []
    if (values.length > 0) keys.push(`${name}${values.length}`)
    values.forEach((alternatives, index) => {
      params[`${name}_${index}`] = JSON.stringify(alternatives)
      clauses.push(` AND ${terms[name](`@${name}_${index}`)}`)
    })
  }
  return { keys: keys.join(','), where: clauses.join(''), params }
}
