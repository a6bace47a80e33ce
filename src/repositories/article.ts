// Articles: one article by id or slug, the facts HTTP caching needs, and whole-article writes in one transaction.
import type { Db, Transaction } from '../db/open.js'
import { countWords } from '../lib/text.js'
import { PreconditionFailedError } from '../errors.js'
import type { ArticleStatus, ArticleSummary, Correction, StoredArticle } from '../schemas/article.js'
import type { ArticleWrite } from '../schemas/article-write.js'
import { searchDocument } from '../search/document.js'
import { ArticleListRepository } from './article-list.js'
import { ARTICLE_COLUMNS, rowToSummary, type ArticleRow, type SummaryRow } from './article-row.js'
import { CategoryRepository, CategoryTree } from './category.js'
import { completeMedia, MediaRepository, type AttachedMediaInput, type MediaInput } from './media.js'
import { SearchRepository, SnippetReader } from './search.js'
import { RevisionRepository, type Actor, type EventType } from './revision.js'
import { SectionRepository, type SectionInput } from './section.js'
import type { ArticleKey, ArticleVersion, ContentReader } from './reader.js'
import { SlugHistoryRepository } from './slug-history.js'
import { kidsNarrowing, kidsParam, PREVIEW_TABLES, type View } from './visibility.js'

/** A whole article as a write supplies it: everything but the server's own fields. */
export interface ArticleInput {
  id: string
  slug: string
  kicker: string | null
  title: string
  byline: string | null
  teaser: string | null
  language: string
  breadcrumb: string[]
  tags: string[]
  /** Made for children; absent means not. */
  kids?: boolean
  status: ArticleStatus
  publishedAt: string | null
  source: string | null
  sourceHash: string | null
  sections: SectionInput[]
  media: AttachedMediaInput[]
}

export type { ArticleVersion }

export interface SaveOptions {
  /** The key making the change; null for imports and the command line. */
  actor?: Actor | null
  /** Refuse the write (412) unless the stored article is at this version. */
  expectedVersion?: number
  /** A public correction note to append. */
  correction?: string
  /** Record the change as this event instead of the one its status change implies. */
  event?: EventType
}

/** The article as a write would send it: what revisions keep and merge patches apply to. */
export function snapshotOf (input: ArticleInput): ArticleWrite {
  return {
    slug: input.slug,
    kicker: input.kicker,
    title: input.title,
    byline: input.byline,
    teaser: input.teaser,
    language: input.language,
    breadcrumb: input.breadcrumb,
    tags: input.tags,
    kids: input.kids ?? false,
    status: input.status,
    publishedAt: input.publishedAt,
    sections: input.sections.map((section) => ({ heading: section.heading, blocks: section.blocks })),
    media: input.media.map(({ media, role }) => ({ ...completeMedia(media), role }))
  }
}

// Objects compared by content, whatever order their keys were written in (a write's media and a stored item's differ).
export function canonical (value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : v))
}

function changedFields (before: ArticleWrite | undefined, after: ArticleWrite): string[] {
  if (before === undefined) return Object.keys(after)
  return (Object.keys(after) as Array<keyof ArticleWrite>).filter((key) => canonical(before[key]) !== canonical(after[key]))
}

function eventFor (before: ArticleStatus | undefined, after: ArticleStatus): EventType {
  if (before === after || after === 'draft') return 'updated'
  return after
}

const CONTENT_CHANGED_AT = 'content_changed_at'

interface VersionRow {
  id: string
  version: number
  updated_at: string
  media_versions: number
}

function editorParams (view: View): { now: string, kids: 0 | 1 } {
  // These reads see every article whatever its status. A caller asking for the public view here would show it
  // drafts: refuse loudly, so the mistake is a failing test and never a leak.
  if (!view.preview) throw new Error('ArticleRepository reads are the editors\' and the preview\'s; public reads go through PublicReads')
  return { now: view.now, ...kidsParam(view.kids) }
}

