// Searches over articles, public or for previews: ranking with a recency component or date order, an opt-in total and
// facets, each bounded in cost however large the archive and however common the words.
import type { Statement } from 'better-sqlite3'
import type { Db } from '../db/open.js'
import { StatementShapes } from './statement-shapes.js'
import { SearchPrefixes } from './search-prefixes.js'
import { SearchScoring } from './search-scoring.js'
import { countFacet, SEARCH_FACETS, topValues, type BasisRow, type FacetCount, type SearchFacet } from './search-facets.js'
import { EXACT_TOTAL } from '../schemas/common.js'
import { analyze } from '../search/german.js'
import type { SearchRow } from './article-row.js'
import { filterWhere, type ArticleFilters } from './article-filters.js'
import { kidsNarrowing, kidsParam, PREVIEW_TABLES, PUBLIC_TABLES, type ReadScope, type ReadTables } from './visibility.js'

export { SEARCH_FACETS, FACET_VALUES, type FacetCount, type SearchFacet } from './search-facets.js'

export const SEARCH_SORTS = ['relevance', 'newest', 'oldest'] as const
export type SearchSort = typeof SEARCH_SORTS[number]

/** How many of the newest matches (that pass the filters) a search ranks. */
export const SEARCH_WINDOW = 500
/** How many of the newest matches of the words a filtered search looks at, at most, for its window. */
export const SEARCH_SCAN = 20_000
/** A total above EXACT_TOTAL is estimated from how many of this many newest matches pass the filters. */
const ESTIMATE_SAMPLE = 1000
/** Facets count the newest matches up to this many. */
export const FACET_BASIS = 1000
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

export class ArticleSearch {
  readonly #scope: ReadScope
  readonly #tables: ReadTables
  readonly #columns: string
  // Each combination of filters and order is one SQL shape, prepared the first time it is used.
  readonly #shapes: StatementShapes
  readonly #labels
  readonly #tags
  readonly #scoring: SearchScoring
  readonly #prefixes: SearchPrefixes
  readonly #byId: Statement
  readonly #mediaTypes: Statement

  /** `bm25Budget`: see SearchScoring. */
  constructor (db: Db, scope: ReadScope, columns: string, bm25Budget?: number) {
    this.#shapes = new StatementShapes(db)
    this.#scope = scope
    this.#tables = scope === 'public' ? PUBLIC_TABLES : PREVIEW_TABLES
    this.#columns = columns
    // The spellings a filter value stands for, read where this search reads (public searches: the public views).
    // One row is enough: every row a key matches holds the same words up to case and umlaut spelling, which the
    // analyser folds alike, and reading one stays cheap however many articles share a common category.
    this.#labels = db.prepare<[string, string, string], { label: string }>(
      `SELECT label FROM ${this.#tables.categories} WHERE category_id = ? OR slug = ? OR label_key = ? LIMIT 1`)
    this.#tags = db.prepare<[string], { tag: string }>(`SELECT tag FROM ${this.#tables.tags} WHERE tag_key = ? LIMIT 1`)
    this.#scoring = new SearchScoring(db, scope, bm25Budget)
    this.#prefixes = new SearchPrefixes(db, scope)
    // A ranked page's rows, read where the window was read (public searches: the public views).
    // How many of the basis's articles show media of each type: read where the basis was read.
    this.#mediaTypes = db.prepare(`SELECT x.type AS value, count(DISTINCT x.article_id) AS n FROM ${this.#tables.attachedMedia} x
      WHERE x.article_id IN (SELECT value FROM json_each(@ids)) GROUP BY x.type`)
    this.#byId = db.prepare(`SELECT ${columns} FROM ${this.#tables.articles} a WHERE a.seq IN (SELECT value FROM json_each(@seqs)) AND ${kidsNarrowing(this.#tables)}`)
  }

