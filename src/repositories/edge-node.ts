// Edge cache nodes and the purger's position on each: leases, acknowledged positions, failures, and the public
// changes after a position with what each one touched (breadcrumbs and media before and after it).
import type { Db } from '../db/open.js'
import type { PublicChangeType } from '../schemas/change.js'

/** A node the purger may work on now: leased to the caller, not waiting for a retry. */
export interface ClaimedNode {
  url: string
  position: number
  failures: number
}

/** A public change with what the purger needs to name the keys it affects. */
export interface PurgeChange {
  seq: number
  type: PublicChangeType
  articleId: string
  at: string
  /** Top-level fields the write touched (`['media']` for an edit of a media item the article shows). */
  changes: string[]
  /** Breadcrumbs of the article at this version, at the one before it, and now (a deleted article has none). */
  breadcrumbs: string[][]
  /** Media the article showed at this version, at the one before it, or shows now. */
  mediaIds: string[]
}

export interface ChangeBatch {
  changes: PurgeChange[]
  /** The position to record once `changes` are purged: past every event the batch looked at, public or not. */
  next: number
  /** More changes follow right away. */
  full: boolean
}

export interface NodeLag {
  url: string
  /** Public changes not yet acknowledged by the node. */
  events: number
  /** Seconds since the oldest of them happened; 0 when there is none. */
  seconds: number
}

interface EventRow {
  seq: number
  article_id: string
  public_type: PublicChangeType
  at: string
  changes: string
  breadcrumbs: string
  media_ids: string
}

function stringArray (value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}

// Breadcrumbs and media ids from the revisions at the event's version and the one before (revisions outlive a
// deletion), and from the article as it is now: the keys of what the change left and of what it entered.
const EVENTS = `
  SELECT e.public_seq AS seq, e.article_id, e.public_type, e.at, e.changes,
    (SELECT json_group_array(json_extract(unpack_json(r.snapshot), '$.breadcrumb')) FROM article_revisions r
      WHERE r.article_id = e.article_id AND r.version IN (e.version, e.version - 1)) AS breadcrumbs,
    (SELECT json_group_array(id) FROM (
      SELECT json_extract(m.value, '$.id') AS id FROM article_revisions r, json_each(unpack_json(r.snapshot), '$.media') m
        WHERE r.article_id = e.article_id AND r.version IN (e.version, e.version - 1)
      UNION SELECT am.media_id FROM article_media am WHERE am.article_id = e.article_id)) AS media_ids
  FROM article_events e
  WHERE e.public_seq IS NOT NULL AND e.public_seq > ? ORDER BY e.public_seq LIMIT ?`

export class EdgeNodeRepository {
  readonly #ensure
  readonly #claim
  readonly #release
  readonly #acknowledge
  readonly #fail
  readonly #events
  readonly #currentBreadcrumb
  readonly #head
  readonly #lagOf
  readonly #nodes
  readonly #read: (after: number, limit: number) => ChangeBatch

