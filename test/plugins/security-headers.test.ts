import t from 'tap'
import { BARE_SECURITY_HEADERS } from '../../src/plugins/security-headers.js'
import { build, keyHeaders, SAMPLE_ARTICLE_ID } from '../helper.js'

t.test('every response, success or refusal, carries the JSON API security headers', async (t) => {
  const app = await build(t, { RATE_LIMIT_PER_MINUTE: '3' })
  const writer = keyHeaders(app, ['content:write'])
  const requests = [
    { name: 'an article', url: `/v1/articles/${SAMPLE_ARTICLE_ID}` },
    { name: 'the spec', url: '/openapi.json' },
    { name: 'a validation error', url: '/v1/articles/abc' },
    { name: 'no route', url: '/nowhere' },
    { name: 'a wrong method', method: 'DELETE' as const, url: '/health' },
    { name: 'a malformed URL (answered before routing)', url: '/v1/articles/slug/%E0%A4%A' },
    { name: 'an over-long path parameter (answered before routing)', url: `/v1/articles/slug/${'a'.repeat(120)}` },
    { name: 'a bad key', url: '/v1/articles', headers: { authorization: 'Bearer nope' } },
    { name: 'a write', method: 'POST' as const, url: '/v1/articles', headers: writer, payload: { title: 'Sicher' } },
    { name: 'rate limited', url: '/v1/categories' }
  ]
  for (const { name, ...request } of requests) {
    const response = await app.inject(request)
    t.equal(response.headers['x-content-type-options'], 'nosniff', `${name} (${response.statusCode}): nosniff`)
    t.equal(response.headers['x-frame-options'], 'DENY', `${name}: no framing`)
    t.match(response.headers['content-security-policy'], /frame-ancestors 'none'/, `${name}: no framing (CSP)`)
    t.equal(response.headers['referrer-policy'], 'no-referrer', `${name}: referrer policy`)
    t.notOk(response.headers['x-powered-by'], `${name}: no X-Powered-By`)
  }
  const limited = await app.inject({ url: '/v1/categories' })
  t.equal(limited.statusCode, 429, 'the last one was refused by the rate limit')
  t.equal(limited.headers['x-content-type-options'], 'nosniff')
})

t.test('API responses forbid everything a browser could load; the Swagger UI may load its own assets', async (t) => {
  const app = await build(t)
  const api = await app.inject({ url: '/v1/articles' })
  t.equal(api.headers['content-security-policy'], BARE_SECURITY_HEADERS['content-security-policy'], 'the same policy as answers written without hooks')
  t.equal(api.headers['cross-origin-resource-policy'], 'cross-origin', 'frontends on other origins may use the API')
  t.notOk(api.headers['strict-transport-security'], 'HSTS is left to the TLS terminator')

  const docs = await app.inject({ url: '/docs/' })
  t.equal(docs.statusCode, 200)
  const csp = String(docs.headers['content-security-policy'])
  t.match(csp, /script-src 'self'/)
  t.match(csp, /frame-ancestors 'none'/)
  t.notMatch(csp, /upgrade-insecure-requests/)
  t.equal(docs.headers['x-content-type-options'], 'nosniff')
})
