// Lists and searches over articles, public or for previews: filters, sort orders and keyset pages, with statements prepared once per shape.
import type { Statement } from 'better-sqlite3'
import type { Db } from '../db/open.js'
import type { ArticleStatus } from '../schemas/article.js'
import type { MediaType } from '../schemas/media.js'
import { PUBLIC_SUMMARY_COLUMNS, SUMMARY_COLUMNS, type SearchRow, type SummaryRow } from './article-row.js'
import type { Terms } from '../lib/list-filters.js'
import { EXACT_TOTAL, type Total } from '../schemas/common.js'
import { BM25_WEIGHTS } from './search.js'
import { kidsNarrowing, kidsParam, PREVIEW_TABLES, PUBLIC_TABLES, type ReadScope, type ReadTables } from './visibility.js'

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

export const ARTICLE_SORTS = ['-publishedAt', 'publishedAt', '-updatedAt'] as const
export type ArticleSort = typeof ARTICLE_SORTS[number]

/** Where a page ends: the sort column's value and the id, for the next page to start after. */
export type ListPosition = [string, string]

const SORTS: Record<ArticleSort, { column: string, descending: boolean }> = {
  '-publishedAt': { column: 'a.listed_at', descending: true },
  publishedAt: { column: 'a.listed_at', descending: false },
  '-updatedAt': { column: 'a.updated_at', descending: true }
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

type PlainFilter = Exclude<keyof ArticleFilters, TermFilter>

function filterSql (tables: ReadTables): Record<PlainFilter, string> {
  return {
    since: 'a.published_at >= @since',
    until: 'a.published_at < @until',
    status: 'a.status = @status',
    mediaType: `EXISTS (SELECT 1 FROM ${tables.attachedMedia} m WHERE m.article_id = a.id AND m.type = @mediaType)`
  }
}

/** Up to this many matches, a list's total is counted exactly; above, it is estimated. */
export const EXACT_TOTAL_BOUND = EXACT_TOTAL

/** How many of the newest matches an unfiltered search ranks. */
export const SEARCH_WINDOW = 2000

export class ArticleListRepository {
  readonly #db: Db
  readonly #scope: ReadScope
  readonly #tables: ReadTables
  readonly #filters: Record<PlainFilter, string>
  readonly #terms: Record<TermFilter, (p: string) => string>
  readonly #columns: string
  readonly #statements = new Map<string, Statement>()

  constructor (db: Db, scope: ReadScope) {
    this.#db = db
    this.#scope = scope
    this.#tables = scope === 'public' ? PUBLIC_TABLES : PREVIEW_TABLES
    this.#filters = filterSql(this.#tables)
    this.#terms = termSql(this.#tables)
    this.#columns = scope === 'public' ? PUBLIC_SUMMARY_COLUMNS : SUMMARY_COLUMNS
  }

  // Each combination of filters and sort is one SQL shape, prepared the first time it is used and kept.
  #statement (key: string, sql: () => string): Statement {
    let statement = this.#statements.get(key)
    if (statement === undefined) {
      statement = this.#db.prepare(sql())
      this.#statements.set(key, statement)
    }
    return statement
  }

  /** The WHERE clause of `filters`, the shape's key (one statement per shape) and the parameters it binds. */
  #where (filters: ArticleFilters): { keys: string, where: string, params: Record<string, unknown> } {
    // Only previews may filter by workflow state; the public views hold published articles alone anyway.
    const present = (Object.keys(this.#filters) as PlainFilter[])
      .filter((key) => filters[key] !== undefined && (key !== 'status' || this.#scope === 'preview'))
    const params: Record<string, unknown> = {}
    for (const key of present) params[key] = filters[key]
    const keys: string[] = [...present]
    const clauses = present.map((key) => ` AND ${this.#filters[key]}`)
    // A statement per number of terms, not per value: the alternatives travel as one JSON array each.
    for (const name of TERM_FILTERS) {
      const terms = filters[name] ?? []
      if (terms.length > 0) keys.push(`${name}${terms.length}`)
      terms.forEach((alternatives, index) => {
        params[`${name}_${index}`] = JSON.stringify(alternatives)
        clauses.push(` AND ${this.#terms[name](`@${name}_${index}`)}`)
      })
    }
    return { keys: keys.join(','), where: clauses.join(''), params }
  }

  /** One page of articles; `after` continues after the position a previous page ended at. */
  list (options: { filters: ArticleFilters, sort: ArticleSort, limit: number, after: ListPosition | null }, now: string, kids: boolean | undefined): { rows: SummaryRow[], next: ListPosition | null } {
    const { column, descending } = SORTS[options.sort]
    const { keys, where, params } = this.#where(options.filters)
    const key = `list|${options.sort}|${keys}|${options.after === null ? 'first' : 'after'}`
    const statement = this.#statement(key, () => {
      const direction = descending ? 'DESC' : 'ASC'
      const keyset = options.after === null ? '' : ` AND (${column}, a.id) ${descending ? '<' : '>'} (@afterValue, @afterId)`
      return `SELECT ${this.#columns}, ${column} AS sort_value FROM ${this.#tables.articles} a
        WHERE ${kidsNarrowing(this.#tables)}${where}${keyset}
        ORDER BY ${column} ${direction}, a.id ${direction} LIMIT @limit`
    })
    // One row more than the page tells whether another page follows.
    const rows = statement.all({
      ...params,
      ...this.#params(now, kids),
      limit: options.limit + 1,
      ...(options.after === null ? {} : { afterValue: options.after[0], afterId: options.after[1] })
    }) as Array<SummaryRow & { sort_value: string }>
    const page = rows.slice(0, options.limit)
    const last = page.at(-1)
    return { rows: page, next: rows.length > options.limit && last !== undefined ? [last.sort_value, last.id] : null }
  }

  /**
   * How many articles match `filters`. Counting stops at EXACT_TOTAL_BOUND + 1 matches, so no request counts the
   * whole archive. Beyond that, the total is extrapolated from how far back in time the newest BOUND + 1 matches
   * reach, over the whole span of listed articles: matches are assumed to be spread evenly in time, which a
   * newsroom's archive roughly is. The estimate is marked as such.
   */
  count (filters: ArticleFilters, now: string, kids: boolean | undefined): Total {
    const { keys, where, params } = this.#where(filters)
    const bound = EXACT_TOTAL_BOUND
    const from = `FROM ${this.#tables.articles} a WHERE ${kidsNarrowing(this.#tables)}`
    const all = { ...params, ...this.#params(now, kids) }
    const counted = this.#statement(`count|${keys}`, () => `SELECT count(*) AS n FROM (SELECT 1 ${from}${where} LIMIT ${bound + 1})`).get(all) as { n: number }
    if (counted.n <= bound) return { value: counted.n, exact: true }
    const edge = this.#statement(`count-edge|${keys}`, () => `SELECT a.listed_at AS at ${from}${where} ORDER BY a.listed_at DESC, a.id DESC LIMIT 1 OFFSET ${bound}`).get(all) as { at: string }
    const span = this.#statement('count-span', () => `SELECT (SELECT a.listed_at ${from} ORDER BY a.listed_at ASC, a.id ASC LIMIT 1) AS oldest,
      (SELECT a.listed_at ${from} ORDER BY a.listed_at DESC, a.id DESC LIMIT 1) AS newest`).get(this.#params(now, kids)) as { oldest: string, newest: string }
    const [oldest, newest, reached] = [span.oldest, span.newest, edge.at].map(Date.parse) as [number, number, number]
    const covered = (newest - reached) / Math.max(1, newest - oldest)
    const estimate = covered > 0 ? Math.round((bound + 1) / covered) : bound + 1
    return { value: Math.max(bound + 1, estimate), exact: false }
  }

  /** One page of articles matching an FTS5 query, best first; `offset` counts the hits of earlier pages. */
  search (options: { query: string, filters: ArticleFilters, limit: number, offset: number }, now: string, kids: boolean | undefined): { rows: SearchRow[], hasMore: boolean } {
    const { keys, where, params } = this.#where(options.filters)
    // bm25 scores every match before the best can be picked: a word found in most of a large archive would
    // cost seconds, with the event loop blocked. Without filters, only the newest SEARCH_WINDOW matches are
    // ranked (FTS5 walks them newest first and stops). Filtered searches rank all their matches, as the
    // filter may keep only old ones.
    const windowed = keys === ''
    // Public searches read the index of listed articles only; previews read both halves, each ranked in its own.
    const matches = this.#scope === 'public'
      ? `SELECT rowid, bm25(search_public, ${BM25_WEIGHTS}) AS score FROM search_public WHERE search_public MATCH @query`
      : `SELECT rowid, bm25(search_public, ${BM25_WEIGHTS}) AS score FROM search_public WHERE search_public MATCH @query
         UNION ALL SELECT rowid, bm25(search_hidden, ${BM25_WEIGHTS}) AS score FROM search_hidden WHERE search_hidden MATCH @query`
    const statement = this.#statement(`search|${keys}`, () => `WITH matches AS (
        ${matches}${windowed ? ` ORDER BY rowid DESC LIMIT ${SEARCH_WINDOW}` : ''})
      SELECT ${this.#columns}, s.score AS score
      FROM matches s JOIN ${this.#tables.articles} a ON a.seq = s.rowid
      WHERE ${kidsNarrowing(this.#tables)}${where}
      ORDER BY score, a.id LIMIT @limit OFFSET @offset`)
    const rows = statement.all({ ...params, ...this.#params(now, kids), query: options.query, limit: options.limit + 1, offset: options.offset }) as SearchRow[]
    return { rows: rows.slice(0, options.limit), hasMore: rows.length > options.limit }
  }

  #params (now: string, kids: boolean | undefined): Record<string, unknown> {
    // The public statements take the instant from public_instant(); only the preview's status column reads @now.
    return this.#scope === 'public' ? kidsParam(kids) : { now, ...kidsParam(kids) }
  }
}
