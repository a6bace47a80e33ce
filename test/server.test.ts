import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import t from 'tap'
import { SAMPLE_ARTICLE_ID, SAMPLE_SLUG } from './helper.js'
import { run, startServer } from './process.js'

function tempDir (t: { teardown: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

t.test('a fresh start creates the database, loads the sample and serves it', async (t) => {
  const databasePath = join(tempDir(t), 'nested', 'beitrag.db')
  const server = await startServer({ DATABASE_PATH: databasePath })
  t.teardown(() => server.stop())

  t.match(server.output(), /"msg":"Swagger UI at http:\/\/127\.0\.0\.1:\d+\/docs"/, 'logs the Swagger UI address')
  t.match(server.output(), /sample article imported/)

  const health = await fetch(`${server.url}/health`)
  t.equal(health.status, 200)
  const article = await fetch(`${server.url}/v1/articles/${SAMPLE_ARTICLE_ID}`)
  t.equal(article.status, 200)
  const body = await article.json() as { title: string, slug: string, sections: unknown[] }
  t.equal(body.title, 'Wenig Substanz, aber PR-Erfolg für Kim')
  t.equal(body.slug, SAMPLE_SLUG)
  t.equal(body.sections.length, 5)
  const docs = await fetch(`${server.url}/docs`)
  t.equal(docs.status, 200)
  const missing = await fetch(`${server.url}/nowhere`)
  t.equal(missing.status, 404)
  t.match(missing.headers.get('content-type'), /^application\/problem\+json/)

  t.equal(await server.stop(), 0, 'SIGTERM exits cleanly')
  t.match(server.output(), /shutting down/)

  const db = new Database(databasePath, { readonly: true })
  t.teardown(() => db.close())
  t.equal(db.pragma('journal_mode', { simple: true }), 'wal')
  t.equal(db.pragma('integrity_check', { simple: true }), 'ok')
  t.same(db.prepare('SELECT count(*) AS n FROM articles').get(), { n: 1 })
})

t.test('a restart keeps the data and does not import the sample again', async (t) => {
  const databasePath = join(tempDir(t), 'beitrag.db')
  const first = await startServer({ DATABASE_PATH: databasePath })
  t.equal(await first.stop(), 0)
  const second = await startServer({ DATABASE_PATH: databasePath })
  t.teardown(() => second.stop())
  t.notMatch(second.output(), /sample article imported/)
  t.notMatch(second.output(), /database migrated/)
  const list = await (await fetch(`${second.url}/v1/articles`)).json() as { items: unknown[] }
  t.equal(list.items.length, 1)
})

t.test('an invalid configuration stops start-up with a message naming the variable', async (t) => {
  const result = await run('src/server.ts', [], { PORT: 'abc', LOG_LEVEL: 'chatty' })
  t.equal(result.code, 78)
  t.match(result.stderr, /Invalid configuration/)
  t.match(result.stderr, /PORT="abc"/)
  t.match(result.stderr, /LOG_LEVEL="chatty"/)
})
