import type { LightMyRequestResponse } from 'fastify'
import t from 'tap'
import { articleInput, build, problemOf, SAMPLE_ARTICLE_ID, SAMPLE_MEDIA_ID, SAMPLE_SLUG } from '../helper.js'

const NOW = '2025-06-01T12:00:00.000Z'

t.test('GET /v1/articles/{id} returns the sample article whole', async (t) => {
  const app = await build(t, { PUBLIC_BASE_URL: 'https://news.example.org' })
  const response = await app.inject({ url: `/v1/articles/${SAMPLE_ARTICLE_ID}` })
  t.equal(response.statusCode, 200)
  t.match(response.headers['content-type'], /^application\/json; charset=utf-8/)
  const article = response.json()
  t.match(article, {
    id: SAMPLE_ARTICLE_ID,
    slug: SAMPLE_SLUG,
    url: `https://news.example.org/articles/${SAMPLE_SLUG}`,
    kicker: 'Bilanz des Kim-Putin-Treffens',
    title: 'Wenig Substanz, aber PR-Erfolg für Kim',
    teaser: /^Nordkoreas Machthaber Kim sucht die Nähe zu Moskau\./,
    language: 'de',
    breadcrumb: [],
    tags: [],
    status: 'published',
    publishedAt: null,
    source: null,
    version: 1
  })
  t.ok(article.slug.endsWith('pr-erfolg-fuer-kim'))
  t.equal(article.wordCount, 467)
  t.equal(article.readingTimeMinutes, 3)
  t.same(article.sections.map((s: { position: number }) => s.position), [1, 2, 3, 4, 5])
  t.same(article.sections.map((s: { heading: string | null }) => s.heading), [null, 'Keine Erklärungen', 'PR-Erfolg für Kim', 'Moskau will Vermittler sein', 'Nichts Greifbares'])
  t.equal(article.sections.flatMap((s: { blocks: unknown[] }) => s.blocks).length, 9)
  t.same(article.media, [{
    id: SAMPLE_MEDIA_ID,
    type: 'video',
    title: null,
    caption: 'Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok getroffen. Im Atomstreit konnte jedoch keine Einigung erzielt werden.',
    durationSeconds: 60,
    duration: 'PT1M',
    credit: null,
    copyright: null,
    termsOfUseUrl: null,
    embeddable: true,
    syndicatable: true,
    date: null,
    availableFrom: null,
    availableUntil: null,
    allowedRegions: [],
    ageRating: null,
    kids: false,
    renditions: [],
    thumbnails: [],
    subtitles: [],
    playable: true,
    reason: null,
    playableFrom: null,
    embed: {
      url: `https://news.example.org/embed/${SAMPLE_MEDIA_ID}`,
      html: `<iframe src="https://news.example.org/embed/${SAMPLE_MEDIA_ID}" width="640" height="360" title="Video: Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok …" style="border:0" allow="autoplay; fullscreen; picture-in-picture" allowfullscreen></iframe>`,
      width: 640,
      height: 360
    },
    role: 'lead'
  }])
  t.ok(Buffer.from(response.rawPayload).toString('utf8').includes('Gespräche'), 'umlauts travel as UTF-8')
})

t.test('GET /v1/articles/slug/{slug} returns the same article', async (t) => {
  const app = await build(t)
  const [byId, bySlug] = await Promise.all([
    app.inject({ url: `/v1/articles/${SAMPLE_ARTICLE_ID}` }),
    app.inject({ url: `/v1/articles/slug/${SAMPLE_SLUG}` })
  ])
  t.equal(bySlug.statusCode, 200)
  t.equal(bySlug.body, byId.body)
})

t.test('HEAD answers like GET without a body', async (t) => {
  const app = await build(t)
  const response = await app.inject({ method: 'HEAD', url: `/v1/articles/${SAMPLE_ARTICLE_ID}` })
  t.equal(response.statusCode, 200)
  t.equal(response.body, '')
})

