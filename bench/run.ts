// `npm run bench`: the API against a bare Fastify server serving the same bytes, in one run, over a generated corpus.
// Every figure is also a ratio to that ceiling, because absolute numbers on a shared machine drift between runs.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { createServer } from 'node:net'
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import Database from 'better-sqlite3'
import { migrate } from '../src/db/migrate.js'
import { openDatabase } from '../src/db/open.js'
import type { Recorded } from './bare.js'
import { COMMON_WORD, RARE_WORD, ensureCorpus, type CorpusReport } from './corpus.js'
import { deepPageCursor } from './cursor.js'
import { diskMarkdown, diskReport } from './disk.js'
import { edgeBench, type EdgeFigures } from './edge.js'
import { integerOption } from './options.js'
import { targetRows, targetsMarkdown } from './targets.js'

const USAGE = `usage: npm run bench -- [options]
  --articles <n>      corpus size: 1000 (default), 100000, 1000000 or any from 100 to 2000000
  --duration <s>      seconds of load per scenario and server, 1 to 600 (default 10)
  --connections <n>   concurrent connections, 1 to 1000 (default 10)
  --scenarios <list>  comma-separated, default all: article,article-br,slug,revalidate,list,deep,search-common,search-rare,
                      search-filtered,search-rare-filtered,search-facets,search-newest,search-repeat,ninjs,jsonld,feed-rss,
                      feed-json,feed-json-br,feed-revalidate,categories,edge (Varnish in front: hits, purge latency, a read storm)
  --workers <list>    WORKERS settings to measure the API with, e.g. 1,2 (default 1)
  --ids <n>           distinct articles the item scenarios rotate over (default 500)
  --samples <n>       sequential requests for the one-connection latency (default 300)
  --readme            put the resulting table into README.md
The corpus is generated into bench/data/ the first time and reused; results go to bench/results/.`

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const benchStarted = performance.now()
const HOST = '127.0.0.1'

/** `unique`, when given, makes the path of the request numbered n: no two requests of the run are the same. */
interface Target { path: string, headers?: Record<string, string>, unique?: (n: number) => string }
let requestNumber = 0
const pathOf = (target: Target): string => target.unique === undefined ? target.path : target.unique(requestNumber++)
interface Scenario { name: string, description: string, expect: number, targets: () => Promise<Target[]> }

function integer (value: string | undefined, fallback: number, min: number, max: number, name: string): number {
  return integerOption(value, fallback, min, max, name, USAGE)
}

const { values } = parseArgs({
  options: {
    articles: { type: 'string' },
    duration: { type: 'string' },
    connections: { type: 'string' },
    scenarios: { type: 'string' },
    workers: { type: 'string' },
    ids: { type: 'string' },
    samples: { type: 'string' },
    readme: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false }
  }
})
if (values.help) {
  process.stdout.write(`${USAGE}\n`)
  process.exit(0)
}
const articles = integer(values.articles, 1000, 100, 2_000_000, 'articles')
const duration = integer(values.duration, 10, 1, 600, 'duration')
const connections = integer(values.connections, 10, 1, 1000, 'connections')
const idCount = integer(values.ids, 500, 1, 100_000, 'ids')
const samples = integer(values.samples, 300, 10, 100_000, 'samples')
const workerCounts = (values.workers ?? '1').split(',').map((w) => integer(w, 1, 1, 64, 'workers'))

// --- pinning: the servers on one core, the load generator on another, where the machine has two -----------------
const cores = availableParallelism()
const canPin = cores >= 2 && spawnSync('taskset', ['-V']).status === 0
const SERVER_CPU = '0'
const LOAD_CPU = String(cores - 1)
if (canPin) spawnSync('taskset', ['-a', '-pc', LOAD_CPU, String(process.pid)], { stdio: 'ignore' })

function pinned (cpuList: string | null, command: string[]): [string, string[]] {
  if (!canPin || cpuList === null) return [command[0] as string, command.slice(1)]
  return ['taskset', ['-c', cpuList, ...command]]
}

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

interface Answer { status: number, headers: Record<string, string>, body: Buffer }
const agent = new Agent({ keepAlive: true, maxSockets: 1 })

async function get (port: number, target: Target): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: HOST, port, path: target.path, headers: target.headers ?? {}, agent }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        const headers: Record<string, string> = {}
        for (const [name, value] of Object.entries(response.headers)) {
          if (typeof value === 'string') headers[name] = value
        }
        resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks) })
      })
      response.on('error', reject)
    })
    outgoing.on('error', reject)
    outgoing.end()
  })
}

