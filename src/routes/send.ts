// Sending helpers shared by routes.
import type { FastifyReply } from 'fastify'

/**
 * Sends a body that leaves out fields the response schema requires (sparse fields): serialised as plain JSON,
 * since the compiled serialiser would insist on every required field.
 */
export function sendJson (reply: FastifyReply, body: unknown): FastifyReply {
  return reply.type('application/json; charset=utf-8').serializer(JSON.stringify).send(body)
}

/**
 * A Surrogate-Key header value: each key once, space-separated, as CDNs expect. Anything but visible ASCII
 * (a category "Außenpolitik", a space) is percent-encoded as UTF-8, as in a URL.
 */
export function surrogateKeys (keys: string[]): string {
  return [...new Set(keys.map((key) => key.replace(/[^\x21-\x24\x26-\x7e]+/g, (run) => encodeURIComponent(run))))].join(' ')
}

/** A `Link: <…>; rel="next"` value: the same request with the next page's cursor. */
export function nextLink (path: string, query: Record<string, unknown>, cursor: string): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && key !== 'cursor') params.set(key, String(value))
  }
  params.set('cursor', cursor)
  return `<${path}?${params.toString()}>; rel="next"`
}
