// Request limits per API key, and per client address for anonymous callers, with the draft-standard RateLimit headers.
import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance } from 'fastify'
import { RateLimitedError } from '../errors.js'
import fp from 'fastify-plugin'

export interface RateLimitPolicy {
  /** Anonymous requests per minute per address; 0 turns the limit off (behind a CDN that limits on its own). */
  anonymousPerMinute: number
  /** Requests per minute for a key that sets no limit of its own; 0 means unlimited. */
  keyPerMinute: number
}

/** Health and readiness probes: an orchestrator asks often, and a failed probe must mean the service, not a limit. */
export const UNLIMITED_ROUTES: ReadonlySet<string> = new Set(['/health', '/ready'])

/** Register after the auth hook: the limit depends on who is calling. */
export async function registerRateLimit (app: FastifyInstance, policy: RateLimitPolicy): Promise<void> {
  const limitOf = (request: { principal: { rateLimitPerMinute: number | null } | null }): number =>
    request.principal === null ? policy.anonymousPerMinute : request.principal.rateLimitPerMinute ?? policy.keyPerMinute

  await app.register(rateLimit, {
    global: true,
    timeWindow: 60_000,
    keyGenerator: (request) => request.principal === null ? `ip:${request.ip}` : `key:${request.principal.keyId}`,
    max: (request) => limitOf(request),
    // Probes from orchestrators and load balancers must never use up a client's (or a proxy's) allowance.
    allowList: (request) => limitOf(request) === 0 || UNLIMITED_ROUTES.has(request.routeOptions.url ?? ''),
    enableDraftSpec: true,
    errorResponseBuilder: (_request, context) => new RateLimitedError(`More than ${context.max} requests in a minute; retry in ${context.after}`)
  })
}

/** After auth: the limit depends on who is calling. */
export default fp(async (app) => {
  const { config } = app.context
  await registerRateLimit(app, { anonymousPerMinute: config.RATE_LIMIT_PER_MINUTE, keyPerMinute: config.KEY_RATE_LIMIT_PER_MINUTE })
}, { name: 'beitrag-rate-limit', dependencies: ['beitrag-auth'] })