/** Resident memory in MiB of a process and its children (the cluster's workers). */
function rssMiB (pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const kib = (p: number): number => {
    try { return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0) } catch { return 0 }
  }
  const children = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).map(Number)
  return (kib(pid) + children.reduce((sum, child) => sum + kib(child), 0)) / 1024
}

interface Running { child: ChildProcess, port: number, startupMs: number, stop: () => Promise<number | null> }

async function startProcess (command: string[], env: NodeJS.ProcessEnv, cpuList: string | null, readyPath: string): Promise<Running> {
  const port = await freePort()
  const [file, args] = pinned(cpuList, command.map((part) => part.replace('{port}', String(port))))
  const started = performance.now()
  const child = spawn(file, args, { cwd: ROOT, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] })
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command.join(' ')} exited with ${child.exitCode}`)
    try {
      if ((await get(port, { path: readyPath })).status < 500) break
    } catch {}
    if (performance.now() - started > 120_000) throw new Error(`${command.join(' ')} did not become ready`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  const startupMs = performance.now() - started
  const stop = async (): Promise<number | null> => {
    if (child.exitCode !== null) return child.exitCode
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    child.kill('SIGTERM')
    return exited
  }
  return { child, port, startupMs, stop }
}

async function startApi (databasePath: string, workers: number): Promise<Running> {
  const env = {
    ...process.env,
    DATABASE_PATH: databasePath,
    HOST,
    // The default configuration, as a deployment runs it: info logging (one line per request), and the rate limit
    // on, with a limit the load never reaches, so its bookkeeping is paid on every request as in production.
    LOG_LEVEL: 'info',
    RATE_LIMIT_PER_MINUTE: '1000000000',
    KEY_RATE_LIMIT_PER_MINUTE: '1000000000',
    WORKERS: String(workers)
  }
  // More workers than one core would only fight over it: they get every core, and share them with the load.
  return startProcess([process.execPath, 'dist/server.js'], env, workers === 1 ? SERVER_CPU : null, '/ready')
}

// --- load ------------------------------------------------------------------------------------------------------
interface Figures { requestsPerSecond: number, p50: number, p99: number, errors: number, unexpected: number }

async function load (port: number, targets: Target[], expect: number, seconds: number): Promise<Figures> {
  let next = 0
  let unexpected = 0
  const result = await autocannon({
    url: `http://${HOST}:${port}`,
    connections,
    duration: seconds,
    requests: [{
      setupRequest: (req) => {
        const target = targets[next++ % targets.length] as Target
        return { ...req, method: 'GET', path: pathOf(target), headers: { ...(target.headers ?? {}) } }
      },
      onResponse: (status) => { if (status !== expect) unexpected++ }
    }]
  })
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    unexpected
  }
}

const ROUNDS = 2

/** The rounds as one figure: mean throughput, mean median, worst p99. */
function combine (rounds: Figures[]): Figures {
  const mean = (pick: (f: Figures) => number): number => rounds.reduce((sum, f) => sum + pick(f), 0) / rounds.length
  return {
    requestsPerSecond: Math.round(mean((f) => f.requestsPerSecond)),
    p50: Math.round(mean((f) => f.p50) * 10) / 10,
    p99: Math.max(...rounds.map((f) => f.p99)),
    errors: rounds.reduce((sum, f) => sum + f.errors, 0),
    unexpected: rounds.reduce((sum, f) => sum + f.unexpected, 0)
  }
}

function percentile (sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0
}

/** Sequential requests over one connection: the latency a single client sees, without queueing behind others. */
async function latency (port: number, targets: Target[]): Promise<{ p50: number, p95: number, p99: number }> {
  const times: number[] = []
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now()
    const target = targets[i % targets.length] as Target
    await get(port, { ...target, path: pathOf(target) })
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  const round = (ms: number): number => Math.round(ms * 100) / 100
  return { p50: round(percentile(times, 0.5)), p95: round(percentile(times, 0.95)), p99: round(percentile(times, 0.99)) }
}

