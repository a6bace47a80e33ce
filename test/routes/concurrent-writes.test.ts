// Writers racing for one article, and a database locked by another process: one write wins, the rest are told
// why (412, or 503 with Retry-After), and none fails with a 500.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import t from 'tap'
import { migrate } from '../../src/db/migrate.js'
import { openDatabase } from '../../src/db/open.js'
import { ApiKeyRepository } from '../../src/repositories/api-key.js'
import { openRepositories } from '../../src/repositories/index.js'
import { articleInput, build, problemOf } from '../helper.js'
import { startServer } from '../process.js'

t.test('WORKERS=2, 12 parallel PATCHes with one If-Match: exactly one wins, the rest 412 or 503, none 500', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-race-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const path = join(dir, 'race.db')
  const db = openDatabase(path)
  migrate(db)
  const { key } = new ApiKeyRepository(db).create({ name: 'race', scopes: ['content:write', 'content:preview'], rateLimitPerMinute: 0 }, new Date().toISOString())
  const article = articleInput({ publishedAt: '2024-05-01T08:00:00.000Z' })
  openRepositories(db, { publicBaseUrl: 'http://localhost', publicApiUrl: 'http://localhost' }).articleStore.save(article, new Date().toISOString())
  db.close()

  const server = await startServer({ DATABASE_PATH: path, WORKERS: '2', SEED_SAMPLE: 'false', LOG_LEVEL: 'info' }, ['src/server.ts'], 90_000)
  t.teardown(async () => { await server.stop() })
  const headers = { authorization: `Bearer ${key}` }
  const current = await fetch(`${server.url}/v1/articles/${article.id}`, { headers })
  const etag = current.headers.get('etag') ?? ''
  t.equal(current.status, 200)

  const answers = await Promise.all(Array.from({ length: 12 }, async (_, i) => {
    const response = await fetch(`${server.url}/v1/articles/${article.id}`, {
      method: 'PATCH',
      headers: { ...headers, 'if-match': etag, 'content-type': 'application/merge-patch+json', connection: 'close' },
      body: JSON.stringify({ title: `Fassung ${i + 1}: Grüße aus Köln` })
    })
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.text() }
  }))
  const statuses = answers.map((a) => a.status)
  t.equal(statuses.filter((s) => s === 200).length, 1, `exactly one write wins: ${statuses.join(' ')}`)
  t.same(statuses.filter((s) => ![200, 412, 503].includes(s)), [], 'the others are 412 or 503')
  for (const answer of answers.filter((a) => a.status === 503)) t.ok(answer.retryAfter, '503 says when to retry')
  const after = await (await fetch(`${server.url}/v1/articles/${article.id}/revisions`, { headers })).json() as { items: unknown[] }
  t.equal(after.items.length, 2, 'one new revision')
})

t.test('a database another process keeps locked answers 503 with Retry-After and changes nothing', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-busy-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const path = join(dir, 'busy.db')
  const app = await build(t, { DATABASE_PATH: path, SEED_SAMPLE: 'false' })
  const article = articleInput({ publishedAt: '2024-05-01T08:00:00.000Z' })
  app.context.articleStore.save(article, new Date().toISOString())
  const { key } = app.context.apiKeys.create({ name: 'busy', scopes: ['content:write', 'content:preview'], rateLimitPerMinute: 0 }, new Date().toISOString())
  // A second connection, as the CLI importing beside the server would be, holds the write lock.
  const other = new Database(path)
  other.pragma('busy_timeout = 0')
  other.exec('BEGIN IMMEDIATE')
  t.teardown(() => { if (other.inTransaction) other.exec('ROLLBACK'); other.close() })
  const response = await app.inject({
    method: 'PATCH',
    url: `/v1/articles/${article.id}`,
    headers: { authorization: `Bearer ${key}`, 'if-match': '*', 'content-type': 'application/merge-patch+json' },
    payload: { title: 'Während gesperrt' }
  })
  t.equal(response.statusCode, 503)
  t.equal(response.headers['retry-after'], '1')
  t.equal(problemOf(response).code, 'CONTENT_ERR_BUSY')
  other.exec('ROLLBACK')
  t.equal(app.context.articles.getById(article.id, { now: new Date().toISOString(), preview: true })?.title, article.title, 'nothing changed')
})
