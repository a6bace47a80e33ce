// Webhooks: endpoints, and their deliveries made from the change log, claimed under a lease and logged attempt by attempt.
import { EXACT_TOTAL, type Total } from '../schemas/common.js'
import type { Db } from '../db/open.js'
import { newId } from '../lib/ids.js'
import type { PublicChangeType } from '../schemas/change.js'
import type { Actor } from '../schemas/revision.js'
import type { Webhook, WebhookDelivery } from '../schemas/webhook.js'
import { rowToWebhook, type AttemptResult, type AttemptRow, type ClaimedDelivery, type DeliveryRow, type WebhookRow } from './webhook-rows.js'

export type { AttemptResult, ClaimedDelivery }

/** Events fanned out to one endpoint per pass; an endpoint further behind catches up over the next passes. */
const FAN_OUT_BATCH = 500
// Keys revoked since they registered an endpoint no longer receive anything through it.
const LIVE_WEBHOOK = 'w.active = 1 AND NOT EXISTS (SELECT 1 FROM api_keys k WHERE k.id = w.key_id AND k.revoked_at IS NOT NULL)'

export class WebhookRepository {
  readonly #insert
  readonly #byId
  readonly #listAll
  readonly #listByKey
  readonly #update
  readonly #remove
  readonly #behind
  readonly #live
  readonly #eventsAfter
  readonly #head
  readonly #insertDelivery
  readonly #advance
  readonly #due
  readonly #anyDue
  readonly #lease
  readonly #attemptCount
  readonly #insertAttempt
  readonly #finish
  readonly #retryAt
  readonly #deliveries
  readonly #countDeliveries
  readonly #deliverySpan
  readonly #attempts
  readonly #delivery
  readonly #redeliver
  readonly #fanOut
  readonly #claim
  readonly #record

