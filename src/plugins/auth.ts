// Who is calling: a Bearer API key checked on every request, and the scope checks routes declare.
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify'
import { prefixOf, secretMatches, type Scope } from '../auth/api-keys.js'
import { ForbiddenError, UnauthorizedError } from '../errors.js'
import type { ApiKeyRepository, KeyProfile } from '../repositories/api-key.js'
import type { Readers } from '../repositories/index.js'
import type { ContentReader } from '../repositories/reader.js'
import type { View } from '../repositories/visibility.js'
import fp from 'fastify-plugin'

export interface Principal {
  keyId: string
  keyName: string
  scopes: Scope[]
  rateLimitPerMinute: number | null
  /** 'kids': the key sees only what the kids profile shows, on every route. */
  profile: KeyProfile | null
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The API key's holder, or null for an anonymous request. */
    principal: Principal | null
  }
}

export const INVALID_KEY = 'The API key is not valid: unknown, revoked or malformed. Send "Authorization: Bearer <key>", or no Authorization header to read published content anonymously'

export function registerAuth (app: FastifyInstance, keys: ApiKeyRepository): void {
  app.decorateRequest('principal', null)
  // Runs first among the request hooks, so the rate limiter can count per key.
  app.addHook('onRequest', (request, reply, done) => {
    const header = request.headers.authorization
    if (header === undefined) return done()
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
    // A credential that does not work is refused outright, even on public routes: silently serving the
    // anonymous view would hide a misconfigured client.
    if (match === null) return done(new UnauthorizedError('The Authorization header must be "Bearer <key>"'))
    const key = match[1] ?? ''
    const prefix = prefixOf(key)
    let found
    try {
      found = prefix === undefined ? undefined : keys.findByPrefix(prefix)
    } catch (error) {
      return done(error as Error)
    }
    if (found === undefined || found.apiKey.revokedAt !== null || !secretMatches(key, found.secretHash)) {
      return done(new UnauthorizedError(INVALID_KEY))
    }
    const { id, name, scopes, rateLimitPerMinute, profile } = found.apiKey
    request.principal = { keyId: id, keyName: name, scopes, rateLimitPerMinute, profile }
    done()
  })
}

/** A route hook that lets through only keys with `scope` (admin keys hold every scope): 401 anonymous, 403 otherwise. */
export function requireScope (scope: Scope): onRequestHookHandler {
  return async function checkScope (request: FastifyRequest, _reply: FastifyReply) {
    if (request.principal === null) {
      throw new UnauthorizedError(`This needs an API key with the ${scope} scope: send "Authorization: Bearer <key>"`)
    }
    if (!hasScope(request, scope)) {
      throw new ForbiddenError(`The key '${request.principal.keyName}' lacks the ${scope} scope this needs`)
    }
  }
}

/** Like requireScope, for routes open to keys with any one of `scopes`. */
export function requireAnyScope (scopes: Scope[]): onRequestHookHandler {
  const names = scopes.join(' or ')
  return async function checkScopes (request: FastifyRequest, _reply: FastifyReply) {
    if (request.principal === null) {
      throw new UnauthorizedError(`This needs an API key with the ${names} scope: send "Authorization: Bearer <key>"`)
    }
    if (!scopes.some((scope) => hasScope(request, scope))) {
      throw new ForbiddenError(`The key '${request.principal.keyName}' has none of the scopes this needs: ${names}`)
    }
  }
}

export function hasScope (request: FastifyRequest, scope: Scope): boolean {
  const scopes = request.principal?.scopes ?? []
  return scopes.includes(scope) || scopes.includes('admin')
}

/** Whether the request sees the kids profile: asked for with ?profile=kids, or by a key that carries it. */
export function isKidsProfile (request: FastifyRequest): boolean {
  return request.principal?.profile === 'kids' || (request.query as { profile?: unknown } | undefined)?.profile === 'kids'
}

/** What the caller may see now: previews of unpublished content need the content:preview scope; the kids profile narrows everything. */
export function viewOf (request: FastifyRequest, now: string): View {
  return { now, preview: hasScope(request, 'content:preview'), kids: isKidsProfile(request) }
}

/** The two ways to read content: the public views for everyone, the base tables for keys with content:preview. */
/**
 * The reads a request may make at `now`: the preview reader for a key with the content:preview scope, the public
 * reader (which cannot see anything unpublished) for everyone else.
 */
export type { Readers }

export function readerOf (request: FastifyRequest, now: string, readers: Readers): ContentReader {
  const view = viewOf(request, now)
  return view.preview ? readers.preview.reader(view) : readers.public.reader(now, view.kids)
}

export default fp(async (app) => { registerAuth(app, app.context.apiKeys) }, { name: 'beitrag-auth', dependencies: ['beitrag-problems'] })