// --- the corpus and the scenarios --------------------------------------------------------------------------------
const dataDir = join(ROOT, 'bench', 'data')
process.stdout.write(`corpus: ${articles} articles in ${dataDir}\n`)
let lastLine = 0
const corpus: CorpusReport = ensureCorpus(dataDir, articles, (done) => {
  if (Date.now() - lastLine > 5000) {
    lastLine = Date.now()
    process.stdout.write(`  ${done} articles written\n`)
  }
})
process.stdout.write(corpus.reused
  ? `  reused (${(corpus.bytes / 2 ** 20).toFixed(0)} MiB)\n`
  : `  generated in ${corpus.seconds.toFixed(1)} s: ${Math.round(corpus.articlesPerSecond)} articles/s, ${(corpus.bytes / 2 ** 20).toFixed(0)} MiB\n`)

// A corpus made by an older release gets the new migrations now, so the server's start-up is measured without them.
const migrating = openDatabase(corpus.path)
const applied = migrate(migrating)
migrating.close()
if (applied.length > 0) process.stdout.write(`  migrated: ${applied.join(', ')}\n`)

const readDb = new Database(corpus.path, { readonly: true })
const now = new Date().toISOString()
const step = Math.max(1, Math.floor(articles / idCount))
const published = readDb.prepare<{ now: string, step: number, limit: number }, { id: string, slug: string }>(`
  SELECT id, slug FROM articles WHERE seq % @step = 0 AND status = 'published' AND coalesce(published_at, '') <= @now
  ORDER BY seq LIMIT @limit`).all({ now, step, limit: idCount })
const deep = deepPageCursor(readDb, now, 1000, 20)
const disk = diskReport(readDb)
readDb.close()
process.stdout.write(`  disk: ${disk.kbPerArticle.toFixed(2)} KB per article\n`)

let apiPort = 0
/**
 * A search scenario's requests: the search with an extra word OR-ed in that no article holds, a new one for every
 * request. The results are the same, but no request repeats a query, so none is answered from the kept answers (a
 * repeated anonymous search is, until content changes): the figures are what a search costs, not a repeat. The bare
 * server answers every such word with the bytes it recorded for the first (bench/bare.ts).
 */

