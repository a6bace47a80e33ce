import t from 'tap'
import { build, problemOf } from '../helper.js'

t.test('/health and /ready answer', async (t) => {
  const app = await build(t)
  const health = await app.inject({ url: '/health' })
  t.equal(health.statusCode, 200)
  t.same(health.json(), { status: 'ok' })
  const ready = await app.inject({ url: '/ready' })
  t.equal(ready.statusCode, 200)
  t.same(ready.json(), { status: 'ready', database: 'ok' })
})

t.test('/ready is a 503 problem when the database is gone', async (t) => {
  const app = await build(t)
  app.context.db.close()
  const ready = await app.inject({ url: '/ready' })
  t.equal(ready.statusCode, 503)
  t.match(problemOf(ready), { code: 'CONTENT_ERR_NOT_READY', detail: /^The database did not answer/ })
  t.equal((await app.inject({ url: '/health' })).statusCode, 200, 'the process itself is still up')
})
