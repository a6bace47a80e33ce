// What a frontend meets in its first hour: forgiving query strings, filters with several values, categories by slug, totals.
import t from 'tap'
import { articleInput, build, problemOf, SAMPLE_ARTICLE_ID } from '../helper.js'
import { categoryId } from '../../src/lib/match-keys.js'
import { EXACT_TOTAL } from '../../src/schemas/common.js'

const NOW = '2025-06-01T12:00:00.000Z'
type App = Awaited<ReturnType<typeof build>>

async function ids (app: App, query: string): Promise<string[]> {
  const response = await app.inject({ url: `/v1/articles?${query}` })
  t.equal(response.statusCode, 200, query)
  return response.json().items.map((item: { id: string }) => item.id)
}

t.test('tracking and cache-busting parameters never fail a read, nor change its validators or keys', async (t) => {
  const app = await build(t)
  const plain = await app.inject({ url: `/v1/articles/${SAMPLE_ARTICLE_ID}` })
  t.equal(plain.statusCode, 200)
  for (const query of ['utm_source=x', 'utm_medium=social&utm_campaign=herbst', '_=1700000000', 'fbclid=IwAR3x', 'gclid=abc', 'UTM_Source=X', 'mtm_campaign=a&pk_kwd=b']) {
    const response = await app.inject({ url: `/v1/articles/${SAMPLE_ARTICLE_ID}?${query}` })
    t.equal(response.statusCode, 200, query)
    for (const header of ['etag', 'vary', 'surrogate-key', 'cache-control']) t.equal(response.headers[header], plain.headers[header], `${query}: ${header}`)
    t.equal(response.body, plain.body, query)
  }
  const list = await app.inject({ url: '/v1/articles?limit=1&utm_source=newsletter&_=1' })
  t.equal(list.statusCode, 200)
  const plainList = await app.inject({ url: '/v1/articles?limit=1' })
  t.equal(list.headers.etag, plainList.headers.etag)
  t.equal(list.headers['surrogate-key'], plainList.headers['surrogate-key'])
  for (const url of ['/v1/search?q=Kim&fbclid=x', '/v1/categories?utm_source=x', '/v1/feeds/rss?gclid=1', '/health?_=2']) {
    t.equal((await app.inject({ url })).statusCode, 200, url)
  }
})

t.test('a near-miss of a real parameter is still a 400, naming the one it most likely meant', async (t) => {
  const app = await build(t)
  const cases: Array<[string, RegExp]> = [
    ['/v1/articles?limt=5', /query parameter 'limt' is not a known property; did you mean 'limit'\?/],
    ['/v1/articles?Category=Politik', /did you mean 'category'\?/],
    ['/v1/articles?tags=a', /did you mean 'tag'\?/],
    ['/v1/search?q=Kim&curser=abc', /did you mean 'cursor'\?/],
    ['/v1/articles?xyzzy=1', /'xyzzy' is not a known property; known are limit, cursor, count, category/]
  ]
  for (const [url, detail] of cases) {
    const response = await app.inject({ url })
    t.equal(response.statusCode, 400, url)
    t.match(problemOf(response).detail, detail, url)
  }
})

