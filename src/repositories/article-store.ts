// Article writes: whole articles, batches, media items and deletions, each in one transaction with its revision,
// events, search entry and derived rows, and the listeners that hear which articles a write changed.
import type { Db, Transaction } from '../db/open.js'
import { packJson } from '../db/packed-json.js'
import { PreconditionFailedError } from '../errors.js'
import { rememberedMatchKey } from '../lib/match-keys.js'
import type { Correction } from '../schemas/article.js'
import type { ArticleWrite } from '../schemas/article-write.js'
import { searchDocument } from '../search/document.js'
import { ArticleInserts, type ArticleStoreParts, type SeqCounter } from './article-insert.js'
import { CONTENT_CHANGED_AT } from './article-row.js'
import { articleRowParams, changedFields, eventFor, isListed, snapshotOf, type ArticleInput, type SaveOptions } from './article-input.js'
import type { MediaInput } from './media.js'
import type { Actor } from '../schemas/revision.js'

export type { ArticleStoreParts }

type Save = (input: ArticleInput, now: string, options: SaveOptions, seqs?: SeqCounter) => number

export class ArticleStore {
  readonly #listeners: Array<(ids: string[]) => void> = []
  readonly #setImportBase
  readonly #save: Transaction<Save>
  readonly #saveAll: Transaction<(inputs: Iterable<ArticleInput>, now: string, options: SaveOptions, ids: string[]) => number>
  readonly #saveMedia: Transaction<(media: MediaInput, now: string, options: SaveOptions) => string[]>
  readonly #delete: Transaction<(id: string, now: string, options: SaveOptions) => boolean>

