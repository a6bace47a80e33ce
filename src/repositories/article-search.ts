// Searches over articles, public or for previews: ranking with a recency component or date order, an opt-in total and
// facets, each bounded in cost however large the archive and however common the words.
import type { Statement } from 'better-sqlite3'
import type { Db } from '../db/open.js'
import { BM25_WEIGHTS } from '../search/document.js'
import type { SearchRow } from './article-row.js'
import type { ArticleFilters, ReadScope } from './article-list.js'
import { kidsNarrowing, kidsParam, PREVIEW_TABLES, PUBLIC_TABLES, type ReadTables } from './visibility.js'

export const SEARCH_SORTS = ['relevance', 'newest', 'oldest'] as const
export type SearchSort = typeof SEARCH_SORTS[number]
export const SEARCH_FACETS = ['category', 'tag', 'language', 'mediaType', 'month'] as const
export type SearchFacet = typeof SEARCH_FACETS[number]

/** How many of the newest matches an unfiltered search ranks. */
export const SEARCH_WINDOW = 2000
/** How many of the newest matches a filtered search, a total or facets look at before the filters. */
export const SEARCH_SCAN = 20_000
/** Up to this many matches a total is exact; above it, an estimate. */
export const EXACT_TOTAL = 10_000
/** Facets count the newest matches up to this many. */
export const FACET_BASIS = 2000
/** Values per facet, most frequent first. */
export const FACET_VALUES = 20
/** Days after which the recency component has halved: news decays. */
const RECENCY_DAYS = 30

export interface SearchOptions {
  /** An FTS5 MATCH expression over the stemmed index (see search/query.ts). */
  query: string
  filters: ArticleFilters
  limit: number
  offset: number
  sort?: SearchSort
  count?: boolean
  facets?: SearchFacet[]
}

export interface SearchTotal { value: number, exact: boolean }
export interface FacetCount { value: string, count: number }
export interface SearchFacets {
  /** How many matches were counted: all of them when `complete`, else the newest FACET_BASIS. */
  basis: number
  complete: boolean
  counts: Partial<Record<SearchFacet, FacetCount[]>>
}

export interface SearchPage {
  rows: SearchRow[]
  hasMore: boolean
  total?: SearchTotal
  facets?: SearchFacets
}

function filterSql (tables: ReadTables): Record<keyof ArticleFilters, string> {
  return {
    category: `EXISTS (SELECT 1 FROM ${tables.categories} c WHERE c.article_id = a.id AND (c.path = @category OR c.label = @category))`,
    tag: `EXISTS (SELECT 1 FROM ${tables.tags} t WHERE t.article_id = a.id AND t.tag = @tag)`,
    language: 'a.language = @language',
    since: 'a.published_at >= @since',
    until: 'a.published_at < @until',
    status: 'a.status = @status',
    mediaType: `EXISTS (SELECT 1 FROM ${tables.attachedMedia} m WHERE m.article_id = a.id AND m.type = @mediaType)`
  }
}

export class ArticleSearch {
  readonly #db: Db
  readonly #scope: ReadScope
  readonly #tables: ReadTables
  readonly #filters: Record<keyof ArticleFilters, string>
  readonly #columns: string
  readonly #statements = new Map<string, Statement>()

  constructor (db: Db, scope: ReadScope, columns: string) {
    this.#db = db
    this.#scope = scope
    this.#tables = scope === 'public' ? PUBLIC_TABLES : PREVIEW_TABLES
    this.#filters = filterSql(this.#tables)
    this.#columns = columns
  }

