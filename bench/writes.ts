// `npm run bench:writes`: bulk write throughput, apart from the read benchmarks. (1) ArticleStore.saveAll, the
// repository's batch path, writing generated articles of the sample's size and shape into a fresh database with the
// service's own connection settings; (2) the real `beitrag import` command on generated ninjs files, parse included.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import { migrate } from '../src/db/migrate.js'
import { openDatabase } from '../src/db/open.js'
import type { ArticleInput } from '../src/repositories/article-input.js'
import { openRepositories } from '../src/repositories/index.js'
import { generateArticle } from './corpus.js'
import { diskMarkdown, diskReport, type DiskReport } from './disk.js'
import { integerOption } from './options.js'

const USAGE = `usage: npm run bench:writes -- [options]
  --articles <n>   articles written through saveAll, 1000 to 2000000 (default 10000)
  --batch <n>      articles per saveAll transaction (default 2000)
  --files <n>      ninjs files imported through the command line, 0 to 200000 (default 2000; 0 skips it)
Results go to bench/results/writes-<date>.md and .json.`

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const { values } = parseArgs({ options: { articles: { type: 'string' }, batch: { type: 'string' }, files: { type: 'string' }, help: { type: 'boolean' } } })
if (values.help === true) {
  process.stdout.write(`${USAGE}\n`)
  process.exit(0)
}
const articles = integerOption(values.articles, 10_000, 1000, 2_000_000, 'articles', USAGE)
const batch = integerOption(values.batch, 2000, 1, 100_000, 'batch', USAGE)
const files = integerOption(values.files, 2000, 0, 200_000, 'files', USAGE)
const work = mkdtempSync(join(tmpdir(), 'beitrag-writes-'))
const NOW = Date.now()
const AT = new Date(NOW).toISOString()
const seconds = (since: bigint): number => Number(process.hrtime.bigint() - since) / 1e9
const loadBefore = loadavg()[0] ?? 0

// (1) saveAll. The articles are made first, so the figure is the writes alone; the corpus generator (bench/corpus.ts)
// makes them as it goes, and its figure includes making them.
process.stdout.write(`saveAll: ${articles} articles in transactions of ${batch}\n`)
const dbPath = join(work, 'save-all.db')
const db = openDatabase(dbPath)
migrate(db)
const store = openRepositories(db, { publicBaseUrl: 'https://www.example.org', publicApiUrl: 'https://api.example.org' }).articleStore
let written = 0
let writing = 0
let generating = 0
const window = 50_000
for (let from = 0; from < articles; from += window) {
  // Made a window at a time, so a million articles do not sit in memory at once.
  const started = process.hrtime.bigint()
  const inputs: ArticleInput[] = []
  for (let n = from; n < Math.min(articles, from + window); n++) inputs.push(generateArticle(n, articles, NOW))
  generating += seconds(started)
  const writeStarted = process.hrtime.bigint()
  for (let i = 0; i < inputs.length; i += batch) written += store.saveAll(inputs.slice(i, i + batch), AT)
  writing += seconds(writeStarted)
  process.stdout.write(`  ${written} written, ${Math.round(written / writing)} articles/s so far\n`)
}
db.pragma('wal_checkpoint(TRUNCATE)')
db.close()
const readDb = new Database(dbPath, { readonly: true })
const disk: DiskReport = diskReport(readDb)
readDb.close()
const saveAll = { articles: written, batch, seconds: Math.round(writing * 10) / 10, articlesPerSecond: Math.round(written / writing), generatingSeconds: Math.round(generating * 10) / 10 }
process.stdout.write(`  ${saveAll.articlesPerSecond} articles/s, ${disk.kbPerArticle.toFixed(2)} KB per article\n`)

function escapeHtml (text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
}

