// Lists (and, through ArticleSearch, searches) over articles, public or for previews: filters, sort orders and keyset pages, with statements prepared once per shape.
import type { Statement } from 'better-sqlite3'
import type { Db } from '../db/open.js'
import type { ArticleStatus } from '../schemas/article.js'
import type { MediaType } from '../schemas/media.js'
import { PUBLIC_SUMMARY_COLUMNS, SUMMARY_COLUMNS, type SummaryRow } from './article-row.js'
import { ArticleSearch, type SearchOptions, type SearchPage } from './article-search.js'
import { kidsNarrowing, kidsParam, PREVIEW_TABLES, PUBLIC_TABLES, type ReadTables } from './visibility.js'

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

/** Which articles a list repository reads: public ones through the views, or every one for previews. */
export type ReadScope = 'public' | 'preview'

export class ArticleListRepository {
  readonly #db: Db
  readonly #scope: ReadScope
  readonly #tables: ReadTables
  readonly #filters: Record<keyof ArticleFilters, string>
  readonly #columns: string
  readonly #statements = new Map<string, Statement>()
  readonly #search: ArticleSearch

  constructor (db: Db, scope: ReadScope) {
    this.#db = db
    this.#scope = scope
    this.#tables = scope === 'public' ? PUBLIC_TABLES : PREVIEW_TABLES
    this.#filters = filterSql(this.#tables)
    this.#columns = scope === 'public' ? PUBLIC_SUMMARY_COLUMNS : SUMMARY_COLUMNS
    this.#search = new ArticleSearch(db, scope, this.#columns)
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

  #where (filters: ArticleFilters): { keys: string, where: string } {
    // Only previews may filter by workflow state; the public views hold published articles alone anyway.
    const present = (Object.keys(this.#filters) as Array<keyof ArticleFilters>)
      .filter((key) => filters[key] !== undefined && (key !== 'status' || this.#scope === 'preview'))
    return { keys: present.join(','), where: present.map((key) => ` AND ${this.#filters[key]}`).join('') }
  }

  /** One page of articles; `after` continues after the position a previous page ended at. */
  list (options: { filters: ArticleFilters, sort: ArticleSort, limit: number, after: ListPosition | null }, now: string, kids: boolean | undefined): { rows: SummaryRow[], next: ListPosition | null } {
    const { column, descending } = SORTS[options.sort]
    const { keys, where } = this.#where(options.filters)
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
      ...options.filters,
      ...this.#params(now, kids),
      limit: options.limit + 1,
      ...(options.after === null ? {} : { afterValue: options.after[0], afterId: options.after[1] })
    }) as Array<SummaryRow & { sort_value: string }>
    const page = rows.slice(0, options.limit)
    const last = page.at(-1)
    return { rows: page, next: rows.length > options.limit && last !== undefined ? [last.sort_value, last.id] : null }
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
