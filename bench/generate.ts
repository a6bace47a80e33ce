// `npm run bench:corpus -- --articles <n>`: generates (or finds) the benchmark corpus of n articles in bench/data/.
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { ensureCorpus } from './corpus.js'

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' } } })
const articles = Number(values.articles)
if (!Number.isInteger(articles) || articles < 100 || articles > 2_000_000) {
  process.stderr.write('usage: npm run bench:corpus -- --articles <100 to 2000000>\n')
  process.exit(64)
}
const dir = fileURLToPath(new URL('data', import.meta.url))
let last = Date.now()
const report = ensureCorpus(dir, articles, (done) => {
  if (Date.now() - last < 10_000) return
  last = Date.now()
  process.stdout.write(`${done} articles written\n`)
})
process.stdout.write(`${JSON.stringify(report)}\n`)
