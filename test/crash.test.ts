// kill -9 during writes: the real server, restarted after each kill, keeps every acknowledged write whole and the event log gapless.
import { mkdtempSync, rmSync } from 'node:fs'
import { Agent } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import Database from 'better-sqlite3'
import t from 'tap'
import { addPackedJsonFunctions, unpackJson } from '../src/db/packed-json.js'
import { send } from './net.js'
import { run, startServer } from './process.js'

const KILLS = 3
const WORKERS = 6

interface Acknowledged {
  op: 'create' | 'replace' | 'patch' | 'delete'
  id: string
  version: number
  /** The title the write set (none for a delete). */
  title?: string
  paragraphs?: number
}

interface ArticleAnswer { id: string, version: number, title: string, sections: unknown[] }

function articleBody (title: string, paragraphs: number): string {
  return JSON.stringify({
    title,
    status: 'published',
    tags: ['absturz'],
    breadcrumb: ['Nachrichten', 'Test'],
    sections: Array.from({ length: paragraphs }, (_, i) => ({ heading: i === 0 ? null : `Teil ${i + 1}`, blocks: [{ type: 'paragraph', text: `${title}: Absatz ${i + 1}` }] }))
  })
}

/** One writer: creates an article, then replaces, patches and at times deletes it, until the server is gone. */
async function writer (port: number, key: string, agent: Agent, name: string, acknowledged: Acknowledged[], counts: { tried: number, serverErrors: number }): Promise<void> {
  let current: { id: string, etag: string } | undefined
  for (let i = 0; ; i++) {
    const title = `${name}-${i}`
    const paragraphs = 1 + (i % 3)
    const auth = { authorization: `Bearer ${key}` }
    const roll = Math.random()
    try {
      counts.tried++
      if (current === undefined) {
        const answer = await send(port, { method: 'POST', path: '/v1/articles', agent, headers: { ...auth, 'content-type': 'application/json' }, body: articleBody(title, paragraphs) })
        if (answer.status >= 500) counts.serverErrors++
        if (answer.status !== 201) continue
        const article = JSON.parse(answer.body) as ArticleAnswer
        acknowledged.push({ op: 'create', id: article.id, version: article.version, title, paragraphs })
        current = { id: article.id, etag: String(answer.headers.etag) }
      } else if (roll < 0.85) {
        const patch = roll < 0.45
        const answer = await send(port, {
          method: patch ? 'PATCH' : 'PUT',
          path: `/v1/articles/${current.id}`,
          agent,
          headers: { ...auth, 'if-match': current.etag, 'content-type': patch ? 'application/merge-patch+json' : 'application/json' },
          body: patch ? JSON.stringify({ title }) : articleBody(title, paragraphs)
        })
        if (answer.status >= 500) counts.serverErrors++
        if (answer.status !== 200) { current = undefined; continue }
        const article = JSON.parse(answer.body) as ArticleAnswer
        acknowledged.push({ op: patch ? 'patch' : 'replace', id: article.id, version: article.version, title, paragraphs: article.sections.length })
        current.etag = String(answer.headers.etag)
      } else {
        const version = acknowledged.findLast((a) => a.id === current?.id)?.version ?? 0
        const answer = await send(port, { method: 'DELETE', path: `/v1/articles/${current.id}`, agent, headers: { ...auth, 'if-match': current.etag } })
        if (answer.status >= 500) counts.serverErrors++
        if (answer.status === 204) acknowledged.push({ op: 'delete', id: current.id, version })
        current = undefined
      }
    } catch {
      // The server was killed: whatever this request did or did not do, it was not acknowledged.
      return
    }
  }
}