t.test('unknown ids and slugs are 404 problems', async (t) => {
  const app = await build(t)
  const byId = await app.inject({ url: '/v1/articles/zzzzzzzzzzzzzzzz' })
  t.equal(byId.statusCode, 404)
  t.match(problemOf(byId), { type: '/problems/not-found', title: 'Resource not found', status: 404, code: 'CONTENT_ERR_NOT_FOUND', detail: "No article with id 'zzzzzzzzzzzzzzzz'", instance: '/v1/articles/zzzzzzzzzzzzzzzz' })
  const bySlug = await app.inject({ url: '/v1/articles/slug/gibt-es-nicht' })
  t.equal(bySlug.statusCode, 404)
  t.match(problemOf(bySlug), { code: 'CONTENT_ERR_NOT_FOUND', detail: "No article with slug 'gibt-es-nicht'" })
})

t.test('malformed ids and slugs are 400 problems naming the parameter', async (t) => {
  const app = await build(t)
  for (const id of ['abc', 'ABCDEFGHIJKLMNOP', '0000000000000000x', '%20', 'gr%C3%B6%C3%9Fe-sachen-123']) {
    const response = await app.inject({ url: `/v1/articles/${id}` })
    t.equal(response.statusCode, 400, id)
    const problem = problemOf(response)
    t.equal(problem.code, 'CONTENT_ERR_VALIDATION')
    t.match(problem.detail, /^path parameter 'id' must match pattern/)
    t.same(problem.errors, [{ location: 'params', pointer: '/id', message: 'must match pattern "^[0-9a-z]{16}$"' }])
  }
  for (const slug of ['Gro%C3%9F', 'doppel--strich', '-vorne', 'mit%20leerzeichen']) {
    const response = await app.inject({ url: `/v1/articles/slug/${slug}` })
    t.equal(response.statusCode, 400, slug)
    t.match(problemOf(response).detail, /^path parameter 'slug' must match pattern/)
  }
})

t.test('a 10,000-character slug is a 414 problem that does not echo the slug', async (t) => {
  const app = await build(t)
  const response = await app.inject({ url: `/v1/articles/slug/${'a'.repeat(10_000)}` })
  t.equal(response.statusCode, 414)
  const problem = problemOf(response)
  t.equal(problem.code, 'CONTENT_ERR_URI_TOO_LONG')
  t.ok(response.body.length < 1000, 'short answer')
  const id = await app.inject({ url: `/v1/articles/${'a'.repeat(101)}` })
  t.equal(id.statusCode, 414)
})

t.test('a 100-character slug that does not exist is a 404', async (t) => {
  const app = await build(t)
  const response = await app.inject({ url: `/v1/articles/slug/${'a'.repeat(100)}` })
  t.equal(response.statusCode, 404)
})

t.test('unpublished content is invisible on every article route', async (t) => {
  const app = await build(t, {}, { clock: () => new Date(NOW) })
  const hidden = [
    articleInput({ status: 'draft' }),
    articleInput({ status: 'unpublished', publishedAt: '2025-01-01T00:00:00.000Z' }),
    articleInput({ status: 'scheduled', publishedAt: '2025-06-01T12:00:00.001Z' }),
    articleInput({ status: 'published', publishedAt: '2025-07-01T00:00:00.000Z' })
  ]
  for (const input of hidden) {
    app.context.articleStore.save(input, NOW)
    t.equal((await app.inject({ url: `/v1/articles/${input.id}` })).statusCode, 404, `${input.status} by id`)
    t.equal((await app.inject({ url: `/v1/articles/slug/${input.slug}` })).statusCode, 404, `${input.status} by slug`)
  }
  const list = (await app.inject({ url: '/v1/articles?limit=100' })).json()
  t.same(list.items.map((item: { id: string }) => item.id), [SAMPLE_ARTICLE_ID], 'only the published sample is listed')

  const due = articleInput({ status: 'scheduled', publishedAt: NOW })
  app.context.articleStore.save(due, NOW)
  t.equal((await app.inject({ url: `/v1/articles/${due.id}` })).statusCode, 200, 'a scheduled article is public at its instant')
})

