// The benchmark corpus: N generated articles of the sample's size and shape (5 sections, 9 paragraphs, one video),
// written through the project's own ArticleRepository in batched transactions, as an import would write them.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { migrate } from '../src/db/migrate.js'
import { openDatabase, type Db } from '../src/db/open.js'
import { stableId } from '../src/lib/ids.js'
import { slugify } from '../src/lib/slug.js'
import type { ArticleInput } from '../src/repositories/article-input.js'
import { openRepositories } from '../src/repositories/index.js'
import type { ArticleStatus } from '../src/schemas/article.js'
import type { Block } from '../src/schemas/section.js'
import { articleBatches } from './corpus-thread.js'
import { ADJECTIVES, BREADCRUMBS, FILLER, NOUNS, PEOPLE, PLACES, RARE_EVERY, RARE_WORDS, TAGS, VERBS, random, zipf } from './vocabulary.js'

/** The word the "common word" search scenario looks for: the most frequent noun. */
export const COMMON_WORD = NOUNS[0]
/** The word the "rare word" search scenario looks for: in one article of every RARE_EVERY. */
export const RARE_WORD = RARE_WORDS[0]
const CORPUS_KEY = 'bench_corpus_articles'
const RATE_KEY = 'bench_corpus_articles_per_second'
// Publication dates run from here to the corpus's "now", oldest first, as an archive grows.
const FIRST_DATE = Date.parse('2014-01-01T06:00:00.000Z')

const noun = zipf(NOUNS)
const verb = zipf(VERBS)
const adjective = zipf(ADJECTIVES)
const place = zipf(PLACES)
const person = zipf(PEOPLE)
const filler = zipf(FILLER)
const breadcrumb = zipf(BREADCRUMBS)
const tag = zipf(TAGS)

