import { setTimeout as sleep } from 'node:timers/promises'
import t from 'tap'
import { build, problemOf, problemShapeErrors } from '../helper.js'
import { exchange, listen, parseResponse } from '../net.js'

/** Keeps the event loop busy in 50 ms slices for `ms`, yielding between slices as a saturated server would. */
async function saturate (ms: number): Promise<void> {
  const end = Date.now() + ms
  while (Date.now() < end) {
    const slice = Date.now() + 50
    while (Date.now() < slice) { /* busy */ }
    await new Promise((resolve) => setImmediate(resolve))
  }
}

t.test('an overloaded event loop answers 503 with Retry-After at once, keeps /health up, and recovers', async (t) => {
  const app = await build(t, { MAX_EVENT_LOOP_DELAY_MS: '20', OVERLOAD_RETRY_AFTER_SECONDS: '7' })
  t.equal((await app.inject({ url: '/v1/articles' })).statusCode, 200, 'served while idle')

  // Past the two seconds after start that are not held against the server, and two sampling windows of one
  // second each, so the last sample saw nothing but overload.
  await saturate(3000)
  const started = Date.now()
  const refused = await app.inject({ url: '/v1/articles' })
  t.equal(refused.statusCode, 503)
  t.ok(Date.now() - started < 500, 'refused at once, not after queueing')
  t.equal(refused.headers['retry-after'], '7')
  t.match(problemOf(refused), { code: 'CONTENT_ERR_OVERLOADED', status: 503 })
  t.equal(refused.headers['x-content-type-options'], 'nosniff')
  t.equal((await app.inject({ url: '/health' })).statusCode, 200, 'liveness does not fail for load')
  t.equal((await app.inject({ url: '/ready' })).statusCode, 503, 'readiness does: take the instance out of rotation')

  let status = 503
  for (let tries = 0; tries < 40 && status === 503; tries++) {
    await sleep(100)
    status = (await app.inject({ url: '/v1/articles' })).statusCode
  }
  t.equal(status, 200, 'served again once the loop is idle')
})

t.test('a slow start is not held against the server: the samples that measured it are ignored', async (t) => {
  const app = await build(t, { MAX_EVENT_LOOP_DELAY_MS: '20' })
  // What compiling schemas and migrating a large database do to the loop before the server is ready.
  await saturate(1500)
  t.equal((await app.inject({ url: '/v1/articles' })).statusCode, 200)
})

t.test('MAX_EVENT_LOOP_DELAY_MS=0 turns the check off', async (t) => {
  const app = await build(t, { MAX_EVENT_LOOP_DELAY_MS: '0' })
  await saturate(1200)
  t.equal((await app.inject({ url: '/v1/articles' })).statusCode, 200)
})

t.test('a request that arrives while the server closes is a 503 problem on a closed connection; one in flight finishes', async (t) => {
  const app = await build(t, { OVERLOAD_RETRY_AFTER_SECONDS: '3' })
  const port = await listen(app)
  // Half a request line: the connection is busy, so close() does not drop it, and the request arrives after.
  const late = exchange(port, ['GET /v1/art', 300, 'icles HTTP/1.1\r\nHost: x\r\n\r\n'])
  await sleep(100)
  const closed = app.close()
  const answer = await late
  const parsed = parseResponse(answer.response)
  t.equal(parsed.status, 503)
  t.equal(parsed.headers.connection, 'close')
  t.equal(parsed.headers['retry-after'], '3')
  t.same(problemShapeErrors(parsed.status, parsed.headers['content-type'], parsed.body), [])
  t.equal(JSON.parse(parsed.body).code, 'CONTENT_ERR_SHUTTING_DOWN')
  t.ok(answer.closed, 'the connection is closed after the answer')
  await closed
})
