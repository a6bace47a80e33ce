import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import t from 'tap'
import { SAMPLE_ARTICLE_ID } from '../helper.js'
import { run, startServer } from '../process.js'

const CLI = 'src/cli/index.ts'

function tempDir (t: { teardown: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-backup-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

function articleRows (path: string): unknown[] {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    return db.prepare('SELECT * FROM articles ORDER BY id').all()
  } finally {
    db.close()
  }
}

t.test('backup copies the database while the server runs; the copy restores', async (t) => {
  const dir = tempDir(t)
  const live = join(dir, 'live.db')
  const copy = join(dir, 'copy.db')
  const server = await startServer({ DATABASE_PATH: live })
  t.teardown(() => server.stop())
  // A second article, written by another process while the server holds the database open.
  const page = join(dir, 'zweiter.txt')
  writeFileSync(page, 'Zweiter Artikel - Ein Titel\n\nVorspann.\n\nErster Absatz mit Straße und Öl.\n')
  t.equal((await run(CLI, ['import', page], { DATABASE_PATH: live })).code, 0)

  const backup = await run(CLI, ['backup', copy], { DATABASE_PATH: live })
  t.equal(backup.code, 0, backup.stderr)
  t.match(backup.stdout, /^backed up .*live\.db to .*copy\.db: \d+ pages, \d+ bytes$/m)
  t.equal((await fetch(`${server.url}/health`)).status, 200, 'the server kept serving')

  const copied = new Database(copy, { readonly: true })
  t.equal(copied.pragma('integrity_check', { simple: true }), 'ok')
  copied.close()
  const rows = articleRows(copy)
  t.equal(rows.length, 2)
  t.same(rows, articleRows(live), 'the copy holds the same articles, row for row')

  t.equal(await server.stop(), 0)
  const restored = await startServer({ DATABASE_PATH: copy })
  t.teardown(() => restored.stop())
  const list = await (await fetch(`${restored.url}/v1/articles`)).json() as { items: Array<{ id: string }> }
  t.equal(list.items.length, 2, 'a server started on the copy serves both articles')
  t.ok(list.items.some((item) => item.id === SAMPLE_ARTICLE_ID))
})

t.test('backup refuses to overwrite, to invent a database, or to write where it cannot', async (t) => {
  const dir = tempDir(t)
  const live = join(dir, 'live.db')
  t.equal((await run(CLI, ['migrate'], { DATABASE_PATH: live })).code, 0)
  const copy = join(dir, 'copy.db')
  t.equal((await run(CLI, ['backup', copy], { DATABASE_PATH: live })).code, 0)
  const again = await run(CLI, ['backup', copy], { DATABASE_PATH: live })
  t.equal(again.code, 73)
  t.match(again.stderr, /exists; pass --force/)
  t.equal((await run(CLI, ['backup', '--force', copy], { DATABASE_PATH: live })).code, 0)
  const missing = await run(CLI, ['backup', copy], { DATABASE_PATH: join(dir, 'nothing.db') })
  t.equal(missing.code, 66)
  t.match(missing.stderr, /no database at/)
  const nowhere = await run(CLI, ['backup', join(dir, 'no', 'such', 'dir', 'copy.db')], { DATABASE_PATH: live })
  t.equal(nowhere.code, 73)
  t.match(nowhere.stderr, /cannot write/)
  const itself = await run(CLI, ['backup', live], { DATABASE_PATH: live })
  t.equal(itself.code, 64)
  const twoFiles = await run(CLI, ['backup', 'a.db', 'b.db'], { DATABASE_PATH: live })
  t.equal(twoFiles.code, 64)
})
