// The edge figures of `npm run bench`: Varnish with the shipped VCL in front of the API, on loopback. Cache hits
// through Varnish against bare Fastify serving the same bytes, the time from a write's 2xx to the new version at the
// edge, and how many requests reach the origin when 10,000 ask for one article right after its purge.
import { spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { get as httpGet } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { startEdge } from '../src/edge/varnish.js'
import type { Recorded } from './bare.js'

interface Target { path: string, headers?: Record<string, string> }
interface Figures { requestsPerSecond: number, p50: number, p99: number, errors: number, unexpected: number }
interface Running { child: ChildProcess, port: number, startupMs: number, stop: () => Promise<number | null> }

/** What bench/run.ts lends this module: its load generator, process starter and pinning. */
export interface EdgeBenchTools {
  root: string
  duration: number
  connections: number
  rounds: number
  serverCpu: string
  canPin: boolean
  freePort: () => Promise<number>
  combine: (rounds: Figures[]) => Figures
  startProcess: (command: string[], env: NodeJS.ProcessEnv, cpuList: string | null, readyPath: string) => Promise<Running>
}

export interface EdgeFigures {
  hits: {
    edge: Figures
    bare: Figures
    ratio: number
    articles: number
    pipelining: number
    /** CPU time the server spent per 1,000 answers (its processes' user + system time): what one core can serve. */
    cpuMsPer1000: { edge: number, bare: number, ratio: number }
  }
  purgeLatencyMs: { samples: number, p50: number, p95: number, p99: number, max: number }
  storm: { requests: number, connections: number, originRequests: number, non200: number, stale: number, seconds: number }
}

const ARTICLES = 20
/**
 * Requests in flight per connection for the hit figures. At one request per connection a loaded two-core machine
 * measures the load generator: autocannon's own cost per request caps both servers alike. Pipelined, both answer
 * as fast as they can, and the ratio is the servers'.
 */
const PIPELINING = 10
const PURGE_SAMPLES = 100
const STORM = 10_000
const STORM_CONNECTIONS = 100

function percentile (sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0
}

/** One answer's status, headers and body bytes exactly as sent (fetch would decompress a gzip body). */
async function raw (url: string, headers: Record<string, string>): Promise<{ status: number, headers: Record<string, string>, body: Buffer }> {
  return await new Promise((resolve, reject) => {
    httpGet(url, { headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        const kept: Record<string, string> = {}
        for (const [name, value] of Object.entries(response.headers)) {
          if (typeof value === 'string' && !['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'].includes(name)) kept[name] = value
        }
        resolve({ status: response.statusCode ?? 0, headers: kept, body: Buffer.concat(chunks) })
      })
      response.on('error', reject)
    }).on('error', reject)
  })
}

async function text (url: string, init: RequestInit = {}): Promise<{ status: number, body: string, headers: Headers }> {
  const response = await fetch(url, init)
  return { status: response.status, body: await response.text(), headers: response.headers }
}

/** GET /v1/articles/:id answers the origin has given so far, from its /metrics. */
async function originArticleRequests (api: string): Promise<number> {
  const metrics = (await text(`${api}/metrics`)).body
  let total = 0
  for (const match of metrics.matchAll(/^http_request_duration_seconds_count\{([^}]*)\} (\d+)/gm)) {
    if (match[1]?.includes('route="/v1/articles/:id"') === true && match[1].includes('method="GET"')) total += Number(match[2])
  }
  return total
}

async function until (condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 30_000
  while (!await condition()) {
    if (Date.now() > deadline) throw new Error(`edge bench: gave up waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
}

/** User + system CPU milliseconds a process and its children have used so far, from /proc. */
function cpuMs (pid: number): number {
  const ticks = (p: string): number => {
    try {
      // Fields after the command name (which may hold spaces): utime is the 12th, stime the 13th.
      const fields = readFileSync(`/proc/${p}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')
      return Number(fields[11]) + Number(fields[12])
    } catch {
      return 0
    }
  }
  const children = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean)
  return [String(pid), ...children].reduce((sum, p) => sum + ticks(p), 0) * 10
}

/** Load over `connections` connections with PIPELINING requests in flight on each, rotating over `targets`. */
async function pipelined (port: number, targets: Target[], seconds: number, connections: number): Promise<Figures & { total: number }> {
  let next = 0
  let unexpected = 0
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    pipelining: PIPELINING,
    duration: seconds,
    requests: [{
      setupRequest: (req) => {
        const target = targets[next++ % targets.length] as Target
        return { ...req, method: 'GET', path: target.path, headers: { ...(target.headers ?? {}) } }
      },
      onResponse: (status) => { if (status !== 200) unexpected++ }
    }]
  })
  return { requestsPerSecond: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts, unexpected, total: result.requests.total }
}

