import t from 'tap'
import { articleWrite, build, keyHeaders, problemOf, SAMPLE_ARTICLE_ID } from '../helper.js'

type App = Awaited<ReturnType<typeof build>>

async function create (app: App, headers: Record<string, string>, body: Record<string, unknown> = articleWrite()) {
  return app.inject({ method: 'POST', url: '/v1/articles', headers, payload: body })
}

function counts (app: App) {
  return app.context.db.prepare(`SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM sections) AS sections,
    (SELECT count(*) FROM media) AS media, (SELECT count(*) FROM article_revisions) AS revisions, (SELECT count(*) FROM article_events) AS events`).get()
}

t.test('writes need a key with the content:write scope; 401 and 403 reveal nothing', async (t) => {
  const app = await build(t)
  const reader = keyHeaders(app, ['partner'])
  const before = counts(app)
  const anonymous = await create(app, {})
  t.equal(anonymous.statusCode, 401)
  t.equal(problemOf(anonymous).code, 'CONTENT_ERR_UNAUTHORIZED')
  t.equal((await create(app, { authorization: 'Bearer btr_0000000000_' + 'x'.repeat(43) })).statusCode, 401, 'unknown key')
  t.equal((await create(app, { authorization: 'Basic dXNlcjpwYXNz' })).statusCode, 401, 'not a bearer token')
  t.equal((await create(app, { authorization: 'Bearer nonsense' })).statusCode, 401, 'malformed key')
  const forbidden = await create(app, reader)
  t.equal(forbidden.statusCode, 403)
  t.equal(problemOf(forbidden).code, 'CONTENT_ERR_FORBIDDEN')

  for (const headers of [{}, reader]) {
    const existing = await app.inject({ method: 'DELETE', url: `/v1/articles/${SAMPLE_ARTICLE_ID}`, headers: { ...headers, 'if-match': '*' } })
    const missing = await app.inject({ method: 'DELETE', url: '/v1/articles/zzzzzzzzzzzzzzzz', headers: { ...headers, 'if-match': '*' } })
    t.equal(existing.statusCode, missing.statusCode)
    t.equal(problemOf(existing).detail, problemOf(missing).detail, 'the same answer whether or not the article exists')
  }
  t.same(counts(app), before, 'nothing written')

  const writer = keyHeaders(app, ['content:write'])
  app.context.apiKeys.revoke(app.context.apiKeys.list().at(-1)!.id, new Date().toISOString())
  t.equal((await create(app, writer)).statusCode, 401, 'a revoked key stops working at once')
  t.equal((await create(app, keyHeaders(app, ['admin']))).statusCode, 201, 'admin holds every scope')
})

t.test('POST creates the article with its sections and media', async (t) => {
  const app = await build(t, { PUBLIC_BASE_URL: 'https://news.example.org' })
  const writer = keyHeaders(app, ['content:write'])
  const response = await create(app, writer)
  t.equal(response.statusCode, 201)
  const article = response.json()
  t.equal(response.headers.location, `/v1/articles/${article.id}`)
  t.match(response.headers.etag, new RegExp(`^"a\\.${article.id}\\.1\\.`))
  t.equal(response.headers['cache-control'], 'no-store')
  t.match(article, {
    slug: 'gruesse-aus-koeln-strassenfest-am-rhein',
    url: 'https://news.example.org/articles/gruesse-aus-koeln-strassenfest-am-rhein',
    title: 'Grüße aus Köln: Straßenfest am Rhein',
    status: 'published',
    version: 1,
    source: null,
    corrections: [],
    breadcrumb: ['Nachrichten', 'Regional'],
    sections: [{ position: 1, heading: null }, { position: 2, heading: 'Programm', blocks: [{ type: 'paragraph' }, { type: 'media', mediaId: 'p1ctur3p1ctur3p1' }] }],
    media: [{ id: 'p1ctur3p1ctur3p1', type: 'image', role: 'inline', caption: 'Das Rheinufer', duration: null }]
  })
  t.ok(Date.parse(article.publishedAt) > 0, 'publishing sets the publication time')
  const publicCopy = await app.inject({ url: `/v1/articles/slug/${article.slug}` })
  t.equal(publicCopy.statusCode, 200, 'public at once')
  const found = await app.inject({ url: '/v1/search?q=Strassenfest' })
  t.same(found.json().items.map((i: { id: string }) => i.id), [article.id], 'searchable at once')

  const second = await create(app, writer)
  t.equal(second.json().slug, 'gruesse-aus-koeln-strassenfest-am-rhein-2', 'a derived slug is made unique')
})

