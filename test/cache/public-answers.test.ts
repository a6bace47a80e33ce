// Feeds, the category tree and anonymous searches answered from memory: the same bytes and headers as built afresh, a new answer after
// any write (this process's or another's) and when a scheduled article's time comes, never an embargoed text early.
import t, { type Test } from 'tap'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { openContent } from '../../src/context.js'
import { migrate } from '../../src/db/migrate.js'
import { openDatabase } from '../../src/db/open.js'
import { articleInput, articleWrite, build, keyHeaders } from '../helper.js'

const START = '2026-04-01T10:00:00.000Z'
const URLS = [
  '/v1/feeds/rss', '/v1/feeds/atom', '/v1/feeds/json', '/v1/feeds/rss?category=Nachrichten&limit=5',
  '/v1/feeds/json?profile=kids', '/v1/feeds/atom?tag=K%C3%B6ln&language=de', '/v1/categories', '/v1/categories?profile=kids',
  '/v1/search?q=Gr%C3%BC%C3%9Fe', '/v1/search?q=qxgeheimzv', '/v1/search?q=Clip&include=media', '/v1/search?q=Stra%C3%9Fen*&count=true&facets=category,tag,mediaType',
  '/v1/search?q=Gr%C3%BC%C3%9Fe&profile=kids&fields=title', '/v1/search?q=Clip&limit=1'
]
const HEADERS = ['content-type', 'etag', 'last-modified', 'cache-control', 'surrogate-key', 'vary']

function headersOf (response: LightMyRequestResponse): Record<string, unknown> {
  return Object.fromEntries(HEADERS.map((name) => [name, response.headers[name]]))
}

/**
 * An app on a clock the test moves, with a scheduled article, one made for children and a clip whose rights end
 * 20 minutes after the start: its files leave the feeds then, with no write.
 */
async function app (t: Test, env: Record<string, string> = {}, traceSql?: (sql: string) => void): Promise<{ app: FastifyInstance, clock: { at: number } }> {
  const clock = { at: Date.parse(START) }
  const app = await build(t, { WEBHOOK_DISPATCH: 'false', RATE_LIMIT_PER_MINUTE: '0', ...env }, { clock: () => new Date(clock.at), ...(traceSql === undefined ? {} : { traceSql }) })
  const store = app.context.articleStore
  store.save(articleInput({ id: 'kinderartikel001', slug: 'kinder', title: 'Für Kinder: Grüße', breadcrumb: ['Kinder', 'Wissen'], kids: true, publishedAt: '2026-03-31T09:00:00.000Z' }), START)
  store.save(articleInput({ id: 'vorschauartike01', slug: 'vorschau', title: 'Sperrfrist qxgeheimzv', breadcrumb: ['Nachrichten', 'Außenpolitik'], status: 'scheduled', publishedAt: '2026-04-01T12:00:00.000Z' }), START)
  const clip = {
    id: 'c11pc11pc11pc11p',
    type: 'video' as const,
    title: 'Straßenfest',
    caption: 'Ein Clip vom Straßenfest',
    durationSeconds: 60,
    credit: null,
    copyright: null,
    date: null,
    availableFrom: null,
    availableUntil: '2026-04-01T10:20:00.000Z',
    renditions: [{ url: 'https://media.example.org/strassenfest.mp4', mimeType: 'video/mp4', width: 640, height: 360 }],
    thumbnails: []
  }
  store.save(articleInput({ id: 'clipartikel00001', slug: 'clip', title: 'Clip mit Rechten bis 10:20', publishedAt: '2026-03-31T10:00:00.000Z', media: [{ role: 'lead', media: clip }] }), START)
  return { app, clock }
}

t.test('a kept answer is what a fresh one would be: bytes and headers, 200 and 304, as time passes', async (t) => {
  const cached = await app(t)
  const fresh = await app(t, { BODY_CACHE_MB: '0' })
  // A minute before the scheduled article: Cache-Control is cut at its instant, counted from each request's own.
  for (const minutes of [0, 1, 19, 21, 30, 119]) {
    cached.clock.at = fresh.clock.at = Date.parse(START) + minutes * 60_000
    for (const url of URLS) {
      const first = await cached.app.inject(url)
      const second = await cached.app.inject(url)
      const uncached = await fresh.app.inject(url)
      t.equal(first.statusCode, 200, url)
      t.equal(second.body, uncached.body, `${url} at +${minutes} min: the same bytes`)
      if (url === '/v1/feeds/rss') t.equal(second.body.includes('strassenfest.mp4'), minutes < 20, `the clip's file at +${minutes} min`)
      t.same(headersOf(second), headersOf(uncached), `${url} at +${minutes} min: the same headers`)
      t.same(headersOf(first), headersOf(second), `${url}: the answer that filled the cache`)
      const revalidated = await cached.app.inject({ url, headers: { 'if-none-match': String(second.headers.etag) } })
      const revalidatedFresh = await fresh.app.inject({ url, headers: { 'if-none-match': String(uncached.headers.etag) } })
      t.equal(revalidated.statusCode, 304, `${url}: 304`)
      t.same(headersOf(revalidated), headersOf(revalidatedFresh), `${url}: a 304 from memory has the headers of a fresh one`)
    }
  }
  t.ok(cached.app.context.publicAnswers.size + cached.app.context.searchAnswers.size >= URLS.length)
  t.ok(cached.app.context.searchAnswers.size > 0, 'searches are kept apart')
  t.equal(fresh.app.context.publicAnswers.size + fresh.app.context.searchAnswers.size, 0)
})

