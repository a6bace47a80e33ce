// The SQLite page cache of a database file: 64 MiB unless DB_CACHE_MB names another size.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { build } from '../helper.js'

function tempPath (t: { teardown: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-cache-size-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  return join(dir, 'cache.db')
}

t.test('the server keeps 64 MiB of page cache for a database file by default', async (t) => {
  const app = await build(t, { DATABASE_PATH: tempPath(t) })
  t.equal(app.context.db.pragma('cache_size', { simple: true }), -65536)
})

t.test('DB_CACHE_MB sets the page cache in megabytes', async (t) => {
  const app = await build(t, { DATABASE_PATH: tempPath(t), DB_CACHE_MB: '8' })
  t.equal(app.context.db.pragma('cache_size', { simple: true }), -8192)
})

t.test('a DB_CACHE_MB that is not a positive number of megabytes is a configuration error', async (t) => {
  await t.rejects(build(t, { DB_CACHE_MB: '0' }), /DB_CACHE_MB/)
  await t.rejects(build(t, { DB_CACHE_MB: 'lots' }), /DB_CACHE_MB/)
})
