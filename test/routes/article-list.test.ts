import t from 'tap'
import { articleInput, build, problemOf, SAMPLE_ARTICLE_ID } from '../helper.js'

const NOW = '2025-06-01T12:00:00.000Z'
type App = Awaited<ReturnType<typeof build>>

async function ids (app: App, query: string): Promise<string[]> {
  const response = await app.inject({ url: `/v1/articles?${query}` })
  t.equal(response.statusCode, 200, query)
  return response.json().items.map((item: { id: string }) => item.id)
}

function video (id: string) {
  return { id, type: 'video' as const, title: null, caption: 'Ein Video', durationSeconds: 30, credit: null, copyright: null, date: null, availableFrom: null, availableUntil: null, renditions: [], thumbnails: [] }
}

t.test('filters', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const politik = articleInput({ breadcrumb: ['Nachrichten', 'Politik'], tags: ['Wahl'], publishedAt: '2024-01-10T08:00:00.000Z' })
  const ausland = articleInput({ breadcrumb: ['Nachrichten', 'Politik', 'Ausland'], tags: ['Wahl', 'USA'], language: 'en', publishedAt: '2024-02-10T08:00:00.000Z', media: [{ media: video('v1v1v1v1v1v1v1v1'), role: 'lead' }] })
  const sport = articleInput({ breadcrumb: ['Sport'], tags: [], publishedAt: '2024-03-10T08:00:00.000Z' })
  const undated = articleInput({ breadcrumb: [], publishedAt: null })
  for (const input of [politik, ausland, sport, undated]) app.context.articleStore.save(input, NOW)

  t.same(await ids(app, 'category=Politik'), [ausland.id, politik.id], 'a label matches at any level')
  t.same(await ids(app, 'category=Nachrichten%2FPolitik%2FAusland'), [ausland.id], 'a path matches exactly')
  t.same(await ids(app, 'category=Ausland'), [ausland.id])
  t.same(await ids(app, 'category=Wetter'), [])
  t.same(await ids(app, 'tag=Wahl'), [ausland.id, politik.id])
  t.same(await ids(app, 'tag=USA&category=Politik'), [ausland.id], 'filters combine')
  t.same(await ids(app, 'language=en'), [ausland.id])
  t.same(await ids(app, 'language=EN'), [ausland.id], 'language tags are case-insensitive')
  t.same(await ids(app, 'mediaType=video'), [ausland.id])
  t.same(await ids(app, 'mediaType=audio'), [])
  t.same(await ids(app, 'since=2024-02-01'), [sport.id, ausland.id], 'undated articles have no publication date to match')
  t.same(await ids(app, 'until=2024-02-10'), [ausland.id, politik.id], 'a bare until date includes its day')
  t.same(await ids(app, 'since=2024-02-10T08:00:00Z&until=2024-02-10T08:00:00.001Z'), [ausland.id])
  t.same(await ids(app, 'since=2024-01-01&until=2024-01-31'), [politik.id])
})

t.test('sort orders', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const a = articleInput({ publishedAt: '2024-01-01T00:00:00.000Z' })
  const b = articleInput({ publishedAt: '2024-02-01T00:00:00.000Z' })
  app.context.articleStore.save(a, '2024-03-01T00:00:00.000Z')
  app.context.articleStore.save(b, '2024-02-01T00:00:00.000Z')
  t.same(await ids(app, ''), [b.id, a.id])
  t.same(await ids(app, 'sort=-publishedAt'), [b.id, a.id])
  t.same(await ids(app, 'sort=publishedAt'), [a.id, b.id])
  t.same(await ids(app, 'sort=-updatedAt'), [a.id, b.id])

  // Each order pages on its own keys.
  const page = (await app.inject({ url: '/v1/articles?sort=publishedAt&limit=1' })).json()
  t.same(page.items.map((i: { id: string }) => i.id), [a.id])
  const next = (await app.inject({ url: `/v1/articles?sort=publishedAt&limit=1&cursor=${page.nextCursor}` })).json()
  t.same(next.items.map((i: { id: string }) => i.id), [b.id])
  const wrongOrder = await app.inject({ url: `/v1/articles?sort=-updatedAt&limit=1&cursor=${page.nextCursor}` })
  t.equal(wrongOrder.statusCode, 400, 'a cursor belongs to its sort order')
  const wrongFilter = await app.inject({ url: `/v1/articles?sort=publishedAt&limit=1&tag=x&cursor=${page.nextCursor}` })
  t.equal(wrongFilter.statusCode, 400, 'and to its filters')
})