export async function edgeBench (tools: EdgeBenchTools, log: (line: string) => void): Promise<EdgeFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-bench-edge-'))
  const databasePath = join(dir, 'edge.db')
  const edgePort = await tools.freePort()
  const edgeUrl = `http://127.0.0.1:${edgePort}`
  const key = spawnSync(process.execPath, ['dist/cli/index.js', 'keys', 'create', '--name', 'bench', '--scopes', 'content:write'], {
    cwd: tools.root, env: { ...process.env, DATABASE_PATH: databasePath, LOG_LEVEL: 'warn' }, encoding: 'utf8'
  }).stdout.trim()
  if (!key.startsWith('btr_')) throw new Error('edge bench: could not create an API key')
  const api = await tools.startProcess([process.execPath, 'dist/server.js'], {
    ...process.env,
    DATABASE_PATH: databasePath,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    SEED_SAMPLE: 'false',
    RATE_LIMIT_PER_MINUTE: '0',
    KEY_RATE_LIMIT_PER_MINUTE: '0',
    MAX_EVENT_LOOP_DELAY_MS: '0',
    EDGE_PURGE_URLS: edgeUrl
  }, tools.serverCpu, '/ready')
  const origin = `http://127.0.0.1:${api.port}`
  const edge = await startEdge({ origin, port: edgePort, storage: 'malloc,256m' })
  // Varnish on the server's core, as the API and bare Fastify are: the load generator keeps the other.
  if (tools.canPin) {
    const children = spawnSync('pgrep', ['-P', String(edge.child.pid)], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean)
    for (const pid of [String(edge.child.pid), ...children]) spawnSync('taskset', ['-a', '-pc', tools.serverCpu, pid], { stdio: 'ignore' })
  }
  let bare: Running | undefined
  try {
    const write = { authorization: `Bearer ${key}`, 'content-type': 'application/json' }
    const ids: string[] = []
    for (let i = 0; i < ARTICLES; i++) {
      const created = await text(`${origin}/v1/articles`, {
        method: 'POST',
        headers: write,
        body: JSON.stringify({
          title: `Bench ${i}: Grüße aus Köln`,
          teaser: 'Tausende feiern am Wochenende am Rheinufer.',
          breadcrumb: ['Nachrichten', 'Regional'],
          status: 'published',
          sections: [{ heading: null, blocks: Array.from({ length: 8 }, (_, n) => ({ type: 'paragraph', text: `Absatz ${n}: Das Straßenfest zieht Tausende an, Musik, Essen und Führungen über die Brücken.` })) }]
        })
      })
      if (created.status !== 201) throw new Error(`edge bench: POST answered ${created.status}: ${created.body.slice(0, 200)}`)
      ids.push((JSON.parse(created.body) as { id: string }).id)
    }

    // --- hits: the same requests, answered from Varnish's cache and by bare Fastify from memory -------------------
    const targets: Target[] = ids.map((id) => ({ path: `/v1/articles/${id}`, headers: { 'accept-encoding': 'gzip' } }))
    const recorded: Recorded[] = []
    for (const target of targets) {
      const answer = await raw(`${origin}${target.path}`, target.headers ?? {})
      recorded.push({ url: target.path, status: answer.status, headers: answer.headers, body: answer.body.toString('base64') })
      // Twice through the edge: stored, then a hit.
      await text(`${edgeUrl}${target.path}`, { headers: target.headers })
      const hit = await text(`${edgeUrl}${target.path}`, { headers: target.headers })
      if (hit.headers.get('x-cache') !== 'HIT') throw new Error(`edge bench: ${target.path} is not cached at the edge`)
    }
    const recordedFile = join(dir, 'recorded.json')
    writeFileSync(recordedFile, JSON.stringify(recorded))
    bare = await tools.startProcess([process.execPath, '--import', 'tsx', 'bench/bare.ts', recordedFile, '{port}'], process.env, tools.serverCpu, '/__ready')
    const warmup = Math.max(1, Math.min(3, Math.floor(tools.duration / 3)))
    const cpu = { edge: { ms: 0, answers: 0 }, bare: { ms: 0, answers: 0 } }
    const hits = async (which: 'edge' | 'bare', port: number, pid: number, seconds: number, counted = true): Promise<Figures> => {
      const before = cpuMs(pid)
      const figures = await pipelined(port, targets, seconds, tools.connections)
      if (counted) {
        cpu[which].ms += cpuMs(pid) - before
        cpu[which].answers += figures.total
      }
      return figures
    }
    const barePid = bare.child.pid ?? 0
    const edgePid = edge.child.pid ?? 0
    await hits('bare', bare.port, barePid, warmup, false)
    await hits('edge', edgePort, edgePid, warmup, false)
    const bareRounds: Figures[] = []
    const edgeRounds: Figures[] = []
    for (let round = 0; round < tools.rounds; round++) {
      bareRounds.push(await hits('bare', bare.port, barePid, tools.duration / tools.rounds))
      edgeRounds.push(await hits('edge', edgePort, edgePid, tools.duration / tools.rounds))
    }
    await bare.stop()
    bare = undefined
    const perThousand = (c: { ms: number, answers: number }): number => Math.round(c.ms / Math.max(1, c.answers) * 1000 * 10) / 10
    const cpuMsPer1000 = { edge: perThousand(cpu.edge), bare: perThousand(cpu.bare), ratio: 0 }
    cpuMsPer1000.ratio = Math.round(cpuMsPer1000.bare / Math.max(0.1, cpuMsPer1000.edge) * 100) / 100
    const hitFigures = { edge: tools.combine(edgeRounds), bare: tools.combine(bareRounds), ratio: 0, articles: ARTICLES, pipelining: PIPELINING, cpuMsPer1000 }
    hitFigures.ratio = Math.round(hitFigures.edge.requestsPerSecond / hitFigures.bare.requestsPerSecond * 100) / 100
    log(`  edge hits        ${hitFigures.edge.requestsPerSecond} req/s through Varnish, bare Fastify ${hitFigures.bare.requestsPerSecond} req/s, ratio ${hitFigures.ratio}; CPU per 1,000 answers ${cpuMsPer1000.edge} ms vs ${cpuMsPer1000.bare} ms (${cpuMsPer1000.ratio}× fewer)`)

    // --- purge latency: from the write's 2xx to the first answer at the edge with the new version -------------------
    const latencies: number[] = []
    for (let i = 0; i < PURGE_SAMPLES; i++) {
      const id = ids[i % ids.length] as string
      const path = `${edgeUrl}/v1/articles/${id}`
      await text(path)
      if ((await text(path)).headers.get('x-cache') !== 'HIT') throw new Error(`edge bench: ${path} not cached before the write`)
      const title = `Bench ${i}: Straßenfest, Fassung ${i}`
      const written = await text(`${origin}/v1/articles/${id}`, { method: 'PATCH', headers: { ...write, 'if-match': '*' }, body: JSON.stringify({ title }) })
      const at = performance.now()
      if (written.status !== 200) throw new Error(`edge bench: PATCH answered ${written.status}`)
      await until(async () => (JSON.parse((await text(path)).body) as { title: string }).title === title, 'the new version at the edge')
      latencies.push(performance.now() - at)
    }
    latencies.sort((a, b) => a - b)
    const round = (ms: number): number => Math.round(ms * 10) / 10
    const purgeLatencyMs = { samples: latencies.length, p50: round(percentile(latencies, 0.5)), p95: round(percentile(latencies, 0.95)), p99: round(percentile(latencies, 0.99)), max: round(latencies.at(-1) ?? 0) }
    log(`  purge latency    p50 ${purgeLatencyMs.p50} ms  p95 ${purgeLatencyMs.p95} ms  p99 ${purgeLatencyMs.p99} ms  (${latencies.length} writes)`)

    // --- storm: 10,000 requests for one article right after its purge ------------------------------------------------
    const id = ids[0] as string
    const path = `/v1/articles/${id}`
    await text(`${edgeUrl}${path}`)
    const title = 'Bench: Sturm nach dem Purge, Grüße aus Köln'
    await text(`${origin}${path}`, { method: 'PATCH', headers: { ...write, 'if-match': '*' }, body: JSON.stringify({ title }) })
    await until(async () => /beitrag_edge_purge_lag_events\{[^}]*\} 0$/m.test((await text(`${origin}/metrics`)).body), 'the purge acknowledged')
    const before = await originArticleRequests(origin)
    let non200 = 0
    let stale = 0
    const started = performance.now()
    await autocannon({
      url: edgeUrl,
      connections: STORM_CONNECTIONS,
      amount: STORM,
      requests: [{
        method: 'GET',
        path,
        onResponse: (status, body) => {
          if (status !== 200) non200++
          else if (!body.includes('Sturm nach dem Purge')) stale++
        }
      }]
    })
    const seconds = Math.round((performance.now() - started) / 10) / 100
    const originRequests = (await originArticleRequests(origin)) - before
    const storm = { requests: STORM, connections: STORM_CONNECTIONS, originRequests, non200, stale, seconds }
    log(`  storm            ${STORM} requests (${STORM_CONNECTIONS} connections) after a purge: ${originRequests} reached the origin, ${stale} stale, ${non200} not 200`)
    return { hits: hitFigures, purgeLatencyMs, storm }
  } finally {
    await bare?.stop()
    await edge.stop()
    await api.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