t.test('invalid bodies are 400 problems naming every bad field, and change nothing', async (t) => {
  const app = await build(t)
  const writer = keyHeaders(app, ['content:write'])
  const before = counts(app)
  const cases: Array<[Record<string, unknown>, Array<[string, RegExp]>]> = [
    [{ ...articleWrite(), title: undefined }, [['/title', /is required/]]],
    [articleWrite({ title: '' }), [['/title', /must NOT have fewer than 1 characters/]]],
    [articleWrite({ id: 'aaaaaaaaaaaaaaaa', version: 3 }), [['/id', /is set by the server/], ['/version', /is set by the server/]]],
    [articleWrite({ colour: 'blue' }), [['/colour', /is not a known property/]]],
    [articleWrite({ status: 'live', slug: 'Groß' }), [['/slug', /must match pattern/], ['/status', /must be equal to one of the allowed values/]]],
    [articleWrite({ sections: [{ blocks: [{ type: 'paragraph', text: '' }] }] }), [['/sections/0/blocks/0/text', /must NOT have fewer than 1 characters/]]],
    [articleWrite({ sections: [{ blocks: [{ type: 'media', mediaId: 'n0tattached00000' }] }], media: [] }), [['/sections/0/blocks/0/mediaId', /references no media item of this article/]]],
    [articleWrite({ status: 'scheduled' }), [['/publishedAt', /must be a time in the future/]]],
    [articleWrite({ status: 'published', publishedAt: '2999-01-01T00:00:00Z' }), [['/publishedAt', /is in the future/]]],
    [articleWrite({ correction: 'Falsch' }), [['/correction', /only be added to an article that is published/]]],
    [articleWrite({ breadcrumb: ['A/B'] }), [['/breadcrumb/0', /must match pattern/]]],
    [articleWrite({ media: [{ type: 'image', role: 'lead' }, { type: 'video', role: 'lead' }], sections: [] }), [['/media', /more than one lead/]]]
  ]
  for (const [body, expected] of cases) {
    const response = await create(app, writer, body)
    t.equal(response.statusCode, 400, JSON.stringify(expected))
    const problem = problemOf(response)
    t.equal(problem.code, 'CONTENT_ERR_VALIDATION')
    for (const [pointer, message] of expected) {
      const match = problem.errors?.find((e) => e.pointer === pointer)
      t.ok(match, `names ${pointer}`)
      t.match(match?.message, message)
      t.equal(match?.location, 'body')
    }
  }
  const wrongType = await app.inject({ method: 'POST', url: '/v1/articles', headers: { ...writer, 'content-type': 'text/plain' }, payload: 'Titel' })
  t.equal(wrongType.statusCode, 415)
  t.equal(problemOf(wrongType).code, 'CONTENT_ERR_UNSUPPORTED_MEDIA_TYPE')
  const huge = await create(app, writer, articleWrite({ teaser: 'x'.repeat(1_100_000) }))
  t.equal(huge.statusCode, 413)
  const notJson = await app.inject({ method: 'POST', url: '/v1/articles', headers: { ...writer, 'content-type': 'application/json' }, payload: '{"title": ' })
  t.equal(notJson.statusCode, 400)
  t.same(counts(app), before, 'nothing written')
})

t.test('a slug another article holds is a 409 naming it', async (t) => {
  const app = await build(t)
  const response = await create(app, keyHeaders(app, ['content:write']), articleWrite({ slug: 'wenig-substanz-aber-pr-erfolg-fuer-kim' }))
  t.equal(response.statusCode, 409)
  t.match(problemOf(response), { code: 'CONTENT_ERR_CONFLICT', conflictingId: SAMPLE_ARTICLE_ID })
})