t.test('GET /v1/articles lists summaries', async (t) => {
  const app = await build(t)
  const response = await app.inject({ url: '/v1/articles' })
  t.equal(response.statusCode, 200)
  const body = response.json()
  t.equal(body.nextCursor, null)
  t.equal(response.headers.link, undefined)
  t.equal(body.items.length, 1)
  t.match(body.items[0], { id: SAMPLE_ARTICLE_ID, slug: SAMPLE_SLUG, title: 'Wenig Substanz, aber PR-Erfolg für Kim', wordCount: 467 })
  t.notOk('sections' in body.items[0], 'summaries carry no body')
})

t.test('pages never skip or repeat, even while articles are published', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString()
  const inputs = Array.from({ length: 25 }, (_, i) => articleInput({ publishedAt: day(i % 12) }))
  for (const input of inputs) app.context.articleStore.save(input, NOW)

  const seen: string[] = []
  let url: string | undefined = '/v1/articles?limit=10'
  let pages = 0
  while (url !== undefined) {
    const response: LightMyRequestResponse = await app.inject({ url })
    t.equal(response.statusCode, 200)
    const body = response.json()
    seen.push(...body.items.map((item: { id: string }) => item.id))
    pages++
    if (pages === 1) {
      // Published while the client pages: newer than everything, so it belongs before page 1 and must not shift page 2.
      app.context.articleStore.save(articleInput({ publishedAt: day(100) }), NOW)
    }
    if (body.nextCursor === null) {
      t.equal(response.headers.link, undefined)
      url = undefined
    } else {
      const link: string | undefined = /^<([^>]+)>; rel="next"$/.exec(String(response.headers.link))?.[1]
      t.equal(link, `/v1/articles?limit=10&sort=-publishedAt&cursor=${body.nextCursor}`)
      url = link
    }
  }
  t.equal(pages, 3)
  t.equal(seen.length, 25)
  t.equal(new Set(seen).size, 25, 'no repeats')
  const expected = [...inputs].sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || b.id.localeCompare(a.id)).map((a) => a.id)
  t.same(seen, expected, 'newest first, ties broken by id')
})

t.test('bad list parameters are 400 problems', async (t) => {
  const app = await build(t)
  const cases: Array<[string, RegExp]> = [
    ['limit=0', /query parameter 'limit' must be >= 1/],
    ['limit=101', /query parameter 'limit' must be <= 100/],
    ['limit=zwei', /query parameter 'limit' must be integer/],
    ['limt=5', /query parameter 'limt' is not a known property/],
    ['cursor=', /query parameter 'cursor' must NOT have fewer than 1 characters/],
    ['cursor=%24%24', /query parameter 'cursor' must match pattern/]
  ]
  for (const [query, detail] of cases) {
    const response = await app.inject({ url: `/v1/articles?${query}` })
    t.equal(response.statusCode, 400, query)
    t.match(problemOf(response), { code: 'CONTENT_ERR_VALIDATION', detail })
  }
})

t.test('tampered and foreign cursors are 400 problems', async (t) => {
  const app = await build(t)
  const foreign = Buffer.from(JSON.stringify(['search', '2024-01-01T00:00:00.000Z', 'aaaaaaaaaaaaaaaa'])).toString('base64url')
  const damaged = Buffer.from(JSON.stringify(['articles', "' OR 1=1 --", 'aaaaaaaaaaaaaaaa'])).toString('base64url')
  for (const cursor of ['bm9wZQ', foreign, damaged, 'A'.repeat(512)]) {
    const response = await app.inject({ url: `/v1/articles?cursor=${cursor}` })
    t.equal(response.statusCode, 400)
    t.equal(problemOf(response).code, 'CONTENT_ERR_INVALID_CURSOR')
  }
})
