// Migration 0014 rebuilds sections and revisions (rowid tables, packed snapshots) without losing or changing a row:
// a database written at 0013 reads the same through the API once migrated.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { loadMigrations, migrate } from '../../src/db/migrate.js'
import { openDatabase } from '../../src/db/open.js'
import { unpackJson } from '../../src/db/packed-json.js'
import { articleWrite, build, keyHeaders } from '../helper.js'

// Tables an article's history lives in, copied from a current database into one at migration 0013.
const CONTENT = ['articles', 'sections', 'media', 'article_media', 'article_categories', 'article_tags', 'article_links',
  'article_revisions', 'article_events', 'feed_public', 'feed_due', 'slug_history', 'import_bases', 'app_state']

t.test('0014 keeps every revision and section of a database written at 0013', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-0014-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))

  // The history to keep: articles written, edited, one deleted (its revisions stay), through the API.
  const source = await build(t, { SEED_SAMPLE: 'false' })
  const writer = keyHeaders(source, ['content:write', 'content:preview'])
  const ids: string[] = []
  for (let n = 0; n < 4; n++) {
    const created = await source.inject({ method: 'POST', url: '/v1/articles', headers: writer, payload: articleWrite({ title: `Grüße aus Köln, Teil ${n}`, status: n === 3 ? 'draft' : 'published' }) })
    t.equal(created.statusCode, 201)
    const { id } = created.json()
    ids.push(id)
    for (let edit = 1; edit <= n; edit++) {
      const etag = (await source.inject({ url: `/v1/articles/${id}`, headers: writer })).headers.etag as string
      const patched = await source.inject({ method: 'PATCH', url: `/v1/articles/${id}`, headers: { ...writer, 'if-match': etag, 'content-type': 'application/merge-patch+json' }, payload: { teaser: `Fassung ${edit}: Straßenfest mit Übernachtung` } })
      t.equal(patched.statusCode, 200)
    }
  }
  const deletedEtag = (await source.inject({ url: `/v1/articles/${ids[1]}`, headers: writer })).headers.etag as string
  t.equal((await source.inject({ method: 'DELETE', url: `/v1/articles/${ids[1]}`, headers: { ...writer, 'if-match': deletedEtag } })).statusCode, 204)

  // The same rows in a database at 0013, where snapshots are JSON text.
  const path = join(dir, 'beitrag.db')
  const old = openDatabase(path)
  migrate(old, loadMigrations().slice(0, 13))
  t.equal(old.pragma('user_version', { simple: true }), 13)
  const current = source.context.db
  for (const table of CONTENT) {
    const columns = (old.prepare(`SELECT name FROM pragma_table_xinfo('${table}') WHERE hidden = 0`).all() as Array<{ name: string }>).map((c) => c.name)
    const insert = old.prepare(`INSERT OR REPLACE INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`)
    for (const row of current.prepare(`SELECT ${columns.join(', ')} FROM ${table}`).all() as Array<Record<string, unknown>>) {
      insert.run(row.snapshot instanceof Uint8Array ? { ...row, snapshot: unpackJson(row.snapshot) } : row)
    }
  }
  const revisionCount = (old.prepare('SELECT count(*) AS n FROM article_revisions').get() as { n: number }).n
  t.equal(revisionCount, 1 + 2 + 3 + 4, 'every version of every article, the deleted one included')
  old.close()

  // Migrated by the service's own start-up, then read through the API.
  const migrated = await build(t, { DATABASE_PATH: path, SEED_SAMPLE: 'false' })
  const db = migrated.context.db
  t.equal(db.pragma('user_version', { simple: true }), loadMigrations().length)
  t.equal(db.pragma('integrity_check', { simple: true }), 'ok')
  t.same(db.pragma('foreign_key_check'), [])
  t.equal((db.prepare('SELECT count(*) AS n FROM article_revisions').get() as { n: number }).n, revisionCount, 'no revision lost')
  t.same(db.prepare("SELECT count(*) AS n FROM article_revisions WHERE typeof(snapshot) <> 'blob'").get(), { n: 0 }, 'every snapshot is packed')
  const sections = 'SELECT article_id, position, heading, blocks FROM sections ORDER BY article_id, position'
  t.same(db.prepare(sections).all(), current.prepare(sections).all(), 'the same sections')

  const reader = keyHeaders(migrated, ['content:preview'])
  const sourceReader = keyHeaders(source, ['content:preview'])
  for (const id of ids) {
    const list = await migrated.inject({ url: `/v1/articles/${id}/revisions`, headers: reader })
    t.same(list.json(), (await source.inject({ url: `/v1/articles/${id}/revisions`, headers: sourceReader })).json(), `${id}: the same list of revisions`)
    for (const { version } of list.json().items as Array<{ version: number }>) {
      const after = await migrated.inject({ url: `/v1/articles/${id}/revisions/${version}`, headers: reader })
      const before = await source.inject({ url: `/v1/articles/${id}/revisions/${version}`, headers: sourceReader })
      t.equal(after.statusCode, 200)
      t.same(after.json(), before.json(), `${id} v${version}: the same revision`)
    }
  }
  const kept = (await migrated.inject({ url: `/v1/articles/${ids[3]}/revisions/4`, headers: reader })).json()
  t.equal(kept.article.teaser, 'Fassung 3: Straßenfest mit Übernachtung', 'umlauts and ß survive packing')

  // The migrated history is written on as before: a restore reads a packed snapshot and adds a revision.
  const writerAfter = keyHeaders(migrated, ['content:write', 'content:preview'])
  const etag = (await migrated.inject({ url: `/v1/articles/${ids[2]}`, headers: writerAfter })).headers.etag as string
  const restored = await migrated.inject({ method: 'POST', url: `/v1/articles/${ids[2]}/revisions/1/restore`, headers: { ...writerAfter, 'if-match': etag } })
  t.equal(restored.statusCode, 200)
  t.equal(restored.json().version, 4)
  t.equal(restored.json().teaser, articleWrite().teaser, 'version 1 restored')
})
