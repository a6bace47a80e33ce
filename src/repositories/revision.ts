// Article history: revisions (every saved state, restorable) and events (the audit trail and change log).
import type { Db } from '../db/open.js'
import { packJson, unpackJson } from '../db/packed-json.js'
import { isWebUrl } from '../lib/web-url.js'
import type { ArticleStatus } from '../schemas/article.js'
import type { ArticleWrite } from '../schemas/article-write.js'
import type { EventType } from '../schemas/change.js'
import type { Actor, ArticleEvent, RevisionSummary } from '../schemas/revision.js'
import { ChangeRepository, NEXT_PUBLIC_SEQ } from './change.js'

/**
 * A snapshot saved before only http(s) media URLs were accepted may hold `javascript:` and the like: it is shown,
 * and restored, without them, as the media themselves are read (see rowToMedia).
 */
function withWebUrlsOnly (snapshot: ArticleWrite): ArticleWrite {
  if (!Array.isArray(snapshot.media)) return snapshot
  return {
    ...snapshot,
    media: snapshot.media.map((media) => ({
      ...media,
      ...(media.renditions === undefined ? {} : { renditions: media.renditions.filter((file) => isWebUrl(file.url)) }),
      ...(media.thumbnails === undefined ? {} : { thumbnails: media.thumbnails.filter((file) => isWebUrl(file.url)) }),
      ...(media.subtitles === undefined ? {} : { subtitles: media.subtitles.filter((file) => isWebUrl(file.url)) }),
      ...(media.termsOfUseUrl == null || isWebUrl(media.termsOfUseUrl) ? {} : { termsOfUseUrl: null })
    }))
  }
}

/** A revision as stored: the schema's summary with the whole article, defaults filled in as it was saved. */
export type Revision = RevisionSummary & { article: ArticleWrite }

interface EventRow {
  seq: number
  type: EventType
  version: number | null
  at: string
  key_id: string | null
  key_name: string | null
  changes: string
}

interface RevisionRow {
  version: number
  status: ArticleStatus
  created_at: string
  key_id: string | null
  key_name: string | null
  /** The article as saved, packed (see packed-json.ts). */
  snapshot?: Buffer
}

function toSummary (row: RevisionRow): RevisionSummary {
  return {
    version: row.version,
    status: row.status,
    createdAt: row.created_at,
    by: row.key_id === null ? null : { keyId: row.key_id, keyName: row.key_name ?? '' }
  }
}

export class RevisionRepository {
  /** The change feed over the same events: every event recorded here also says what it means publicly. */
  readonly changes: ChangeRepository
  readonly #insertRevision
  readonly #list
  readonly #get
  readonly #insertEvent
  readonly #events

  constructor (db: Db) {
    this.changes = new ChangeRepository(db)
    this.#insertRevision = db.prepare(`
      INSERT INTO article_revisions (article_id, version, status, snapshot, created_at, key_id, key_name)
      VALUES (@articleId, @version, @status, @snapshot, @at, @keyId, @keyName)`)
    this.#list = db.prepare<[string], RevisionRow>(
      'SELECT version, status, created_at, key_id, key_name FROM article_revisions WHERE article_id = ? ORDER BY version DESC')
    this.#get = db.prepare<[string, number], RevisionRow>(
      'SELECT version, status, created_at, key_id, key_name, snapshot FROM article_revisions WHERE article_id = ? AND version = ?')
    this.#insertEvent = db.prepare(`
      INSERT INTO article_events (article_id, type, version, at, key_id, key_name, changes, public_type, public_seq)
      VALUES (@articleId, @type, @version, @at, @keyId, @keyName, @changes, @publicType, ${NEXT_PUBLIC_SEQ})`)
    this.#events = db.prepare<[string], EventRow>(
      'SELECT seq, type, version, at, key_id, key_name, changes FROM article_events WHERE article_id = ? ORDER BY seq')
  }

  /** The audit trail: everything that happened to the article, oldest first, deletion included. */
  events (articleId: string): ArticleEvent[] {
    return this.#events.all(articleId).map((row) => ({
      seq: row.seq,
      type: row.type,
      version: row.version,
      at: row.at,
      by: row.key_id === null ? null : { keyId: row.key_id, keyName: row.key_name ?? '' },
      changes: JSON.parse(row.changes) as string[]
    }))
  }

  /** Records a saved state. Call inside the transaction that saves it. */
  addRevision (articleId: string, version: number, snapshot: ArticleWrite, at: string, actor: Actor | null): void {
    this.#insertRevision.run({
      articleId,
      version,
      status: snapshot.status,
      snapshot: packJson(JSON.stringify(snapshot)),
      at,
      keyId: actor?.keyId ?? null,
      keyName: actor?.keyName ?? null
    })
  }

  /**
   * Records what happened. Call inside the transaction that makes it happen, after the change: the change feed
   * (an outbox) is written with it, so partners learn of every change and of nothing that did not happen.
   */
  addEvent (articleId: string, type: EventType, version: number | null, at: string, actor: Actor | null, changes: string[] = []): void {
    const publicType = this.changes.publicTypeOf(articleId, at)
    this.#insertEvent.run({
      articleId, type, version, at, keyId: actor?.keyId ?? null, keyName: actor?.keyName ?? null, changes: JSON.stringify(changes), publicType
    })
  }

  list (articleId: string): RevisionSummary[] {
    return this.#list.all(articleId).map(toSummary)
  }

  get (articleId: string, version: number): Revision | undefined {
    const row = this.#get.get(articleId, version)
    return row === undefined ? undefined : { ...toSummary(row), article: withWebUrlsOnly(JSON.parse(row.snapshot === undefined ? '{}' : unpackJson(row.snapshot)) as ArticleWrite) }
  }
}
