// The change feed over article_events: what each event means for the public view, scheduled instants recorded
// as events of their own, and the feed read in pages by sequence number.
import type { Total } from '../schemas/common.js'
import type { Db } from '../db/open.js'
import type { Change as ChangeItem, PublicChangeType } from '../schemas/change.js'

/** `public`: changes to what anonymous readers see; `all`: every event, drafts included (preview scope). */
export type ChangeView = 'public' | 'all'

/** A change as the feed reads it: the schema's item, with the seq every read knows (the public view drops it when sending). */
export type Change = ChangeItem & { seq: number }

export interface ChangePage {
  items: Change[]
  /** The seq to continue after: the last item's on a full page, else the newest event's the view has passed. */
  next: number
  /** More items follow right away; this page will never change. */
  full: boolean
}

interface StateRow {
  version: number
  status: string
  published_at: string | null
  media_versions: number
}

interface ChangeRow {
  seq: number
  article_id: string
  type: Change['type']
  version: number | null
  at: string
}

/**
 * The public sequence number of an event being inserted with @publicType: the next one when the event is public, so
 * the public feed counts public events only; NULL otherwise.
 */
export const NEXT_PUBLIC_SEQ = `CASE WHEN @publicType IS NULL THEN NULL
  ELSE (SELECT coalesce(max(public_seq), 0) + 1 FROM article_events WHERE public_seq IS NOT NULL) END`

const MEDIA_VERSIONS = 'coalesce((SELECT sum(m.version) FROM article_media am JOIN media m ON m.id = am.media_id WHERE am.article_id = a.id), 0)'
/** How many due publications one run records; the rest follow in the next run. */
const DUE_BATCH = 500

export class ChangeRepository {
  readonly #state
  readonly #reported
  readonly #report
  readonly #unreport
  readonly #dueOf
  readonly #setDue
  readonly #clearDue
  readonly #anyDue
  readonly #dueUntil
  readonly #insertReached
  readonly #pages
  readonly #heads
  readonly #publicPositionOf
  readonly #recordDue
  readonly #read: (view: ChangeView, after: number, limit: number) => ChangePage