/** Listed articles (published or scheduled) are searched through the public half of the index. */
function isListed (status: ArticleStatus): boolean {
  return status === 'published' || status === 'scheduled'
}

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
  readonly revisions: RevisionRepository
  readonly #snippets: SnippetReader
  readonly #tree: CategoryTree
  readonly slugs: SlugHistoryRepository
  readonly #publicBaseUrl: string
  readonly #getById
  readonly #getBySlug
  readonly #versionById
  readonly #isVisible
  readonly #versionBySlug
  readonly #current
  readonly #provenance
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
  readonly #importBase
  readonly #setImportBase
  readonly #saveInTransaction: Transaction<(input: ArticleInput, now: string, options: SaveOptions) => number>
  readonly #saveAllInTransaction: Transaction<(inputs: Iterable<ArticleInput>, now: string, options: SaveOptions, ids: string[]) => number>
  readonly #saveMediaInTransaction: Transaction<(media: MediaInput, now: string, options: SaveOptions) => string[]>
  readonly #listeners: Array<(ids: string[]) => void> = []
  readonly #deleteInTransaction: Transaction<(id: string, now: string, options: SaveOptions) => boolean>

  constructor (db: Db, options: { publicBaseUrl: string }) {
    this.#publicBaseUrl = options.publicBaseUrl
    this.sections = new SectionRepository(db)
    this.media = new MediaRepository(db)
    this.categories = new CategoryRepository(db)
    this.search = new SearchRepository(db)
    this.lists = new ArticleListRepository(db, 'preview')
    this.revisions = new RevisionRepository(db)
    this.slugs = new SlugHistoryRepository(db)
    this.#snippets = new SnippetReader(db, 'preview')
    this.#tree = new CategoryTree(db, 'preview')
    // Editors' and previews' reads: every article whatever its status (public reads are PublicReads'), the kids
    // profile still narrowing them.
    type ViewParams = { now: string, kids: 0 | 1 }
    const VISIBLE_ARTICLE = kidsNarrowing(PREVIEW_TABLES)
    this.#getById = db.prepare<{ id: string } & ViewParams, ArticleRow>(
      `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = @id AND ${VISIBLE_ARTICLE}`)
    this.#getBySlug = db.prepare<{ slug: string } & ViewParams, ArticleRow>(
      `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.slug = @slug AND ${VISIBLE_ARTICLE}`)
    const version = `SELECT a.id, a.version, max(a.updated_at, coalesce(max(m.updated_at), '')) AS updated_at, coalesce(sum(m.version), 0) AS media_versions
      FROM articles a LEFT JOIN article_media am ON am.article_id = a.id LEFT JOIN media m ON m.id = am.media_id`
    // Sections and media routes only need to know the article may be shown: no media join.
    this.#isVisible = db.prepare<{ id: string, kids: 0 | 1 }, { found: number }>(
      `SELECT 1 AS found FROM articles a WHERE a.id = @id AND ${VISIBLE_ARTICLE}`)
    this.#versionById = db.prepare<{ id: string } & ViewParams, VersionRow>(
      `${version} WHERE a.id = @id AND ${VISIBLE_ARTICLE} GROUP BY a.id`)
    this.#versionBySlug = db.prepare<{ slug: string } & ViewParams, VersionRow>(
      `${version} WHERE a.slug = @slug AND ${VISIBLE_ARTICLE} GROUP BY a.id`)
    this.#current = db.prepare<[string], { version: number, status: ArticleStatus, published_at: string | null, corrections: string }>(
      'SELECT version, status, published_at, corrections FROM articles WHERE id = ?')
    this.#provenance = db.prepare<[string], { source: string | null, source_hash: string | null }>(
      'SELECT source, source_hash FROM articles WHERE id = ?')
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
      INSERT INTO articles (id, seq, slug, kicker, title, byline, teaser, language, breadcrumb, tags, kids, status, published_at,
                            source, source_hash, word_count, corrections, version, created_at, updated_at)
      VALUES (@id, @seq, @slug, @kicker, @title, @byline, @teaser, @language, @breadcrumb, @tags, @kids, @status, @publishedAt,
              @source, @sourceHash, @wordCount, @corrections,
              -- A deleted article brought back continues its version history.
              coalesce((SELECT max(version) FROM article_revisions WHERE article_id = @id), 0) + 1, @now, @now)
      ON CONFLICT (id) DO UPDATE SET
        slug = excluded.slug, kicker = excluded.kicker, title = excluded.title, byline = excluded.byline, teaser = excluded.teaser,
        language = excluded.language, breadcrumb = excluded.breadcrumb, tags = excluded.tags, kids = excluded.kids,
        status = excluded.status, published_at = excluded.published_at, source = excluded.source,
        source_hash = excluded.source_hash, word_count = excluded.word_count, corrections = excluded.corrections,
        version = articles.version + 1, updated_at = excluded.updated_at
      RETURNING version`)
    this.#deleteTags = db.prepare<[string]>('DELETE FROM article_tags WHERE article_id = ?')
    this.#insertTag = db.prepare<[string, string]>('INSERT OR IGNORE INTO article_tags (article_id, tag) VALUES (?, ?)')
    this.#markChanged = db.prepare<[string, string]>(
      'INSERT INTO app_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    this.#hasAny = db.prepare<[], { found: number }>('SELECT EXISTS (SELECT 1 FROM articles) AS found')
    this.#importBase = db.prepare<[string], { snapshot: string }>('SELECT snapshot FROM import_bases WHERE article_id = ?')
    this.#setImportBase = db.prepare<[string, string]>(
      'INSERT INTO import_bases (article_id, snapshot) VALUES (?, ?) ON CONFLICT (article_id) DO UPDATE SET snapshot = excluded.snapshot')
    const saveOne = (input: ArticleInput, now: string, options: SaveOptions): number => {
      const current = this.#current.get(input.id)
      if (options.expectedVersion !== undefined && current?.version !== options.expectedVersion) {
        throw new PreconditionFailedError(`Article '${input.id}' is at version ${current?.version ?? 'none'}, not ${options.expectedVersion}; fetch it again and reapply the change`)
      }
      const before = current === undefined ? undefined : this.writeShape(input.id)
      const snapshot = snapshotOf(input)
      const changes = changedFields(before, snapshot)
      // A write that changes nothing changes nothing: no version, revision, event or feed entry.
      if (current !== undefined && changes.length === 0 && options.correction === undefined &&
          input.source === (this.#provenance.get(input.id)?.source ?? null)) return current.version
      const corrections = JSON.parse(current?.corrections ?? '[]') as Correction[]
      if (options.correction !== undefined) {
        corrections.push({ at: now, note: options.correction })
        changes.push('corrections')
      }
      const seq = this.#seqOf.get(input.id)?.seq ?? this.#nextSeq.get()?.seq ?? 1
      // The old slug keeps leading here (301) until another article takes it.
      this.slugs.claim(input.slug)
      if (before?.slug !== undefined && before.slug !== input.slug) this.slugs.retire(before.slug, input.id, now)
      const { version } = this.#upsert.get({
        id: input.id,
        seq,
        slug: input.slug,
        kicker: input.kicker,
        title: input.title,
        byline: input.byline,
        teaser: input.teaser,
        language: input.language,
        breadcrumb: JSON.stringify(input.breadcrumb),
        tags: JSON.stringify(input.tags),
        kids: input.kids === true ? 1 : 0,
        status: input.status,
        publishedAt: input.publishedAt,
        source: input.source,
        sourceHash: input.sourceHash,
        wordCount: bodyWordCount(input.sections),
        corrections: JSON.stringify(corrections),
        now
      }) as { version: number }
      this.sections.replaceForArticle(input.id, input.sections)
      const changedMedia = this.media.replaceForArticle(input.id, input.media, now)
      this.categories.replaceForArticle(input.id, input.breadcrumb)
      this.#deleteTags.run(input.id)
      for (const tag of input.tags) this.#insertTag.run(input.id, tag)
      this.search.index(seq, searchDocument({ ...input, captions: input.media.map(({ media }) => media.caption) }), isListed(input.status))
      this.#markChanged.run(CONTENT_CHANGED_AT, now)
      const actor = options.actor ?? null
      this.revisions.addRevision(input.id, version, snapshot, now, actor)
      if (current === undefined && options.event === undefined) this.revisions.addEvent(input.id, 'created', version, now, actor, changes)
      const event = options.event ?? eventFor(current?.status, input.status)
      if (current !== undefined || event !== 'updated') this.revisions.addEvent(input.id, event, version, now, actor, changes)
      // A shared item changed through this article: every other article showing it changed with it.
      const others = new Set(changedMedia.flatMap((mediaId) => this.media.articlesShowing(mediaId)).filter((other) => other !== input.id))
      for (const other of others) touchForMedia(other, now, actor)
      return version
    }
    const bumpVersion = db.prepare<[string, string], { version: number, seq: number }>(
      'UPDATE articles SET version = version + 1, updated_at = ? WHERE id = ? RETURNING version, seq')
    /**
     * An article reads differently because a media item it shows changed: a new version (so partners that track
     * versions see a change), a revision of what it now shows, a new search entry and an 'updated' event naming media.
     */
    const touchForMedia = (articleId: string, now: string, actor: Actor | null): void => {
      const bumped = bumpVersion.get(now, articleId)
      const shape = this.writeShape(articleId)
      const article = this.getById(articleId, { now, preview: true })
      if (bumped === undefined || shape === undefined || article === undefined) return
      this.revisions.addRevision(articleId, bumped.version, shape, now, actor)
      this.search.index(bumped.seq, searchDocument({ ...article, captions: article.media.map((item) => item.caption) }), isListed(shape.status))
      this.revisions.addEvent(articleId, 'updated', bumped.version, now, actor, ['media'])
    }
    this.#saveInTransaction = db.transaction(saveOne)
    // One transaction for many articles, without a savepoint per article: a bulk import's cost is the writes alone.
    this.#saveAllInTransaction = db.transaction((inputs: Iterable<ArticleInput>, now: string, options: SaveOptions, ids: string[]) => {
      for (const input of inputs) {
        saveOne(input, now, options)
        ids.push(input.id)
      }
      return ids.length
    })
    this.#saveMediaInTransaction = db.transaction((media: MediaInput, now: string, options: SaveOptions) => {
      const version = this.media.versionOf(media.id)
      if (options.expectedVersion !== undefined && version !== options.expectedVersion) {
        throw new PreconditionFailedError(`Media '${media.id}' is at version ${version ?? 'none'}, not ${options.expectedVersion}; fetch it again and reapply the change`)
      }
      this.media.upsert(media, now)
      if (this.media.versionOf(media.id) === version) return []
      // Every article showing the item now reads differently: its captions are re-indexed and the change logged.
      const showing = this.media.articlesShowing(media.id)
      for (const articleId of showing) touchForMedia(articleId, now, options.actor ?? null)
      this.#markChanged.run(CONTENT_CHANGED_AT, now)
      return showing
    })
    const deleteArticle = db.prepare<[string]>('DELETE FROM articles WHERE id = ?')
    this.#deleteInTransaction = db.transaction((id: string, now: string, options: SaveOptions) => {
      const current = this.#current.get(id)
      const seq = this.#seqOf.get(id)?.seq
      if (current === undefined || seq === undefined) return false
      if (options.expectedVersion !== undefined && current.version !== options.expectedVersion) {
        throw new PreconditionFailedError(`Article '${id}' is at version ${current.version}, not ${options.expectedVersion}; fetch it again before deleting it`)
      }
      this.search.remove(seq)
      // Sections, media links, categories and tags go with the row (ON DELETE CASCADE); media items stay.
      deleteArticle.run(id)
      this.#markChanged.run(CONTENT_CHANGED_AT, now)
      // The tombstone: revisions stay for the record, and the event tells mirrors to drop the article.
      this.revisions.addEvent(id, 'deleted', current.version, now, options.actor ?? null)
      return true
    })
  }

  /**
   * Removes the article with its sections, media links, categories, tags and search entry, leaving a 'deleted'
   * event as its tombstone; false when there was none.
   */
  delete (id: string, now: string, options: SaveOptions = {}): boolean {
    const deleted = this.#deleteInTransaction.immediate(id, now, options)
    if (deleted) this.#changed([id])
    return deleted
  }

  /**
   * Calls `listener` with the ids of the articles a write changed (saved, deleted, or showing an edited media
   * item), once the write has returned. Caches of derived data listen here to drop what went stale.
   */
  onChange (listener: (ids: string[]) => void): void {
    this.#listeners.push(listener)
  }

  #changed (ids: string[]): void {
    if (ids.length === 0) return
    for (const listener of this.#listeners) listener(ids)
  }

  /**
   * Creates or updates a media item on its own; articles showing it get its new metadata, search entries and an
   * 'updated' event in the same transaction.
   */
  saveMedia (media: MediaInput, now: string, options: SaveOptions = {}): void {
    this.#changed(this.#saveMediaInTransaction.immediate(media, now, options))
  }

  /**
   * The reads of a request with the content:preview scope: every article whatever its status (`view.preview` is not
   * consulted; anonymous readers go through PublicReads instead), narrowed to the kids profile when it applies.
   */
  reader (view: View): ContentReader {
    if (!view.preview) throw new Error('The preview reader is for keys with content:preview; public reads go through PublicReads')
    const { now, kids } = view
    return {
      preview: true,
      article: (by: ArticleKey) => 'id' in by ? this.getById(by.id, view) : this.getBySlug(by.slug, view),
      version: (by) => this.version(by, view),
      isVisible: (id) => this.isVisible(id, view),
      sections: (articleId) => this.sections.listByArticle(articleId),
      section: (articleId, position) => this.sections.get(articleId, position),
      articleMedia: (articleId) => this.media.listByArticle(articleId),
      ruleFacts: (articleId) => this.media.ruleFactsByArticle(articleId),
      media: (id) => this.media.getVisibleWithVersion(id, view),
      list: (options) => this.lists.list(options, now, kids),
      search: (options) => this.lists.search(options, now, kids),
      snippet: (highlight, row) => this.#snippets.snippet(highlight, row),
      categories: () => this.#tree.tree(kids),
      lastChange: () => this.lastChange(now),
      nextPublication: () => this.nextPublication(now),
      summary: (row) => this.summary(row),
      renamedTo: (slug) => this.slugs.currentSlug(slug, view)
    }
  }

  /** The article, whatever its status: the editor's read (see reader()). */
  getById (id: string, view: View): StoredArticle | undefined {
    const row = this.#getById.get({ id, ...editorParams(view) })
    return row === undefined ? undefined : this.#toArticle(row)
  }

  getBySlug (slug: string, view: View): StoredArticle | undefined {
    const row = this.#getBySlug.get({ slug, ...editorParams(view) })
    return row === undefined ? undefined : this.#toArticle(row)
  }

  /** The version of an article whatever its status, found by id or slug: enough to answer a conditional request. */
  version (by: { id: string } | { slug: string }, view: View): ArticleVersion | undefined {
    const params = editorParams(view)
    const row = 'id' in by ? this.#versionById.get({ id: by.id, ...params }) : this.#versionBySlug.get({ slug: by.slug, ...params })
    return row === undefined ? undefined : { id: row.id, version: row.version, mediaVersions: row.media_versions, updatedAt: row.updated_at }
  }

  isVisible (id: string, view: View): boolean {
    return this.#isVisible.get({ id, ...editorParams(view) }) !== undefined
  }

  /** The workflow state as stored (a scheduled article stays `scheduled` after its time); undefined when there is none. */
  workflowState (id: string): { status: ArticleStatus, publishedAt: string | null } | undefined {
    const row = this.#current.get(id)
    return row === undefined ? undefined : { status: row.status, publishedAt: row.published_at }
  }

  /** The stored article, whatever its status, as a write would send it; undefined when there is none. */
  writeShape (id: string): ArticleWrite | undefined {
    const article = this.getById(id, { now: '', preview: true })
    if (article === undefined) return undefined
    return {
      slug: article.slug,
      kicker: article.kicker,
      title: article.title,
      byline: article.byline,
      teaser: article.teaser,
      language: article.language,
      breadcrumb: article.breadcrumb,
      tags: article.tags,
      kids: article.kids,
      status: this.#current.get(id)?.status ?? article.status,
      publishedAt: article.publishedAt,
      sections: article.sections.map((section) => ({ heading: section.heading, blocks: section.blocks })),
      media: article.media.map(({ duration: _duration, ...media }) => media)
    }
  }

  /** When any content last changed (drafts included: the preview's lists), or null before any was written. */
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

  /** Where the article was imported from, kept when an editor changes it. */
  provenance (id: string): { source: string | null, sourceHash: string | null } {
    const row = this.#provenance.get(id)
    return { source: row?.source ?? null, sourceHash: row?.source_hash ?? null }
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

  /** The article as its source gave it at the last import; undefined for articles imported before this was kept. */
  importBase (id: string): ArticleWrite | undefined {
    const row = this.#importBase.get(id)
    return row === undefined ? undefined : JSON.parse(row.snapshot) as ArticleWrite
  }

  /** Records what the source gave at this import. Call inside the import's transaction, after saving the article. */
  setImportBase (id: string, snapshot: ArticleWrite): void {
    this.#setImportBase.run(id, JSON.stringify(snapshot))
  }

  hasAny (): boolean {
    return this.#hasAny.get()?.found === 1
  }

  /**
   * Creates the article, or replaces every field, section, media attachment, category, tag and its search
   * entry, all in one transaction: a failure anywhere leaves the database as it was.
   */
  save (input: ArticleInput, now: string, options: SaveOptions = {}): number {
    const version = this.#saveInTransaction.immediate(input, now, options)
    this.#changed([input.id])
    return version
  }

  /**
   * Saves every article of `inputs` as save() would, all in one transaction: all are written or, when one fails,
   * none. Returns how many were saved.
   */
  saveAll (inputs: Iterable<ArticleInput>, now: string, options: SaveOptions = {}): number {
    const ids: string[] = []
    const count = this.#saveAllInTransaction.immediate(inputs, now, options, ids)
    this.#changed(ids)
    return count
  }

  #toArticle (row: ArticleRow): StoredArticle {
    return {
      ...this.summary(row),
      createdAt: row.created_at,
      version: row.version,
      source: row.source,
      corrections: JSON.parse(row.corrections) as Correction[],
      sections: this.sections.listByArticle(row.id),
      media: this.media.listByArticle(row.id)
    }
  }
}