function capitalise (text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function sentence (rnd: () => number, extra?: string): string {
  const words: string[] = [capitalise(adjective(rnd)), noun(rnd), verb(rnd)]
  const length = 8 + Math.floor(rnd() * 7)
  while (words.length < length) {
    const roll = rnd()
    words.push(roll < 0.45 ? filler(rnd) : roll < 0.8 ? noun(rnd) : roll < 0.9 ? adjective(rnd) : roll < 0.95 ? place(rnd) : person(rnd))
  }
  if (extra !== undefined) words.splice(3, 0, extra)
  return `${words.join(' ')}.`
}

/** About 50 words, as the sample's paragraphs have. */
function paragraph (rnd: () => number, extra?: string): string {
  const sentences: string[] = []
  const count = 4 + Math.floor(rnd() * 2)
  for (let i = 0; i < count; i++) sentences.push(sentence(rnd, i === 1 ? extra : undefined))
  return sentences.join(' ')
}

function status (rnd: () => number): ArticleStatus {
  const roll = rnd()
  return roll < 0.94 ? 'published' : roll < 0.97 ? 'draft' : roll < 0.99 ? 'unpublished' : 'scheduled'
}

/** Article number `n` of a corpus of `total` whose newest article is dated `now`: the same input for the same arguments. */
export function generateArticle (n: number, total: number, now: number): ArticleInput {
  const rnd = random(n * 7919 + 17)
  const subject = noun(rnd)
  const city = place(rnd)
  const title = `${capitalise(adjective(rnd))} ${subject} in ${city}: ${person(rnd)} ${verb(rnd)} ${noun(rnd)}`
  const state = status(rnd)
  // Oldest first, a few hours of jitter; a scheduled article goes public in the coming weeks; 2% have no date.
  const dated = FIRST_DATE + (now - FIRST_DATE) * (n / Math.max(1, total)) + Math.floor(rnd() * 6 * 3600_000)
  const publishedAt = state === 'scheduled'
    ? new Date(now + 3600_000 + Math.floor(rnd() * 30 * 86_400_000)).toISOString()
    : rnd() < 0.02 ? null : new Date(Math.min(dated, now)).toISOString()
  const rare = n % RARE_EVERY === 7 ? RARE_WORDS[Math.floor(n / RARE_EVERY) % RARE_WORDS.length] : undefined
  const mediaId = stableId(`bench-media:${n}`)
  const sections: Array<{ heading: string | null, blocks: Block[] }> = [
    { heading: null, blocks: [{ type: 'paragraph', text: paragraph(rnd) }, { type: 'media', mediaId }] }
  ]
  for (let s = 0; s < 4; s++) {
    const blocks: Block[] = [{ type: 'paragraph', text: paragraph(rnd, s === 1 ? rare : undefined) }, { type: 'paragraph', text: paragraph(rnd) }]
    if (s === 1 && rnd() < 0.5) blocks.splice(1, 0, { type: 'quote', text: sentence(rnd), attribution: `${capitalise(adjective(rnd))} ${person(rnd)}` })
    sections.push({ heading: `${capitalise(adjective(rnd))} ${noun(rnd)}`, blocks })
  }
  const tags = new Set<string>()
  const tagCount = 1 + Math.floor(rnd() * 4)
  while (tags.size < tagCount) tags.add(tag(rnd))
  const id = stableId(`bench-article:${n}`)
  return {
    id,
    slug: `${slugify(title).slice(0, 80).replace(/-+$/, '')}-${n.toString(36)}`,
    kicker: `${subject} in ${city}`,
    title,
    byline: `Von ${['Anna', 'Jörg', 'Sören', 'Bärbel', 'Jürgen', 'Käthe'][n % 6] ?? 'Anna'} ${person(rnd)}`,
    teaser: `${sentence(rnd)} ${sentence(rnd)}`,
    language: 'de',
    breadcrumb: [...breadcrumb(rnd)],
    tags: [...tags],
    status: state,
    publishedAt,
    source: null,
    sourceHash: null,
    sections,
    media: [{
      role: 'lead',
      media: {
        id: mediaId,
        type: 'video',
        title: null,
        caption: sentence(rnd),
        durationSeconds: 30 + Math.floor(rnd() * 150),
        credit: 'Redaktion',
        copyright: null,
        date: publishedAt,
        availableFrom: null,
        availableUntil: null,
        renditions: [
          { url: `https://media.example.org/${mediaId}/1080p.mp4`, mimeType: 'video/mp4', width: 1920, height: 1080 },
          { url: `https://media.example.org/${mediaId}/720p.mp4`, mimeType: 'video/mp4', width: 1280, height: 720 }
        ],
        thumbnails: [{ url: `https://media.example.org/${mediaId}/poster.jpg`, mimeType: 'image/jpeg', width: 1280, height: 720 }]
      }
    }]
  }
}

export interface CorpusReport {
  path: string
  articles: number
  seconds: number
  articlesPerSecond: number
  bytes: number
  reused: boolean
}

/** How many articles a finished corpus at `path` holds, or undefined when there is none (or it was cut off). */
export function corpusSize (db: Db): number | undefined {
  try {
    const row = db.prepare<[string], { value: string }>('SELECT value FROM app_state WHERE key = ?').get(CORPUS_KEY)
    return row === undefined ? undefined : Number(row.value)
  } catch {
    return undefined
  }
}

/**
 * Writes a corpus of `articles` articles to `path`, through ArticleRepository.save in transactions of `batch`
 * articles. The file is built beside its final name and renamed when complete, so a cut-off run is never reused.
 */
export function generateCorpus (path: string, articles: number, options: { batch?: number, onProgress?: (done: number) => void } = {}): CorpusReport {
  const batch = options.batch ?? 2000
  mkdirSync(dirname(path), { recursive: true })
  const building = `${path}.building`
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true })
  const db = openDatabase(building)
  // A corpus is regenerated, never repaired: losing the last transactions in a power cut costs a rerun, nothing
  // else, so the generator skips the fsyncs a service must make. 256 MiB of page cache keeps the indexes in memory.
  db.pragma('synchronous = OFF')
  // Nor does it need the write-ahead log, whose checkpoints write every page twice: a rollback journal in memory
  // still undoes a failed batch. The service opens the finished file in WAL mode again.
  db.pragma('journal_mode = MEMORY')
  db.pragma('locking_mode = EXCLUSIVE')
  // 2 GiB of page cache: at a million articles the indexes keyed by random ids no longer fit in less, and every
  // insert into them would read a page from disk.
  db.pragma('cache_size = -2097152')
  db.pragma('temp_store = MEMORY')
  migrate(db)
  const repository = openRepositories(db, { publicBaseUrl: 'https://www.example.org', publicApiUrl: 'https://api.example.org' }).articleStore
  const now = Date.now()
  const at = new Date(now).toISOString()
  const started = process.hrtime.bigint()
  // Made on a second thread as the batches before them are written: the same articles, in the same order.
  const batches = articleBatches(articles, batch, now)
  try {
    let done = 0
    for (let inputs = batches.next(); inputs !== undefined; inputs = batches.next()) {
      done += repository.saveAll(inputs, at)
      options.onProgress?.(done)
    }
  } finally {
    batches.close()
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  // The service would otherwise seed its sample article into the corpus at first start.
  db.prepare('INSERT OR REPLACE INTO app_state (key, value) VALUES (?, ?)').run('sample_seeded_at', at)
  db.prepare('INSERT OR REPLACE INTO app_state (key, value) VALUES (?, ?)').run(CORPUS_KEY, String(articles))
  // How fast the batch path wrote it, for the runs that reuse the corpus.
  db.prepare('INSERT OR REPLACE INTO app_state (key, value) VALUES (?, ?)').run(RATE_KEY, String(Math.round(articles / seconds)))
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.pragma('optimize')
  const bytes = (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number)
  db.close()
  for (const suffix of ['-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true })
  renameSync(building, path)
  for (const suffix of ['-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true })
  return { path, articles, seconds, articlesPerSecond: articles / seconds, bytes, reused: false }
}

/** The corpus of `articles` articles under `dir`, generated the first time and reused after. */
export function ensureCorpus (dir: string, articles: number, onProgress?: (done: number) => void): CorpusReport {
  const path = `${dir}/corpus-${articles}.db`
  if (existsSync(path)) {
    const db = openDatabase(path)
    const size = corpusSize(db)
    const bytes = (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number)
    const rate = Number(db.prepare<[string], { value: string }>('SELECT value FROM app_state WHERE key = ?').get(RATE_KEY)?.value ?? 0)
    db.close()
    if (size === articles) return { path, articles, seconds: 0, articlesPerSecond: rate, bytes, reused: true }
  }
  return generateCorpus(path, articles, { onProgress })
}