t.test('filters match any case and spelling, take several values, and languages by their primary tag', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: () => new Date(NOW) })
  const aussen = articleInput({ breadcrumb: ['Nachrichten', 'Politik', 'Außenpolitik'], tags: ['Verkehr', 'Österreich'], language: 'de-AT', publishedAt: '2024-01-10T08:00:00.000Z' })
  const inland = articleInput({ breadcrumb: ['Nachrichten', 'Politik', 'Inland'], tags: ['Verkehr', 'Bahn'], language: 'de', publishedAt: '2024-02-10T08:00:00.000Z' })
  const sport = articleInput({ breadcrumb: ['Sport'], tags: ['Bahn'], language: 'en-GB', publishedAt: '2024-03-10T08:00:00.000Z' })
  const draft = articleInput({ breadcrumb: ['Geheim'], tags: ['Verkehr'], status: 'draft', publishedAt: '2024-03-11T08:00:00.000Z' })
  for (const input of [aussen, inland, sport, draft]) app.context.articleStore.save(input, NOW)

  t.same(await ids(app, 'tag=verkehr'), [inland.id, aussen.id], 'tags ignore case')
  t.same(await ids(app, 'tag=VERKEHR'), [inland.id, aussen.id])
  t.same(await ids(app, 'tag=oesterreich'), [aussen.id], 'ä = ae')
  t.same(await ids(app, 'tag=%C3%B6sterreich'), [aussen.id])
  t.same(await ids(app, 'category=politik'), [inland.id, aussen.id], 'categories ignore case')
  t.same(await ids(app, 'category=au%C3%9Fenpolitik'), [aussen.id])
  t.same(await ids(app, 'category=aussenpolitik'), [aussen.id], 'ß = ss: URLs need not carry umlauts')
  t.same(await ids(app, 'category=nachrichten%2Fpolitik%2Faussenpolitik'), [aussen.id], 'a slug')
  t.same(await ids(app, `category=${categoryId('Nachrichten/Politik/Außenpolitik')}`), [aussen.id], 'an id')
  t.same(await ids(app, 'category=Geheim'), [], 'a draft\'s category finds nothing')

  t.same(await ids(app, 'tag=verkehr,bahn'), [inland.id], 'a,b: all of them')
  t.same(await ids(app, 'tag=verkehr&tag=bahn'), [inland.id], 'a repeated parameter: all of them')
  t.same(await ids(app, 'tag=%C3%B6sterreich%7Csport%7Cbahn'), [sport.id, inland.id, aussen.id], 'a|b: any of them')
  t.same(await ids(app, 'tag=verkehr%7Cbahn,bahn'), [sport.id, inland.id], '(a or b) and c')
  t.same(await ids(app, 'category=Inland%7CSport'), [sport.id, inland.id])
  t.same(await ids(app, 'category=Nachrichten,Inland'), [inland.id])

  t.same(await ids(app, 'language=de'), [inland.id, aussen.id], 'a primary language finds its regional tags')
  t.same(await ids(app, 'language=de-DE'), [inland.id, aussen.id], 'a regional tag falls back to its primary language')
  t.same(await ids(app, 'language=EN-us'), [sport.id])
  t.same(await ids(app, 'language=en%7Cde'), [sport.id, inland.id, aussen.id])

  // The same filter written differently is the same list: a cursor from one works with the other.
  const first = (await app.inject({ url: '/v1/articles?tag=Verkehr,Bahn%7C%C3%B6sterreich&limit=1' })).json()
  t.ok(first.nextCursor)
  t.equal((await app.inject({ url: `/v1/articles?tag=bahn%7Coesterreich&tag=verkehr&limit=1&cursor=${first.nextCursor}` })).statusCode, 200)

  const search = await app.inject({ url: '/v1/search?q=Testartikel&tag=verkehr,bahn&language=de-DE' })
  t.same(search.json().items.map((hit: { id: string }) => hit.id), [inland.id], 'search takes the same filters')
  const rss = await app.inject({ url: '/v1/feeds/rss?category=aussenpolitik%7Cinland' })
  t.equal(rss.statusCode, 200)
  t.equal((rss.body.match(/<item>/g) ?? []).length, 2, 'feeds take the same filters')
})

t.test('since and until take Berlin days and timestamps', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: () => new Date(NOW) })
  // 23:30 UTC on 31 January is already 1 February in Berlin; 22:30 UTC on 30 June is 00:30 on 1 July (summer time).
  const lateJanuary = articleInput({ publishedAt: '2024-01-31T23:30:00.000Z' })
  const earlyJuly = articleInput({ publishedAt: '2024-06-30T22:30:00.000Z' })
  for (const input of [lateJanuary, earlyJuly]) app.context.articleStore.save(input, NOW)
  t.same(await ids(app, 'since=2024-02-01&until=2024-02-01'), [lateJanuary.id], 'a Berlin day, not a UTC one')
  t.same(await ids(app, 'until=2024-01-31'), [])
  t.same(await ids(app, 'since=2024-07-01&until=2024-07-01'), [earlyJuly.id], 'summer time: the day starts at 22:00 UTC')
  t.same(await ids(app, 'since=2024-02-01T00:30:00%2B01:00'), [earlyJuly.id, lateJanuary.id], 'a timestamp with its offset')
  t.same(await ids(app, 'since=2024-02-01T00:31:00%2B01:00'), [earlyJuly.id])
  t.equal((await app.inject({ url: '/v1/articles?until=2024-02-30' })).statusCode, 400)
})