  // Each combination of filters, order and extra is one SQL shape, prepared the first time it is used and kept.
  #statement (key: string, sql: () => string): Statement {
    let statement = this.#statements.get(key)
    if (statement === undefined) {
      statement = this.#db.prepare(sql())
      this.#statements.set(key, statement)
    }
    return statement
  }

  #where (filters: ArticleFilters): { keys: string, where: string } {
    // Only previews may filter by workflow state; the public views hold published articles alone anyway.
    const present = (Object.keys(this.#filters) as Array<keyof ArticleFilters>)
      .filter((key) => filters[key] !== undefined && (key !== 'status' || this.#scope === 'preview'))
    return { keys: present.join(','), where: present.map((key) => ` AND ${this.#filters[key]}`).join('') }
  }

  // Every statement below joins the matches to the articles with CROSS JOIN, which SQLite reads as "matches first":
  // given a selective filter the planner would otherwise walk every article that passes it and look each up.

  /**
   * The newest `limit` matches of @query by rowid (an article's seq, which grows as articles are written), as rows of
   * (rowid, score). FTS5 walks its doclists in rowid order and stops at the limit, so a word in most of the archive
   * costs no more than a rare one. Public searches read the index of listed articles only; previews both halves.
   */
  #raw (limit: string, ranked: boolean, ascending: boolean): string {
    const half = (index: string): string => `SELECT rowid, ${ranked ? `bm25(${index}, ${BM25_WEIGHTS})` : '0'} AS score
      FROM ${index} WHERE ${index} MATCH @query ORDER BY rowid ${ascending ? 'ASC' : 'DESC'} LIMIT ${limit}`
    return this.#scope === 'public'
      ? half('search_public')
      : `SELECT * FROM (${half('search_public')}) UNION ALL SELECT * FROM (${half('search_hidden')})`
  }

  search (options: SearchOptions, now: string, kids: boolean | undefined): SearchPage {
    const sort = options.sort ?? 'relevance'
    const { keys, where } = this.#where(options.filters)
    // Unfiltered, the newest SEARCH_WINDOW matches are ranked; filtered, the newest SEARCH_SCAN matches are filtered and
    // the rest ranked, so a filter that keeps few articles still finds them, at a bounded cost.
    const scan = keys === '' ? SEARCH_WINDOW : SEARCH_SCAN
    const order = sort === 'relevance'
      ? `s.score * (1.0 + 1.0 / (1.0 + max(0.0, julianday(@now) - julianday(a.listed_at)) / ${RECENCY_DAYS}.0)), a.id`
      : `a.listed_at ${sort === 'oldest' ? 'ASC' : 'DESC'}, a.id ${sort === 'oldest' ? 'ASC' : 'DESC'}`
    const statement = this.#statement(`search|${sort}|${keys}`, () => `
      SELECT ${this.#columns}, s.score AS score
      FROM (${this.#raw(String(scan), sort === 'relevance', sort === 'oldest')}) s CROSS JOIN ${this.#tables.articles} a ON a.seq = s.rowid
      WHERE ${kidsNarrowing(this.#tables)}${where}
      ORDER BY ${order} LIMIT @limit OFFSET @offset`)
    const params = { ...options.filters, ...this.#params(now, kids) }
    const rows = statement.all({ ...params, query: options.query, limit: options.limit + 1, offset: options.offset }) as SearchRow[]
    const page: SearchPage = { rows: rows.slice(0, options.limit), hasMore: rows.length > options.limit }
    if (options.count === true) page.total = this.#total(options.query, keys, where, params)
    if (options.facets !== undefined && options.facets.length > 0) page.facets = this.#facets(options.query, options.facets, keys, where, params)
    return page
  }

  /**
   * How many articles match: counted among the newest SEARCH_SCAN matches of the words; when there are more, the
   * count is extrapolated over the rowids the scan did not reach (articles are written at a fairly even pace).
   */
  #total (query: string, keys: string, where: string, params: Record<string, unknown>): SearchTotal {
    // The rowid range of the index itself (FTS5 walks it in order from either end), not of the articles' view.
    const bound = (index: string, direction: string): string => `(SELECT rowid FROM ${index} ORDER BY rowid ${direction} LIMIT 1)`
    const [first, last] = this.#scope === 'public'
      ? [bound('search_public', 'ASC'), bound('search_public', 'DESC')]
      : [`min(${bound('search_public', 'ASC')}, ${bound('search_hidden', 'ASC')})`, `max(${bound('search_public', 'DESC')}, ${bound('search_hidden', 'DESC')})`]
    const statement = this.#statement(`total|${keys}`, () => `
      WITH s AS MATERIALIZED (${this.#raw('@scan', false, false)})
      SELECT (SELECT count(*) FROM s) AS scanned, (SELECT min(rowid) FROM s) AS lowest,
        (SELECT count(*) FROM s CROSS JOIN ${this.#tables.articles} a ON a.seq = s.rowid WHERE ${kidsNarrowing(this.#tables)}${where}) AS passing,
        ${first} AS first, ${last} AS last`)
    const row = statement.get({ ...params, query, scan: SEARCH_SCAN }) as { scanned: number, lowest: number | null, passing: number, first: number | null, last: number | null }
    // Previews read both halves, each up to SEARCH_SCAN: fewer than that in all means neither half was cut.
    if (row.scanned < SEARCH_SCAN || row.lowest === null || row.first === null || row.last === null) {
      return { value: row.passing, exact: row.passing <= EXACT_TOTAL }
    }
    const covered = Math.max(1, row.last - row.lowest + 1)
    const value = Math.max(row.passing, Math.round(row.passing * (row.last - row.first + 1) / covered))
    return { value, exact: false }
  }

  /** Counts by category, tag, language, media type and month over the newest FACET_BASIS matches. */
  #facets (query: string, facets: SearchFacet[], keys: string, where: string, params: Record<string, unknown>): SearchFacets {
    const wanted = SEARCH_FACETS.filter((facet) => facets.includes(facet))
    const parts: Record<SearchFacet, string> = {
      category: `SELECT 'category' AS facet, c.path AS value, count(*) AS n FROM m JOIN ${this.#tables.categories} c ON c.article_id = m.id GROUP BY c.path`,
      tag: `SELECT 'tag' AS facet, t.tag AS value, count(*) AS n FROM m JOIN ${this.#tables.tags} t ON t.article_id = m.id GROUP BY t.tag`,
      language: 'SELECT \'language\' AS facet, m.language AS value, count(*) AS n FROM m GROUP BY m.language',
      mediaType: `SELECT 'mediaType' AS facet, x.type AS value, count(DISTINCT m.id) AS n FROM m JOIN ${this.#tables.attachedMedia} x ON x.article_id = m.id GROUP BY x.type`,
      month: 'SELECT \'month\' AS facet, substr(m.listed_at, 1, 7) AS value, count(*) AS n FROM m GROUP BY substr(m.listed_at, 1, 7)'
    }
    const statement = this.#statement(`facets|${wanted.join(',')}|${keys}`, () => `
      WITH s AS MATERIALIZED (${this.#raw(String(SEARCH_SCAN), false, false)}),
      m AS MATERIALIZED (
        SELECT a.id AS id, a.language AS language, a.listed_at AS listed_at
        FROM s CROSS JOIN ${this.#tables.articles} a ON a.seq = s.rowid
        WHERE ${kidsNarrowing(this.#tables)}${where} ORDER BY s.rowid DESC LIMIT ${FACET_BASIS})
      SELECT 'basis' AS facet, '' AS value, count(*) AS n FROM m
      UNION ALL SELECT 'scanned' AS facet, '' AS value, count(*) AS n FROM s
      ${wanted.map((facet) => `UNION ALL ${parts[facet]}`).join('\n')}`)
    const rows = statement.all({ ...params, query }) as Array<{ facet: SearchFacet | 'basis' | 'scanned', value: string, n: number }>
    const basis = rows.find((row) => row.facet === 'basis')?.n ?? 0
    const scanned = rows.find((row) => row.facet === 'scanned')?.n ?? 0
    const counts: Partial<Record<SearchFacet, FacetCount[]>> = {}
    for (const facet of wanted) {
      counts[facet] = rows.filter((row) => row.facet === facet)
        .map((row) => ({ value: row.value, count: row.n }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
        .slice(0, FACET_VALUES)
    }
    // Complete when the basis did not fill up and the scan saw every match of the words.
    return { basis, complete: basis < FACET_BASIS && scanned < SEARCH_SCAN, counts }
  }

  #params (now: string, kids: boolean | undefined): Record<string, unknown> {
    return { now, ...kidsParam(kids) }
  }
}
