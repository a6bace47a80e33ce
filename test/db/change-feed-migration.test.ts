// Migration 0005 on a database that already holds content: the change feed starts with what is public then.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { loadMigrations, migrate } from '../../src/db/migrate.js'
import { openDatabase } from '../../src/db/open.js'
import { build, keyHeaders } from '../helper.js'

t.test('existing public articles open the feed; scheduled ones are recorded when their time comes', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-0005-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const path = join(dir, 'old.db')
  const db = openDatabase(path)
  migrate(db, loadMigrations().filter((migration) => migration.version < 5))
  const insert = db.prepare(`INSERT INTO articles (id, seq, slug, title, language, status, published_at, created_at, updated_at)
    VALUES (?, ?, ?, ?, 'de', ?, ?, '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z')`)
  const event = db.prepare("INSERT INTO article_events (article_id, type, version, at) VALUES (?, ?, 1, '2020-01-01T00:00:00.000Z')")
  const rows: Array<[string, string, string | null]> = [
    ['public0000000001', 'published', '2020-01-01T00:00:00.000Z'],
    ['undated000000002', 'published', null],
    ['draft00000000003', 'draft', null],
    ['gone000000000004', 'unpublished', '2020-01-01T00:00:00.000Z'],
    ['later00000000005', 'scheduled', '2999-01-01T00:00:00.000Z']
  ]
  rows.forEach(([id, status, publishedAt], i) => {
    insert.run(id, i + 1, `artikel-${i}`, `Straßenfest ${i}`, status, publishedAt)
    event.run(id, 'created')
    if (status !== 'draft') event.run(id, status)
  })
  db.close()

  let now = new Date('2026-01-01T00:00:00.000Z')
  const app = await build(t, { SEED_SAMPLE: 'false', DATABASE_PATH: path }, { clock: () => now })
  const partner = keyHeaders(app, ['partner'])
  const feed = async () => (await app.inject({ url: '/v1/changes?limit=1000', headers: partner })).json().items as Array<{ type: string, articleId: string, at: string }>
  t.same((await feed()).map((item) => [item.type, item.articleId]), [['published', 'public0000000001'], ['published', 'undated000000002']])
  const trail = (await app.inject({ url: '/v1/articles/public0000000001/events', headers: keyHeaders(app, ['content:preview']) })).json()
  t.same(trail.items.map((item: { type: string }) => item.type), ['created', 'published'], 'the audit trail keeps its history')
  now = new Date('2999-01-01T00:00:00.000Z')
  t.same((await feed()).at(-1), { type: 'publication_reached', articleId: 'later00000000005', at: '2999-01-01T00:00:00.000Z', version: 1 })
})