t.test('categories have stable ids and slugs, from their path', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: () => new Date(NOW) })
  app.context.articleStore.save(articleInput({ breadcrumb: ['Nachrichten', 'Politik', 'Außenpolitik'] }), NOW)
  const response = await app.inject({ url: '/v1/categories' })
  const politik = response.json().items[0].children[0]
  const aussen = politik.children[0]
  t.match(aussen, { id: categoryId('Nachrichten/Politik/Außenpolitik'), slug: 'nachrichten/politik/aussenpolitik', name: 'Außenpolitik', path: 'Nachrichten/Politik/Außenpolitik' })
  t.match(aussen.id, /^[0-9a-z]{16}$/)
  // Another database, another process, another day: the same category has the same id.
  const other = await build(t, { SEED_SAMPLE: 'false' }, { clock: () => new Date(NOW) })
  other.context.articleStore.save(articleInput({ breadcrumb: ['Nachrichten', 'Politik', 'Außenpolitik', 'Europa'] }), NOW)
  t.equal((await other.inject({ url: '/v1/categories' })).json().items[0].children[0].children[0].id, aussen.id)
  for (const value of [aussen.id, aussen.slug, aussen.name, aussen.path]) {
    const list = await app.inject({ url: `/v1/articles?category=${encodeURIComponent(value)}` })
    t.equal(list.json().items.length, 1, value)
  }
})

t.test('count=true adds the total: exact up to the bound, marked as an estimate above', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: () => new Date(NOW) })
  for (let i = 0; i < 5; i++) app.context.articleStore.save(articleInput({ tags: i < 3 ? ['Bahn'] : [], publishedAt: `2024-01-0${i + 1}T08:00:00.000Z` }), NOW)
  app.context.articleStore.save(articleInput({ tags: ['Bahn'], status: 'draft' }), NOW)
  app.context.articleStore.save(articleInput({ tags: ['Bahn'], status: 'scheduled', publishedAt: '2026-01-01T00:00:00.000Z' }), NOW)

  const without = (await app.inject({ url: '/v1/articles?limit=2' })).json()
  t.notOk('total' in without, 'no total unless asked for')
  t.same((await app.inject({ url: '/v1/articles?limit=2&count=true' })).json().total, { value: 5, exact: true })
  t.same((await app.inject({ url: '/v1/articles?limit=2&count=true&tag=bahn' })).json().total, { value: 3, exact: true }, 'drafts and embargoed articles are not counted')
  t.same((await app.inject({ url: '/v1/articles?count=true&fields=title' })).json().total, { value: 5, exact: true })
  t.same((await app.inject({ url: '/v1/articles?count=false' })).json().total, undefined)
  t.equal((await app.inject({ url: '/v1/articles?count=maybe' })).statusCode, 400)
  const preview = await app.inject({ url: '/v1/articles?count=true&tag=bahn', headers: { authorization: `Bearer ${app.context.apiKeys.create({ name: 'cms', scopes: ['content:preview'], rateLimitPerMinute: null }, NOW).key}` } })
  t.same(preview.json().total, { value: 5, exact: true }, 'a preview key counts what it sees')
})

t.test('above the bound the total is an estimate', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: () => new Date(NOW) })
  // Straight into the table: 12,000 articles, one an hour, as the archive's shape; through saves it would take minutes.
  const count = EXACT_TOTAL + 2000
  app.context.db.transaction(() => {
    const insert = app.context.db.prepare(`WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < ?)
      INSERT INTO articles (id, seq, slug, title, language, status, published_at, created_at, updated_at)
      SELECT printf('bulk%012d', value), 100000 + value, printf('bulk-%d', value), 'Masse', 'de', 'published',
        strftime('%Y-%m-%dT%H:%M:%fZ', '2020-01-01', printf('+%d hours', value)), ?, ? FROM n`)
    insert.run(count, NOW, NOW)
  })()
  const total = (await app.inject({ url: '/v1/articles?count=true&limit=1' })).json().total
  t.equal(total.exact, false)
  t.ok(total.value > EXACT_TOTAL, `estimate ${total.value} is above the bound`)
  t.ok(Math.abs(total.value - count) / count < 0.05, `estimate ${total.value} is within 5% of ${count}`)
})

