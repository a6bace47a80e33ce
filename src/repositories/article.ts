// Articles: one article by id or slug, the facts HTTP caching needs, and whole-article writes in one transaction.
import type { Db } from '../db/open.js'
import { countWords } from '../lib/text.js'
import type { Article, ArticleStatus, ArticleSummary } from '../schemas/article.js'
import { searchDocument } from '../search/document.js'
import { ArticleListRepository } from './article-list.js'
import { ARTICLE_COLUMNS, rowToSummary, type ArticleRow, type SummaryRow } from './article-row.js'
import { CategoryRepository } from './category.js'
import { MediaRepository, type AttachedMediaInput } from './media.js'
import { SearchRepository } from './search.js'
import { SectionRepository, type SectionInput } from './section.js'
import { PUBLIC_ARTICLE } from './visibility.js'

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

/** What a conditional request is decided on, without loading the article's body. */
export interface ArticleVersion {
  id: string
  version: number
  updatedAt: string
}

const CONTENT_CHANGED_AT = 'content_changed_at'

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
  readonly categories: CategoryRepository
  readonly search: SearchRepository
  readonly lists: ArticleListRepository
  readonly #publicBaseUrl: string
  readonly #getPublicById
  readonly #getPublicBySlug
  readonly #versionById
  readonly #versionBySlug
  readonly #lastChange
  readonly #nextPublication
  readonly #findBySource
  readonly #slugOwner
  readonly #seqOf
  readonly #nextSeq
  readonly #upsert
  readonly #deleteTags
  readonly #insertTag
  readonly #markChanged
  readonly #hasAny
  readonly #saveInTransaction: (input: ArticleInput, now: string) => void
  readonly #deleteInTransaction: (id: string, now: string) => boolean

  constructor (db: Db, options: { publicBaseUrl: string }) {
    this.#publicBaseUrl = options.publicBaseUrl
    this.sections = new SectionRepository(db)
    this.media = new MediaRepository(db)
    this.categories = new CategoryRepository(db)
    this.search = new SearchRepository(db)
    this.lists = new ArticleListRepository(db)
    this.#getPublicById = db.prepare<{ id: string, now: string }, ArticleRow>(
      `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = @id AND ${PUBLIC_ARTICLE}`)
    this.#getPublicBySlug = db.prepare<{ slug: string, now: string }, ArticleRow>(
      `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.slug = @slug AND ${PUBLIC_ARTICLE}`)
    this.#versionById = db.prepare<{ id: string, now: string }, { id: string, version: number, updated_at: string }>(
      `SELECT a.id, a.version, a.updated_at FROM articles a WHERE a.id = @id AND ${PUBLIC_ARTICLE}`)
    this.#versionBySlug = db.prepare<{ slug: string, now: string }, { id: string, version: number, updated_at: string }>(
      `SELECT a.id, a.version, a.updated_at FROM articles a WHERE a.slug = @slug AND ${PUBLIC_ARTICLE}`)
    // Lists change when content is written and when a scheduled article's time comes, whichever was later.
    this.#lastChange = db.prepare<{ now: string, key: string }, { at: string | null }>(`
      SELECT max(coalesce((SELECT value FROM app_state WHERE key = @key), ''),
                 coalesce((SELECT max(published_at) FROM articles WHERE published_at <= @now), '')) AS at`)
    this.#nextPublication = db.prepare<{ now: string }, { at: string | null }>(
      `SELECT min(published_at) AS at FROM articles WHERE published_at > @now AND status IN ('published', 'scheduled')`)
    this.#findBySource = db.prepare<[string], { id: string, slug: string, source_hash: string | null }>(
      'SELECT id, slug, source_hash FROM articles WHERE source = ?')
    this.#slugOwner = db.prepare<[string], { id: string }>('SELECT id FROM articles WHERE slug = ?')
    this.#seqOf = db.prepare<[string], { seq: number }>('SELECT seq FROM articles WHERE id = ?')
    this.#nextSeq = db.prepare<[], { seq: number }>('SELECT coalesce(max(seq), 0) + 1 AS seq FROM articles')
    this.#upsert = db.prepare(`
      INSERT INTO articles (id, seq, slug, kicker, title, teaser, language, breadcrumb, tags, status, published_at,
                            source, source_hash, word_count, version, created_at, updated_at)
      VALUES (@id, @seq, @slug, @kicker, @title, @teaser, @language, @breadcrumb, @tags, @status, @publishedAt,
              @source, @sourceHash, @wordCount, 1, @now, @now)
      ON CONFLICT (id) DO UPDATE SET
        slug = excluded.slug, kicker = excluded.kicker, title = excluded.title, teaser = excluded.teaser,
        language = excluded.language, breadcrumb = excluded.breadcrumb, tags = excluded.tags,
        status = excluded.status, published_at = excluded.published_at, source = excluded.source,
        source_hash = excluded.source_hash, word_count = excluded.word_count,
        version = articles.version + 1, updated_at = excluded.updated_at`)
    this.#deleteTags = db.prepare<[string]>('DELETE FROM article_tags WHERE article_id = ?')
    this.#insertTag = db.prepare<[string, string]>('INSERT OR IGNORE INTO article_tags (article_id, tag) VALUES (?, ?)')
    this.#markChanged = db.prepare<[string, string]>(
      'INSERT INTO app_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    this.#hasAny = db.prepare<[], { found: number }>('SELECT EXISTS (SELECT 1 FROM articles) AS found')
    this.#saveInTransaction = db.transaction((input: ArticleInput, now: string) => {
      const seq = this.#seqOf.get(input.id)?.seq ?? this.#nextSeq.get()?.seq ?? 1
      this.#upsert.run({
        ...input,
        seq,
        breadcrumb: JSON.stringify(input.breadcrumb),
        tags: JSON.stringify(input.tags),
        wordCount: bodyWordCount(input.sections),
        sections: undefined,
        media: undefined,
        now
      })
      this.sections.replaceForArticle(input.id, input.sections)
      this.media.replaceForArticle(input.id, input.media, now)
      this.categories.replaceForArticle(input.id, input.breadcrumb)
      this.#deleteTags.run(input.id)
      for (const tag of input.tags) this.#insertTag.run(input.id, tag)
      this.search.index(seq, searchDocument({ ...input, captions: input.media.map(({ media }) => media.caption) }))
      this.#markChanged.run(CONTENT_CHANGED_AT, now)
    })
    const deleteArticle = db.prepare<[string]>('DELETE FROM articles WHERE id = ?')
    this.#deleteInTransaction = db.transaction((id: string, now: string) => {
      const seq = this.#seqOf.get(id)?.seq
      if (seq === undefined) return false
      this.search.remove(seq)
      // Sections, media links, categories and tags go with the row (ON DELETE CASCADE); media items stay.
      deleteArticle.run(id)
      this.#markChanged.run(CONTENT_CHANGED_AT, now)
      return true
    })
  }

  /** Removes the article with its sections, media links, categories, tags and search entry; false when there was none. */
  delete (id: string, now: string): boolean {
    return this.#deleteInTransaction(id, now)
  }

  getPublicById (id: string, now: string): Article | undefined {
    const row = this.#getPublicById.get({ id, now })
    return row === undefined ? undefined : this.#toArticle(row)
  }

  getPublicBySlug (slug: string, now: string): Article | undefined {
    const row = this.#getPublicBySlug.get({ slug, now })
    return row === undefined ? undefined : this.#toArticle(row)
  }

  /** The version of a public article, found by id or slug: enough to answer a conditional request. */
  publicVersion (by: { id: string } | { slug: string }, now: string): ArticleVersion | undefined {
    const row = 'id' in by ? this.#versionById.get({ id: by.id, now }) : this.#versionBySlug.get({ slug: by.slug, now })
    return row === undefined ? undefined : { id: row.id, version: row.version, updatedAt: row.updated_at }
  }

  isPublic (id: string, now: string): boolean {
    return this.#versionById.get({ id, now }) !== undefined
  }

  /** When public lists last changed, or null before any content was written. */
  lastChange (now: string): string | null {
    return this.#lastChange.get({ now, key: CONTENT_CHANGED_AT })?.at || null
  }

  /** The next instant a scheduled article becomes public, after which lists change by themselves. */
  nextPublication (now: string): string | null {
    return this.#nextPublication.get({ now })?.at ?? null
  }

  summary (row: SummaryRow): ArticleSummary {
    return rowToSummary(row, this.#publicBaseUrl)
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
   * Creates the article, or replaces every field, section, media attachment, category, tag and its search
   * entry, all in one transaction: a failure anywhere leaves the database as it was.
   */
  save (input: ArticleInput, now: string): void {
    this.#saveInTransaction(input, now)
  }

  #toArticle (row: ArticleRow): Article {
    return {
      ...this.summary(row),
      createdAt: row.created_at,
      version: row.version,
      source: row.source,
      sections: this.sections.listByArticle(row.id),
      media: this.media.listByArticle(row.id)
    }
  }
}
