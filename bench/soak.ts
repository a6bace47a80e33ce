// `npm run soak`: mixed reads and writes against the built server on 127.0.0.1 for a bounded time; reports errors
// (must be 0), p99 latency over time and the server's RSS over time (must stay flat). Exits 1 when either fails.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { integerOption } from './options.js'

const USAGE = `usage: npm run soak -- [--duration <seconds>] [--concurrency <n>] [--interval <seconds>] [--max-requests <n>]
  --duration       how long to run, 5 to 3600 seconds (default 60)
  --concurrency    parallel clients, 1 to 64 (default 8)
  --interval       seconds per line of the report (default 5)
  --max-requests   stop after this many requests whatever the time (default 2000000)
The server is started here, on 127.0.0.1 only, over a new database in a temporary folder.`

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const HOST = '127.0.0.1'

function integer (value: string | undefined, fallback: number, min: number, max: number, name: string): number {
  return integerOption(value, fallback, min, max, name, USAGE)
}

const { values } = parseArgs({
  options: {
    duration: { type: 'string' },
    concurrency: { type: 'string' },
    interval: { type: 'string' },
    'max-requests': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false }
  }
})
if (values.help) {
  process.stdout.write(`${USAGE}\n`)
  process.exit(0)
}
const durationS = integer(values.duration, 60, 5, 3600, 'duration')
const concurrency = integer(values.concurrency, 8, 1, 64, 'concurrency')
const intervalS = integer(values.interval, 5, 1, 600, 'interval')
const maxRequests = integer(values['max-requests'], 2_000_000, 1, 100_000_000, 'max-requests')

async function freePort (): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, HOST, () => {
      const address = probe.address()
      probe.close(() => { resolve(typeof address === 'object' && address !== null ? address.port : 0) })
    })
  })
}

interface Answer { status: number, etag: string | undefined, body: string }

const agent = new Agent({ keepAlive: true, maxSockets: concurrency })
let port = 0

async function call (method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: HOST, port, method, path, agent, headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, etag: response.headers.etag, body: Buffer.concat(chunks).toString('utf8') }))
      response.on('error', reject)
    })
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}

function rssKiB (pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
  } catch {
    return Number(spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).stdout.trim() || 0)
  }
}

function percentile (sorted: number[], p: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0
}

const mean = (numbers: number[]): number => numbers.reduce((a, b) => a + b, 0) / Math.max(1, numbers.length)

// --- set up: a fresh database, a key, the built server -------------------------------------------------------
const dir = mkdtempSync(join(tmpdir(), 'beitrag-soak-'))
const env = { ...process.env, DATABASE_PATH: join(dir, 'soak.db'), HOST, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0', KEY_RATE_LIMIT_PER_MINUTE: '0' }
const created = spawnSync(process.execPath, ['dist/cli/index.js', 'keys', 'create', '--name', 'soak', '--scopes', 'content:write,content:preview'], { cwd: ROOT, env, encoding: 'utf8' })
if (created.status !== 0) throw new Error(`could not create a key: ${created.stderr}`)
const auth = { authorization: `Bearer ${created.stdout.trim()}` }
port = await freePort()
const server = spawn(process.execPath, ['dist/server.js'], { cwd: ROOT, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'inherit', 'inherit'] })
const serverPid = server.pid ?? 0
process.on('exit', () => { if (server.exitCode === null) server.kill('SIGKILL'); rmSync(dir, { recursive: true, force: true }) })
for (let tries = 0; ; tries++) {
  try {
    if ((await call('GET', '/ready')).status === 200) break
  } catch {}
  if (tries > 200 || server.exitCode !== null) throw new Error('the server did not start')
  await new Promise((resolve) => setTimeout(resolve, 100))
}

function articleBody (title: string): string {
  return JSON.stringify({
    title,
    teaser: 'Ein Vorspann für den Dauertest.',
    status: 'published',
    breadcrumb: ['Nachrichten', ['Politik', 'Wirtschaft', 'Sport'][title.length % 3] ?? 'Politik'],
    tags: ['soak'],
    sections: [
      { heading: null, blocks: [{ type: 'paragraph', text: `${title}: Gespräche über Straßen, Brücken und Häfen.` }] },
      { heading: 'Hintergrund', blocks: [{ type: 'paragraph', text: 'Fünf Stunden dauerten die Gespräche in Wladiwostok.' }] }
    ]
  })
}

const ids: string[] = []
for (let i = 0; i < 30; i++) {
  const answer = await call('POST', '/v1/articles', { ...auth, 'content-type': 'application/json' }, articleBody(`Startartikel ${i}`))
  if (answer.status !== 201) throw new Error(`seeding failed: ${answer.status} ${answer.body}`)
  ids.push((JSON.parse(answer.body) as { id: string }).id)
}

// --- the load ---------------------------------------------------------------------------------------------------
interface Window { latencies: number[], errors: number }
let window: Window = { latencies: [], errors: 0 }
const report: Array<{ second: number, requests: number, p50: number, p99: number, rssMiB: number, errors: number }> = []
let total = 0
let errors = 0
const errorKinds = new Map<string, number>()
const started = Date.now()
const deadline = started + durationS * 1000
const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)] as T

function fail (what: string): void {
  errors++
  window.errors++
  errorKinds.set(what, (errorKinds.get(what) ?? 0) + 1)
}

