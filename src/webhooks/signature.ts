// Webhook signatures: HMAC-SHA256 over "<timestamp>.<body>" with the endpoint's secret, as the README tells partners to check.
import { createHmac, randomBytes } from 'node:crypto'

export const DELIVERY_HEADER = 'beitrag-delivery-id'
export const EVENT_HEADER = 'beitrag-event'
export const TIMESTAMP_HEADER = 'beitrag-timestamp'
export const SIGNATURE_HEADER = 'beitrag-signature'

/** A new signing secret: "whsec_" and 256 random bits. The whole string, as UTF-8, is the HMAC key. */
export function newSecret (): string {
  return `whsec_${randomBytes(32).toString('base64url')}`
}

/** The signature header's value: "sha256=" and the hex HMAC of "<timestamp>.<body>". */
export function sign (secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`
}

/** The headers of one attempt; a fresh timestamp each time, so a receiver can refuse old replays. */
export function deliveryHeaders (options: { secret: string, deliveryId: string, event: string, body: string, timestamp: number, userAgent: string }): Record<string, string> {
  return {
    'content-type': 'application/json; charset=utf-8',
    'user-agent': options.userAgent,
    [DELIVERY_HEADER]: options.deliveryId,
    [EVENT_HEADER]: options.event,
    [TIMESTAMP_HEADER]: String(options.timestamp),
    [SIGNATURE_HEADER]: sign(options.secret, options.timestamp, options.body)
  }
}
