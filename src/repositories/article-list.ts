// Lists and searches over public articles: filters, sort orders and keyset pages, with statements prepared once per shape.
import type { Statement } from 'better-sqlite3'
import type { Db } from '../db/open.js'
import type { ArticleStatus } from '../schemas/article.js'
import type { MediaType } from '../schemas/media.js'
import { SUMMARY_COLUMNS, type SummaryRow } from './article-row.js'
import { BM25_WEIGHTS } from './search.js'
import { VISIBLE_ARTICLE, viewParams, type View } from './visibility.js'

export interface ArticleFilters {
  /** A breadcrumb label at any level, or a path of labels joined by "/". */
  category?: string
  tag?: string
  language?: string
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

const FILTER_SQL: Record<keyof ArticleFilters, string> = {
  category: `EXISTS (SELECT 1 FROM article_categories c WHERE c.article_id = a.id AND (c.path = @category OR c.label = @category))`,
  tag: `EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id AND t.tag = @tag)`,
  language: 'a.language = @language',
  since: 'a.published_at >= @since',
  until: 'a.published_at < @until',
  status: 'a.status = @status',
  mediaType: `EXISTS (SELECT 1 FROM article_media am JOIN media m ON m.id = am.media_id WHERE am.article_id = a.id AND m.type = @mediaType)`
}

function filterSql (filters: ArticleFilters): { keys: string, where: string } {
  const present = (Object.keys(FILTER_SQL) as Array<keyof ArticleFilters>).filter((key) => filters[key] !== undefined)
  return { keys: present.join(','), where: present.map((key) => ` AND ${FILTER_SQL[key]}`).join('') }
}

/** How many of the newest matches an unfiltered search ranks. */
export const SEARCH_WINDOW = 2000

export interface SearchRow extends SummaryRow {
  score: number
}

export class ArticleListRepository {
  readonly #db: Db
  readonly #statements = new Map<string, Statement>()

  constructor (db: Db) {
    this.#db = db
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

  /** One page of visible articles; `after` continues after the position a previous page ended at. */
  list (options: { filters: ArticleFilters, sort: ArticleSort, limit: number, after: ListPosition | null }, view: View): { rows: SummaryRow[], next: ListPosition | null } {
    const { column, descending } = SORTS[options.sort]
    const { keys, where } = filterSql(options.filters)
    const key = `list|${options.sort}|${keys}|${options.after === null ? 'first' : 'after'}`
    const statement = this.#statement(key, () => {
      const direction = descending ? 'DESC' : 'ASC'
      const keyset = options.after === null ? '' : ` AND (${column}, a.id) ${descending ? '<' : '>'} (@afterValue, @afterId)`
      return `SELECT ${SUMMARY_COLUMNS}, ${column} AS sort_value FROM articles a
        WHERE ${VISIBLE_ARTICLE}${where}${keyset}
        ORDER BY ${column} ${direction}, a.id ${direction} LIMIT @limit`
    })
    // One row more than the page tells whether another page follows.
    const rows = statement.all({
      ...options.filters,
      ...viewParams(view),
      limit: options.limit + 1,
      ...(options.after === null ? {} : { afterValue: options.after[0], afterId: options.after[1] })
    }) as Array<SummaryRow & { sort_value: string }>
    const page = rows.slice(0, options.limit)
    const last = page.at(-1)
    return { rows: page, next: rows.length > options.limit && last !== undefined ? [last.sort_value, last.id] : null }
  }

  /** One page of visible articles matching an FTS5 query, best first; `offset` counts the hits of earlier pages. */
  search (options: { query: string, filters: ArticleFilters, limit: number, offset: number }, view: View): { rows: SearchRow[], hasMore: boolean } {
    const { keys, where } = filterSql(options.filters)
    // bm25 scores every match before the best can be picked: a word found in most of a large archive would
    // cost seconds, with the event loop blocked. Without filters, only the newest SEARCH_WINDOW matches are
    // ranked (FTS5 walks them newest first and stops). Filtered searches rank all their matches, as the
    // filter may keep only old ones.
    const windowed = keys === ''
    const statement = this.#statement(`search|${keys}`, () => windowed
      ? `WITH matches AS (
          SELECT rowid, bm25(article_search, ${BM25_WEIGHTS}) AS score FROM article_search
          WHERE article_search MATCH @query ORDER BY rowid DESC LIMIT ${SEARCH_WINDOW})
        SELECT ${SUMMARY_COLUMNS}, s.score AS score
        FROM matches s JOIN articles a ON a.seq = s.rowid
        WHERE ${VISIBLE_ARTICLE}
        ORDER BY score, a.id LIMIT @limit OFFSET @offset`
      : `SELECT ${SUMMARY_COLUMNS}, bm25(article_search, ${BM25_WEIGHTS}) AS score
        FROM article_search s JOIN articles a ON a.seq = s.rowid
        WHERE article_search MATCH @query AND ${VISIBLE_ARTICLE}${where}
        ORDER BY score, a.id LIMIT @limit OFFSET @offset`)
    const rows = statement.all({ ...options.filters, ...viewParams(view), query: options.query, limit: options.limit + 1, offset: options.offset }) as SearchRow[]
    return { rows: rows.slice(0, options.limit), hasMore: rows.length > options.limit }
  }
}