  constructor (db: Db) {
    this.#state = db.prepare<[string], StateRow>(
      `SELECT a.version, a.status, a.published_at, ${MEDIA_VERSIONS} AS media_versions FROM articles a WHERE a.id = ?`)
    this.#reported = db.prepare<[string], { version: number, media_versions: number }>(
      'SELECT version, media_versions FROM feed_public WHERE article_id = ?')
    this.#report = db.prepare<[string, number, number]>(`
      INSERT INTO feed_public (article_id, version, media_versions) VALUES (?, ?, ?)
      ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, media_versions = excluded.media_versions`)
    this.#unreport = db.prepare<[string]>('DELETE FROM feed_public WHERE article_id = ?')
    this.#dueOf = db.prepare<[string], { due_at: string, version: number, media_versions: number }>(
      'SELECT due_at, version, media_versions FROM feed_due WHERE article_id = ?')
    this.#setDue = db.prepare<[string, string, number, number]>(
      'INSERT OR REPLACE INTO feed_due (article_id, due_at, version, media_versions) VALUES (?, ?, ?, ?)')
    this.#clearDue = db.prepare<[string]>('DELETE FROM feed_due WHERE article_id = ?')
    this.#anyDue = db.prepare<[string], { found: number }>('SELECT 1 AS found FROM feed_due WHERE due_at <= ? LIMIT 1')
    this.#dueUntil = db.prepare<[string, number], { article_id: string, due_at: string, version: number, media_versions: number }>(
      'SELECT article_id, due_at, version, media_versions FROM feed_due WHERE due_at <= ? ORDER BY due_at, article_id LIMIT ?')
    this.#insertReached = db.prepare<{ articleId: string, version: number, at: string, publicType: string }>(`
      INSERT INTO article_events (article_id, type, version, at, public_type, public_seq)
      VALUES (@articleId, 'publication_reached', @version, @at, @publicType, ${NEXT_PUBLIC_SEQ})`)
    // The public view is numbered by public_seq, which counts public events only: its positions reveal nothing
    // of the edits made to hidden articles in between.
    this.#pages = {
      public: db.prepare<[number, number], ChangeRow>(`SELECT public_seq AS seq, article_id, type, version, at FROM public_events
        WHERE public_seq > ? ORDER BY public_seq LIMIT ?`),
      all: db.prepare<[number, number], ChangeRow>('SELECT seq, article_id, type, version, at FROM article_events WHERE seq > ? ORDER BY seq LIMIT ?')
    }
    this.#heads = {
      public: db.prepare<[], { seq: number }>('SELECT coalesce(max(public_seq), 0) AS seq FROM public_events'),
      all: db.prepare<[], { seq: number }>('SELECT coalesce(max(seq), 0) AS seq FROM article_events')
    }
    this.#publicPositionOf = db.prepare<[number], { seq: number }>(
      'SELECT coalesce(max(public_seq), 0) AS seq FROM public_events WHERE seq <= ?')
    // Immediate: the write lock is taken before reading what is due, so two processes never record the same instant.
    this.#recordDue = db.transaction((now: string) => {
      const due = this.#dueUntil.all(now, DUE_BATCH)
      for (const row of due) this.#reach(row.article_id, row)
      return due.length
    })
    // One read transaction: the page and the head come from the same snapshot, so nothing committed between
    // the two reads can fall behind the cursor unseen.
    this.#read = db.transaction((view: ChangeView, after: number, limit: number) => {
      const rows = this.#pages[view].all(after, limit + 1)
      const full = rows.length > limit
      const items = rows.slice(0, limit).map((row) => ({ seq: row.seq, type: row.type, articleId: row.article_id, at: row.at, version: row.version }))
      const head = this.#heads[view].get()?.seq ?? 0
      const next = full ? items[items.length - 1]?.seq ?? after : Math.max(after, head)
      return { items, next, full }
    })
  }

  /**
   * What the event about to be recorded for `articleId` means for the public view, and the bookkeeping that
   * goes with it. Call inside the transaction that changed the article, after the change and before inserting
   * the event. A publication that fell due before the change is recorded first, at its own instant.
   */
  publicTypeOf (articleId: string, at: string): PublicChangeType | null {
    const due = this.#dueOf.get(articleId)
    if (due !== undefined && due.due_at <= at) this.#reach(articleId, due)
    const state = this.#state.get(articleId)
    const listed = state !== undefined && (state.status === 'published' || state.status === 'scheduled')
    const isPublic = listed && (state.published_at ?? '') <= at
    if (listed && !isPublic) this.#setDue.run(articleId, state.published_at ?? '', state.version, state.media_versions)
    else this.#clearDue.run(articleId)
    const reported = this.#reported.get(articleId)
    if (!isPublic) {
      if (reported === undefined) return null
      this.#unreport.run(articleId)
      return state === undefined ? 'deleted' : 'unpublished'
    }
    if (reported !== undefined && reported.version === state.version && reported.media_versions === state.media_versions) return null
    this.#report.run(articleId, state.version, state.media_versions)
    return reported === undefined ? 'published' : 'updated'
  }

  /**
   * Records every scheduled instant that has passed by `now` as a `publication_reached` event, once, even with
   * several processes on the database. Cheap when nothing is due: one indexed read, no write lock.
   */
  recordDuePublications (now: string): number {
    let recorded = 0
    while (this.#anyDue.get(now) !== undefined) {
      const count = this.#recordDue.immediate(now)
      recorded += count
      if (count < DUE_BATCH) break
    }
    return recorded
  }

  /** Up to `limit` changes after seq `after`, oldest first. */
  page (view: ChangeView, after: number, limit: number): ChangePage {
    return this.#read(view, after, limit)
  }

  /** How many changes `view` holds from its beginning: its positions count them, so this is exact and costs one index probe. */
  total (view: ChangeView): Total {
    return { value: this.head(view), exact: true }
  }

  /** The newest event's position in `view`: where a new reader that wants only what happens from now on starts. */
  head (view: ChangeView = 'all'): number {
    return this.#heads[view].get()?.seq ?? 0
  }

  /**
   * The public position that an event seq stands for: public cursors from before the public view was numbered on
   * its own carried the seq of all events.
   */
  publicPositionOf (seq: number): number {
    return this.#publicPositionOf.get(seq)?.seq ?? 0
  }

  #reach (articleId: string, due: { due_at: string, version: number, media_versions: number }): void {
    this.#insertReached.run({ articleId, version: due.version, at: due.due_at, publicType: 'publication_reached' })
    this.#report.run(articleId, due.version, due.media_versions)
    this.#clearDue.run(articleId)
  }
}
