// What SQLite does for each read the API makes: no statement may scan the articles table, so a request costs the
// same at a thousand articles as at a million. GET /v1/categories counts every article and is the one exception.
import t from 'tap'
import { migrate } from '../../src/db/migrate.js'
import { openDatabase } from '../../src/db/open.js'
import { ARTICLE_SORTS } from '../../src/repositories/article-list.js'
import { ArticleRepository } from '../../src/repositories/article.js'
import { ArticleLinks } from '../../src/repositories/article-links.js'
import { MediaRepository } from '../../src/repositories/media.js'
import { SEARCH_FACETS, SEARCH_SORTS } from '../../src/repositories/article-search.js'
import { PublicReads } from '../../src/repositories/public-reads.js'
import { SectionRepository } from '../../src/repositories/section.js'
import { SlugHistoryRepository } from '../../src/repositories/slug-history.js'

interface PlanStep { detail: string }

function planned () {
  const db = openDatabase(':memory:')
  migrate(db)
  const prepared: string[] = []
  const prepare = db.prepare.bind(db)
  db.prepare = ((sql: string) => {
    prepared.push(sql)
    return prepare(sql)
  }) as typeof db.prepare
  // The article reads alone, with the repositories they assemble articles from: the statements under test.
  const parts = { sections: new SectionRepository(db), media: new MediaRepository(db), slugs: new SlugHistoryRepository(db), links: new ArticleLinks(db, 'preview', { publicBaseUrl: 'https://www.example.org' }) }
  const articles = new ArticleRepository(db, { publicBaseUrl: 'https://www.example.org' }, parts)
  const publicReads = new PublicReads(db, { publicBaseUrl: 'https://www.example.org' })
  // Lists prepare one statement per shape on first use: use every sort, every filter, first and later pages, for
  // the public reader and the preview reader alike.
  const now = '2025-06-01T12:00:00.000Z'
  const readers = [publicReads.reader(now, false), articles.reader({ now, preview: true })]
  const filters = [{}, { category: [['politik']] }, { tag: [['koeln']] }, { language: [['de']] }, { since: '2025-01-01T00:00:00.000Z', until: '2025-02-01T00:00:00.000Z' }, { mediaType: 'video' as const }]
  for (const reader of readers) {
    for (const sort of ARTICLE_SORTS) {
      for (const filter of filters) {
        for (const after of [null, ['2025-01-01T00:00:00.000Z', 'zzzzzzzzzzzzzzzz'] as [string, string]]) reader.list({ filters: filter, sort, limit: 20, after })
      }
    }
    for (const filter of filters) {
      for (const sort of SEARCH_SORTS) reader.search({ query: 'gruesse', filters: filter, limit: 20, offset: 0, sort, count: true, facets: [...SEARCH_FACETS] })
    }
    reader.lastChange()
    reader.nextPublication()
  }
  const plan = (sql: string): string[] => {
    const named = Object.fromEntries([...sql.matchAll(/@(\w+)/g)].map((match) => [match[1], null]))
    const positional = (sql.match(/\?/g) ?? []).map(() => null)
    const explain = prepare(`EXPLAIN QUERY PLAN ${sql}`)
    const steps = (positional.length > 0 ? explain.all(...positional) : Object.keys(named).length > 0 ? explain.all(named) : explain.all()) as PlanStep[]
    return steps.map((step) => step.detail)
  }
  return { db, articles, plans: prepared.filter((sql) => /^\s*(?:SELECT|WITH)/i.test(sql)).map((sql) => ({ sql: sql.replace(/\s+/g, ' ').trim(), steps: plan(sql) })) }
}

t.test('no read scans the articles table or its joined tables', async (t) => {
  const { db, plans } = planned()
  t.teardown(() => db.close())
  t.ok(plans.length > 20, `${plans.length} statements checked`)
  for (const { sql, steps } of plans) {
    if (sql.includes('count(*) AS articles')) continue // the category tree: counts every article by design
    // An ordered walk of an index (SCAN … USING INDEX) stops after the page; a bare SCAN reads the whole table. A
    // search's co-routine or materialised match set is the newest matches of its full-text walk, bounded by its LIMIT.
    const coroutines = new Set(steps.flatMap((step) => /^(?:CO-ROUTINE|MATERIALIZE) (\S+)/.exec(step)?.[1] ?? []))
    const scans = steps.filter((step) => /^SCAN (?!CONSTANT ROW)/.test(step) && !/USING (COVERING )?INDEX|VIRTUAL TABLE/.test(step) &&
      !coroutines.has(step.slice('SCAN '.length)))
    t.same(scans, [], process.env.PLAN_VERBOSE === undefined ? sql.slice(0, 120) : `${sql}\n${steps.join('\n')}`)
  }
})

t.test('newest-first lists decide visibility inside the covering index, and the cache headers read an index too', async (t) => {
  const { db, plans } = planned()
  t.teardown(() => db.close())
  // A date range is read through the publication-date index instead, which bounds it as well; searches sorted by date
  // order the newest matches of their full-text walk.
  const lists = plans.filter(({ sql }) => sql.includes('ORDER BY a.listed_at DESC') && !sql.includes('a.published_at >=') && !sql.includes(' MATCH '))
  t.ok(lists.length > 0)
  // A public newest-first list reads from the instant down through the covering index, and the undated articles
  // listed after the instant (at their creation) through their own partial index.
  for (const { sql, steps } of lists) {
    const index = sql.includes('a.published_at IS NULL AND a.created_at >') ? 'articles_undated_by_created_at' : 'articles_by_listed_at_visible'
    t.ok(steps.some((step) => step.includes(index)), steps.join(' | '))
  }
  const published = plans.filter(({ sql }) => /FROM articles WHERE published_at [<>]/.test(sql))
  t.equal(published.length, 2, 'last change and next publication')
  for (const { steps } of published) t.ok(steps.some((step) => /SEARCH articles USING COVERING INDEX articles_by_published_at_status/.test(step)), steps.join(' | '))
})