function searches (path: string): () => Promise<Target[]> {
  const [, q, rest] = /^\/v1\/search\?q=([^&]*)(.*)$/.exec(path) ?? []
  const variant = (n: number): string => `/v1/search?q=${q ?? ''}${encodeURIComponent(` OR zqv${n.toString(36)}x`)}${rest ?? ''}`
  return async () => [{ path: variant(0), unique: variant }]
}
const SCENARIO_LIST: Scenario[] = [
  { name: 'article', description: 'GET /v1/articles/{id}', expect: 200, targets: async () => published.map(({ id }) => ({ path: `/v1/articles/${id}` })) },
  // What a CDN sends: every request accepts compression.
  { name: 'article-br', description: 'GET /v1/articles/{id} with Accept-Encoding: br, gzip', expect: 200, targets: async () => published.map(({ id }) => ({ path: `/v1/articles/${id}`, headers: { 'accept-encoding': 'br, gzip' } })) },
  { name: 'slug', description: 'GET /v1/articles/slug/{slug}', expect: 200, targets: async () => published.map(({ slug }) => ({ path: `/v1/articles/slug/${slug}` })) },
  {
    name: 'revalidate',
    description: 'GET /v1/articles/{id} with a current If-None-Match: 304',
    expect: 304,
    targets: async () => {
      const targets: Target[] = []
      for (const { id } of published) {
        const etag = (await get(apiPort, { path: `/v1/articles/${id}` })).headers.etag
        if (etag !== undefined) targets.push({ path: `/v1/articles/${id}`, headers: { 'if-none-match': etag } })
      }
      return targets
    }
  },
  { name: 'list', description: 'GET /v1/articles?limit=20 (first page)', expect: 200, targets: async () => [{ path: '/v1/articles?limit=20' }] },
  { name: 'deep', description: `GET /v1/articles?limit=20&cursor=… (page ${deep.page})`, expect: 200, targets: async () => [{ path: `/v1/articles?limit=20&cursor=${deep.cursor}` }] },
  { name: 'search-common', description: `GET /v1/search?q=${COMMON_WORD} (common word)`, expect: 200, targets: searches(`/v1/search?q=${encodeURIComponent(COMMON_WORD)}`) },
  { name: 'search-rare', description: `GET /v1/search?q=${RARE_WORD} (rare word)`, expect: 200, targets: searches(`/v1/search?q=${encodeURIComponent(RARE_WORD)}`) },
  // The rarest category of the corpus: a filter that keeps few of a common word's matches.
  { name: 'search-filtered', description: `GET /v1/search?q=${COMMON_WORD}&category=Saarland (common word, rare category)`, expect: 200, targets: searches(`/v1/search?q=${encodeURIComponent(COMMON_WORD)}&category=Saarland`) },
  { name: 'search-rare-filtered', description: `GET /v1/search?q=${RARE_WORD}&category=Politik (rare word, common category)`, expect: 200, targets: searches(`/v1/search?q=${encodeURIComponent(RARE_WORD)}&category=Politik`) },
  { name: 'search-facets', description: `GET /v1/search?q=${COMMON_WORD}&count=true&facets=… (total and all five facets)`, expect: 200, targets: searches(`/v1/search?q=${encodeURIComponent(COMMON_WORD)}&count=true&facets=category,tag,language,mediaType,month`) },
  { name: 'search-newest', description: `GET /v1/search?q=${COMMON_WORD}&sort=newest`, expect: 200, targets: searches(`/v1/search?q=${encodeURIComponent(COMMON_WORD)}&sort=newest`) },
  { name: 'search-repeat', description: `GET /v1/search?q=${COMMON_WORD}, the same query again (a kept answer)`, expect: 200, targets: async () => [{ path: `/v1/search?q=${encodeURIComponent(COMMON_WORD)}` }] },
  { name: 'ninjs', description: 'GET /v1/articles/{id}?format=ninjs', expect: 200, targets: async () => published.map(({ id }) => ({ path: `/v1/articles/${id}?format=ninjs` })) },
  { name: 'jsonld', description: 'GET /v1/articles/{id}?format=jsonld', expect: 200, targets: async () => published.map(({ id }) => ({ path: `/v1/articles/${id}?format=jsonld` })) },
  { name: 'feed-rss', description: 'GET /v1/feeds/rss (20 newest)', expect: 200, targets: async () => [{ path: '/v1/feeds/rss' }] },
  { name: 'feed-json', description: 'GET /v1/feeds/json (20 newest)', expect: 200, targets: async () => [{ path: '/v1/feeds/json' }] },
  { name: 'feed-json-br', description: 'GET /v1/feeds/json with Accept-Encoding: br, gzip', expect: 200, targets: async () => [{ path: '/v1/feeds/json', headers: { 'accept-encoding': 'br, gzip' } }] },
  {
    name: 'feed-revalidate',
    description: 'GET /v1/feeds/rss with a current If-None-Match: 304',
    expect: 304,
    targets: async () => {
      const etag = (await get(apiPort, { path: '/v1/feeds/rss' })).headers.etag
      return etag === undefined ? [] : [{ path: '/v1/feeds/rss', headers: { 'if-none-match': etag } }]
    }
  },
  { name: 'categories', description: 'GET /v1/categories (the whole tree with counts)', expect: 200, targets: async () => [{ path: '/v1/categories' }] }
]
const wanted = values.scenarios?.split(',').map((name) => name.trim()) ?? [...SCENARIO_LIST.map((s) => s.name), 'edge']
const unknown = wanted.filter((name) => name !== 'edge' && !SCENARIO_LIST.some((s) => s.name === name))
if (unknown.length > 0) {
  process.stderr.write(`unknown scenario ${unknown.join(', ')}\n\n${USAGE}\n`)
  process.exit(64)
}
const scenarios = SCENARIO_LIST.filter((s) => wanted.includes(s.name))

// --- the run ------------------------------------------------------------------------------------------------------
interface Row {
  scenario: string
  description: string
  workers: number
  api: Figures
  bare: Figures
  ratio: number
  oneConnection: { p50: number, p95: number, p99: number }
}

const warmup = Math.max(1, Math.min(3, Math.floor(duration / 3)))
const loadBefore = loadavg()[0] ?? 0
const rows: Row[] = []
const servers: Array<{ workers: number, startupMs: number, rssMiB: number, peakRssMiB: number, exitCode: number | null }> = []
const bareFigures = new Map<string, Figures>()
const recordedFile = join(tmpdir(), `beitrag-bench-${process.pid}.json`)

