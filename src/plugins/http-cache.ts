// Conditional GET and cache headers for every response: strong ETags, Last-Modified, 304s, Cache-Control for public responses.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { cacheControl, CODING_SUFFIX, notModified, payloadEtag, type CachePolicy } from '../lib/http-cache.js'
import type {} from './auth.js'
import fp from 'fastify-plugin'

/**
 * For every GET and HEAD: public responses get Cache-Control, an ETag from their bytes unless the route set
 * one, and a 304 when the client's copy is current; errors are not stored. Register after @fastify/compress.
 */
export function registerHttpCache (app: FastifyInstance, policy: CachePolicy): void {
  const defaultCacheControl = cacheControl(policy)

  // Callbacks rather than async functions: these run for every response, and a promise each is measurable.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store')
      return done(null, payload)
    }
    const status = reply.statusCode
    if (status >= 400) {
      reply.header('cache-control', 'no-store')
      return done(null, payload)
    }
    // What a key sees may differ from the public view (previews): only the caller may keep it.
    // A route may allow the caller to keep its answer (immutable pages of the change feed), but never a shared cache.
    if (request.principal !== null) {
      if (!String(reply.getHeader('cache-control') ?? '').startsWith('private')) reply.header('cache-control', 'private, no-store')
    } else if (!reply.hasHeader('cache-control')) reply.header('cache-control', defaultCacheControl)
    if (status !== 200) return done(null, payload)
    let etag = reply.getHeader('etag') as string | undefined
    if (etag === undefined && (typeof payload === 'string' || Buffer.isBuffer(payload))) {
      etag = payloadEtag(payload)
      reply.header('etag', etag)
    }
    const lastModified = reply.getHeader('last-modified') as string | undefined
    if (etag !== undefined && notModified(request, reply, etag, lastModified === undefined ? undefined : new Date(lastModified).toISOString())) {
      return done(null, '')
    }
    done(null, payload)
  })

  // Route-level onSend hooks run after the global ones, and this one after @fastify/compress's: the ETag
  // of a compressed response gets its coding's suffix.
  app.addHook('onRoute', (route) => {
    const suffixEtag = (_request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (error: Error | null, payload: unknown) => void): void => {
      const coding = reply.getHeader('content-encoding')
      const etag = reply.getHeader('etag')
      const suffix = typeof coding === 'string' ? CODING_SUFFIX[coding] : undefined
      if (suffix !== undefined && typeof etag === 'string' && !etag.endsWith(`${suffix}"`)) {
        reply.header('etag', `${etag.slice(0, -1)}${suffix}"`)
      }
      done(null, payload)
    }
    route.onSend = [route.onSend ?? []].flat().concat(suffixEtag)
  })
}

/** After compression: its per-route hook must run before the one that marks compressed ETags. */
export default fp(async (app) => { registerHttpCache(app, app.context.cache) }, { name: 'beitrag-http-cache', dependencies: ['beitrag-compression'] })
