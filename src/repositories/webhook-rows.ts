// Webhook rows as stored, what the dispatcher leases and reports, and the mapping from rows to the API's shapes.
import type { PublicChangeType } from '../schemas/change.js'
import type { Webhook, WebhookDelivery } from '../schemas/webhook.js'

export interface WebhookRow {
  id: string
  key_id: string
  key_name: string
  url: string
  events: string
  description: string | null
  secret: string
  active: number
  created_at: string
  updated_at: string
}

export interface DeliveryRow {
  id: string
  event_seq: number
  event_type: PublicChangeType
  article_id: string
  body: string
  status: WebhookDelivery['status']
  created_at: string
  next_attempt_at: string | null
  completed_at: string | null
}

export interface AttemptRow {
  attempt: number
  started_at: string
  duration_ms: number
  status_code: number | null
  error: string | null
}

/** A delivery a process has leased, with what it needs to send it. */
export interface ClaimedDelivery {
  id: string
  webhookId: string
  url: string
  secret: string
  event: PublicChangeType
  body: string
  attempt: number
  giveUpAt: string
}

export interface AttemptResult {
  startedAt: string
  durationMs: number
  statusCode: number | null
  error: string | null
  /** The attempt did not finish (the process is stopping): try again at once, with no backoff. */
  interrupted?: boolean
}

export function rowToWebhook (row: WebhookRow): Webhook {
  return {
    id: row.id,
    url: row.url,
    events: JSON.parse(row.events) as PublicChangeType[],
    description: row.description,
    active: row.active === 1,
    owner: { keyId: row.key_id, keyName: row.key_name },
    createdAt: row.created_at,
    updatedAt: row.updated_at
  }
}