/** A generated article as a ninjs 2.x document, as another newsroom system would syndicate it. */
function ninjsOf (input: ArticleInput, n: number): unknown {
  const body = input.sections.map((section) => [
    section.heading === null ? '' : `<h2>${escapeHtml(section.heading)}</h2>`,
    ...section.blocks.map((block) => block.type === 'paragraph'
      ? `<p>${escapeHtml(block.text)}</p>`
      : block.type === 'quote' ? `<blockquote><p>${escapeHtml(block.text)}</p></blockquote>` : '')
  ].join('')).join('\n')
  const lead = input.media[0]?.media
  return {
    uri: `https://www.example.org/bench/${n}`,
    type: 'text',
    language: 'de',
    headline: input.title,
    byline: input.byline,
    description_text: input.teaser,
    body_html: body,
    firstcreated: input.publishedAt ?? AT,
    subject: [...input.breadcrumb.map((name) => ({ name, rel: 'category' })), ...input.tags.map((name) => ({ name }))],
    associations: lead === undefined
      ? {}
      : {
          lead: {
            uri: `https://media.example.org/${lead.id}`,
            type: 'video',
            description_text: lead.caption,
            renditions: Object.fromEntries((lead.renditions ?? []).map((file, i) => [`r${i}`, { href: file.url, mimetype: file.mimeType, width: file.width, height: file.height }]))
          }
        }
  }
}

// (2) The command line, a process of its own as a user runs it: start-up, parsing (on its parser thread) and writing.
let cli: { files: number, seconds: number, filesPerSecond: number, imported: number, exitCode: number | null } | undefined
if (files > 0) {
  const dir = join(work, 'ninjs')
  mkdirSync(dir)
  for (let n = 0; n < files; n++) writeFileSync(join(dir, `${String(n).padStart(7, '0')}.json`), JSON.stringify(ninjsOf(generateArticle(n, files, NOW), n)))
  const cliDb = join(work, 'import.db')
  process.stdout.write(`beitrag import: ${files} ninjs files\n`)
  const started = process.hrtime.bigint()
  const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli', 'index.js'), 'import', dir], {
    env: { ...process.env, DATABASE_PATH: cliDb, LOG_LEVEL: 'warn', SEED_SAMPLE: 'false' },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 2 ** 20
  })
  const took = seconds(started)
  const check = new Database(cliDb, { readonly: true })
  const imported = (check.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
  check.close()
  if (run.status !== 0 || imported !== files) process.stderr.write(`beitrag import: exit code ${String(run.status)}, ${imported} of ${files} imported\n${String(run.stderr).slice(-2000)}\n`)
  cli = { files, seconds: Math.round(took * 10) / 10, filesPerSecond: Math.round(files / took), imported, exitCode: run.status }
  process.stdout.write(`  ${cli.filesPerSecond} files/s (${cli.seconds} s, start-up included)\n`)
}
rmSync(work, { recursive: true, force: true })

const date = new Date()
const machine = { cores: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', node: process.version, loadAverage: { before: Math.round(loadBefore * 10) / 10, after: Math.round((loadavg()[0] ?? 0) * 10) / 10 } }
const markdown = `### Bulk writes, ${articles.toLocaleString('en')} articles, ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC

${machine.cores} cores (${machine.cpu}), Node ${machine.node}; load average ${machine.loadAverage.before} before, ${machine.loadAverage.after} after.

| Figure | Measured | Target |
| --- | ---: | ---: |
| ArticleStore.saveAll, ${batch} articles a transaction (articles made beforehand, in ${saveAll.generatingSeconds} s) | ${saveAll.articlesPerSecond} articles/s (${saveAll.seconds} s) | ≥ 5,000 |
| Disk per article, everything included | ${disk.kbPerArticle.toFixed(2)} KB | ≤ 12 KB |
${cli === undefined ? '' : `| \`beitrag import\` of ${cli.files} ninjs files (parse and write, start-up included) | ${cli.filesPerSecond} files/s (${cli.seconds} s) | |\n`}
${diskMarkdown(disk)}
`
const resultsDir = join(ROOT, 'bench', 'results')
mkdirSync(resultsDir, { recursive: true })
const stem = `writes-${date.toISOString().slice(0, 19).replace(/:/g, '-')}-${articles}`
writeFileSync(join(resultsDir, `${stem}.md`), markdown)
writeFileSync(join(resultsDir, `${stem}.json`), `${JSON.stringify({ date: date.toISOString(), machine, saveAll, disk, cli }, null, 2)}\n`)
process.stdout.write(`\n${markdown}\nwritten to bench/results/${stem}.md and .json\n`)
