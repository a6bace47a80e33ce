// WORKERS=2 against the real server: both workers serve one port and one database, a dead worker is replaced, and
// SIGTERM stops them all gracefully.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import t from 'tap'
import { SAMPLE_ARTICLE_ID } from './helper.js'
import { startServer, type Server } from './process.js'

function workerPids (server: Server): number[] {
  return spawnSync('pgrep', ['-P', String(server.child.pid)], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).map(Number)
}

async function until (what: string, check: () => boolean, server: Server): Promise<void> {
  for (let waited = 0; !check(); waited += 50) {
    if (waited > 60_000) throw new Error(`timed out waiting for ${what}:\n${server.output()}`)
    await sleep(50)
  }
}

t.test('two workers share the port and the database, a dead one is replaced, SIGTERM stops them all', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-cluster-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  // Two processes compiling the TypeScript at once on a busy machine: give them longer than one.
  const server = await startServer({ DATABASE_PATH: join(dir, 'cluster.db'), WORKERS: '2', LOG_LEVEL: 'info' }, ['src/server.ts'], 90_000)
  t.teardown(async () => { await server.stop() })
  await until('both workers', () => server.output().includes('2 workers listening'), server)
  t.equal(server.output().match(/"msg":"database migrated"/g)?.length, 1, 'the primary migrated once, the workers found nothing to do')

  const workers = workerPids(server)
  t.equal(workers.length, 2)
  const served = new Set<string>()
  for (let i = 0; i < 8; i++) {
    const response = await fetch(`${server.url}/v1/articles/${SAMPLE_ARTICLE_ID}`, { headers: { connection: 'close' } })
    t.equal(response.status, 200)
    served.add(String((await response.json() as { title: string }).title))
  }
  t.same([...served], ['Wenig Substanz, aber PR-Erfolg für Kim'])

  process.kill(workers[0] as number, 'SIGKILL')
  await until('a replacement', () => server.output().includes('a worker died') && workerPids(server).length === 2 && !workerPids(server).includes(workers[0] as number), server)
  await until('the replacement to listen', () => (server.output().match(/Swagger UI at/g)?.length ?? 0) >= 3, server)
  t.equal((await fetch(`${server.url}/health`, { headers: { connection: 'close' } })).status, 200)

  const remaining = workerPids(server)
  t.equal(await server.stop(), 0, 'a clean exit')
  t.match(server.output(), /"msg":"shutting down"/)
  for (const pid of remaining) t.throws(() => process.kill(pid, 0), 'worker is gone')
})
