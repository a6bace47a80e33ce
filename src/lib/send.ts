// Reply helpers shared by routes and the media rules: plain JSON bodies, Link headers, Vary.
import type { FastifyReply } from 'fastify'

import { surrogateKeys } from './surrogate-keys.js'

/**
 * The keys of a list or search page: `articles` (any change may reorder it or add to it), each item's article and,
 * when media are included, each media item shown. `extra` names what else the route depends on (`search`, `feeds`).
 */
export function listKeys (items: Array<{ id: string, media?: Array<{ id: string }> }>, extra: string[] = []): string {
  return surrogateKeys(['articles', ...extra, ...items.flatMap((item) => [`article:${item.id}`, ...(item.media ?? []).map((media) => `media:${media.id}`)])])
}

/**
 * Sends a body the response schema does not describe field by field (sparse fields, syndication formats):
 * serialised as plain JSON, since the compiled serialiser would insist on every required field.
 */
export function sendJson (reply: FastifyReply, body: unknown, type = 'application/json; charset=utf-8'): FastifyReply {
  return reply.type(type).serializer(JSON.stringify).send(body)
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

/** Adds `field` to the Vary header without dropping what other hooks (CORS, compression) put there. */
export function addVary (reply: FastifyReply, field: string): void {
  const current = reply.getHeader('vary')
  const fields = typeof current === 'string' && current !== '' ? current.split(/\s*,\s*/) : []
  if (!fields.some((f) => f.toLowerCase() === field.toLowerCase())) fields.push(field)
  reply.header('vary', fields.join(', '))
}
