// Writing an article that does not exist yet: the same rows, revision, events and search entry as any save, without
// reading the article back, comparing it or deleting what it had. Bulk imports are nearly all new articles.
import type { Db } from '../db/open.js'
import { rememberedMatchKey } from '../lib/match-keys.js'
import type { Correction } from '../schemas/article.js'
import { searchDocument } from '../search/document.js'
import { articleRowParams, changedFields, eventFor, isListed, snapshotOf, type ArticleInput, type SaveOptions } from './article-input.js'
import type { ArticleRepository } from './article.js'
import type { ArticleLinks } from './article-links.js'
import type { CategoryRepository } from './category.js'
import type { MediaRepository } from './media.js'
import type { RevisionRepository } from './revision.js'
import type { SearchRepository } from './search.js'
import type { SectionRepository } from './section.js'
import type { SlugHistoryRepository } from './slug-history.js'

/** What a write touches besides the article's own row. */
export interface ArticleStoreParts {
  articles: ArticleRepository
  sections: SectionRepository
  links: ArticleLinks
  media: MediaRepository
  categories: CategoryRepository
  search: SearchRepository
  revisions: RevisionRepository
  slugs: SlugHistoryRepository
}

/** Hands out the next free article seq numbers, reading the highest one once. */
export interface SeqCounter { next: () => number }

export class ArticleInserts {
  readonly #parts: ArticleStoreParts
  readonly #probe
  readonly #maxSeq
  readonly #insert
  readonly #insertTag

  constructor (db: Db, parts: ArticleStoreParts) {
    this.#parts = parts
    // Whether the article exists, and the newest version a deleted article of that id left in the history (a deleted
    // article brought back continues its version history).
    this.#probe = db.prepare<[string, string], { exists: number, revised: number | null }>(`
      SELECT EXISTS (SELECT 1 FROM articles WHERE id = ?) AS "exists", (SELECT max(version) FROM article_revisions WHERE article_id = ?) AS revised`)
    this.#maxSeq = db.prepare<[], { seq: number }>('SELECT coalesce(max(seq), 0) AS seq FROM articles')
    this.#insert = db.prepare(`
      INSERT INTO articles (id, seq, slug, kicker, title, byline, teaser, language, breadcrumb, tags, kids, status, published_at,
                            source, source_hash, word_count, corrections, version, created_at, updated_at)
      VALUES (@id, @seq, @slug, @kicker, @title, @byline, @teaser, @language, @breadcrumb, @tags, @kids, @status, @publishedAt,
              @source, @sourceHash, @wordCount, @corrections, @version, @now, @now)`)
    this.#insertTag = db.prepare<[string, string, string]>('INSERT OR IGNORE INTO article_tags (article_id, tag, tag_key) VALUES (?, ?, ?)')
  }

  /** Undefined when the article exists; else the version its history ends at (0 for none). Call inside the write's transaction. */
  newArticle (id: string): number | undefined {
    const row = this.#probe.get(id, id)
    return row === undefined || row.exists === 1 ? undefined : row.revised ?? 0
  }

  /** Seq numbers for the new articles of one transaction. */
  seqs (): SeqCounter {
    let last: number | undefined
    return { next: () => (last = (last ?? this.#maxSeq.get()?.seq ?? 0) + 1) }
  }

  /**
   * Writes the new article `input` as version `revised + 1` under `seq`: row, sections, links, media, categories,
   * tags, search entry, revision and events. Returns its version and the ids of shared media items the write changed
   * (other articles showing them read differently now). Call inside a transaction, after newArticle().
   */
  insert (input: ArticleInput, now: string, options: SaveOptions, seq: number, revised: number): { version: number, changedMedia: string[] } {
    const { sections, links, media, categories, search, revisions, slugs } = this.#parts
    const snapshot = snapshotOf(input)
    const changes = changedFields(undefined, snapshot)
    const corrections: Correction[] = []
    if (options.correction !== undefined) {
      corrections.push({ at: now, note: options.correction })
      changes.push('corrections')
    }
    const version = revised + 1
    // The slug may have led to another article once; it is this one's now.
    slugs.claim(input.slug)
    this.#insert.run({ ...articleRowParams(input, corrections, now), seq, version })
    sections.insertForArticle(input.id, input.sections)
    links.insertForArticle(input.id, input.sections)
    const changedMedia = media.attach(input.id, input.media, now)
    categories.insertForArticle(input.id, input.breadcrumb)
    for (const tag of input.tags) this.#insertTag.run(input.id, tag, rememberedMatchKey(tag))
    search.add(seq, searchDocument({ ...input, captions: input.media.map(({ media }) => media.caption) }), isListed(input.status))
    const actor = options.actor ?? null
    revisions.addRevision(input.id, version, snapshot, now, actor)
    if (options.event === undefined) revisions.addEvent(input.id, 'created', version, now, actor, changes)
    const event = options.event ?? eventFor(undefined, input.status)
    if (event !== 'updated') revisions.addEvent(input.id, event, version, now, actor, changes)
    return { version, changedMedia }
  }
}
