// Articles: prepared statements, the row <-> JSON mapping, and whole-article writes in one transaction.
import type { Db } from '../db/open.js'
import { countWords, readingTimeMinutes } from '../lib/text.js'
import type { Article, ArticleStatus, ArticleSummary } from '../schemas/article.js'
import { MediaRepository, type AttachedMediaInput } from './media.js'
import { SectionRepository, type SectionInput } from './section.js'
import { PUBLIC_ARTICLE } from './visibility.js'

interface SummaryRow {
  id: string
  slug: string
  kicker: string | null
  title: string
  teaser: string | null
  language: string
  breadcrumb: string
  tags: string
  status: ArticleStatus
  published_at: string | null
  updated_at: string
  word_count: number
  listed_at: string
}

interface ArticleRow extends SummaryRow {
  created_at: string
  version: number
  source: string | null
}

/** A whole article as a write supplies it: everything but the server's own fields. */
export interface ArticleInput {
  id: string
  slug: string
  kicker: string | null
  title: string
  teaser: string | null
  language: string
  breadcrumb: string[]
  tags: string[]
  status: ArticleStatus
  publishedAt: string | null
  source: string | null
  sourceHash: string | null
  sections: SectionInput[]
  media: AttachedMediaInput[]
}

/** Position in the public list: the article's list timestamp and id. */
export interface ListPosition {
  listedAt: string
  id: string
}

export interface ArticlePage {
  items: ArticleSummary[]
  /** Where the next page starts, or null when this page is the last. */
  next: ListPosition | null
}

const SUMMARY_COLUMNS = 'a.id, a.slug, a.kicker, a.title, a.teaser, a.language, a.breadcrumb, a.tags, a.status, a.published_at, a.updated_at, a.word_count, a.listed_at'
const ARTICLE_COLUMNS = `${SUMMARY_COLUMNS}, a.created_at, a.version, a.source`

function bodyWordCount (sections: SectionInput[]): number {
  let words = 0
  for (const section of sections) {
    if (section.heading !== null) words += countWords(section.heading)
    for (const block of section.blocks) {
      if (block.type !== 'media') words += countWords(block.text)
    }
  }
  return words
}

export class ArticleRepository {
  readonly sections: SectionRepository
  readonly media: MediaRepository
  readonly #publicBaseUrl: string
  readonly #getPublicById
  readonly #getPublicBySlug
  readonly #isPublic
  readonly #firstPage
  readonly #pageAfter
  readonly #findBySource
  readonly #slugOwner
  readonly #upsert
  readonly #hasAny
  readonly #saveInTransaction: (input: ArticleInput, now: string) => void