t.test('PUT, PATCH and DELETE need a current If-Match', async (t) => {
  const app = await build(t)
  const writer = keyHeaders(app, ['content:write'])
  const created = await create(app, writer)
  const { id } = created.json()
  const etag = String(created.headers.etag)
  const url = `/v1/articles/${id}`

  const missing = await app.inject({ method: 'PUT', url, headers: writer, payload: articleWrite({ title: 'Neu' }) })
  t.equal(missing.statusCode, 428)
  t.equal(problemOf(missing).code, 'CONTENT_ERR_PRECONDITION_REQUIRED')
  const weak = await app.inject({ method: 'PUT', url, headers: { ...writer, 'if-match': `W/${etag}` }, payload: articleWrite({ title: 'Neu' }) })
  t.equal(weak.statusCode, 412, 'a weak tag never matches')

  const put = await app.inject({ method: 'PUT', url, headers: { ...writer, 'if-match': etag }, payload: articleWrite({ title: 'Ein neuer Titel', teaser: null }) })
  t.equal(put.statusCode, 200)
  t.match(put.json(), { title: 'Ein neuer Titel', teaser: null, version: 2, slug: 'gruesse-aus-koeln-strassenfest-am-rhein' })
  const stale = await app.inject({ method: 'PUT', url, headers: { ...writer, 'if-match': etag }, payload: articleWrite() })
  t.equal(stale.statusCode, 412)
  t.equal(problemOf(stale).code, 'CONTENT_ERR_PRECONDITION_FAILED')

  const current = String(put.headers.etag)
  t.equal((await app.inject({ url, headers: { 'if-none-match': current } })).statusCode, 304, "the write's ETag is the one GET gives")
  const patch = await app.inject({ method: 'PATCH', url, headers: { ...writer, 'if-match': current, 'content-type': 'application/merge-patch+json' }, payload: JSON.stringify({ teaser: 'Wieder da', tags: ['Rhein'], kicker: null }) })
  t.equal(patch.statusCode, 200)
  t.match(patch.json(), { title: 'Ein neuer Titel', teaser: 'Wieder da', tags: ['Rhein'], kicker: null, version: 3 })
  t.equal(patch.json().sections.length, 2, 'what the patch leaves out stays')

  // The patch itself is checked first (its schema is ArticleMergePatch), then the article it makes.
  const invalid = await app.inject({ method: 'PATCH', url, headers: { ...writer, 'if-match': String(patch.headers.etag), 'content-type': 'application/merge-patch+json' }, payload: JSON.stringify({ title: null, url: 'x' }) })
  t.equal(invalid.statusCode, 400)
  t.same(problemOf(invalid).errors?.map((e) => [e.pointer, e.message]), [['/url', 'is set by the server and cannot be written']])
  const untitled = await app.inject({ method: 'PATCH', url, headers: { ...writer, 'if-match': String(patch.headers.etag), 'content-type': 'application/merge-patch+json' }, payload: JSON.stringify({ title: null }) })
  t.equal(untitled.statusCode, 400)
  t.same(problemOf(untitled).errors?.map((e) => [e.pointer, e.message]), [['/title', 'is required']])
  const notObject = await app.inject({ method: 'PATCH', url, headers: { ...writer, 'if-match': '*', 'content-type': 'application/merge-patch+json' }, payload: '[1]' })
  t.equal(notObject.statusCode, 400)

  const unknown = await app.inject({ method: 'PUT', url: '/v1/articles/zzzzzzzzzzzzzzzz', headers: { ...writer, 'if-match': '*' }, payload: articleWrite() })
  t.equal(unknown.statusCode, 404)

  const gone = await app.inject({ method: 'DELETE', url, headers: { ...writer, 'if-match': String(patch.headers.etag) } })
  t.equal(gone.statusCode, 204)
  t.equal(gone.body, '')
  t.equal((await app.inject({ method: 'DELETE', url, headers: { ...writer, 'if-match': '*' } })).statusCode, 404)
})

t.test('a deleted article disappears from every public route and leaves a tombstone', async (t) => {
  const app = await build(t)
  const writer = keyHeaders(app, ['content:write'])
  const { id, slug } = (await create(app, writer)).json()
  await app.inject({ method: 'DELETE', url: `/v1/articles/${id}`, headers: { ...writer, 'if-match': '*' } })
  for (const url of [`/v1/articles/${id}`, `/v1/articles/slug/${slug}`, `/v1/articles/${id}/sections`, `/v1/articles/${id}/sections/1`, `/v1/articles/${id}/media`, '/v1/media/p1ctur3p1ctur3p1']) {
    t.equal((await app.inject({ url })).statusCode, 404, url)
  }
  t.notOk((await app.inject({ url: '/v1/articles?limit=100' })).json().items.some((i: { id: string }) => i.id === id))
  t.same((await app.inject({ url: '/v1/search?q=Strassenfest' })).json().items, [])
  t.same((await app.inject({ url: '/v1/categories' })).json().items, [])
  const events = (await app.inject({ url: `/v1/articles/${id}/events`, headers: keyHeaders(app, ['content:preview']) })).json().items
  t.same(events.map((e: { type: string }) => e.type), ['created', 'published', 'deleted'])
})

t.test('a write that fails half-way leaves the database unchanged', async (t) => {
  const app = await build(t)
  const writer = keyHeaders(app, ['content:write'])
  const before = counts(app)
  app.context.db.exec("CREATE TRIGGER refuse_tags BEFORE INSERT ON article_tags BEGIN SELECT RAISE(ABORT, 'tag table refused'); END")
  const response = await create(app, writer)
  t.equal(response.statusCode, 500)
  t.notMatch(response.body, /tag table/, 'the cause is logged, not sent')
  t.same(counts(app), before)
})
