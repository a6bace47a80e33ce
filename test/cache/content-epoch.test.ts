// Public answers remembered in memory stay exact: a write by this process or by another one on the same file, and
// the instant a scheduled article turns public, each change what the next request sees.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import Database from 'better-sqlite3'
import { ContentEpoch } from '../../src/cache/content-epoch.js'
import { EpochMemo } from '../../src/cache/epoch-memo.js'
import { openDatabase } from '../../src/db/open.js'
import { migrate } from '../../src/db/migrate.js'
import { articleInput, articleWrite, build, keyHeaders } from '../helper.js'

function tempDir (t: { teardown: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-epoch-'))
  t.teardown(() => { rmSync(dir, { recursive: true, force: true }) })
  return dir
}

t.test('the epoch moves with commits of this connection and of another one, and with a passing publication date', async (t) => {
  const path = join(tempDir(t), 'epoch.db')
  const db = openDatabase(path)
  migrate(db)
  t.teardown(() => { db.close() })
  let next: string | null = null
  const epoch = new ContentEpoch(db, () => next)
  const now = '2026-01-01T00:00:00.000Z'
  const first = epoch.current(now)
  t.equal(epoch.current(now), first, 'nothing happened: the same epoch')

  db.prepare("INSERT INTO app_state (key, value) VALUES ('epoch-test', '1')").run()
  const afterOwn = epoch.current(now)
  t.not(afterOwn, first, 'a write of this connection moves it')

  const other = new Database(path)
  t.teardown(() => { other.close() })
  other.prepare("UPDATE app_state SET value = '2' WHERE key = 'epoch-test'").run()
  const afterOther = epoch.current(now)
  t.not(afterOther, afterOwn, 'a commit of another connection (another process) moves it')

  next = '2026-01-01T00:05:00.000Z'
  other.prepare("UPDATE app_state SET value = '3' WHERE key = 'epoch-test'").run()
  const waiting = epoch.current(now)
  t.equal(epoch.current('2026-01-01T00:04:59.999Z'), waiting, 'before the next publication: unchanged')
  next = null
  const published = epoch.current('2026-01-01T00:05:00.000Z')
  t.not(published, waiting, 'the publication date passing moves it')
  t.equal(epoch.current('2026-01-01T00:06:00.000Z'), published, 'and nothing waits after it')
  t.not(epoch.current('2026-01-01T00:00:00.000Z'), published, 'a clock set back moves it too')
})

t.test('a memo answers from memory within an epoch and loads again after it moves', async (t) => {
  const db = openDatabase(':memory:')
  migrate(db)
  t.teardown(() => { db.close() })
  const memo = new EpochMemo(new ContentEpoch(db, () => null), 2)
  const now = '2026-01-01T00:00:00.000Z'
  let loads = 0
  const load = (): number => ++loads
  t.equal(memo.at(now)('a', load), 1)
  t.equal(memo.at(now)('a', load), 1, 'remembered')
  db.prepare("INSERT INTO app_state (key, value) VALUES ('memo-test', '1')").run()
  t.equal(memo.at(now)('a', load), 2, 'loaded again after a write')
  memo.at(now)('b', load)
  memo.at(now)('c', load)
  t.equal(memo.at(now)('a', load), 5, 'bounded: a full memo starts over')
  const remember = memo.at(now)
  t.equal(remember('d', () => undefined), undefined)
  t.equal(remember('d', () => 'loaded'), undefined, 'an absent answer is remembered too')
})

t.test('articles served from memory change with a write through the API, through another connection and with time', async (t) => {
  const path = join(tempDir(t), 'app.db')
  let clock = new Date('2026-03-01T08:00:00.000Z')
  const app = await build(t, { DATABASE_PATH: path }, { clock: () => clock })
  const writer = keyHeaders(app, ['content:write'])
  const created = await app.inject({ method: 'POST', url: '/v1/articles', headers: writer, payload: articleWrite({ title: 'Erste Fassung', status: 'published', publishedAt: '2026-03-01T07:00:00.000Z' }) })
  t.equal(created.statusCode, 201)
  const id = created.json<{ id: string }>().id
  const first = await app.inject({ url: `/v1/articles/${id}` })
  t.equal(first.json<{ title: string }>().title, 'Erste Fassung')
  const revalidated = await app.inject({ url: `/v1/articles/${id}`, headers: { 'if-none-match': String(first.headers.etag) } })
  t.equal(revalidated.statusCode, 304, 'a current copy: 304')

  const patched = await app.inject({ method: 'PATCH', url: `/v1/articles/${id}`, headers: { ...writer, 'if-match': String(first.headers.etag), 'content-type': 'application/merge-patch+json' }, payload: { title: 'Zweite Fassung' } })
  t.equal(patched.statusCode, 200)
  const second = await app.inject({ url: `/v1/articles/${id}`, headers: { 'if-none-match': String(first.headers.etag) } })
  t.equal(second.statusCode, 200, 'after a write through the API the old copy is not current')
  t.equal(second.json<{ title: string }>().title, 'Zweite Fassung')

  // Another process on the same file: it unpublishes the article behind the server's back.
  const other = new Database(path)
  t.teardown(() => { other.close() })
  other.prepare("UPDATE articles SET status = 'unpublished', version = version + 1 WHERE id = ?").run(id)
  t.equal((await app.inject({ url: `/v1/articles/${id}` })).statusCode, 404, 'hidden by another process: gone at once')
  t.equal((await app.inject({ url: `/v1/articles/${id}`, headers: { 'if-none-match': String(second.headers.etag) } })).statusCode, 404, 'and no 304 for it either')

  // An embargoed article turns public when its date passes, with no write at all.
  const embargoed = articleInput({ title: 'Sperrfrist Bericht', status: 'published', publishedAt: '2026-03-01T09:00:00.000Z' })
  app.context.articleStore.save(embargoed, clock.toISOString())
  const embargoedId = embargoed.id
  t.equal((await app.inject({ url: `/v1/articles/${embargoedId}` })).statusCode, 404, 'before its date: not found')
  t.equal((await app.inject({ url: `/v1/articles/${embargoedId}` })).statusCode, 404, 'asked again from memory: still not found')
  clock = new Date('2026-03-01T09:00:00.000Z')
  t.equal((await app.inject({ url: `/v1/articles/${embargoedId}` })).statusCode, 200, 'at its date: public')
  clock = new Date('2026-03-01T08:59:59.000Z')
  t.equal((await app.inject({ url: `/v1/articles/${embargoedId}` })).statusCode, 404, 'a clock set back hides it again')
})
