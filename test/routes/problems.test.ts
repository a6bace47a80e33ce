import t from 'tap'
import { build, problemOf, SAMPLE_ARTICLE_ID } from '../helper.js'

t.test('unknown routes are 404 problems', async (t) => {
  const app = await build(t)
  const response = await app.inject({ url: '/v2/articles?x=1' })
  t.equal(response.statusCode, 404)
  t.same(problemOf(response), {
    type: '/problems/route-not-found',
    title: 'No such route',
    status: 404,
    detail: 'No route matches GET /v2/articles',
    instance: '/v2/articles',
    code: 'CONTENT_ERR_ROUTE_NOT_FOUND'
  })
})

t.test('a wrong method is a 405 problem with Allow, whatever the body', async (t) => {
  const app = await build(t)
  for (const [method, url, allow] of [
    ['DELETE', '/v1/articles', 'GET, HEAD, POST'],
    ['POST', `/v1/articles/${SAMPLE_ARTICLE_ID}`, 'DELETE, GET, HEAD, PATCH, PUT'],
    ['PUT', '/health', 'GET, HEAD']
  ] as const) {
    const response = await app.inject({ method, url, headers: { 'content-type': 'application/json' }, payload: '{not json' })
    t.equal(response.statusCode, 405, `${method} ${url}`)
    t.equal(response.headers.allow, allow)
    t.equal(problemOf(response).code, 'CONTENT_ERR_METHOD_NOT_ALLOWED')
  }
})

t.test('malformed percent-encoding is a 400 problem', async (t) => {
  const app = await build(t)
  const response = await app.inject({ url: '/v1/articles/slug/%E0%A4%A' })
  t.equal(response.statusCode, 400)
  t.equal(problemOf(response).code, 'CONTENT_ERR_BAD_URL')
})

t.test('Fastify\'s body errors and unexpected failures use the problem shape', async (t) => {
  const app = await build(t)
  // Routes that take a body arrive with the editorial API; one here exercises the same handlers.
  app.post('/test/echo', async (request) => request.body)
  app.get('/test/boom', async () => { throw new Error('SQLITE_CORRUPT: secret detail at /srv/db') })
  app.get('/test/teapot', async () => { throw Object.assign(new Error('short and stout'), { statusCode: 418 }) })

  const tooLarge = await app.inject({ method: 'POST', url: '/test/echo', headers: { 'content-type': 'application/json' }, payload: `"${'x'.repeat(1_100_000)}"` })
  t.equal(tooLarge.statusCode, 413)
  t.equal(problemOf(tooLarge).code, 'CONTENT_ERR_BODY_TOO_LARGE')

  const wrongType = await app.inject({ method: 'POST', url: '/test/echo', headers: { 'content-type': 'application/x-unknown' }, payload: 'x' })
  t.equal(wrongType.statusCode, 415)
  t.equal(problemOf(wrongType).code, 'CONTENT_ERR_UNSUPPORTED_MEDIA_TYPE')

  const badJson = await app.inject({ method: 'POST', url: '/test/echo', headers: { 'content-type': 'application/json' }, payload: '{"a":' })
  t.equal(badJson.statusCode, 400)
  t.equal(problemOf(badJson).code, 'CONTENT_ERR_INVALID_JSON')

  const teapot = await app.inject({ url: '/test/teapot' })
  t.equal(teapot.statusCode, 400)
  t.match(problemOf(teapot), { code: 'CONTENT_ERR_BAD_REQUEST', detail: 'short and stout' })

  const boom = await app.inject({ url: '/test/boom', headers: { 'x-request-id': 'abc' } })
  t.equal(boom.statusCode, 500)
  const problem = problemOf(boom)
  t.equal(problem.code, 'CONTENT_ERR_INTERNAL')
  t.notMatch(boom.body, /SQLITE|secret|\/srv/, 'no internals leak')
  t.notOk('stack' in problem)
})

t.test('every problem type is documented at its type URI', async (t) => {
  const app = await build(t)
  const response = await app.inject({ url: '/problems/not-found' })
  t.equal(response.statusCode, 200)
  t.match(response.json(), { type: '/problems/not-found', code: 'CONTENT_ERR_NOT_FOUND', title: 'Resource not found', status: 404, cause: /not public/, fix: /Check the id or slug/ })
  const unknown = await app.inject({ url: '/problems/teapot' })
  t.equal(unknown.statusCode, 404)
  const malformed = await app.inject({ url: '/problems/NOT_FOUND' })
  t.equal(malformed.statusCode, 400)
})
