import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { loadMigrations, migrate } from '../../src/db/migrate.js'
import { openDatabase } from '../../src/db/open.js'

function migrationsDir (t: { teardown: (fn: () => void) => void }, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-migrations-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  for (const [name, sql] of Object.entries(files)) writeFileSync(join(dir, name), sql)
  return `${dir}/`
}

function tables (db: ReturnType<typeof openDatabase>): string[] {
  return db.prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all().map((row) => row.name)
}

t.test('the project\'s migrations apply once, in order', async (t) => {
  const db = openDatabase(':memory:')
  t.teardown(() => db.close())
  const migrations = loadMigrations()
  t.same(migrate(db), migrations.map((m) => m.name))
  t.equal(db.pragma('user_version', { simple: true }), migrations.length)
  t.same(migrate(db), [], 'nothing left to apply')
  t.ok(tables(db).includes('articles'))
  t.equal(db.pragma('foreign_keys', { simple: true }), 1)
  t.equal(db.pragma('integrity_check', { simple: true }), 'ok')
})

t.test('tables are STRICT', async (t) => {
  const db = openDatabase(':memory:')
  t.teardown(() => db.close())
  migrate(db)
  t.throws(() => db.prepare("INSERT INTO app_state (key, value) VALUES ('k', ?)").run(Buffer.from('x')), /cannot store BLOB value/)
})

t.test('a failing migration leaves the database as it was', async (t) => {
  const dir = migrationsDir(t, {
    '0001-first.sql': 'CREATE TABLE one (id INTEGER PRIMARY KEY) STRICT;',
    '0002-broken.sql': 'CREATE TABLE two (id INTEGER PRIMARY KEY) STRICT; INSERT INTO one VALUES (1); SELECT nonsense FROM nowhere;'
  })
  const db = openDatabase(':memory:')
  t.teardown(() => db.close())
  t.throws(() => migrate(db, loadMigrations(dir)), /no such table: nowhere/)
  t.equal(db.pragma('user_version', { simple: true }), 1, 'the first migration stays applied')
  t.same(tables(db), ['one'], 'nothing of the second remains')
  t.same(db.prepare('SELECT count(*) AS n FROM one').get(), { n: 0 })
})

t.test('a database newer than the code is refused', async (t) => {
  const db = openDatabase(':memory:')
  t.teardown(() => db.close())
  db.pragma('user_version = 99')
  t.throws(() => migrate(db), /schema version 99 is newer than this release knows/)
})

t.test('numbering gaps are refused', async (t) => {
  const dir = migrationsDir(t, { '0001-a.sql': 'SELECT 1;', '0003-c.sql': 'SELECT 1;', 'README.md': 'not a migration' })
  t.throws(() => loadMigrations(dir), /0003-c\.sql is out of sequence: expected number 2/)
})

t.test('migration 0002 indexes existing articles as the repository indexes new ones', async (t) => {
  const { build, articleInput } = await import('../helper.js')
  const app = await build(t)
  app.context.articleStore.save(articleInput({ breadcrumb: ['Nachrichten', 'Politik'], tags: ['Wahl', 'Wahl', 'Köln'] }), '2025-01-01T00:00:00.000Z')
  const current = app.context.db

  const old = openDatabase(':memory:')
  t.teardown(() => old.close())
  const [first, second] = loadMigrations()
  migrate(old, [first!])
  const columns = (table: string) => (old.prepare(`SELECT name FROM pragma_table_xinfo('${table}') WHERE hidden = 0`).all() as Array<{ name: string }>).map((c) => c.name)
  for (const table of ['articles', 'sections', 'media', 'article_media']) {
    const names = columns(table).filter((name) => name !== 'listed_at')
    const insert = old.prepare(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`)
    for (const row of current.prepare(`SELECT ${names.join(', ')} FROM ${table}`).all() as Array<Record<string, unknown>>) insert.run(row)
  }
  migrate(old, [first!, second!])

  // Migration 0008 later splits the index into search_public and search_hidden, and 0013 makes it stems the
  // application writes at start-up: through every migration and the re-index, the index holds what the repository
  // writes for a new article, term by term and position by position.
  migrate(old)
  const { openRepositories } = await import('../../src/repositories/index.js')
  const repositoriesOf = (db: typeof old) => openRepositories(db, { publicBaseUrl: 'https://www.example.org', publicApiUrl: 'https://api.example.org' })
  const { reindexQueued } = await import('../../src/repositories/search-reindex.js')
  t.equal(reindexQueued(old, repositoriesOf(old).articles, repositoriesOf(old).search, '2025-01-01T00:00:00.000Z'), (current.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n)
  const instances = (db: typeof old): unknown[] => {
    db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms USING fts5vocab(main, search_public, instance)')
    return db.prepare('SELECT term, doc, col, offset FROM temp.search_terms ORDER BY doc, col, offset').all()
  }
  const terms = instances(current)
  t.ok(terms.length > 10, 'the article is indexed')
  t.same(instances(old), terms, 'the same search rows')
  const categories = 'SELECT * FROM article_categories ORDER BY article_id, path'
  t.same(old.prepare(categories).all(), current.prepare(categories).all(), 'the same categories')
  const tags = 'SELECT article_id, tag FROM article_tags ORDER BY article_id, tag'
  t.same(old.prepare(tags).all(), current.prepare(tags).all(), 'the same tags')
  // Migration 0011 fills in the keys filters match by (and category ids and slugs) as the repositories write them.
  migrate(old)
  for (const [table, order] of [['article_categories', 'article_id, path'], ['article_tags', 'article_id, tag']]) {
    const all = `SELECT * FROM ${table} ORDER BY ${order ?? ''}`
    t.same(old.prepare(all).all(), current.prepare(all).all(), `${table}: 0011's keys are the repository's`)
  }
})