t.test('the change feed pages with cursor; its old name since still works, with Deprecation and Sunset', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: () => new Date(NOW) })
  for (let i = 0; i < 3; i++) app.context.articleStore.save(articleInput(), NOW)
  const headers = { authorization: `Bearer ${app.context.apiKeys.create({ name: 'partner', scopes: ['partner'], rateLimitPerMinute: null }, NOW).key}` }
  const first = await app.inject({ url: '/v1/changes?limit=1', headers })
  t.match(first.headers.link, /^<\/v1\/changes\?cursor=[A-Za-z0-9_-]+&limit=1>; rel="next"$/)
  t.notOk(first.headers.deprecation)
  const cursor = first.json().nextCursor as string
  const byCursor = await app.inject({ url: `/v1/changes?limit=1&cursor=${cursor}`, headers })
  const bySince = await app.inject({ url: `/v1/changes?limit=1&since=${cursor}`, headers })
  t.equal(byCursor.statusCode, 200)
  t.notOk(byCursor.headers.deprecation)
  t.notOk(byCursor.headers.sunset)
  t.same(bySince.json(), byCursor.json(), 'the same page')
  t.match(bySince.headers.deprecation, /^@\d+$/, 'RFC 9745: a structured-field date')
  t.ok(new Date(Number(String(bySince.headers.deprecation).slice(1)) * 1000) < new Date(String(bySince.headers.sunset)))
  t.match(bySince.headers.sunset, /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/, 'RFC 8594: an HTTP-date')
  const both = await app.inject({ url: `/v1/changes?cursor=${cursor}&since=${cursor}`, headers })
  t.equal(both.statusCode, 400)
  t.match(problemOf(both).detail, /send 'cursor' alone/)
})

t.test('the smaller things: RSS dates undated articles, one byline form, no file name in public source, hints', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: () => new Date(NOW) })
  const undated = articleInput({ title: 'Ohne Datum', byline: 'Von Jürgen Weiß, WDR', publishedAt: null, source: 'import-2024/0815_geheim.txt', media: [] })
  app.context.articleStore.save(undated, '2025-05-20T09:15:00.000Z')

  const rss = (await app.inject({ url: '/v1/feeds/rss' })).body
  t.match(rss, '<pubDate>Tue, 20 May 2025 09:15:00 GMT</pubDate>', 'the instant it first went public, as recorded')
  t.match(rss, '<dc:creator>Jürgen Weiß, WDR</dc:creator>')
  t.match((await app.inject({ url: '/v1/feeds/atom' })).body, '<name>Jürgen Weiß, WDR</name>')
  t.same((await app.inject({ url: '/v1/feeds/json' })).json().items[0].authors, [{ name: 'Jürgen Weiß, WDR' }])
  const jsonld = (await app.inject({ url: `/v1/articles/${undated.id}`, headers: { accept: 'application/ld+json' } })).json()
  t.equal(jsonld.author.name, 'Jürgen Weiß, WDR', 'the same form in JSON-LD')

  const publicArticle = (await app.inject({ url: `/v1/articles/${undated.id}` })).json()
  t.equal(publicArticle.source, null, 'the import file name is not public')
  t.equal(publicArticle.byline, 'Von Jürgen Weiß, WDR', 'the article keeps its byline as credited')
  const preview = { authorization: `Bearer ${app.context.apiKeys.create({ name: 'cms', scopes: ['content:preview'], rateLimitPerMinute: null }, NOW).key}` }
  t.equal((await app.inject({ url: `/v1/articles/${undated.id}`, headers: preview })).json().source, 'import-2024/0815_geheim.txt', 'the newsroom still sees it')

  const write = { authorization: `Bearer ${app.context.apiKeys.create({ name: 'cms-write', scopes: ['content:write'], rateLimitPerMinute: null }, NOW).key}` }
  const umlaut = await app.inject({
    method: 'POST',
    url: '/v1/articles',
    headers: write,
    payload: { title: 'Bild', sections: [], media: [{ id: 'umlautumlautumla', type: 'image', role: 'lead', renditions: [{ url: 'https://media.example.org/größe ä.jpg', mimeType: 'image/jpeg' }] }] }
  })
  t.equal(umlaut.statusCode, 400)
  t.match(problemOf(umlaut).detail, /must match format "uri": percent-encode anything outside ASCII.*%C3%BC/)
})

