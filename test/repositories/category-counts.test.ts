// The category counts the writes keep (migrations/0015) against a full count of the articles, as the tree was once
// computed: the same tree for every reader, profile and instant, across random editorial histories.
// CATEGORY_HISTORIES and CATEGORY_STEPS make the run longer by hand.
import fc from 'fast-check'
import t from 'tap'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { openDatabase } from '../../src/db/open.js'
import { migrate } from '../../src/db/migrate.js'
import { articleWrite, build, keyHeaders } from '../helper.js'
import { TestClock } from '../visibility/history.js'

const HISTORIES = Number(process.env.CATEGORY_HISTORIES ?? 10)
const MAX_STEPS = Number(process.env.CATEGORY_STEPS ?? 20)
const START = '2026-03-01T08:00:00.000Z'

const CRUMBS = [[], ['Nachrichten'], ['Nachrichten', 'Außenpolitik'], ['Nachrichten', 'Außenpolitik', 'Straßenbau'], ['Sport'], ['Sport', 'Fußball'], ['Kinder'], ['Nachrichten', 'Inland']]
const MEDIA = ['m3d1a0000000000a', 'm3d1a0000000000b', 'm3d1a0000000000c']
const RATINGS = [null, 0, 6, 12, 16, 18] as const

type Step =
  | { kind: 'create', status: 'draft' | 'published' | 'scheduled' | 'unpublished', minutes: number | null, crumb: number, kids: boolean, media: number[] }
  | { kind: 'crumb', target: number, crumb: number }
  | { kind: 'status', target: number, status: 'draft' | 'published' | 'scheduled' | 'unpublished', minutes: number | null }
  | { kind: 'kids', target: number, kids: boolean }
  | { kind: 'attach', target: number, media: number[] }
  | { kind: 'rate', media: number, rating: number, kids: boolean }
  | { kind: 'delete' | 'restore', target: number }
  | { kind: 'advance', minutes: number }

const target = fc.nat({ max: 9 })
const status = fc.constantFrom('draft' as const, 'published' as const, 'scheduled' as const, 'unpublished' as const)
const minutes = fc.option(fc.integer({ min: -300, max: 300 }), { nil: null })
const crumb = fc.nat({ max: CRUMBS.length - 1 })
const media = fc.uniqueArray(fc.nat({ max: MEDIA.length - 1 }), { maxLength: 2 })
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('create' as const), status, minutes, crumb, kids: fc.boolean(), media }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('crumb' as const), target, crumb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('status' as const), target, status, minutes }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('kids' as const), target, kids: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('attach' as const), target, media }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rate' as const), media: fc.nat({ max: MEDIA.length - 1 }), rating: fc.nat({ max: RATINGS.length - 1 }), kids: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('delete' as const, 'restore' as const), target }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('advance' as const), minutes: fc.integer({ min: 1, max: 400 }) }) }
)

interface Row { path: string, label: string, depth: number, articles: number }
interface Node { path: string, name: string, articleCount: number, children: Node[] }

/** The tree as it was computed before the counts were kept: every article of the reader counted on each request. */
function fullCount (app: FastifyInstance, now: string, preview: boolean, kids: boolean): Row[] {
  return app.context.db.prepare<{ now: string, kids: 0 | 1 }, Row>(`
    SELECT c.path, c.label, c.depth, count(*) AS articles
    FROM article_categories c JOIN articles a ON a.id = c.article_id
    WHERE (${preview ? '1' : "a.status IN ('published', 'scheduled') AND coalesce(a.published_at, '') <= @now"})
      AND (@kids = 0 OR (a.kids = 1 AND NOT EXISTS (
        SELECT 1 FROM article_media am JOIN media m ON m.id = am.media_id
        WHERE am.article_id = a.id AND NOT (coalesce(m.age_rating, -1) IN (0, 6) OR (m.age_rating IS NULL AND m.kids = 1)))))
    GROUP BY c.path ORDER BY c.depth, c.path`).all({ now, kids: kids ? 1 : 0 })
}