  constructor (db: Db, readonly options: { publicApiUrl: string }) {
    this.#insert = db.prepare(`
      INSERT INTO webhooks (id, key_id, key_name, url, events, description, secret, active, cursor, created_at, updated_at)
      VALUES (@id, @keyId, @keyName, @url, @events, @description, @secret, 1, (SELECT coalesce(max(seq), 0) FROM article_events), @now, @now)`)
    this.#byId = db.prepare<[string], WebhookRow>('SELECT * FROM webhooks WHERE id = ?')
    this.#listAll = db.prepare<[], WebhookRow>('SELECT * FROM webhooks ORDER BY created_at, id')
    this.#listByKey = db.prepare<[string], WebhookRow>('SELECT * FROM webhooks WHERE key_id = ? ORDER BY created_at, id')
    this.#update = db.prepare(`
      UPDATE webhooks SET url = @url, events = @events, description = @description, active = @active, updated_at = @now WHERE id = @id`)
    this.#remove = db.prepare<[string]>('DELETE FROM webhooks WHERE id = ?')
    this.#behind = db.prepare<[], { found: number }>(
      `SELECT 1 AS found FROM webhooks w WHERE ${LIVE_WEBHOOK} AND w.cursor < (SELECT coalesce(max(seq), 0) FROM article_events) LIMIT 1`)
    this.#live = db.prepare<[], { id: string, events: string, cursor: number }>(`SELECT w.id, w.events, w.cursor FROM webhooks w WHERE ${LIVE_WEBHOOK}`)
    this.#eventsAfter = db.prepare<[number, number], { seq: number, article_id: string, public_type: PublicChangeType, version: number | null, at: string }>(
      'SELECT seq, article_id, public_type, version, at FROM article_events WHERE public_type IS NOT NULL AND seq > ? ORDER BY seq LIMIT ?')
    this.#head = db.prepare<[], { seq: number }>('SELECT coalesce(max(seq), 0) AS seq FROM article_events')
    this.#insertDelivery = db.prepare(`
      INSERT INTO webhook_deliveries (id, webhook_id, event_seq, event_type, article_id, body, status, created_at, give_up_at, next_attempt_at)
      VALUES (@id, @webhookId, @seq, @type, @articleId, @body, 'pending', @now, @giveUpAt, @now)
      ON CONFLICT (webhook_id, event_seq) DO NOTHING`)
    this.#advance = db.prepare<[number, string]>('UPDATE webhooks SET cursor = ? WHERE id = ?')
    this.#due = db.prepare<{ now: string, limit: number }, { id: string, webhook_id: string, url: string, secret: string, event_type: PublicChangeType, body: string, give_up_at: string }>(`
      SELECT d.id, d.webhook_id, w.url, w.secret, d.event_type, d.body, d.give_up_at
      FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
      WHERE d.status = 'pending' AND d.next_attempt_at <= @now AND (d.lease_until IS NULL OR d.lease_until <= @now) AND ${LIVE_WEBHOOK}
      ORDER BY d.next_attempt_at LIMIT @limit`)
    this.#anyDue = db.prepare<[string], { found: number }>(
      "SELECT 1 AS found FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= ? LIMIT 1")
    this.#lease = db.prepare<[string, string, string]>('UPDATE webhook_deliveries SET lease_owner = ?, lease_until = ? WHERE id = ?')
    this.#attemptCount = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM webhook_attempts WHERE delivery_id = ?')
    this.#insertAttempt = db.prepare(`
      INSERT INTO webhook_attempts (delivery_id, attempt, started_at, duration_ms, status_code, error)
      VALUES (@deliveryId, (SELECT coalesce(max(attempt), 0) + 1 FROM webhook_attempts WHERE delivery_id = @deliveryId), @startedAt, @durationMs, @statusCode, @error)`)
    this.#finish = db.prepare<[string, string, string, string]>(`
      UPDATE webhook_deliveries SET status = ?, completed_at = ?, next_attempt_at = NULL, lease_owner = NULL, lease_until = NULL
      WHERE id = ? AND lease_owner = ?`)
    this.#retryAt = db.prepare<[string, string, string]>(`
      UPDATE webhook_deliveries SET next_attempt_at = ?, lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?`)
    this.#deliveries = db.prepare<{ webhookId: string, before: number | null, limit: number }, DeliveryRow>(`
      SELECT id, event_seq, event_type, article_id, body, status, created_at, next_attempt_at, completed_at FROM webhook_deliveries
      WHERE webhook_id = @webhookId AND (@before IS NULL OR event_seq < @before)
      ORDER BY event_seq DESC LIMIT @limit`)
    this.#countDeliveries = db.prepare<[string], { n: number }>(
      `SELECT count(*) AS n FROM (SELECT 1 FROM webhook_deliveries WHERE webhook_id = ? LIMIT ${EXACT_TOTAL + 1})`)
    this.#deliverySpan = db.prepare<{ webhookId: string }, { oldest: number, newest: number, reached: number }>(`
      SELECT min(event_seq) AS oldest, max(event_seq) AS newest,
        (SELECT event_seq FROM webhook_deliveries WHERE webhook_id = @webhookId ORDER BY event_seq DESC LIMIT 1 OFFSET ${EXACT_TOTAL}) AS reached
      FROM webhook_deliveries WHERE webhook_id = @webhookId`)
    this.#attempts = db.prepare<[string], AttemptRow>(
      'SELECT attempt, started_at, duration_ms, status_code, error FROM webhook_attempts WHERE delivery_id = ? ORDER BY attempt')
    this.#delivery = db.prepare<[string, string], DeliveryRow>(
      'SELECT id, event_seq, event_type, article_id, body, status, created_at, next_attempt_at, completed_at FROM webhook_deliveries WHERE id = ? AND webhook_id = ?')
    this.#redeliver = db.prepare<{ id: string, now: string, giveUpAt: string }>(`
      UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = @now, give_up_at = @giveUpAt, completed_at = NULL,
        lease_owner = NULL, lease_until = NULL
      WHERE id = @id AND (lease_until IS NULL OR lease_until <= @now)`)

    // Under the write lock from the start: two processes never fan the same events out twice, and the cursor
    // moves in the same transaction as the deliveries it stands for.
    this.#fanOut = db.transaction((now: string, giveUpAt: string) => {
      let made = 0
      for (const webhook of this.#live.all()) {
        const wanted = new Set(JSON.parse(webhook.events) as string[])
        const events = this.#eventsAfter.all(webhook.cursor, FAN_OUT_BATCH)
        for (const event of events) {
          if (!wanted.has(event.public_type)) continue
          const id = newId()
          this.#insertDelivery.run({ id, webhookId: webhook.id, seq: event.seq, type: event.public_type, articleId: event.article_id, body: this.#body(id, webhook.id, event), now, giveUpAt })
          made++
        }
        const cursor = events.length === FAN_OUT_BATCH ? events[events.length - 1]?.seq ?? webhook.cursor : this.#head.get()?.seq ?? webhook.cursor
        this.#advance.run(cursor, webhook.id)
      }
      return made
    })
    this.#claim = db.transaction((owner: string, now: string, leaseUntil: string, limit: number): ClaimedDelivery[] => {
      return this.#due.all({ now, limit }).map((row) => {
        this.#lease.run(owner, leaseUntil, row.id)
        return {
          id: row.id,
          webhookId: row.webhook_id,
          url: row.url,
          secret: row.secret,
          event: row.event_type,
          body: row.body,
          attempt: (this.#attemptCount.get(row.id)?.n ?? 0) + 1,
          giveUpAt: row.give_up_at
        }
      })
    })
    this.#record = db.transaction((delivery: ClaimedDelivery, owner: string, result: AttemptResult, retryAt: string | null, now: string) => {
      this.#insertAttempt.run({ deliveryId: delivery.id, startedAt: result.startedAt, durationMs: result.durationMs, statusCode: result.statusCode, error: result.error })
      if (result.error === null) this.#finish.run('delivered', now, delivery.id, owner)
      else if (retryAt === null) this.#finish.run('failed', now, delivery.id, owner)
      else this.#retryAt.run(retryAt, delivery.id, owner)
    })
  }

  create (input: { url: string, events: PublicChangeType[], description: string | null, secret: string }, owner: Actor, now: string): Webhook {
    const id = newId()
    this.#insert.run({ id, keyId: owner.keyId, keyName: owner.keyName, url: input.url, events: JSON.stringify(input.events), description: input.description, secret: input.secret, now })
    return this.get(id) as Webhook
  }

  get (id: string): Webhook | undefined {
    const row = this.#byId.get(id)
    return row === undefined ? undefined : rowToWebhook(row)
  }

  /** Every endpoint, or those `keyId` registered. */
  list (keyId?: string): Webhook[] {
    return (keyId === undefined ? this.#listAll.all() : this.#listByKey.all(keyId)).map(rowToWebhook)
  }

  update (webhook: Webhook, now: string): Webhook {
    this.#update.run({ id: webhook.id, url: webhook.url, events: JSON.stringify(webhook.events), description: webhook.description, active: webhook.active ? 1 : 0, now })
    return this.get(webhook.id) as Webhook
  }

  /** Removes the endpoint with its delivery log. */
  remove (id: string): boolean {
    return this.#remove.run(id).changes > 0
  }

  /** Makes deliveries of the changes live endpoints have not seen yet; returns how many. */
  fanOut (now: string, giveUpAt: string): number {
    if (this.#behind.get() === undefined) return 0
    return this.#fanOut.immediate(now, giveUpAt)
  }

  /** Leases up to `limit` due deliveries to `owner` until `leaseUntil`: nobody else attempts them meanwhile. */
  claim (owner: string, now: string, leaseUntil: string, limit: number): ClaimedDelivery[] {
    // The write lock only when there is something to take: idle passes of every process stay reads.
    if (this.#anyDue.get(now) === undefined) return []
    return this.#claim.immediate(owner, now, leaseUntil, limit)
  }

  /** Logs an attempt and settles the delivery: delivered, retried at `retryAt`, or failed when that is null. */
  record (delivery: ClaimedDelivery, owner: string, result: AttemptResult, retryAt: string | null, now: string): void {
    this.#record.immediate(delivery, owner, result, retryAt, now)
  }

  /** A page of the endpoint's deliveries, newest first, continuing before the one made from event `before`. */
  deliveries (webhookId: string, before: number | null, limit: number): { items: WebhookDelivery[], next: number | null } {
    const rows = this.#deliveries.all({ webhookId, before, limit: limit + 1 })
    const items = rows.slice(0, limit).map((row) => this.#toDelivery(row))
    return { items, next: rows.length > limit ? rows[limit - 1]?.event_seq ?? null : null }
  }

  /**
   * How many deliveries an endpoint's log holds: counted up to EXACT_TOTAL; above, extrapolated from the event
   * positions the newest EXACT_TOTAL + 1 span, over the log's whole span (one delivery per public change).
   */
  deliveryTotal (webhookId: string): Total {
    const { n } = this.#countDeliveries.get(webhookId) as { n: number }
    if (n <= EXACT_TOTAL) return { value: n, exact: true }
    const span = this.#deliverySpan.get({ webhookId }) as { oldest: number, newest: number, reached: number }
    const covered = (span.newest - span.reached) / Math.max(1, span.newest - span.oldest)
    return { value: Math.max(EXACT_TOTAL + 1, covered > 0 ? Math.round((EXACT_TOTAL + 1) / covered) : EXACT_TOTAL + 1), exact: false }
  }

  delivery (webhookId: string, id: string): WebhookDelivery | undefined {
    const row = this.#delivery.get(id, webhookId)
    return row === undefined ? undefined : this.#toDelivery(row)
  }

  /**
   * Sends a delivery again, now, with the same id and body, retried until `giveUpAt`. One being attempted at
   * this moment is left to that attempt.
   */
  redeliver (webhookId: string, id: string, now: string, giveUpAt: string): WebhookDelivery | undefined {
    if (this.#delivery.get(id, webhookId) === undefined) return undefined
    this.#redeliver.run({ id, now, giveUpAt })
    return this.delivery(webhookId, id)
  }

  #body (deliveryId: string, webhookId: string, event: { article_id: string, public_type: PublicChangeType, version: number | null, at: string }): string {
    return JSON.stringify({
      deliveryId,
      webhookId,
      type: event.public_type,
      articleId: event.article_id,
      at: event.at,
      version: event.version,
      // Where to fetch what changed; a deleted article has nothing left to fetch.
      article: event.public_type === 'deleted' ? null : `${this.options.publicApiUrl}/v1/articles/${event.article_id}`
    })
  }

  #toDelivery (row: DeliveryRow): WebhookDelivery {
    return {
      id: row.id,
      event: row.event_type,
      articleId: row.article_id,
      status: row.status,
      createdAt: row.created_at,
      nextAttemptAt: row.status === 'pending' ? row.next_attempt_at : null,
      completedAt: row.completed_at,
      payload: JSON.parse(row.body) as Record<string, unknown>,
      attempts: this.#attempts.all(row.id).map((attempt) => ({
        attempt: attempt.attempt, startedAt: attempt.started_at, durationMs: attempt.duration_ms, statusCode: attempt.status_code, error: attempt.error
      }))
    }
  }
}