  #statement (key: string, sql: () => string): Statement {
    return this.#shapes.get(key, sql)
  }

  #where (filters: ArticleFilters): { keys: string, where: string, params: Record<string, unknown> } {
    return filterWhere(this.#tables, this.#scope, filters)
  }

  // Every statement below joins the matches to the articles with CROSS JOIN, which SQLite reads as "matches first":
  // given a selective filter the planner would otherwise walk every article that passes it and look each up.

  /**
   * The newest `limit` matches of @query by rowid (an article's seq, which grows as articles are written), as rows of
   * rowids. FTS5 walks its doclists in rowid order and stops at the limit, so a word in most of the archive
   * costs no more than a rare one. Public searches read the index of listed articles only; previews both halves.
   */
  #raw (limit: string, ascending: boolean): string {
    const half = (index: string): string => `SELECT rowid
      FROM ${index} WHERE ${index} MATCH @query ORDER BY rowid ${ascending ? 'ASC' : 'DESC'} LIMIT ${limit}`
    return this.#scope === 'public'
      ? half('search_public')
      : `SELECT * FROM (${half('search_public')}) UNION ALL SELECT * FROM (${half('search_hidden')})`
  }

  /**
   * The phrases the category and tag filters add to the MATCH, as phrases of the `meta` column, where tags and
   * category labels are indexed: the index then hands out only candidates, and the SQL filter decides exactly. A
   * filter value names a category by id or slug and a tag by its match key, so the words are those its rows hold.
   * Empty when no filter can narrow.
   */
  #narrowing (filters: ArticleFilters): string {
    const clauses: string[] = []
    const narrow = (terms: string[][] | undefined, wordsOf: (key: string) => string[]): void => {
      for (const alternatives of terms ?? []) {
        const phrases = alternatives.flatMap(wordsOf).map((words) => analyze(words).stems)
        // A value with no indexed words (an unknown category) cannot narrow: the SQL filter alone decides.
        if (phrases.length === 0 || phrases.some((stems) => stems === '')) continue
        clauses.push(`(${[...new Set(phrases)].map((stems) => `meta : "${stems}"`).join(' OR ')})`)
      }
    }
    narrow(filters.category, (key) => this.#labels.all(key, key, key).map((row) => row.label))
    narrow(filters.tag, (key) => this.#tags.all(key).map((row) => row.tag))
    return clauses.join(' AND ')
  }

  search (asked: SearchOptions, now: string, kids: boolean | undefined): SearchPage {
    // Prefixes become the words they begin: every statement below then streams instead of merging doclists.
    const options = { ...asked, query: this.#prefixes.expand(asked.query) }
    const sort = options.sort ?? 'relevance'
    const { keys, where, params: filterParams } = this.#where(options.filters)
    const narrowing = this.#narrowing(options.filters)
    const query = narrowing === '' ? options.query : `(${options.query}) AND ${narrowing}`
    const params = { ...filterParams, ...this.#params(now, kids) }
    const rows = sort === 'relevance'
      ? this.#ranked(options, query, narrowing, keys, where, params, now)
      : this.#statement(`search|${sort}|${keys}`, () => `
          SELECT * FROM (
            SELECT ${this.#columns} FROM (${this.#raw(String(keys === '' ? SEARCH_WINDOW : SEARCH_SCAN), sort === 'oldest')}) s
            CROSS JOIN ${this.#tables.articles} a ON a.seq = s.rowid
            WHERE ${kidsNarrowing(this.#tables)}${where} LIMIT ${SEARCH_WINDOW}) a
          ORDER BY a.listed_at ${sort === 'oldest' ? 'ASC' : 'DESC'}, a.id ${sort === 'oldest' ? 'ASC' : 'DESC'} LIMIT @limit OFFSET @offset`)
        .all({ ...params, query, limit: options.limit + 1, offset: options.offset }) as SearchRow[]
    const page: SearchPage = { rows: rows.slice(0, options.limit), hasMore: rows.length > options.limit }
    if (options.count === true) page.total = this.#total(query, keys, where, params)
    if (options.facets !== undefined && options.facets.length > 0) page.facets = this.#facets(query, options.facets, keys, where, params)
    return page
  }

  /**
   * Best matches first: the newest SEARCH_WINDOW matches that pass the filters (a filter the index cannot apply
   * reads at most SEARCH_SCAN matches to find them) are found without scoring, then only they are scored, and the
   * score is weighed with the article's age (news decays).
   */
  #ranked (options: SearchOptions, query: string, narrowing: string, keys: string, where: string, params: Record<string, unknown>, now: string): SearchRow[] {
    const window = this.#statement(`window|${keys}`, () => `
      SELECT a.seq AS seq, a.id AS id, a.listed_at AS listed_at
      FROM (${this.#raw(String(keys === '' ? SEARCH_WINDOW : SEARCH_SCAN), false)}) s
      CROSS JOIN ${this.#tables.articles} a ON a.seq = s.rowid
      WHERE ${kidsNarrowing(this.#tables)}${where} LIMIT ${SEARCH_WINDOW}`)
      .all({ ...params, query }) as Array<{ seq: number, id: string, listed_at: string | null }>
    const scores = this.#scoring.scores(window.map((row) => row.seq), options.query, narrowing)
    const at = Date.parse(now)
    const ranked = window.map((row) => {
      const days = (at - Date.parse(row.listed_at ?? '')) / 86_400_000
      const recency = 1 + 1 / (1 + (Number.isFinite(days) ? Math.max(0, days) : 0) / RECENCY_DAYS)
      return { ...row, rank: (scores.get(row.seq) ?? 0) * recency }
    }).sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(options.offset, options.offset + options.limit + 1)
    if (ranked.length === 0) return []
    const rows = this.#byId.all({ ...params, seqs: JSON.stringify(ranked.map((row) => row.seq)) }) as SearchRow[]
    const bySeq = new Map(rows.map((row) => [row.seq, row]))
    return ranked.flatMap((row) => {
      const found = bySeq.get(row.seq)
      return found === undefined ? [] : [{ ...found, score: row.rank }]
    })
  }

  /**
   * How many articles match: counted exactly when the index finds at most EXACT_TOTAL matches of the words; above that, estimated from how far back in the rowids the newest EXACT_TOTAL
   * reach (articles are written at a fairly even pace) and how many of the newest ESTIMATE_SAMPLE pass the filters.
   */
  #total (query: string, keys: string, where: string, params: Record<string, unknown>): SearchTotal {
    const passing = (matches: string): string => `SELECT count(*) FROM ${matches} s
      CROSS JOIN ${this.#tables.articles} a ON a.seq = s.rowid WHERE ${kidsNarrowing(this.#tables)}${where}`
    // The rowid range of the index itself (FTS5 walks it in order from either end), not of the articles' view.
    const bound = (index: string, direction: string): string => `(SELECT rowid FROM ${index} ORDER BY rowid ${direction} LIMIT 1)`
    const [first, last] = this.#scope === 'public'
      ? [bound('search_public', 'ASC'), bound('search_public', 'DESC')]
      : [`min(${bound('search_public', 'ASC')}, ${bound('search_hidden', 'ASC')})`, `max(${bound('search_public', 'DESC')}, ${bound('search_hidden', 'DESC')})`]
    // Previews read both halves, each up to the limit: at most EXACT_TOTAL in all means neither half was cut. The
    // exact count reads the matches this statement already found instead of walking the index again.
    const words = this.#statement(`total-words|${keys}`, () => `
      WITH s AS MATERIALIZED (${this.#raw(String(EXACT_TOTAL + 1), false)})
      SELECT count(*) AS found, min(rowid) AS lowest, ${first} AS first, ${last} AS last,
        CASE WHEN count(*) <= ${EXACT_TOTAL} THEN (${passing('s')}) END AS exact
      FROM s`)
    const sample = this.#statement(`total-sample|${keys}`, () => `SELECT (${passing(`(${this.#raw(String(ESTIMATE_SAMPLE), false)})`)}) AS n`)
    const args = { ...params, query }
    const found = words.get(args) as { found: number, lowest: number | null, first: number | null, last: number | null, exact: number | null }
    if (found.exact !== null || found.lowest === null || found.first === null || found.last === null) {
      return { value: found.exact ?? 0, exact: true }
    }
    const share = (sample.get(args) as { n: number }).n / ESTIMATE_SAMPLE
    const covered = Math.max(1, found.last - found.lowest + 1)
    const wordsTotal = found.found * (found.last - found.first + 1) / covered
    return { value: Math.round(wordsTotal * share), exact: false }
  }

  /** Counts by category, tag, language, media type and month over the newest FACET_BASIS matches. */
  #facets (query: string, facets: SearchFacet[], keys: string, where: string, params: Record<string, unknown>): SearchFacets {
    const wanted = SEARCH_FACETS.filter((facet) => facets.includes(facet))
    const basis = this.#statement(`facets|${keys}`, () => `
      SELECT a.id AS id, a.language AS language, a.listed_at AS listed_at, a.breadcrumb AS breadcrumb, a.tags AS tags
      FROM (${this.#raw(String(SEARCH_SCAN), false)}) s CROSS JOIN ${this.#tables.articles} a ON a.seq = s.rowid
      WHERE ${kidsNarrowing(this.#tables)}${where} LIMIT ${FACET_BASIS}`).all({ ...params, query }) as BasisRow[]
    const counts: Partial<Record<SearchFacet, FacetCount[]>> = {}
    for (const facet of wanted) {
      if (facet !== 'mediaType') {
        counts[facet] = countFacet(facet, basis)
        continue
      }
      const types = this.#mediaTypes.all({ ids: JSON.stringify(basis.map((row) => row.id)) }) as Array<{ value: string, n: number }>
      counts[facet] = topValues(new Map(types.map((row) => [row.value, row.n])))
    }
    return { basis: basis.length, complete: basis.length < FACET_BASIS && this.#scannedAll(query), counts }
  }

  /**
   * Whether the scan for a basis that did not fill up reached every match of the words. Asked only then: a full
   * basis is incomplete anyway, and counting a common word's matches costs as much as the facets themselves.
   */
  #scannedAll (query: string): boolean {
    const scanned = this.#statement('facets-scanned', () => `SELECT count(*) AS n FROM (${this.#raw(String(SEARCH_SCAN + 1), false)})`)
    return (scanned.get({ query }) as { n: number }).n <= SEARCH_SCAN
  }

  #params (now: string, kids: boolean | undefined): Record<string, unknown> {
    return { now, ...kidsParam(kids) }
  }
}
