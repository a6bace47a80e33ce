// The performance targets next to what a bench run measured: each with its figure, met or not. A run at more than
// 1,000 articles is also compared with the latest run at 1,000 in bench/results (no read may cost more than twice
// as much at archive scale).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

interface Figures { requestsPerSecond: number }
export interface MeasuredRow {
  scenario: string
  description: string
  workers: number
  api: Figures
  ratio: number
  oneConnection: { p95: number }
}

export interface TargetInputs {
  articles: number
  rows: MeasuredRow[]
  servers: Array<{ workers: number, startupMs: number, peakRssMiB: number }>
  /** Articles per second the corpus was written at through the batch path, when known. */
  bulkArticlesPerSecond: number | undefined
  bytes: number
  corpusReused: boolean
  /** Seconds the whole run took, the corpus included. */
  elapsedSeconds: number
  resultsDir: string
}

export interface TargetRow { target: string, measured: string, met: boolean | undefined }

/** The rows of the latest earlier run at 1,000 articles, by scenario (WORKERS=1). */
function baseline (resultsDir: string): { date: string, rows: Map<string, MeasuredRow> } | undefined {
  let files: string[]
  try { files = readdirSync(resultsDir).filter((name) => name.endsWith('-1000.json')).sort() } catch { return undefined }
  for (const name of files.reverse()) {
    const result = JSON.parse(readFileSync(join(resultsDir, name), 'utf8')) as { date: string, rows?: MeasuredRow[] }
    const rows = (result.rows ?? []).filter((row) => row.workers === 1)
    if (rows.length > 0) return { date: result.date, rows: new Map(rows.map((row) => [row.scenario, row])) }
  }
  return undefined
}

const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits

export function targetRows (inputs: TargetInputs): TargetRow[] {
  const rows = inputs.rows.filter((row) => row.workers === 1)
  const byName = new Map(rows.map((row) => [row.scenario, row]))
  const out: TargetRow[] = []
  const ratio = (scenario: string, label: string, min: number): void => {
    const row = byName.get(scenario)
    if (row !== undefined) out.push({ target: `${label}: ≥ ${min}× bare Fastify`, measured: `${row.ratio}×`, met: row.ratio >= min })
  }
  ratio('article', 'GET /v1/articles/{id}', 0.5)
  ratio('revalidate', 'A 304 revalidation', 0.6)
  // Plain feeds against the plain article, and as a CDN asks (compressed) against the compressed article.
  for (const [feed, item] of [['feed-rss', 'article'], ['feed-json', 'article'], ['feed-json-br', 'article-br']] as const) {
    const row = byName.get(feed)
    const article = byName.get(item)
    if (row === undefined || article === undefined) continue
    const share = round(row.api.requestsPerSecond / article.api.requestsPerSecond)
    out.push({ target: `${row.description}: ≥ 0.5× the article's throughput`, measured: `${share}× (${row.api.requestsPerSecond} vs ${article.api.requestsPerSecond} req/s)`, met: share >= 0.5 })
  }
  for (const row of rows.filter((r) => r.scenario.startsWith('search'))) {
    out.push({ target: `${row.description}: p95 ≤ 50 ms at 1 connection`, measured: `${row.oneConnection.p95} ms`, met: row.oneConnection.p95 <= 50 })
  }
  const base = inputs.articles > 1000 ? baseline(inputs.resultsDir) : undefined
  if (base !== undefined) {
    for (const row of rows) {
      const small = base.rows.get(row.scenario)
      if (small === undefined || row.api.requestsPerSecond === 0) continue
      const growth = round(small.api.requestsPerSecond / row.api.requestsPerSecond)
      out.push({ target: `${row.description}: costs ≤ 2× what it costs at 1,000 articles`, measured: `${growth}× (${small.api.requestsPerSecond} → ${row.api.requestsPerSecond} req/s)`, met: growth <= 2 })
    }
  }
  out.push({
    target: 'Bulk writes through the batch path: ≥ 5,000 articles/s',
    measured: inputs.bulkArticlesPerSecond === undefined ? 'corpus reused: see the run that generated it' : `${Math.round(inputs.bulkArticlesPerSecond)} articles/s`,
    met: inputs.bulkArticlesPerSecond === undefined ? undefined : inputs.bulkArticlesPerSecond >= 5000
  })
  const perArticle = round(inputs.bytes / inputs.articles / 1024, 1)
  out.push({ target: 'Disk: ≤ 12 KB per article, everything included', measured: `${perArticle} KB`, met: perArticle <= 12 })
  for (const server of inputs.servers.filter((s) => s.workers === 1)) {
    out.push({ target: 'Server RSS under the whole bench: ≤ 200 MB', measured: `${server.peakRssMiB} MiB peak`, met: server.peakRssMiB * 1.048576 <= 200 })
    out.push({ target: 'Ready after spawn: ≤ 1 s', measured: `${server.startupMs} ms`, met: server.startupMs <= 1000 })
  }
  if (inputs.articles >= 1_000_000) {
    // A reused corpus took its time when it was written: that run's rate says how long.
    const corpusSeconds = inputs.corpusReused && inputs.bulkArticlesPerSecond !== undefined ? inputs.articles / inputs.bulkArticlesPerSecond : 0
    const minutes = round((inputs.elapsedSeconds + corpusSeconds) / 60, 1)
    const measured = corpusSeconds === 0
      ? `${minutes} min`
      : `${minutes} min (the corpus ${round(corpusSeconds / 60, 1)}, this run ${round(inputs.elapsedSeconds / 60, 1)})`
    out.push({ target: 'The whole run at 1,000,000 articles, corpus included: ≤ 30 min', measured, met: minutes <= 30 })
  }
  return out
}

export function targetsMarkdown (rows: TargetRow[]): string {
  const mark = (met: boolean | undefined): string => met === undefined ? '–' : met ? 'met' : 'missed'
  return [
    '| Target | Measured | |',
    '| --- | ---: | --- |',
    ...rows.map((row) => `| ${row.target} | ${row.measured} | ${mark(row.met)} |`)
  ].join('\n')
}