/** The served tree as rows in tree order (parents before children), to compare with the full count's rows. */
function rowsOf (nodes: Node[], depth = 1): Row[] {
  return nodes.flatMap((node) => [{ path: node.path, label: node.name, depth, articles: node.articleCount }, ...rowsOf(node.children, depth + 1)])
}

const byPath = (rows: Row[]): Row[] => [...rows].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))

function mediaItem (index: number, role: 'lead' | 'inline' = 'inline'): Record<string, unknown> {
  return { id: MEDIA[index], type: 'image', role, caption: `Bild ${index} über Grüße`, renditions: [{ url: `https://media.example.org/${index}.jpg`, mimeType: 'image/jpeg', width: 640, height: 360 }] }
}

class CountHistory {
  readonly ids: string[] = []
  /** How many writes answered each status: a history whose writes all fail proves nothing. */
  readonly writes = new Map<number, number>()
  constructor (readonly app: FastifyInstance, readonly clock: TestClock, readonly editor: { authorization: string }) {}

  /** Writes that fail are part of a history (a slug taken, nothing to restore), but never with a 500. */
  async #send (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: unknown, contentType = 'application/json'): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({ method, url, headers: { ...this.editor, 'if-match': '*', ...(body === undefined ? {} : { 'content-type': contentType }) }, ...(body === undefined ? {} : { payload: JSON.stringify(body) }) })
    if (response.statusCode >= 500) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`)
    this.writes.set(response.statusCode, (this.writes.get(response.statusCode) ?? 0) + 1)
    return response
  }

  #pick (index: number): string | undefined {
    return this.ids.length === 0 ? undefined : this.ids[index % this.ids.length]
  }

  #dated (status: string, minutes: number | null): Record<string, unknown> {
    // A scheduled article needs a date; the others may have none, or one in the past or the future (an embargo).
    const at = status === 'scheduled' ? Math.abs(minutes ?? 60) + 1 : minutes
    return { status, publishedAt: at === null ? null : this.clock.at(at) }
  }

  async run (step: Step): Promise<void> {
    const patch = async (id: string | undefined, body: Record<string, unknown>): Promise<void> => {
      if (id !== undefined) await this.#send('PATCH', `/v1/articles/${id}`, body, 'application/merge-patch+json')
    }
    switch (step.kind) {
      case 'create': {
        const response = await this.#send('POST', '/v1/articles', articleWrite({
          ...this.#dated(step.status, step.minutes),
          breadcrumb: CRUMBS[step.crumb],
          kids: step.kids,
          sections: [{ heading: null, blocks: [{ type: 'paragraph', text: 'Grüße aus Köln.' }] }],
          media: step.media.map((index) => mediaItem(index))
        }))
        if (response.statusCode === 201) this.ids.push((response.json() as { id: string }).id)
        return
      }
      case 'crumb': return await patch(this.#pick(step.target), { breadcrumb: CRUMBS[step.crumb] })
      case 'status': return await patch(this.#pick(step.target), this.#dated(step.status, step.minutes))
      case 'kids': return await patch(this.#pick(step.target), { kids: step.kids })
      case 'attach': return await patch(this.#pick(step.target), { media: step.media.map((index) => mediaItem(index)) })
      case 'rate': {
        const { id: _id, role: _role, ...item } = mediaItem(step.media)
        await this.#send('PUT', `/v1/media/${MEDIA[step.media] ?? ''}`, { ...item, ageRating: RATINGS[step.rating], kids: step.kids })
        return
      }
      case 'delete': {
        const id = this.#pick(step.target)
        if (id !== undefined) await this.#send('DELETE', `/v1/articles/${id}`)
        return
      }
      case 'restore': {
        const id = this.#pick(step.target)
        if (id !== undefined) await this.#send('POST', `/v1/articles/${id}/revisions/1/restore`)
        return
      }
      case 'advance':
        this.clock.advance(step.minutes)
    }
  }
}

t.test('the kept counts give the tree the full count gives, for every reader, profile and instant', async (t) => {
  let checks = 0
  const writes = new Map<number, number>()
  await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 8, maxLength: MAX_STEPS }), async (steps) => {
    const clock = new TestClock(START)
    const app = await build(t, { SEED_SAMPLE: 'false', WEBHOOK_DISPATCH: 'false', RATE_LIMIT_PER_MINUTE: '0', KEY_RATE_LIMIT_PER_MINUTE: '0' }, { clock: clock.now })
    try {
      const editor = keyHeaders(app, ['admin'])
      const preview = keyHeaders(app, ['content:preview'])
      const history = new CountHistory(app, clock, editor)
      for (const each of steps) {
        await history.run(each)
        for (const [headers, isPreview] of [[{}, false], [preview, true]] as const) {
          for (const kids of [false, true]) {
            const response = await app.inject({ url: `/v1/categories${kids ? '?profile=kids' : ''}`, headers })
            if (response.statusCode !== 200) throw new Error(`${response.statusCode}: ${response.body}`)
            const served = rowsOf((response.json() as { items: Node[] }).items)
            const expected = fullCount(app, clock.iso(), isPreview, kids)
            checks++
            if (JSON.stringify(byPath(served)) !== JSON.stringify(byPath(expected))) {
              throw new Error(`${isPreview ? 'preview' : 'public'}${kids ? ' kids' : ''} after ${JSON.stringify(steps)}: served ${JSON.stringify(served)}, full count ${JSON.stringify(expected)}`)
            }
          }
        }
      }
      for (const [code, n] of history.writes) writes.set(code, (writes.get(code) ?? 0) + n)
    } finally {
      await app.close()
    }
  }), { numRuns: HISTORIES, endOnFailure: true })
  const succeeded = [...writes].filter(([code]) => code < 300).reduce((sum, [, n]) => sum + n, 0)
  t.ok(succeeded > HISTORIES * 2, `${succeeded} writes succeeded`)
  t.comment(`${checks} trees compared; writes by status: ${JSON.stringify([...writes].sort())}`)
})

t.test('the migration counts the articles already there', async (t) => {
  const app = await build(t, { WEBHOOK_DISPATCH: 'false' })
  const editor = keyHeaders(app, ['admin'])
  for (const [index, breadcrumb] of CRUMBS.entries()) {
    await app.inject({ method: 'POST', url: '/v1/articles', headers: { ...editor, 'content-type': 'application/json' }, payload: JSON.stringify(articleWrite({ breadcrumb, kids: index % 2 === 0, status: index % 3 === 0 ? 'draft' : 'published' })) })
  }
  const kept = app.context.db.prepare('SELECT * FROM category_counts ORDER BY path').all()
  // The same rows, counted again from scratch by the migration's own statements.
  const db = app.context.db
  db.exec('DROP INDEX articles_undated_by_created_at; DROP VIEW upcoming_categories; DROP TABLE category_counts; DROP TABLE category_members; PRAGMA user_version = 14')
  migrate(db)
  t.same(db.prepare('SELECT * FROM category_counts ORDER BY path').all(), kept)
  t.ok(kept.length > 3)
})

t.test('the counts follow writes committed by another connection to the same file', async (t) => {
  const dir = t.testdir()
  const path = `${dir}/beitrag.db`
  const app = await build(t, { DATABASE_PATH: path, SEED_SAMPLE: 'false', WEBHOOK_DISPATCH: 'false' })
  const editor = keyHeaders(app, ['admin'])
  await app.inject({ method: 'POST', url: '/v1/articles', headers: { ...editor, 'content-type': 'application/json' }, payload: JSON.stringify(articleWrite({ breadcrumb: ['Sport'] })) })
  const before = (await app.inject('/v1/categories')).json() as { items: Node[] }
  t.same(rowsOf(before.items).map((row) => [row.path, row.articles]), [['Sport', 1]])
  const other = openDatabase(path)
  t.teardown(() => other.close())
  migrate(other)
  // Another process deletes it: the next answer of this one has no category left.
  const id = app.context.db.prepare<[], { id: string }>('SELECT id FROM articles').get()?.id ?? ''
  const { openContent } = await import('../../src/context.js')
  openContent(other, app.context.config).articleStore.delete(id, new Date().toISOString())
  t.same((await app.inject('/v1/categories')).json(), { items: [] })
})