for (const workers of scenarios.length === 0 ? [] : workerCounts) {
  const api = await startApi(corpus.path, workers)
  apiPort = api.port
  process.stdout.write(`API with WORKERS=${workers} ready in ${api.startupMs.toFixed(0)} ms\n`)
  const targetsOf = new Map<string, Target[]>()
  const recorded: Recorded[] = []
  for (const scenario of scenarios) {
    const targets = await scenario.targets()
    targetsOf.set(scenario.name, targets)
    for (const target of targets) {
      const answer = await get(api.port, target)
      if (answer.status !== scenario.expect) throw new Error(`${scenario.name}: ${target.path} answered ${answer.status}, not ${scenario.expect}: ${answer.body.toString('utf8').slice(0, 300)}`)
      const headers = { ...answer.headers }
      for (const hop of ['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']) delete headers[hop]
      recorded.push({ url: target.path, ifNoneMatch: target.headers?.['if-none-match'], acceptEncoding: target.headers?.['accept-encoding'], status: answer.status, headers, body: answer.body.toString('base64') })
    }
  }
  writeFileSync(recordedFile, JSON.stringify(recorded))
  const bare = bareFigures.size === 0 ? await startProcess([process.execPath, '--import', 'tsx', 'bench/bare.ts', recordedFile, '{port}'], process.env, SERVER_CPU, '/__ready') : undefined
  for (const scenario of scenarios) {
    const targets = targetsOf.get(scenario.name) ?? []
    // Bare and API take turns in rounds, so a neighbour's burst of load on the machine falls on both alike.
    const bareRounds: Figures[] = []
    const apiRounds: Figures[] = []
    if (bare !== undefined) await load(bare.port, targets, scenario.expect, warmup)
    await load(api.port, targets, scenario.expect, warmup)
    for (let round = 0; round < ROUNDS; round++) {
      if (bare !== undefined) bareRounds.push(await load(bare.port, targets, scenario.expect, duration / ROUNDS))
      apiRounds.push(await load(api.port, targets, scenario.expect, duration / ROUNDS))
    }
    if (bare !== undefined) bareFigures.set(scenario.name, combine(bareRounds))
    const figures = combine(apiRounds)
    const oneConnection = await latency(api.port, targets)
    const ceiling = bareFigures.get(scenario.name) as Figures
    const row = { scenario: scenario.name, description: scenario.description, workers, api: figures, bare: ceiling, ratio: Math.round(figures.requestsPerSecond / ceiling.requestsPerSecond * 100) / 100, oneConnection }
    rows.push(row)
    process.stdout.write(`  ${scenario.name.padEnd(14)} W=${workers}  ${String(figures.requestsPerSecond).padStart(6)} req/s  p50 ${figures.p50} ms  p99 ${figures.p99} ms  bare ${ceiling.requestsPerSecond} req/s  ratio ${row.ratio}  1-conn p95 ${oneConnection.p95} ms${figures.errors + figures.unexpected > 0 ? `  ERRORS ${figures.errors} unexpected ${figures.unexpected}` : ''}\n`)
  }
  const rss = rssMiB(api.child.pid ?? 0)
  const peak = rssMiB(api.child.pid ?? 0, 'VmHWM')
  await bare?.stop()
  const exitCode = await api.stop()
  servers.push({ workers, startupMs: Math.round(api.startupMs), rssMiB: Math.round(rss), peakRssMiB: Math.round(peak), exitCode })
}
agent.destroy()

// --- the edge: Varnish in front of the API (its own small database, since it writes) --------------------------------
const edge: EdgeFigures | undefined = wanted.includes('edge')
  ? await edgeBench({ root: ROOT, duration, connections, rounds: ROUNDS, serverCpu: SERVER_CPU, canPin, freePort, combine, startProcess }, (line) => { process.stdout.write(`${line}\n`) })
  : undefined

// --- report ---------------------------------------------------------------------------------------------------------
const date = new Date()
const machine = {
  cores,
  cpu: cpus()[0]?.model ?? 'unknown',
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  loadAverage: { before: Math.round(loadBefore * 10) / 10, after: Math.round((loadavg()[0] ?? 0) * 10) / 10 },
  pinned: canPin ? `server on CPU ${SERVER_CPU} (WORKERS=1), load generator on CPU ${LOAD_CPU}` : 'not pinned'
}
const result = {
  date: date.toISOString(),
  machine,
  corpus: { articles, bytes: corpus.bytes, reused: corpus.reused, ...(corpus.reused ? {} : { seconds: Math.round(corpus.seconds * 10) / 10, articlesPerSecond: Math.round(corpus.articlesPerSecond) }) },
  disk,
  settings: { duration, connections, ids: published.length, samples, deepPage: deep.page },
  servers,
  rows,
  ...(edge === undefined ? {} : { edge })
}
const resultsDir = join(ROOT, 'bench', 'results')
const targets = targetRows({
  articles,
  rows,
  servers,
  bulkArticlesPerSecond: corpus.articlesPerSecond > 0 ? corpus.articlesPerSecond : undefined,
  bytes: corpus.bytes,
  corpusReused: corpus.reused,
  elapsedSeconds: (performance.now() - benchStarted) / 1000,
  resultsDir
})
Object.assign(result, { targets })