t.test('sparse fields and included sub-resources', async (t) => {
  const app = await build(t)
  const sparse = (await app.inject({ url: '/v1/articles?fields=title,teaser' })).json()
  t.same(Object.keys(sparse.items[0]), ['id', 'title', 'teaser'])
  t.equal(sparse.nextCursor, null)

  const included = (await app.inject({ url: '/v1/articles?include=sections,media' })).json().items[0]
  t.equal(included.sections.length, 5)
  t.equal(included.media[0].duration, 'PT1M')
  t.equal(included.title, 'Wenig Substanz, aber PR-Erfolg für Kim')

  const mediaOnly = (await app.inject({ url: '/v1/articles?fields=title,media' })).json().items[0]
  t.same(Object.keys(mediaOnly), ['id', 'title', 'media'], 'naming media in fields includes it')

  const item = await app.inject({ url: `/v1/articles/${SAMPLE_ARTICLE_ID}?fields=title,media` })
  t.equal(item.statusCode, 200)
  t.same(Object.keys(item.json()), ['id', 'title', 'media'])
  const version = (await app.inject({ url: `/v1/articles/${SAMPLE_ARTICLE_ID}?fields=version,createdAt` })).json()
  t.same(version, { id: SAMPLE_ARTICLE_ID, createdAt: version.createdAt, version: 1 })
})

t.test('bad fields, filters and sorts are 400 problems naming what is wrong', async (t) => {
  const app = await build(t)
  const cases: Array<[string, RegExp]> = [
    ['fields=title,body', /query parameter 'fields' names unknown field body; valid fields are id, slug, url, kicker, title/],
    ['fields=bogus,wrong', /unknown fields bogus, wrong/],
    ['fields=version', /unknown field version/],
    ['fields=', /query parameter 'fields' must match pattern/],
    ['fields=title,,teaser', /query parameter 'fields' must match pattern/],
    ['include=comments', /query parameter 'include' must match pattern/],
    ['sort=title', /query parameter 'sort' must be equal to one of the allowed values/],
    ['since=2024-02-01&until=2024-01-01', /'since' \(2024-02-01\) must be before 'until' \(2024-01-01\)/],
    ['since=2024-13-45', /'2024-13-45' is not a valid date/],
    ['until=2024-02-30', /'2024-02-30' is not a valid date/],
    ['since=2023-02-29T10:00:00Z', /is not a valid date/],
    ['since=yesterday', /query parameter 'since' must match pattern/],
    ['mediaType=gif', /query parameter 'mediaType' must be equal to one of the allowed values/],
    ['language=deutsch-', /query parameter 'language' value 'deutsch-' is not a BCP 47 language tag/],
    [`category=${'x'.repeat(1001)}`, /query parameter 'category\/0' must NOT have more than 1000 characters/],
    ['tag=a,,b', /query parameter 'tag' has an empty value/]
  ]
  for (const [query, detail] of cases) {
    const response = await app.inject({ url: `/v1/articles?${query}` })
    t.equal(response.statusCode, 400, query)
    t.match(problemOf(response).detail, detail, query)
  }
  const item = await app.inject({ url: `/v1/articles/${SAMPLE_ARTICLE_ID}?fields=title,bogus` })
  t.equal(item.statusCode, 400)
  t.match(problemOf(item).detail, /unknown field bogus; valid fields are .*createdAt, version, source, corrections, sections, media/)
})

t.test('GET /v1/categories is the breadcrumb tree with counts of public articles', async (t) => {
  const app = await build(t, {}, { clock: () => new Date(NOW) })
  app.context.articleStore.save(articleInput({ breadcrumb: ['Nachrichten', 'Politik'] }), NOW)
  app.context.articleStore.save(articleInput({ breadcrumb: ['Nachrichten', 'Politik', 'Ausland'] }), NOW)
  app.context.articleStore.save(articleInput({ breadcrumb: ['Nachrichten', 'Wirtschaft'] }), NOW)
  app.context.articleStore.save(articleInput({ breadcrumb: ['Sport'] }), NOW)
  app.context.articleStore.save(articleInput({ breadcrumb: ['Geheim'], status: 'draft' }), NOW)
  const response = await app.inject({ url: '/v1/categories' })
  t.equal(response.statusCode, 200)
  // Ids and slugs are derived from the path alone: stable everywhere (checked in test/routes/ergonomics.test.ts).
  const withoutIds = (nodes: Array<Record<string, unknown>>): unknown[] => nodes.map(({ id: _id, slug: _slug, children, ...node }) => ({ ...node, children: withoutIds(children as Array<Record<string, unknown>>) }))
  t.same(withoutIds(response.json().items), [
    {
      name: 'Nachrichten',
      path: 'Nachrichten',
      articleCount: 3,
      children: [
        { name: 'Politik', path: 'Nachrichten/Politik', articleCount: 2, children: [{ name: 'Ausland', path: 'Nachrichten/Politik/Ausland', articleCount: 1, children: [] }] },
        { name: 'Wirtschaft', path: 'Nachrichten/Wirtschaft', articleCount: 1, children: [] }
      ]
    },
    { name: 'Sport', path: 'Sport', articleCount: 1, children: [] }
  ])
  t.match(response.headers['surrogate-key'], /categories/)
})