t.test('every problem type says what causes it and how to fix it', async (t) => {
  const app = await build(t)
  const { problemTypes, problemTypeUri } = await import('../../src/errors.js')
  for (const code of Object.keys(problemTypes) as Array<keyof typeof problemTypes>) {
    const response = await app.inject({ url: problemTypeUri(code) })
    t.equal(response.statusCode, 200, code)
    const body = response.json()
    t.equal(body.code, code)
    t.ok(body.cause.length > 40 && body.cause !== body.title, `${code}: a cause, not the title again`)
    t.ok(body.fix.length > 20, `${code}: a fix`)
  }
})

t.test('count=true on the other paged lists: the change feed and a webhook\'s deliveries', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false', WEBHOOK_DISPATCH: 'false' }, { clock: () => new Date(NOW) })
  for (let i = 0; i < 3; i++) app.context.articleStore.save(articleInput(), NOW)
  app.context.articleStore.save(articleInput({ status: 'draft' }), NOW)
  const preview = { authorization: `Bearer ${app.context.apiKeys.create({ name: 'mirror', scopes: ['content:preview'], rateLimitPerMinute: null }, NOW).key}` }
  t.same((await app.inject({ url: '/v1/changes?limit=1&count=true', headers: preview })).json().total, { value: 3, exact: true }, 'public changes only')
  const all = (await app.inject({ url: '/v1/changes?limit=1000&view=all', headers: preview })).json().items.length
  t.same((await app.inject({ url: '/v1/changes?limit=1&count=true&view=all', headers: preview })).json().total, { value: all, exact: true }, 'every event, as the view lists them')
  t.notOk('total' in (await app.inject({ url: '/v1/changes?limit=1', headers: preview })).json())

  const admin = { authorization: `Bearer ${app.context.apiKeys.create({ name: 'admin', scopes: ['admin'], rateLimitPerMinute: null }, NOW).key}` }
  const hook = app.context.webhooks.create({ url: 'https://partner.example.org/hook', events: ['published'], description: null, secret: 'whsec_0123456789abcdef0123456789abcdef' }, { keyId: 'k', keyName: 'admin' }, NOW)
  const insert = app.context.db.prepare(`WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < ?)
    INSERT INTO webhook_deliveries (id, webhook_id, event_seq, event_type, article_id, body, status, created_at, give_up_at)
    SELECT printf('dl%014d', value), ?, value, 'published', 'a', '{}', 'delivered', ?, ? FROM n`)
  insert.run(25, hook.id, NOW, NOW)
  const deliveries = await app.inject({ url: `/v1/webhooks/${hook.id}/deliveries?limit=5&count=true`, headers: admin })
  t.equal(deliveries.statusCode, 200, deliveries.body.slice(0, 200))
  t.same(deliveries.json().total, { value: 25, exact: true })
  app.context.db.prepare('DELETE FROM webhook_deliveries').run()
  insert.run(EXACT_TOTAL + 5000, hook.id, NOW, NOW)
  const many = (await app.inject({ url: `/v1/webhooks/${hook.id}/deliveries?limit=5&count=true`, headers: admin })).json().total
  t.equal(many.exact, false)
  t.ok(Math.abs(many.value - (EXACT_TOTAL + 5000)) / (EXACT_TOTAL + 5000) < 0.05, `estimate ${many.value as number}`)
})