  constructor (db: Db, parts: ArticleStoreParts) {
    const { articles, sections, links, media, categories, search, revisions, slugs } = parts
    const inserts = new ArticleInserts(db, parts)
    const current = db.prepare<[string], { version: number, status: ArticleInput['status'], corrections: string, source: string | null }>(
      'SELECT version, status, corrections, source FROM articles WHERE id = ?')
    const seqOf = db.prepare<[string], { seq: number }>('SELECT seq FROM articles WHERE id = ?')
    const nextSeq = db.prepare<[], { seq: number }>('SELECT coalesce(max(seq), 0) + 1 AS seq FROM articles')
    const upsert = db.prepare(`
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
    const deleteTags = db.prepare<[string]>('DELETE FROM article_tags WHERE article_id = ?')
    const insertTag = db.prepare<[string, string, string]>('INSERT OR IGNORE INTO article_tags (article_id, tag, tag_key) VALUES (?, ?, ?)')
    const markChanged = db.prepare<[string, string]>(
      'INSERT INTO app_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    const bumpVersion = db.prepare<[string, string], { version: number, seq: number }>(
      'UPDATE articles SET version = version + 1, updated_at = ? WHERE id = ? RETURNING version, seq')
    const deleteArticle = db.prepare<[string]>('DELETE FROM articles WHERE id = ?')
    this.#setImportBase = db.prepare<[string, Buffer]>(
      'INSERT INTO import_bases (article_id, snapshot) VALUES (?, ?) ON CONFLICT (article_id) DO UPDATE SET snapshot = excluded.snapshot')

    const checkVersion = (what: string, id: string, version: number | undefined, expected: number | undefined, then: string): void => {
      if (expected !== undefined && version !== expected) {
        throw new PreconditionFailedError(`${what} '${id}' is at version ${version ?? 'none'}, not ${expected}; ${then}`)
      }
    }
    /**
     * An article reads differently because a media item it shows changed: a new version (so partners that track
     * versions see a change), a revision of what it now shows, a new search entry and an 'updated' event naming media.
     */
    const touchForMedia = (articleId: string, now: string, actor: Actor | null): void => {
      // A media item's age rating decides whether the kids profile shows the article, and so what it counts as.
      categories.recount(articleId)
      const bumped = bumpVersion.get(now, articleId)
      const shape = articles.writeShape(articleId)
      const article = articles.getById(articleId, { now, preview: true })
      if (bumped === undefined || shape === undefined || article === undefined) return
      revisions.addRevision(articleId, bumped.version, shape, now, actor)
      search.index(bumped.seq, searchDocument({ ...article, captions: article.media.map((item) => item.caption) }), isListed(shape.status))
      revisions.addEvent(articleId, 'updated', bumped.version, now, actor, ['media'])
    }
    /** The articles besides `articleId` that show one of the media items a write changed: they read differently now. */
    const showingOthers = (changedMedia: string[], articleId: string): Set<string> =>
      new Set(changedMedia.flatMap((mediaId) => media.articlesShowing(mediaId)).filter((other) => other !== articleId))
    const saveOne: Save = (input, now, options, seqs) => {
      // A new article has nothing to read back, compare or replace: it takes the short way, to the same rows.
      const revised = options.expectedVersion === undefined ? inserts.newArticle(input.id) : undefined
      if (revised !== undefined) {
        const actor = options.actor ?? null
        const { version, changedMedia } = inserts.insert(input, now, options, (seqs ?? inserts.seqs()).next(), revised)
        markChanged.run(CONTENT_CHANGED_AT, now)
        for (const other of showingOthers(changedMedia, input.id)) touchForMedia(other, now, actor)
        return version
      }
      const stored = current.get(input.id)
      checkVersion('Article', input.id, stored?.version, options.expectedVersion, 'fetch it again and reapply the change')
      const before: ArticleWrite | undefined = stored === undefined ? undefined : articles.writeShape(input.id)
      const snapshot = snapshotOf(input)
      const changes = changedFields(before, snapshot)
      // A write that changes nothing changes nothing: no version, revision, event or feed entry.
      if (stored !== undefined && changes.length === 0 && options.correction === undefined && input.source === stored.source) return stored.version
      const corrections = JSON.parse(stored?.corrections ?? '[]') as Correction[]
      if (options.correction !== undefined) {
        corrections.push({ at: now, note: options.correction })
        changes.push('corrections')
      }
      const seq = seqOf.get(input.id)?.seq ?? nextSeq.get()?.seq ?? 1
      // The old slug keeps leading here (301) until another article takes it.
      slugs.claim(input.slug)
      if (before?.slug !== undefined && before.slug !== input.slug) slugs.retire(before.slug, input.id, now)
      const { version } = upsert.get({ ...articleRowParams(input, corrections, now), seq }) as { version: number }
      sections.replaceForArticle(input.id, input.sections)
      links.replaceForArticle(input.id, input.sections)
      const changedMedia = media.replaceForArticle(input.id, input.media, now)
      categories.replaceForArticle(input.id, input.breadcrumb)
      deleteTags.run(input.id)
      for (const tag of input.tags) insertTag.run(input.id, tag, rememberedMatchKey(tag))
      search.index(seq, searchDocument({ ...input, captions: input.media.map(({ media }) => media.caption) }), isListed(input.status))
      markChanged.run(CONTENT_CHANGED_AT, now)
      const actor = options.actor ?? null
      revisions.addRevision(input.id, version, snapshot, now, actor)
      if (stored === undefined && options.event === undefined) revisions.addEvent(input.id, 'created', version, now, actor, changes)
      const event = options.event ?? eventFor(stored?.status, input.status)
      if (stored !== undefined || event !== 'updated') revisions.addEvent(input.id, event, version, now, actor, changes)
      // A shared item changed through this article: every other article showing it changed with it.
      for (const other of showingOthers(changedMedia, input.id)) touchForMedia(other, now, actor)
      return version
    }
    this.#save = db.transaction(saveOne)
    // One transaction for many articles, without a savepoint per article: a bulk import's cost is the writes alone.
    // The next free seq is read once per batch.
    this.#saveAll = db.transaction((inputs: Iterable<ArticleInput>, now: string, options: SaveOptions, ids: string[]) => {
      const seqs = inserts.seqs()
      for (const input of inputs) {
        saveOne(input, now, options, seqs)
        ids.push(input.id)
      }
      return ids.length
    })
    this.#saveMedia = db.transaction((item: MediaInput, now: string, options: SaveOptions) => {
      const version = media.versionOf(item.id)
      checkVersion('Media', item.id, version, options.expectedVersion, 'fetch it again and reapply the change')
      media.upsert(item, now)
      if (media.versionOf(item.id) === version) return []
      // Every article showing the item now reads differently: its captions are re-indexed and the change logged.
      const showing = media.articlesShowing(item.id)
      for (const articleId of showing) touchForMedia(articleId, now, options.actor ?? null)
      markChanged.run(CONTENT_CHANGED_AT, now)
      return showing
    })
    this.#delete = db.transaction((id: string, now: string, options: SaveOptions) => {
      const stored = current.get(id)
      const seq = seqOf.get(id)?.seq
      if (stored === undefined || seq === undefined) return false
      checkVersion('Article', id, stored.version, options.expectedVersion, 'fetch it again before deleting it')
      search.remove(seq)
      categories.uncount(id)
      // Sections, media links, categories and tags go with the row (ON DELETE CASCADE); media items stay.
      deleteArticle.run(id)
      markChanged.run(CONTENT_CHANGED_AT, now)
      // The tombstone: revisions stay for the record, and the event tells mirrors to drop the article.
      revisions.addEvent(id, 'deleted', stored.version, now, options.actor ?? null)
      return true
    })
  }

  /**
   * Creates the article, or replaces every field, section, media attachment, category, tag and its search
   * entry, all in one transaction: a failure anywhere leaves the database as it was.
   */
  save (input: ArticleInput, now: string, options: SaveOptions = {}): number {
    const version = this.#save.immediate(input, now, options)
    this.#changed([input.id])
    return version
  }

  /**
   * Saves every article of `inputs` as save() would, all in one transaction: all are written or, when one fails,
   * none. Returns how many were saved.
   */
  saveAll (inputs: Iterable<ArticleInput>, now: string, options: SaveOptions = {}): number {
    const ids: string[] = []
    const count = this.#saveAll.immediate(inputs, now, options, ids)
    this.#changed(ids)
    return count
  }

  /**
   * Creates or updates a media item on its own; articles showing it get its new metadata, search entries and an
   * 'updated' event in the same transaction.
   */
  saveMedia (media: MediaInput, now: string, options: SaveOptions = {}): void {
    this.#changed(this.#saveMedia.immediate(media, now, options))
  }

  /**
   * Removes the article with its sections, media links, categories, tags and search entry, leaving a 'deleted'
   * event as its tombstone; false when there was none.
   */
  delete (id: string, now: string, options: SaveOptions = {}): boolean {
    const deleted = this.#delete.immediate(id, now, options)
    if (deleted) this.#changed([id])
    return deleted
  }

  /** Records what the source gave at this import. Call inside the import's transaction, after saving the article. */
  setImportBase (id: string, snapshot: ArticleWrite): void {
    this.#setImportBase.run(id, packJson(JSON.stringify(snapshot)))
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
}
