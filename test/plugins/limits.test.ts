import t from 'tap'
import { nestsDeeperThan } from '../../src/plugins/limits.js'
import { articleWrite, build, keyHeaders, problemOf, problemShapeErrors, SAMPLE_ARTICLE_ID } from '../helper.js'
import { exchange, listen, parseResponse } from '../net.js'

function nested (depth: number): unknown {
  let value: unknown = 'leaf'
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value }
  return value
}

t.test('nestsDeeperThan counts arrays and objects, not scalars, and survives any depth', async (t) => {
  t.equal(nestsDeeperThan('x', 1), false)
  t.equal(nestsDeeperThan({ a: 1 }, 1), false)
  t.equal(nestsDeeperThan({ a: [1] }, 1), true)
  t.equal(nestsDeeperThan(nested(32), 32), false)
  t.equal(nestsDeeperThan(nested(33), 32), true)
  t.equal(nestsDeeperThan(JSON.parse(`${'['.repeat(300_000)}${']'.repeat(300_000)}`), 32), true)
})

t.test('a JSON body nested deeper than MAX_JSON_DEPTH is a 400 problem, on every route that takes a body', async (t) => {
  const app = await build(t, { MAX_JSON_DEPTH: '10' })
  const headers = { ...keyHeaders(app, ['admin']), 'content-type': 'application/json', 'if-match': '*' }
  const before = app.context.db.prepare('SELECT count(*) AS n FROM article_events').get()

  const deep = await app.inject({ method: 'POST', url: '/v1/articles', headers, payload: articleWrite({ tags: nested(11) }) })
  t.equal(deep.statusCode, 400)
  t.match(problemOf(deep), { code: 'CONTENT_ERR_JSON_TOO_DEEP', detail: /more than 10 levels/ })

  // A merge patch is applied recursively: a patch nesting 150,000 levels (900 kB) used to exhaust the stack (a 500).
  const hostile = `${'{"a":'.repeat(150_000)}"x"${'}'.repeat(150_000)}`
  const patch = await app.inject({
    method: 'PATCH',
    url: `/v1/articles/${SAMPLE_ARTICLE_ID}`,
    headers: { ...headers, 'content-type': 'application/merge-patch+json' },
    payload: hostile
  })
  t.equal(patch.statusCode, 400)
  t.equal(problemOf(patch).code, 'CONTENT_ERR_JSON_TOO_DEEP')
  t.same(app.context.db.prepare('SELECT count(*) AS n FROM article_events').get(), before, 'nothing was written')

  const fine = await app.inject({ method: 'POST', url: '/v1/articles', headers, payload: articleWrite() })
  t.equal(fine.statusCode, 201, 'a real article nests well within the limit')
})

t.test('a body over BODY_LIMIT_BYTES is a 413 problem', async (t) => {
  const app = await build(t, { BODY_LIMIT_BYTES: '4096' })
  const headers = { ...keyHeaders(app, ['content:write']), 'content-type': 'application/json' }
  const small = await app.inject({ method: 'POST', url: '/v1/articles', headers, payload: articleWrite() })
  t.equal(small.statusCode, 201)
  const large = await app.inject({ method: 'POST', url: '/v1/articles', headers, payload: articleWrite({ teaser: 'x'.repeat(5000) }) })
  t.equal(large.statusCode, 413)
  t.equal(problemOf(large).code, 'CONTENT_ERR_BODY_TOO_LARGE')
})

t.test('a URL longer than MAX_URL_LENGTH is a 414 problem', async (t) => {
  const app = await build(t, { MAX_URL_LENGTH: '300' })
  const atLimit = `/v1/articles?${'x'.repeat(300 - '/v1/articles?'.length)}`
  t.equal((await app.inject({ url: atLimit })).statusCode, 400, 'at the limit the route itself answers (an unknown parameter)')
  const response = await app.inject({ url: `${atLimit}y` })
  t.equal(response.statusCode, 414)
  t.match(problemOf(response), { code: 'CONTENT_ERR_URI_TOO_LONG', detail: /at most 300/ })
  t.ok(response.body.length < 600, 'the URL is not echoed back')
  // Without a route, that there is none is the better answer, as for every other early refusal.
  const unknown = await app.inject({ url: `/nowhere?${'q'.repeat(400)}` })
  t.equal(unknown.statusCode, 404)
  t.ok(unknown.body.length < 600, 'the URL is not echoed back')
})

