// `npm run bench:corpus -- --articles <n>`: generates (or finds) the benchmark corpus of n articles in bench/data/.
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { ensureCorpus } from './corpus.js'

const USAGE = `usage: npm run bench:corpus -- --articles <n> [--dir <directory>]
  --articles <n>   articles in the corpus, 100 to 2000000 (default 1000)
  --dir <path>     where corpus-<n>.db is found or made (default bench/data)
Prints the corpus's path, size and how fast it was written (articles made and written per second).`

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, dir: { type: 'string' }, help: { type: 'boolean' } } })
if (values.help === true) {
  process.stdout.write(`${USAGE}\n`)
  process.exit(0)
}
const articles = Number(values.articles)
if (!Number.isInteger(articles) || articles < 100 || articles > 2_000_000) {
  process.stderr.write(`${USAGE}\n`)
  process.exit(64)
}
const dir = values.dir ?? fileURLToPath(new URL('data', import.meta.url))
let last = Date.now()
const report = ensureCorpus(dir, articles, (done) => {
  if (Date.now() - last < 10_000) return
  last = Date.now()
  process.stdout.write(`${done} articles written\n`)
})
process.stdout.write(`${JSON.stringify(report)}\n`)
