// SIGTERM under load, against the real server: in-flight requests finish, new connections are refused, the database closes.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { Agent } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import Database from 'better-sqlite3'
import t from 'tap'
import { problemShapeErrors } from './helper.js'
import { send, parseResponse } from './net.js'
import { run, startServer, type Server } from './process.js'

function tempDir (t: { teardown: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-shutdown-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

async function createKey (databasePath: string): Promise<string> {
  const created = await run('src/cli/index.ts', ['keys', 'create', '--name', 'shutdown-test', '--scopes', 'content:write'], { DATABASE_PATH: databasePath })
  if (created.code !== 0) throw new Error(created.stderr)
  return created.stdout.trim()
}

/** Whether a new TCP connection to the port is refused. */
async function refused (port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => { socket.destroy(); resolve(false) })
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'))
  })
}

/**
 * Starts a POST whose body is only half sent, so the request is in flight until `finish` sends the rest;
 * `finish` resolves with the raw response.
 */
async function halfSentPost (port: number, key: string, title: string): Promise<{ finish: () => Promise<string> }> {
  const body = JSON.stringify({ title, status: 'published', sections: [{ blocks: [{ type: 'paragraph', text: 'Kurz vor Schluss.' }] }] })
  const socket = connect(port, '127.0.0.1')
  await new Promise((resolve) => socket.once('connect', resolve))
  let received = ''
  socket.on('data', (chunk: Buffer) => { received += chunk.toString('utf8') })
  socket.on('error', () => {})
  const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()))
  socket.write(`POST /v1/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`)
  socket.write(body.slice(0, 10))
  return {
    finish: async () => {
      socket.write(body.slice(10))
      await Promise.race([ended, sleep(5000)])
      socket.destroy()
      return received
    }
  }
}

async function exited (server: Server): Promise<number | null> {
  if (server.child.exitCode !== null) return server.child.exitCode
  return new Promise((resolve) => server.child.once('exit', (code) => resolve(code)))
}

t.test('SIGTERM under load: in-flight requests finish, new connections are refused, the database closes, exit 0', async (t) => {
  const databasePath = join(tempDir(t), 'beitrag.db')
  const key = await createKey(databasePath)
  // No overload 503s: on a loaded CI machine they would blur what this test counts (overload has its own test).
  const server = await startServer({
    DATABASE_PATH: databasePath, RATE_LIMIT_PER_MINUTE: '0', KEY_RATE_LIMIT_PER_MINUTE: '0', SHUTDOWN_GRACE_MS: '8000', MAX_EVENT_LOOP_DELAY_MS: '0'
  })
  t.teardown(() => server.child.kill('SIGKILL'))
  const port = Number(new URL(server.url).port)

  // Load: clients on keep-alive connections reading and writing until the server is gone.
  const agent = new Agent({ keepAlive: true, maxSockets: 6 })
  t.teardown(() => agent.destroy())
  const acknowledged: string[] = []
  const outcomes = new Map<string, number>()
  const count = (what: string): void => { outcomes.set(what, (outcomes.get(what) ?? 0) + 1) }
  let stopped = false
  const worker = async (n: number): Promise<void> => {
    for (let i = 0; !stopped; i++) {
      try {
        const answer = i % 2 === 0
          ? await send(port, { path: '/v1/articles?limit=5', agent })
          : await send(port, {
            method: 'POST',
            path: '/v1/articles',
            agent,
            headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
            body: JSON.stringify({ title: `Last ${n}-${i}`, status: 'published' })
          })
        count(String(answer.status))
        if (answer.status === 201) acknowledged.push((JSON.parse(answer.body) as { id: string }).id)
        if (answer.status >= 400) t.same(problemShapeErrors(answer.status, answer.headers['content-type'], answer.body), [], `${answer.status} is a problem`)
        if (answer.status === 503) t.equal(JSON.parse(answer.body).code, 'CONTENT_ERR_SHUTTING_DOWN')
      } catch (error) {
        // A refused connection, or one the server closed while idle: the request was never taken.
        count((error as NodeJS.ErrnoException).code ?? 'error')
        if (server.child.exitCode !== null || (error as NodeJS.ErrnoException).code === 'ECONNREFUSED') return
      }
    }
  }
  const workers = Array.from({ length: 6 }, async (_, n) => worker(n))

  await sleep(700)
  const inFlight = await halfSentPost(port, key, 'Im Flug beim Herunterfahren')
  await sleep(100)
  const sigtermAt = Date.now()
  server.child.kill('SIGTERM')

  let refusedAfter: number | undefined
  for (let i = 0; i < 100 && refusedAfter === undefined; i++) {
    if (await refused(port)) refusedAfter = Date.now() - sigtermAt
    else await sleep(20)
  }
  t.ok(refusedAfter !== undefined, `new connections are refused (after ${String(refusedAfter)} ms)`)
  t.equal(server.child.exitCode, null, 'while the in-flight request still holds the server open')

  const response = parseResponse(await inFlight.finish())
  t.equal(response.status, 201, 'the in-flight request completes')
  t.equal(response.headers.connection, 'close', 'and its connection is closed after it')
  acknowledged.push((JSON.parse(response.body) as { id: string }).id)

  const code = await exited(server)
  const took = Date.now() - sigtermAt
  stopped = true
  await Promise.all(workers)
  t.equal(code, 0, 'exit code 0')
  t.ok(took < 8000, `within the grace period (${took} ms)`)
  t.match(server.output(), /shutting down/)
  t.notMatch(server.output(), /"level":50/, 'nothing was logged as an error')
  t.ok((outcomes.get('201') ?? 0) > 0 && (outcomes.get('200') ?? 0) > 0, `the load was served: ${JSON.stringify(Object.fromEntries(outcomes))}`)
  for (const status of outcomes.keys()) {
    if (/^\d+$/.test(status)) t.ok(Number(status) < 500 || status === '503', `${status} is no server error`)
  }

  t.notOk(existsSync(`${databasePath}-wal`), 'the database was closed (its WAL checkpointed and removed)')
  const db = new Database(databasePath, { readonly: true })
  t.teardown(() => db.close())
  t.equal(db.pragma('integrity_check', { simple: true }), 'ok')
  const find = db.prepare<[string], { id: string }>('SELECT id FROM articles WHERE id = ?')
  t.equal(acknowledged.filter((id) => find.get(id) === undefined).length, 0, `all ${acknowledged.length} acknowledged writes are stored`)
})

t.test('a request that outlasts SHUTDOWN_GRACE_MS does not keep the process alive: exit 1 after the grace period', async (t) => {
  const databasePath = join(tempDir(t), 'beitrag.db')
  const key = await createKey(databasePath)
  const server = await startServer({ DATABASE_PATH: databasePath, SHUTDOWN_GRACE_MS: '1000', REQUEST_TIMEOUT_MS: '60000' })
  t.teardown(() => server.child.kill('SIGKILL'))
  const port = Number(new URL(server.url).port)
  const stuck = await halfSentPost(port, key, 'Kommt nie an')
  await sleep(100)
  const sigtermAt = Date.now()
  server.child.kill('SIGTERM')
  const code = await exited(server)
  const took = Date.now() - sigtermAt
  t.equal(code, 1)
  t.ok(took >= 900 && took < 4000, `after about 1000 ms (${took} ms)`)
  t.match(server.output(), /killed by timeout \(1000ms\)/)
  void stuck
})