t.test('over a real connection: headers too large, too slow, or not HTTP at all are problems too', async (t) => {
  const app = await build(t, { MAX_HEADER_BYTES: '2048', REQUEST_TIMEOUT_MS: '400', MAX_URL_LENGTH: '1024' })
  const port = await listen(app)
  const { authorization } = keyHeaders(app, ['content:write'])

  const ok = parseResponse((await exchange(port, ['GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'])).response)
  t.equal(ok.status, 200)

  const cases = [
    { name: 'a header over MAX_HEADER_BYTES', chunks: [`GET /health HTTP/1.1\r\nHost: x\r\nX-Filler: ${'a'.repeat(3000)}\r\n\r\n`], status: 431, code: 'CONTENT_ERR_HEADERS_TOO_LARGE' },
    { name: 'a request line over MAX_HEADER_BYTES', chunks: [`GET /health?${'a'.repeat(3000)} HTTP/1.1\r\nHost: x\r\n\r\n`], status: 431, code: 'CONTENT_ERR_HEADERS_TOO_LARGE' },
    { name: 'headers that never end', chunks: ['GET /health HTTP/1.1\r\nHost: x\r\n'], status: 408, code: 'CONTENT_ERR_REQUEST_TIMEOUT' },
    { name: 'a body that never arrives', chunks: [`POST /v1/articles HTTP/1.1\r\nHost: x\r\nAuthorization: ${authorization}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"title":`], status: 408, code: 'CONTENT_ERR_REQUEST_TIMEOUT' },
    { name: 'a NUL byte in the request line', chunks: ['GET /he\0alth HTTP/1.1\r\nHost: x\r\n\r\n'], status: 400, code: 'CONTENT_ERR_BAD_REQUEST' },
    { name: 'a raw invalid UTF-8 byte in a header name', chunks: [Buffer.from('GET /health HTTP/1.1\r\nHost: x\r\nX-\xff: 1\r\n\r\n', 'latin1')], status: 400, code: 'CONTENT_ERR_BAD_REQUEST' },
    { name: 'a header without a colon', chunks: ['GET /health HTTP/1.1\r\nHost: x\r\nnonsense\r\n\r\n'], status: 400, code: 'CONTENT_ERR_BAD_REQUEST' },
    { name: 'not HTTP at all', chunks: ['\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03'], status: 400, code: 'CONTENT_ERR_BAD_REQUEST' }
  ]
  for (const { name, chunks, status, code } of cases) {
    const { response, closed, elapsed } = await exchange(port, chunks, 3000)
    const parsed = parseResponse(response)
    t.equal(parsed.status, status, name)
    t.same(problemShapeErrors(parsed.status, parsed.headers['content-type'], parsed.body), [], `${name}: a documented problem`)
    t.equal(JSON.parse(parsed.body).code, code, name)
    t.equal(parsed.headers['x-content-type-options'], 'nosniff', `${name}: security headers`)
    t.ok(closed, `${name}: the connection is closed`)
    if (status === 408) t.ok(elapsed < 2000, `${name}: cut off after about REQUEST_TIMEOUT_MS (${elapsed} ms)`)
  }

  const raw = await exchange(port, [Buffer.from('GET /v1/articles/slug/caf\xe9 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 'latin1')])
  const invalidUtf8 = parseResponse(raw.response)
  t.ok(invalidUtf8.status >= 400 && invalidUtf8.status < 500, 'a raw invalid UTF-8 byte in the path is a 4xx')
  t.same(problemShapeErrors(invalidUtf8.status, invalidUtf8.headers['content-type'], invalidUtf8.body), [])

  const afterwards = parseResponse((await exchange(port, ['GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'])).response)
  t.equal(afterwards.status, 200, 'the server still answers')
})

t.test('an idle keep-alive connection is closed after KEEP_ALIVE_TIMEOUT_MS', async (t) => {
  const app = await build(t, { KEEP_ALIVE_TIMEOUT_MS: '300' })
  const port = await listen(app)
  const { response, closed, elapsed } = await exchange(port, ['GET /health HTTP/1.1\r\nHost: x\r\n\r\n'], 5000)
  t.equal(parseResponse(response).status, 200)
  t.ok(closed, 'the server closed the idle connection')
  t.ok(elapsed >= 250 && elapsed < 2500, `after about 300 ms (${elapsed} ms)`)
})