t.test(`SIGKILL at random moments during writes, ${KILLS} times: nothing acknowledged is lost or half-written`, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-crash-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  // No rate limits, and no overload 503s: a loaded CI machine must not stand in for a crash (overload has its own test).
  const env = { DATABASE_PATH: join(dir, 'beitrag.db'), RATE_LIMIT_PER_MINUTE: '0', KEY_RATE_LIMIT_PER_MINUTE: '0', MAX_EVENT_LOOP_DELAY_MS: '0' }
  const created = await run('src/cli/index.ts', ['keys', 'create', '--name', 'crash-test', '--scopes', 'content:write,content:preview'], env)
  if (created.code !== 0) throw new Error(created.stderr)
  const key = created.stdout.trim()

  const acknowledged: Acknowledged[] = []
  const counts = { tried: 0, serverErrors: 0 }
  for (let round = 1; round <= KILLS; round++) {
    const server = await startServer(env)
    t.teardown(() => { server.child.kill('SIGKILL') })
    const port = Number(new URL(server.url).port)
    const agent = new Agent({ keepAlive: true, maxSockets: WORKERS })
    const before = acknowledged.length
    const writers = Array.from({ length: WORKERS }, async (_, n) => writer(port, key, agent, `r${round}w${n}`, acknowledged, counts))
    const killAfter = 600 + Math.floor(Math.random() * 1400)
    await sleep(killAfter)
    server.child.kill('SIGKILL')
    await Promise.all(writers)
    agent.destroy()
    t.notMatch(server.output(), /"level":50/, `round ${round}: nothing was logged as an error`)
    t.ok(acknowledged.length > before, `round ${round}: killed after ${killAfter} ms, ${acknowledged.length - before} writes acknowledged`)
  }

  // One more start proves the database opens after the last kill, as a restart in production would.
  const last = await startServer(env)
  t.teardown(() => { last.child.kill('SIGKILL') })
  t.equal((await fetch(`${last.url}/ready`)).status, 200, 'the restarted server is ready')
  last.child.kill('SIGKILL')
  await new Promise((resolve) => last.child.once('exit', resolve))

  const db = new Database(env.DATABASE_PATH, { readonly: true })
  t.teardown(() => db.close())
  addPackedJsonFunctions(db)
  t.equal(db.pragma('integrity_check', { simple: true }), 'ok', 'PRAGMA integrity_check')
  t.same(db.pragma('foreign_key_check'), [], 'PRAGMA foreign_key_check')

  // Every acknowledged write is there, whole: its revision holds exactly what was sent, its event was logged.
  const revision = db.prepare<[string, number], { snapshot: Buffer }>('SELECT snapshot FROM article_revisions WHERE article_id = ? AND version = ?')
  const event = db.prepare<{ id: string, version: number, type: string }, { n: number }>(
    "SELECT count(*) AS n FROM article_events WHERE article_id = @id AND version = @version AND (type = @type OR (@type = 'write' AND type IN ('created', 'updated', 'published')))")
  let found = 0
  const missing: string[] = []
  for (const write of acknowledged) {
    const stored = revision.get(write.id, write.version)
    const snapshot = stored === undefined ? undefined : JSON.parse(unpackJson(stored.snapshot)) as { title: string, sections: unknown[] }
    const whole = write.op === 'delete'
      ? event.get({ id: write.id, version: write.version, type: 'deleted' })!.n === 1
      : snapshot?.title === write.title && snapshot?.sections.length === write.paragraphs && event.get({ id: write.id, version: write.version, type: 'write' })!.n >= 1
    if (whole) found++
    else missing.push(`${write.op} ${write.id} v${write.version}`)
  }
  t.same(missing, [], `writes acknowledged ${acknowledged.length}, found whole ${found}`)

  // What was last acknowledged for each article is what it holds now, or a later write that was committed
  // but whose answer the kill cut off.
  const lastByArticle = new Map(acknowledged.map((write) => [write.id, write]))
  const current = db.prepare<[string], { version: number }>('SELECT version FROM articles WHERE id = ?')
  const lastEvent = db.prepare<[string], { type: string, version: number }>('SELECT type, version FROM article_events WHERE article_id = ? ORDER BY seq DESC LIMIT 1')
  const wrongState: string[] = []
  for (const [id, write] of lastByArticle) {
    const row = current.get(id)
    const newest = lastEvent.get(id)
    // A write's article may be gone only by a later delete that committed (its answer may have been cut off).
    const deletedLater = newest?.type === 'deleted' && newest.version >= write.version
    if (write.op === 'delete' ? row !== undefined : row === undefined ? !deletedLater : row.version < write.version) wrongState.push(`${id}: ${write.op} v${write.version} acknowledged, holds ${JSON.stringify(row)}`)
    if (newest === undefined || newest.version < write.version) wrongState.push(`${id}: newest event ${JSON.stringify(newest)}`)
  }
  t.same(wrongState, [], 'every article is at its last acknowledged state or later')

  // No article is half-written: its rows agree with its newest revision, and it is in the search index.
  const halfWritten = db.prepare(`
    SELECT a.id FROM articles a
    JOIN article_revisions r ON r.article_id = a.id AND r.version = a.version
    WHERE json_array_length(unpack_json(r.snapshot), '$.sections') <> (SELECT count(*) FROM sections s WHERE s.article_id = a.id)
       OR json_extract(unpack_json(r.snapshot), '$.title') <> a.title
       OR json_array_length(a.tags) <> (SELECT count(*) FROM article_tags g WHERE g.article_id = a.id)
       OR json_array_length(a.breadcrumb) <> (SELECT count(*) FROM article_categories c WHERE c.article_id = a.id)
       OR NOT EXISTS (SELECT 1 FROM search_public f WHERE f.rowid = a.seq UNION ALL SELECT 1 FROM search_hidden f WHERE f.rowid = a.seq)
       OR a.version <> (SELECT max(version) FROM article_revisions x WHERE x.article_id = a.id)`).all()
  t.same(halfWritten, [], 'no article is half-written')
  const withoutRevision = db.prepare('SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_revisions r WHERE r.article_id = a.id AND r.version = a.version)').all()
  t.same(withoutRevision, [], 'every article has the revision of its version')

  // The change feed's stand-in has no gaps.
  const seq = db.prepare<[], { n: number, first: number, last: number }>('SELECT count(*) AS n, min(seq) AS first, max(seq) AS last FROM article_events').get()!
  t.equal(seq.first, 1, 'the event log starts at 1')
  t.equal(seq.n, seq.last - seq.first + 1, `article_events.seq 1…${seq.last} has no gaps`)

  t.equal(counts.serverErrors, 0, 'no 5xx')
  t.comment(`crash: ${KILLS} kills, ${counts.tried} writes tried, ${counts.serverErrors} answered 5xx, ${acknowledged.length} acknowledged, ${found} found whole, ${seq.n} events without gaps`)
})