  constructor (db: Db) {
    // A node seen for the first time starts at the newest event: its cache holds nothing older to purge.
    this.#ensure = db.prepare<[string, string]>(`
      INSERT INTO edge_nodes (url, position, created_at)
      VALUES (?, (SELECT coalesce(max(public_seq), 0) FROM article_events WHERE public_seq IS NOT NULL), ?) ON CONFLICT (url) DO NOTHING`)
    this.#claim = db.prepare<{ url: string, owner: string, now: string, leaseUntil: string }, { url: string, position: number, failures: number }>(`
      UPDATE edge_nodes SET lease_owner = @owner, lease_until = @leaseUntil
      WHERE url = @url AND (lease_owner IS NULL OR lease_owner = @owner OR lease_until <= @now)
        AND (next_attempt_at IS NULL OR next_attempt_at <= @now)
      RETURNING url, position, failures`)
    this.#release = db.prepare<[string]>('UPDATE edge_nodes SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ?')
    // Only while the caller still holds the lease, and never backwards.
    this.#acknowledge = db.prepare<{ url: string, owner: string, position: number, now: string }>(`
      UPDATE edge_nodes SET position = max(position, @position), failures = 0, next_attempt_at = NULL, last_error = NULL, purged_at = @now
      WHERE url = @url AND lease_owner = @owner`)
    this.#fail = db.prepare<{ url: string, owner: string, error: string, retryAt: string }>(`
      UPDATE edge_nodes SET failures = failures + 1, next_attempt_at = @retryAt, last_error = @error
      WHERE url = @url AND lease_owner = @owner`)
    this.#events = db.prepare<[number, number], EventRow>(EVENTS)
    this.#currentBreadcrumb = db.prepare<[string], { breadcrumb: string }>('SELECT breadcrumb FROM articles WHERE id = ?')
    // Positions count public events (public_seq), as the public change feed does: what the origin stamps on public
    // answers says nothing of edits to hidden articles.
    this.#head = db.prepare<[], { seq: number }>('SELECT coalesce(max(public_seq), 0) AS seq FROM article_events WHERE public_seq IS NOT NULL')
    this.#lagOf = db.prepare<[number], { events: number, oldest: string | null }>(
      'SELECT count(*) AS events, min(at) AS oldest FROM article_events WHERE public_seq IS NOT NULL AND public_seq > ?')
    this.#nodes = db.prepare<[], { url: string, position: number }>('SELECT url, position FROM edge_nodes ORDER BY url')
    // One read transaction: the batch and the head come from the same snapshot, as in the change feed.
    this.#read = db.transaction((after: number, limit: number) => {
      const rows = this.#events.all(after, limit + 1)
      const full = rows.length > limit
      const changes = rows.slice(0, limit).map((row) => this.#toChange(row))
      const next = full ? changes[changes.length - 1]?.seq ?? after : Math.max(after, this.#head.get()?.seq ?? 0)
      return { changes, next, full }
    })
  }

  /** Registers the configured nodes; a node already known keeps its position. */
  ensure (urls: string[], now: string): void {
    for (const url of urls) this.#ensure.run(url, now)
  }

  /** Leases `url` to `owner` until `leaseUntil` when no one else holds it and it is not waiting for a retry. */
  claim (url: string, owner: string, now: string, leaseUntil: string): ClaimedNode | undefined {
    return this.#claim.get({ url, owner, now, leaseUntil })
  }

  /** Gives back every lease `owner` holds, so another process (or this one, restarted) continues at once. */
  release (owner: string): void {
    this.#release.run(owner)
  }

  /** Records that the node has acknowledged every purge up to `position`. */
  acknowledge (url: string, owner: string, position: number, now: string): void {
    this.#acknowledge.run({ url, owner, position, now })
  }

  /** Records a failed attempt; the node is tried again from the same position at `retryAt`. */
  fail (url: string, owner: string, error: string, retryAt: string): void {
    this.#fail.run({ url, owner, error: error.slice(0, 500), retryAt })
  }

  /** Up to `limit` public changes after `after`, oldest first. */
  changesAfter (after: number, limit: number): ChangeBatch {
    return this.#read(after, limit)
  }

  /** How far each known node is behind the change log, at `now`. */
  lag (now: string): NodeLag[] {
    return this.#nodes.all().map(({ url, position }) => {
      const { events, oldest } = this.#lagOf.get(position) ?? { events: 0, oldest: null }
      const seconds = oldest === null ? 0 : Math.max(0, (Date.parse(now) - Date.parse(oldest)) / 1000)
      return { url, events, seconds }
    })
  }

  #toChange (row: EventRow): PurgeChange {
    const breadcrumbs = (JSON.parse(row.breadcrumbs) as unknown[]).map((value) => stringArray(typeof value === 'string' ? JSON.parse(value) : value))
    const current = this.#currentBreadcrumb.get(row.article_id)
    if (current !== undefined) breadcrumbs.push(stringArray(JSON.parse(current.breadcrumb)))
    return {
      seq: row.seq,
      type: row.public_type,
      articleId: row.article_id,
      at: row.at,
      changes: stringArray(JSON.parse(row.changes)),
      breadcrumbs,
      mediaIds: stringArray(JSON.parse(row.media_ids))
    }
  }
}
