// Lists and searches over articles, public or for previews: filters, sort orders and keyset pages, with statements prepared once per shape.
import type { Statement } from 'better-sqlite3'
import type { Db } from '../db/open.js'
import { StatementShapes } from './statement-shapes.js'
import { PUBLIC_SUMMARY_COLUMNS, SUMMARY_COLUMNS, type SummaryRow } from './article-row.js'
import { EXACT_TOTAL, type Total } from '../schemas/common.js'
import { filterWhere, type ArticleFilters } from './article-filters.js'
import { ArticleSearch, type SearchOptions, type SearchPage } from './article-search.js'
import { kidsNarrowing, kidsParam, PREVIEW_TABLES, PUBLIC_TABLES, type ReadScope, type ReadTables } from './visibility.js'

export type { ArticleFilters }

export const ARTICLE_SORTS = ['-publishedAt', 'publishedAt', '-updatedAt'] as const
export type ArticleSort = typeof ARTICLE_SORTS[number]

/** Where a page ends: the sort column's value and the id, for the next page to start after. */
export type ListPosition = [string, string]

const SORTS: Record<ArticleSort, { column: string, descending: boolean }> = {
  '-publishedAt': { column: 'a.listed_at', descending: true },
  publishedAt: { column: 'a.listed_at', descending: false },
  '-updatedAt': { column: 'a.updated_at', descending: true }
}

/** Up to this many matches, a list's total is counted exactly; above, it is estimated. */
export const EXACT_TOTAL_BOUND = EXACT_TOTAL

export class ArticleListRepository {
  readonly #scope: ReadScope
  readonly #tables: ReadTables
  readonly #search: ArticleSearch
  readonly #columns: string
  // Each combination of filters and order is one SQL shape, prepared the first time it is used.
  readonly #shapes: StatementShapes

  /** `options.bm25Budget`: how much counting search may spend on bm25 (see SearchScoring); tests lower it. */
  constructor (db: Db, scope: ReadScope, options: { bm25Budget?: number } = {}) {
    this.#shapes = new StatementShapes(db)
    this.#scope = scope
    this.#tables = scope === 'public' ? PUBLIC_TABLES : PREVIEW_TABLES
    this.#columns = scope === 'public' ? PUBLIC_SUMMARY_COLUMNS : SUMMARY_COLUMNS
    this.#search = new ArticleSearch(db, scope, this.#columns, options.bm25Budget)
  }

  #statement (key: string, sql: () => string): Statement {
    return this.#shapes.get(key, sql)
  }

  #where (filters: ArticleFilters): { keys: string, where: string, params: Record<string, unknown> } {
    return filterWhere(this.#tables, this.#scope, filters)
  }

  /** One page of articles; `after` continues after the position a previous page ended at. */
  list (options: { filters: ArticleFilters, sort: ArticleSort, limit: number, after: ListPosition | null }, now: string, kids: boolean | undefined): { rows: SummaryRow[], next: ListPosition | null } {
    const { column, descending } = SORTS[options.sort]
    const { keys, where, params } = this.#where(options.filters)
    const key = `list|${options.sort}|${keys}|${options.after === null ? 'first' : 'after'}`
    const direction = descending ? 'DESC' : 'ASC'
    const keyset = options.after === null ? '' : ` AND (${column}, a.id) ${descending ? '<' : '>'} (@afterValue, @afterId)`
    const page = (range: string): string => `SELECT ${this.#columns}, ${column} AS sort_value FROM ${this.#tables.articles} a
      WHERE ${kidsNarrowing(this.#tables)}${where}${keyset}${range}
      ORDER BY ${column} ${direction}, a.id ${direction} LIMIT @limit`
    // Newest first, a public list would otherwise step over every scheduled and embargoed article dated after the
    // instant before it reaches one it may show. A public article listed after the instant can only be undated
    // (listed at its creation): those come from their own index (migration 0016), the rest from the instant down.
    const split = this.#scope === 'public' && column === 'a.listed_at' && descending
    const statement = this.#statement(key, () => page(split ? ' AND a.listed_at <= public_instant()' : ''))
    const args = {
      ...params,
      ...this.#params(now, kids),
      // One row more than the page tells whether another page follows.
      limit: options.limit + 1,
      ...(options.after === null ? {} : { afterValue: options.after[0], afterId: options.after[1] })
    }
    let rows = statement.all(args) as Array<SummaryRow & { sort_value: string }>
    if (split) {
      const undated = this.#statement(`${key}|undated`, () => page(' AND a.published_at IS NULL AND a.created_at > public_instant()'))
        .all(args) as Array<SummaryRow & { sort_value: string }>
      if (undated.length > 0) {
        rows = [...undated, ...rows]
          .sort((x, y) => x.sort_value < y.sort_value ? 1 : x.sort_value > y.sort_value ? -1 : x.id < y.id ? 1 : x.id > y.id ? -1 : 0)
          .slice(0, options.limit + 1)
      }
    }
    const shown = rows.slice(0, options.limit)
    const last = shown.at(-1)
    return { rows: shown, next: rows.length > options.limit && last !== undefined ? [last.sort_value, last.id] : null }
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

  /** One page of articles matching an FTS5 query (see ArticleSearch), with a total and facets when asked. */
  search (options: SearchOptions, now: string, kids: boolean | undefined): SearchPage {
    return this.#search.search(options, now, kids)
  }

  #params (now: string, kids: boolean | undefined): Record<string, unknown> {
    // The public statements take the instant from public_instant(); only the preview's status column reads @now.
    return this.#scope === 'public' ? kidsParam(kids) : { now, ...kidsParam(kids) }
  }
}