t.test('a kept feed is sent without reading content, and 304 from memory', async (t) => {
  const traced: string[] = []
  let tracing = false
  const { app: served } = await app(t, {}, (sql) => { if (tracing) traced.push(sql) })
  for (const url of ['/v1/feeds/rss', '/v1/feeds/json', '/v1/categories']) {
    const first = await served.inject(url)
    tracing = true
    const again = await served.inject(url)
    const revalidated = await served.inject({ url, headers: { 'if-none-match': String(first.headers.etag) } })
    tracing = false
    t.equal(again.statusCode, 200)
    t.equal(revalidated.statusCode, 304)
    t.same(traced.filter((sql) => /public_|category_counts/.test(sql)), [], `${url}: no content read`)
    traced.length = 0
  }
})

t.test('a write through the API changes the next answer', async (t) => {
  const { app: served } = await app(t)
  const editor = keyHeaders(served, ['admin'])
  const before = await served.inject('/v1/feeds/rss')
  const tree = await served.inject('/v1/categories')
  t.notOk(before.body.includes('Sportfest'))
  const created = await served.inject({ method: 'POST', url: '/v1/articles', headers: { ...editor, 'content-type': 'application/json' }, payload: JSON.stringify(articleWrite({ title: 'Sportfest in Köln', breadcrumb: ['Sport'] })) })
  t.equal(created.statusCode, 201)
  t.match((await served.inject('/v1/feeds/rss')).body, /Sportfest in Köln/)
  const after = await served.inject('/v1/categories')
  t.not(after.body, tree.body)
  t.equal(((after.json() as { items: Array<{ path: string, articleCount: number }> }).items.find((node) => node.path === 'Sport'))?.articleCount, 1)
  t.match((await served.inject('/v1/feeds/json')).body, /Sportfest in Köln/)
  const searched = await served.inject('/v1/search?q=Sportfest')
  t.match(searched.body, /Sportfest in Köln/, 'a search after the write finds it')
  const id = (created.json() as { id: string }).id
  const current = await served.inject({ url: `/v1/articles/${id}`, headers: editor })
  const unpublished = await served.inject({ method: 'PATCH', url: `/v1/articles/${id}`, headers: { ...editor, 'if-match': String(current.headers.etag), 'content-type': 'application/merge-patch+json' }, payload: { status: 'unpublished' } })
  t.equal(unpublished.statusCode, 200)
  t.notMatch((await served.inject('/v1/search?q=Sportfest')).body, /Sportfest in Köln/, 'unpublished: gone from the next search')
})

t.test('a write committed by another process on the same file changes the next answer', async (t) => {
  const { app: served } = await app(t, { DATABASE_PATH: `${t.testdir()}/beitrag.db` })
  const before = await served.inject('/v1/feeds/atom')
  const tree = await served.inject('/v1/categories?profile=kids')
  t.notMatch((await served.inject('/v1/search?q=Prozess')).body, /Zweiter Prozess/)
  t.notOk(before.body.includes('Zweiter Prozess'))
  const other = openDatabase(served.context.config.DATABASE_PATH)
  t.teardown(() => other.close())
  migrate(other)
  openContent(other, served.context.config).articleStore.save(articleInput({ title: 'Zweiter Prozess schreibt', breadcrumb: ['Kinder', 'Wissen'], kids: true, publishedAt: '2026-03-31T11:00:00.000Z' }), START)
  t.match((await served.inject('/v1/feeds/atom')).body, /Zweiter Prozess schreibt/)
  t.match((await served.inject('/v1/search?q=Prozess')).body, /Zweiter Prozess schreibt/)
  const kids = (await served.inject('/v1/categories?profile=kids')).json() as { items: Array<{ path: string, articleCount: number }> }
  t.equal(kids.items.find((node) => node.path === 'Kinder')?.articleCount, 2)
  t.not((await served.inject('/v1/categories?profile=kids')).body, tree.body)
})

t.test('a scheduled article joins the feeds and the counts at its instant, not a moment before', async (t) => {
  const { app: served, clock } = await app(t)
  const count = async (): Promise<number> => {
    const items = (await served.inject('/v1/categories')).json() as { items: Array<{ path: string, articleCount: number }> }
    return items.items.find((node) => node.path === 'Nachrichten')?.articleCount ?? 0
  }
  const early = await count()
  for (const at of ['2026-04-01T11:59:59.999Z', '2026-04-01T12:00:00.000Z']) {
    clock.at = Date.parse(at)
    for (const url of ['/v1/feeds/rss', '/v1/feeds/atom', '/v1/feeds/json', '/v1/search?q=qxgeheimzv', '/v1/search?q=Sperrfrist&count=true']) {
      const body = (await served.inject(url)).body
      t.equal(body.includes('qxgeheimzv'), at >= '2026-04-01T12:00:00.000Z', `${url} at ${at}`)
    }
    t.equal(await count(), at >= '2026-04-01T12:00:00.000Z' ? early + 1 : early, `categories at ${at}`)
  }
  // A preview key sees the scheduled article counted all along, and never through the public answers.
  clock.at = Date.parse(START)
  const preview = keyHeaders(served, ['content:preview'])
  const size = served.context.publicAnswers.size
  const previewed = (await served.inject({ url: '/v1/categories', headers: preview })).json() as { items: Array<{ path: string, articleCount: number }> }
  t.equal(previewed.items.find((node) => node.path === 'Nachrichten')?.articleCount, early + 1)
  t.equal(served.context.publicAnswers.size, size, 'a preview fills nothing')
  const searches = served.context.searchAnswers.size
  t.equal((await served.inject({ url: '/v1/search?q=qxgeheimzv', headers: preview })).statusCode, 200)
  t.equal(served.context.searchAnswers.size, searches, 'a preview search fills nothing')
})
