// Security headers for a JSON API (@fastify/helmet): no sniffing, no framing, no referrer; the Swagger UI gets a CSP it can run under.
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

// A JSON response needs no scripts, styles or frames: if a browser ever renders one, nothing in it may load or run.
const API_CSP = { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } }

// The Swagger UI loads its own scripts, styles and the spec from this origin. No upgrade-insecure-requests: on
// http://127.0.0.1 it would send the UI's own asset requests to an https port that does not exist.
const DOCS_CSP = {
  useDefaults: true,
  directives: { frameAncestors: ["'none'"], upgradeInsecureRequests: null }
}

const OPTIONS: FastifyHelmetOptions = {
  global: true,
  contentSecurityPolicy: API_CSP,
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
  // Frontends on other origins are the API's purpose (CORS allows them); same-origin would block their embeds.
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  // TLS ends at the proxy or CDN in front, which owns HSTS for the whole domain; on plain HTTP browsers ignore it anyway.
  hsts: false
}

/**
 * The headers of `OPTIONS` that matter most, for the few responses Fastify writes without running hooks
 * (malformed URLs, and bytes Node's HTTP parser refuses before there is a request).
 */
export const BARE_SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'none';frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer'
}

/** Register before the hooks that can refuse a request (auth, rate limit, overload), so refusals carry the headers too. */
export async function registerSecurityHeaders (app: FastifyInstance): Promise<void> {
  app.addHook('onRoute', (route) => {
    if (route.url === '/docs' || route.url.startsWith('/docs/')) {
      route.config = { ...route.config, helmet: { contentSecurityPolicy: DOCS_CSP } } as typeof route.config
    }
  })
  await app.register(helmet, OPTIONS)
}

/** Registered before every hook that can refuse a request: refusals get security headers too. */
export default fp(registerSecurityHeaders, { name: 'beitrag-security-headers' })