const table = [
  '| Scenario | Workers | req/s | p50 ms | p99 ms | bare Fastify req/s | ratio | p95 ms at 1 connection |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.description} | ${r.workers} | ${r.api.requestsPerSecond} | ${r.api.p50} | ${r.api.p99} | ${r.bare.requestsPerSecond} | ${r.ratio.toFixed(2)} | ${r.oneConnection.p95} |`)
].join('\n')
const edgeMarkdown = edge === undefined
  ? ''
  : `
Edge (Varnish 7.1 with deploy/varnish/beitrag.vcl in front of the API; ${edge.hits.articles} articles; hits over ${connections} connections with ${edge.hits.pipelining} requests pipelined on each, for Varnish and bare Fastify alike):

| Figure | Measured | Target |
| --- | ---: | ---: |
| Cache hits through Varnish vs bare Fastify serving the same bytes | ${edge.hits.edge.requestsPerSecond} vs ${edge.hits.bare.requestsPerSecond} req/s: ${edge.hits.ratio.toFixed(2)}× | ≥ 2× |
| The same hits, server CPU time per 1,000 answers (Varnish vs bare Fastify) | ${edge.hits.cpuMsPer1000.edge} vs ${edge.hits.cpuMsPer1000.bare} ms: ${edge.hits.cpuMsPer1000.ratio.toFixed(2)}× less | |
| Purge latency, a write's 200 to the new version at the edge (${edge.purgeLatencyMs.samples} writes) | p50 ${edge.purgeLatencyMs.p50} ms, p99 ${edge.purgeLatencyMs.p99} ms | p99 ≤ 1 s |
| Origin requests under ${edge.storm.requests.toLocaleString('en')} requests for one article right after its purge (${edge.storm.connections} connections) | ${edge.storm.originRequests} (${edge.storm.stale} stale, ${edge.storm.non200} not 200) | ≤ 2 |
`
const markdown = `### ${articles.toLocaleString('en')} articles, ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC

${machine.cores} cores (${machine.cpu}), Node ${machine.node}; ${machine.pinned}; load average ${machine.loadAverage.before} before, ${machine.loadAverage.after} after. ${connections} connections, ${duration} s per scenario and server in ${ROUNDS} alternating rounds after ${warmup} s of warm-up; item scenarios rotate over ${published.length} articles.

${rows.length === 0 ? '' : `${table}\n`}${edgeMarkdown}
Targets (${articles.toLocaleString('en')} articles; the whole run took ${((performance.now() - benchStarted) / 60_000).toFixed(1)} min):

${targetsMarkdown(targets)}

Corpus: ${(corpus.bytes / 2 ** 20).toFixed(0)} MiB${corpus.reused ? ` (reused${corpus.articlesPerSecond > 0 ? `; written at ${Math.round(corpus.articlesPerSecond)} articles/s when generated` : ''})` : `, written at ${Math.round(corpus.articlesPerSecond)} articles/s`}.${servers.length === 0 ? '' : ' '}${servers.map((s) => `WORKERS=${s.workers}: ready ${s.startupMs} ms after spawn, RSS ${s.rssMiB} MiB (peak ${s.peakRssMiB} MiB), exit code ${String(s.exitCode)} on SIGTERM`).join('; ')}.

Disk, ${disk.kbPerArticle.toFixed(2)} KB per article:

${diskMarkdown(disk)}
`
mkdirSync(resultsDir, { recursive: true })
const stem = `${date.toISOString().slice(0, 19).replace(/:/g, '-')}-${articles}`
writeFileSync(join(resultsDir, `${stem}.md`), markdown)
writeFileSync(join(resultsDir, `${stem}.json`), `${JSON.stringify(result, null, 2)}\n`)
process.stdout.write(`\n${markdown}\nwritten to bench/results/${stem}.md and .json\n`)

if (values.readme) {
  const readmePath = join(ROOT, 'README.md')
  const readme = readFileSync(readmePath, 'utf8')
  const start = '<!-- bench:start -->'
  const end = '<!-- bench:end -->'
  if (!readme.includes(start) || !readme.includes(end)) throw new Error(`README.md has no ${start} … ${end} block`)
  writeFileSync(readmePath, readme.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${markdown}${end}`))
  process.stdout.write('README.md updated\n')
}
