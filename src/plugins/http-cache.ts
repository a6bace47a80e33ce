// Conditional GET and cache headers: strong ETags, Last-Modified, 304s, Cache-Control for public responses.
import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type {} from './auth.js'
import fp from 'fastify-plugin'

export interface CachePolicy {
  /** Seconds a client or CDN may use a response without asking again. */
  maxAge: number
  /** Seconds a CDN may serve a stale response while it revalidates in the background. */
  staleWhileRevalidate: number
}

// A strong ETag names one representation; a compressed one is another, so it gets the coding as a suffix.
const CODING_SUFFIX: Record<string, string> = { br: '-br', gzip: '-gz' }
const SUFFIXES = Object.values(CODING_SUFFIX)

function opaque (tag: string): string {
  const bare = tag.trim().replace(/^W\//, '')
  const suffix = SUFFIXES.find((s) => bare.endsWith(`${s}"`))
  return suffix === undefined ? bare : `${bare.slice(0, -suffix.length - 1)}"`
}

/** Whether two entity tags name the same entity, whatever content coding either was given for. */
export function sameEntity (a: string, b: string): boolean {
  return opaque(a) === opaque(b)
}

/** A strong ETag for a payload. */
export function payloadEtag (payload: string | Buffer): string {
  return `"${createHash('sha1').update(payload).digest('base64url')}"`
}

/** An HTTP-date for an ISO timestamp. */
export function httpDate (iso: string): string {
  return new Date(iso).toUTCString()
}

/**
 * Whether the client's copy is current (RFC 9110 §13.1): If-None-Match, compared weakly and regardless of
 * content coding, decides when present; If-Modified-Since only without it. Returns the client's matching
 * tag (to echo on the 304), true for a date match, or false.
 */
export function clientCopyIsCurrent (request: FastifyRequest, etag: string, lastModified?: string): string | boolean {
  const ifNoneMatch = request.headers['if-none-match']
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch.trim() === '*') return etag
    const ours = opaque(etag)
    return ifNoneMatch.split(',').find((tag) => opaque(tag) === ours)?.trim().replace(/^W\//, '') ?? false
  }
  const ifModifiedSince = request.headers['if-modified-since']
  if (ifModifiedSince === undefined || lastModified === undefined) return false
  const since = Date.parse(ifModifiedSince)
  return !Number.isNaN(since) && Math.floor(Date.parse(lastModified) / 1000) <= Math.floor(since / 1000)
}

/** Sets the validators and, when the client's copy is current, turns the reply into an empty 304. Returns whether it did. */
export function notModified (request: FastifyRequest, reply: FastifyReply, etag: string, lastModified?: string): boolean {
  reply.header('etag', etag)
  if (lastModified !== undefined) reply.header('last-modified', httpDate(lastModified))
  const current = clientCopyIsCurrent(request, etag, lastModified)
  if (current === false) return false
  if (typeof current === 'string') reply.header('etag', current)
  reply.code(304)
  return true
}

export function cacheControl (policy: CachePolicy, maxAgeCap?: number): string {
  const maxAge = Math.max(0, Math.min(policy.maxAge, maxAgeCap ?? policy.maxAge))
  return `public, max-age=${maxAge}, stale-while-revalidate=${policy.staleWhileRevalidate}`
}

/**
 * For every GET and HEAD: public responses get Cache-Control, an ETag from their bytes unless the route set
 * one, and a 304 when the client's copy is current; errors are not stored. Register after @fastify/compress.
 */
export function registerHttpCache (app: FastifyInstance, policy: CachePolicy): void {
  const defaultCacheControl = cacheControl(policy)

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store')
      return payload
    }
    const status = reply.statusCode
    if (status >= 400) {
      reply.header('cache-control', 'no-store')
      return payload
    }
    // What a key sees may differ from the public view (previews): only the caller may keep it.
    // A route may allow the caller to keep its answer (immutable pages of the change feed), but never a shared cache.
    if (request.principal !== null) {
      if (!String(reply.getHeader('cache-control') ?? '').startsWith('private')) reply.header('cache-control', 'private, no-store')
    }
    else if (!reply.hasHeader('cache-control')) reply.header('cache-control', defaultCacheControl)
    if (status !== 200) return payload
    let etag = reply.getHeader('etag') as string | undefined
    if (etag === undefined && (typeof payload === 'string' || Buffer.isBuffer(payload))) {
      etag = payloadEtag(payload)
      reply.header('etag', etag)
    }
    const lastModified = reply.getHeader('last-modified') as string | undefined
    if (etag !== undefined && notModified(request, reply, etag, lastModified === undefined ? undefined : new Date(lastModified).toISOString())) {
      return ''
    }
    return payload
  })

  // Route-level onSend hooks run after the global ones, and this one after @fastify/compress's: the ETag
  // of a compressed response gets its coding's suffix.
  app.addHook('onRoute', (route) => {
    const suffixEtag = async (_request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> => {
      const coding = reply.getHeader('content-encoding')
      const etag = reply.getHeader('etag')
      const suffix = typeof coding === 'string' ? CODING_SUFFIX[coding] : undefined
      if (suffix !== undefined && typeof etag === 'string' && !etag.endsWith(`${suffix}"`)) {
        reply.header('etag', `${etag.slice(0, -1)}${suffix}"`)
      }
      return payload
    }
    route.onSend = [route.onSend ?? []].flat().concat(suffixEtag)
  })
}

/** After compression: its per-route hook must run before the one that marks compressed ETags. */
export default fp(async (app) => { registerHttpCache(app, app.context.cache) }, { name: 'beitrag-http-cache', dependencies: ['beitrag-compression'] })