/** One client's session: mostly reads as a frontend makes them, some editorial writes on an article of its own. */
async function client (n: number): Promise<void> {
  let own: { id: string, etag: string } | undefined
  let cachedList: string | undefined
  for (let i = 0; Date.now() < deadline && total < maxRequests; i++) {
    total++
    const roll = Math.random()
    const t0 = process.hrtime.bigint()
    try {
      let answer: Answer
      let ok: (status: number) => boolean = (status) => status === 200
      if (roll < 0.30) {
        answer = await call('GET', `/v1/articles?limit=20${Math.random() < 0.3 ? '&category=Politik' : ''}`)
      } else if (roll < 0.40) {
        answer = await call('GET', '/v1/articles?limit=20', cachedList === undefined ? {} : { 'if-none-match': cachedList })
        ok = (status) => status === 200 || status === 304
        if (answer.status === 200) cachedList = answer.etag
      } else if (roll < 0.55) {
        answer = await call('GET', `/v1/articles/${pick(ids)}`)
        ok = (status) => status === 200 || status === 404
      } else if (roll < 0.65) {
        answer = await call('GET', `/v1/search?q=${encodeURIComponent(pick(['gespraeche', 'Wladi*', 'Straße', 'Häfen OR Brücken']))}&limit=10`)
      } else if (roll < 0.70) {
        answer = await call('GET', `/v1/articles/${pick(ids)}/sections/1`)
        ok = (status) => status === 200 || status === 404
      } else if (roll < 0.75) {
        answer = await call('GET', '/v1/categories')
      } else if (own === undefined || roll < 0.78) {
        answer = await call('POST', '/v1/articles', { ...auth, 'content-type': 'application/json' }, articleBody(`Artikel ${n}-${i}`))
        ok = (status) => status === 201
        if (answer.status === 201) {
          own = { id: (JSON.parse(answer.body) as { id: string }).id, etag: answer.etag ?? '*' }
          ids.push(own.id)
        }
      } else if (roll < 0.97) {
        const patch = roll < 0.88
        answer = await call(patch ? 'PATCH' : 'PUT', `/v1/articles/${own.id}`,
          { ...auth, 'if-match': own.etag, 'content-type': patch ? 'application/merge-patch+json' : 'application/json' },
          patch ? JSON.stringify({ teaser: `Geändert ${i}` }) : articleBody(`Artikel ${n}-${i} neu`))
        if (answer.status === 200) own.etag = answer.etag ?? '*'
      } else {
        answer = await call('DELETE', `/v1/articles/${own.id}`, { ...auth, 'if-match': own.etag })
        ok = (status) => status === 204
        own = undefined
      }
      if (!ok(answer.status)) fail(`HTTP ${answer.status}`)
    } catch (error) {
      fail((error as NodeJS.ErrnoException).code ?? 'error')
    }
    window.latencies.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
}

const ticker = setInterval(() => {
  const { latencies, errors: windowErrors } = window
  window = { latencies: [], errors: 0 }
  latencies.sort((a, b) => a - b)
  const line = {
    second: Math.round((Date.now() - started) / 1000),
    requests: latencies.length,
    p50: Number(percentile(latencies, 0.5).toFixed(2)),
    p99: Number(percentile(latencies, 0.99).toFixed(2)),
    rssMiB: Number((rssKiB(serverPid) / 1024).toFixed(1)),
    errors: windowErrors
  }
  report.push(line)
  process.stdout.write(`t=${String(line.second).padStart(4)}s  ${String(Math.round(line.requests / intervalS)).padStart(5)} req/s  p50 ${line.p50.toFixed(2).padStart(6)} ms  p99 ${line.p99.toFixed(2).padStart(7)} ms  rss ${line.rssMiB.toFixed(1).padStart(6)} MiB  errors ${line.errors}\n`)
}, intervalS * 1000)

process.stdout.write(`soak: ${durationS} s, ${concurrency} clients, server pid ${serverPid} on ${HOST}:${port}\n`)
await Promise.all(Array.from({ length: concurrency }, async (_, n) => client(n)))
clearInterval(ticker)
agent.destroy()

server.kill('SIGTERM')
const exitCode = await new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)))

// --- verdict: the first quarter is warm-up (JIT, caches); compare the rest's start with its end --------------------
const settled = report.slice(Math.max(1, Math.floor(report.length / 4)))
const half = Math.max(1, Math.floor(settled.length / 2))
const early = settled.slice(0, half)
const late = settled.slice(-half)
const rssEarly = mean(early.map((line) => line.rssMiB))
const rssLate = mean(late.map((line) => line.rssMiB))
const p99Early = mean(early.map((line) => line.p99))
const p99Late = mean(late.map((line) => line.p99))
// Flat: RSS grows by less than a tenth (or 16 MiB), and p99 does not double, from the early to the late half.
const rssFlat = rssLate - rssEarly < Math.max(16, rssEarly * 0.1)
const p99Flat = p99Late <= Math.max(2 * p99Early, p99Early + 5)
const summary = {
  durationSeconds: durationS,
  concurrency,
  requests: total,
  errors,
  errorKinds: Object.fromEntries(errorKinds),
  p99Ms: { early: Number(p99Early.toFixed(2)), late: Number(p99Late.toFixed(2)), max: Math.max(...report.map((line) => line.p99)) },
  rssMiB: { early: Number(rssEarly.toFixed(1)), late: Number(rssLate.toFixed(1)), max: Math.max(...report.map((line) => line.rssMiB)) },
  rssFlat,
  p99Flat,
  serverExitCode: exitCode
}
process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`)
const passed = errors === 0 && rssFlat && p99Flat && exitCode === 0
process.stdout.write(passed ? 'soak passed\n' : 'soak FAILED\n')
process.exit(passed ? 0 : 1)
