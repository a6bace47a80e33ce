// Security headers for a JSON API: no sniffing, no framing, no referrer; the Swagger UI gets a CSP it can run under.
// The values are fixed, so they are written once here and set with one call per request, which is all a browser
// needs (what helmet would send with these settings, without building its middleware chain on every request).
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

/**
 * Headers every response carries, whatever its route. Frontends on other origins are the API's purpose (CORS allows
 * them), so resources may be used cross-origin. No HSTS: TLS ends at the proxy or CDN in front, which owns it for the
 * whole domain, and on plain HTTP browsers ignore it anyway.
 */
const COMMON: Record<string, string> = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'cross-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'DENY',
  'x-permitted-cross-domain-policies': 'none',
  // The old XSS auditor is itself an attack surface: 0 turns it off where it still exists.
  'x-xss-protection': '0'
}

// A JSON response needs no scripts, styles or frames: if a browser ever renders one, nothing in it may load or run.
const API_CSP = "default-src 'none';frame-ancestors 'none'"

// The Swagger UI loads its own scripts, styles and the spec from this origin. No upgrade-insecure-requests: on
// http://127.0.0.1 it would send the UI's own asset requests to an https port that does not exist.
const DOCS_CSP = [
  "default-src 'self'", "base-uri 'self'", "font-src 'self' https: data:", "form-action 'self'", "frame-ancestors 'none'",
  "img-src 'self' data:", "object-src 'none'", "script-src 'self'", "script-src-attr 'none'", "style-src 'self' https: 'unsafe-inline'"
].join(';')

const API_HEADERS = { 'content-security-policy': API_CSP, ...COMMON }
const DOCS_HEADERS = { 'content-security-policy': DOCS_CSP, ...COMMON }

/**
 * The headers that matter most, for the few responses Fastify writes without running hooks (malformed URLs, and
 * bytes Node's HTTP parser refuses before there is a request).
 */
export const BARE_SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': API_CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer'
}

function isDocs (url: string): boolean {
  return url === '/docs' || url.startsWith('/docs/') || url.startsWith('/docs?')
}

/** Register before the hooks that can refuse a request (auth, rate limit, overload), so refusals carry the headers too. */
export async function registerSecurityHeaders (app: FastifyInstance): Promise<void> {
  // A callback hook: no promise per request for what is one assignment of fixed values.
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(isDocs(request.url) ? DOCS_HEADERS : API_HEADERS)
    done()
  })
}

/** Registered before every hook that can refuse a request: refusals get security headers too. */
export default fp(registerSecurityHeaders, { name: 'beitrag-security-headers' })