  constructor (db: Db, options: { publicBaseUrl: string }) {
    this.#publicBaseUrl = options.publicBaseUrl
    this.sections = new SectionRepository(db)
    this.media = new MediaRepository(db)
    this.#getPublicById = db.prepare<{ id: string, now: string }, ArticleRow>(
      `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = @id AND ${PUBLIC_ARTICLE}`
    )
    this.#getPublicBySlug = db.prepare<{ slug: string, now: string }, ArticleRow>(
      `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.slug = @slug AND ${PUBLIC_ARTICLE}`
    )
    this.#isPublic = db.prepare<{ id: string, now: string }, { found: number }>(
      `SELECT 1 AS found FROM articles a WHERE a.id = @id AND ${PUBLIC_ARTICLE}`
    )
    this.#firstPage = db.prepare<{ now: string, limit: number }, SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE ${PUBLIC_ARTICLE}
       ORDER BY a.listed_at DESC, a.id DESC LIMIT @limit`
    )
    this.#pageAfter = db.prepare<{ now: string, limit: number, listedAt: string, id: string }, SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE ${PUBLIC_ARTICLE} AND (a.listed_at, a.id) < (@listedAt, @id)
       ORDER BY a.listed_at DESC, a.id DESC LIMIT @limit`
    )
    this.#findBySource = db.prepare<[string], { id: string, slug: string, source_hash: string | null }>(
      'SELECT id, slug, source_hash FROM articles WHERE source = ?'
    )
    this.#slugOwner = db.prepare<[string], { id: string }>('SELECT id FROM articles WHERE slug = ?')
    this.#upsert = db.prepare(`
      INSERT INTO articles (id, slug, kicker, title, teaser, language, breadcrumb, tags, status, published_at,
                            source, source_hash, word_count, version, created_at, updated_at)
      VALUES (@id, @slug, @kicker, @title, @teaser, @language, @breadcrumb, @tags, @status, @publishedAt,
              @source, @sourceHash, @wordCount, 1, @now, @now)
      ON CONFLICT (id) DO UPDATE SET
        slug = excluded.slug, kicker = excluded.kicker, title = excluded.title, teaser = excluded.teaser,
        language = excluded.language, breadcrumb = excluded.breadcrumb, tags = excluded.tags,
        status = excluded.status, published_at = excluded.published_at, source = excluded.source,
        source_hash = excluded.source_hash, word_count = excluded.word_count,
        version = articles.version + 1, updated_at = excluded.updated_at`)
    this.#hasAny = db.prepare<[], { found: number }>('SELECT EXISTS (SELECT 1 FROM articles) AS found')
    this.#saveInTransaction = db.transaction((input: ArticleInput, now: string) => {
      this.#upsert.run({
        id: input.id,
        slug: input.slug,
        kicker: input.kicker,
        title: input.title,
        teaser: input.teaser,
        language: input.language,
        breadcrumb: JSON.stringify(input.breadcrumb),
        tags: JSON.stringify(input.tags),
        status: input.status,
        publishedAt: input.publishedAt,
        source: input.source,
        sourceHash: input.sourceHash,
        wordCount: bodyWordCount(input.sections),
        now
      })
      this.sections.replaceForArticle(input.id, input.sections)
      this.media.replaceForArticle(input.id, input.media, now)
    })
  }

  getPublicById (id: string, now: string): Article | undefined {
    const row = this.#getPublicById.get({ id, now })
    return row === undefined ? undefined : this.#toArticle(row)
  }

  getPublicBySlug (slug: string, now: string): Article | undefined {
    const row = this.#getPublicBySlug.get({ slug, now })
    return row === undefined ? undefined : this.#toArticle(row)
  }

  isPublic (id: string, now: string): boolean {
    return this.#isPublic.get({ id, now }) !== undefined
  }

  /** One page of public articles, newest first, starting after `after` (keyset pagination: every page costs the same). */
  listPublic (options: { limit: number, after: ListPosition | null }, now: string): ArticlePage {
    // One extra row tells whether another page follows without a second query.
    const limit = options.limit + 1
    const rows = options.after === null
      ? this.#firstPage.all({ now, limit })
      : this.#pageAfter.all({ now, limit, ...options.after })
    const hasMore = rows.length > options.limit
    const pageRows = hasMore ? rows.slice(0, options.limit) : rows
    const last = pageRows.at(-1)
    return {
      items: pageRows.map((row) => this.#toSummary(row)),
      next: hasMore && last !== undefined ? { listedAt: last.listed_at, id: last.id } : null
    }
  }

  /** The article imported from `source`, whatever its status. */
  findBySource (source: string): { id: string, slug: string, sourceHash: string | null } | undefined {
    const row = this.#findBySource.get(source)
    return row === undefined ? undefined : { id: row.id, slug: row.slug, sourceHash: row.source_hash }
  }

  /** The id of the article that holds `slug`, whatever its status. */
  slugOwner (slug: string): string | undefined {
    return this.#slugOwner.get(slug)?.id
  }

  hasAny (): boolean {
    return this.#hasAny.get()?.found === 1
  }

  /**
   * Creates the article, or replaces every field, section and media attachment of the one with the same id,
   * all in one transaction: a failure anywhere leaves the database as it was.
   */
  save (input: ArticleInput, now: string): void {
    this.#saveInTransaction(input, now)
  }

  #toSummary (row: SummaryRow): ArticleSummary {
    return {
      id: row.id,
      slug: row.slug,
      url: `${this.#publicBaseUrl}/articles/${row.slug}`,
      kicker: row.kicker,
      title: row.title,
      teaser: row.teaser,
      language: row.language,
      breadcrumb: JSON.parse(row.breadcrumb) as string[],
      tags: JSON.parse(row.tags) as string[],
      status: row.status,
      publishedAt: row.published_at,
      updatedAt: row.updated_at,
      wordCount: row.word_count,
      readingTimeMinutes: readingTimeMinutes(row.word_count)
    }
  }

  #toArticle (row: ArticleRow): Article {
    return {
      ...this.#toSummary(row),
      createdAt: row.created_at,
      version: row.version,
      source: row.source,
      sections: this.sections.listByArticle(row.id),
      media: this.media.listByArticle(row.id)
    }
  }
}
