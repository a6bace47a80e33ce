import { Writable } from 'node:stream'
import t from 'tap'
import { articleWrite, build, keyHeaders, problemOf } from '../helper.js'

type App = Awaited<ReturnType<typeof build>>

/** A clock the test moves by hand. */
function manualClock (start: string) {
  let now = new Date(start)
  return { clock: () => now, set: (iso: string) => { now = new Date(iso) } }
}

async function publicRoutes (app: App, article: { id: string, slug: string }): Promise<Record<string, number | boolean>> {
  const status = async (url: string) => (await app.inject({ url })).statusCode
  const listed = async (url: string) => (await app.inject({ url })).json().items.some((item: { id: string }) => item.id === article.id)
  return {
    item: await status(`/v1/articles/${article.id}`),
    slug: await status(`/v1/articles/slug/${article.slug}`),
    sections: await status(`/v1/articles/${article.id}/sections`),
    section: await status(`/v1/articles/${article.id}/sections/1`),
    media: await status(`/v1/articles/${article.id}/media`),
    mediaItem: await status('/v1/media/p1ctur3p1ctur3p1'),
    list: await listed('/v1/articles?limit=100'),
    search: await listed('/v1/search?q=Strassenfest'),
    category: (await app.inject({ url: '/v1/categories' })).json().items.length > 0
  }
}

const HIDDEN = { item: 404, slug: 404, sections: 404, section: 404, media: 404, mediaItem: 404, list: false, search: false, category: false }
const SHOWN = { item: 200, slug: 200, sections: 200, section: 200, media: 200, mediaItem: 200, list: true, search: true, category: true }

t.test('every status on every public route: only published content is shown', async (t) => {
  const time = manualClock('2025-06-01T12:00:00.000Z')
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: time.clock })
  const writer = keyHeaders(app, ['content:write', 'content:preview'])
  const cases: Array<[Record<string, unknown>, typeof HIDDEN]> = [
    [{ status: 'draft' }, HIDDEN],
    [{ status: 'scheduled', publishedAt: '2025-06-01T12:00:01.000Z' }, HIDDEN],
    [{ status: 'unpublished', publishedAt: '2025-05-01T00:00:00.000Z' }, HIDDEN],
    [{ status: 'published' }, SHOWN]
  ]
  for (const [fields, expected] of cases) {
    const created = await app.inject({ method: 'POST', url: '/v1/articles', headers: writer, payload: articleWrite(fields) })
    t.equal(created.statusCode, 201)
    const article = created.json()
    t.same(await publicRoutes(app, article), expected, String(fields.status))
    await app.inject({ method: 'DELETE', url: `/v1/articles/${article.id}`, headers: { ...writer, 'if-match': '*' } })
  }
})

t.test('a scheduled article goes public at its exact instant, with no job', async (t) => {
  const time = manualClock('2025-06-01T12:00:00.000Z')
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: time.clock })
  const article = (await app.inject({ method: 'POST', url: '/v1/articles', headers: keyHeaders(app, ['content:write', 'content:preview']), payload: articleWrite({ status: 'scheduled', publishedAt: '2025-06-01T12:30:00.000Z' }) })).json()
  t.equal(article.status, 'scheduled')
  time.set('2025-06-01T12:29:59.999Z')
  t.same(await publicRoutes(app, article), HIDDEN, 'one millisecond before')
  const list = await app.inject({ url: '/v1/articles' })
  t.equal(list.headers['cache-control'], 'public, max-age=1, stale-while-revalidate=300', 'lists expire when it is due')
  time.set('2025-06-01T12:30:00.000Z')
  t.same(await publicRoutes(app, article), SHOWN, 'at the instant')
  const shown = (await app.inject({ url: `/v1/articles/${article.id}` })).json()
  t.equal(shown.status, 'published', 'readers see it as published')
  t.equal(shown.publishedAt, '2025-06-01T12:30:00.000Z')
})

t.test('publish, correct, unpublish: each step is a revision and an event', async (t) => {
  const time = manualClock('2025-06-01T12:00:00.000Z')
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: time.clock })
  const writer = keyHeaders(app, ['content:write'], { name: 'cms-redaktion' })
  const editor = keyHeaders(app, ['content:preview'])
  let response = await app.inject({ method: 'POST', url: '/v1/articles', headers: writer, payload: articleWrite({ status: 'draft' }) })
  const id = String(response.headers.location).split('/').at(-1) as string
  const patch = async (body: Record<string, unknown>) => {
    const etag = String((await app.inject({ url: `/v1/articles/${id}`, headers: editor })).headers.etag)
    time.set(new Date(time.clock().getTime() + 60_000).toISOString())
    return app.inject({ method: 'PATCH', url: `/v1/articles/${id}`, headers: { ...writer, 'if-match': etag, 'content-type': 'application/merge-patch+json' }, payload: JSON.stringify(body) })
  }
  t.equal((await app.inject({ url: `/v1/articles/${id}` })).statusCode, 404, 'a draft is hidden')
  const preview = await app.inject({ url: `/v1/articles/${id}`, headers: editor })
  t.equal(preview.statusCode, 200, 'a preview key sees the draft')
  t.equal(preview.headers['cache-control'], 'private, no-store')
  t.same((await app.inject({ url: '/v1/articles?status=draft', headers: editor })).json().items.map((i: { id: string }) => i.id), [id])
  t.equal((await app.inject({ url: '/v1/articles?status=draft' })).statusCode, 401, 'the status filter needs a key')
  t.equal((await app.inject({ url: '/v1/articles?status=draft', headers: writer })).statusCode, 403, 'with the preview scope')

  response = await patch({ status: 'published' })
  t.equal(response.statusCode, 200)
  t.equal(response.json().publishedAt, '2025-06-01T12:01:00.000Z')
  t.equal((await patch({ status: 'published', correction: 'Das Fest beginnt um 11, nicht um 10 Uhr.' })).statusCode, 200)
  response = await patch({ status: 'unpublished' })
  t.equal(response.statusCode, 204, 'a key without preview gets no body for an article that is now hidden')
  t.same((await app.inject({ url: `/v1/articles/${id}`, headers: editor })).json().corrections, [{ at: '2025-06-01T12:02:00.000Z', note: 'Das Fest beginnt um 11, nicht um 10 Uhr.' }])
  t.equal((await app.inject({ url: `/v1/articles/${id}` })).statusCode, 404, 'unpublished is hidden again')
  t.equal((await patch({ correction: 'Noch eine' })).statusCode, 400, 'no corrections on an unpublished article')

  const revisions = (await app.inject({ url: `/v1/articles/${id}/revisions`, headers: editor })).json().items
  t.same(revisions.map((r: { version: number, status: string }) => [r.version, r.status]), [[4, 'unpublished'], [3, 'published'], [2, 'published'], [1, 'draft']])
  t.same(revisions[0].by, { keyId: app.context.apiKeys.list().find((k) => k.name === 'cms-redaktion')!.id, keyName: 'cms-redaktion' })
  const events = (await app.inject({ url: `/v1/articles/${id}/events`, headers: editor })).json().items
  t.same(events.map((e: { type: string, version: number }) => [e.type, e.version]), [['created', 1], ['published', 2], ['updated', 3], ['unpublished', 4]])
  t.same(events[1].changes, ['status', 'publishedAt'])
  t.equal(events[3].by.keyName, 'cms-redaktion')

  t.equal((await app.inject({ url: `/v1/articles/${id}/revisions`, headers: writer })).statusCode, 403, 'history needs the preview scope')
  t.equal((await app.inject({ url: `/v1/articles/${id}/revisions` })).statusCode, 401)
})

t.test('a revision can be read and restored, even after deletion', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const writer = keyHeaders(app, ['content:write', 'content:preview'])
  const created = await app.inject({ method: 'POST', url: '/v1/articles', headers: writer, payload: articleWrite() })
  const { id } = created.json()
  const put = await app.inject({ method: 'PUT', url: `/v1/articles/${id}`, headers: { ...writer, 'if-match': String(created.headers.etag) }, payload: articleWrite({ title: 'Zweite Fassung' }) })
  t.equal(put.statusCode, 200)

  const first = await app.inject({ url: `/v1/articles/${id}/revisions/1`, headers: writer })
  t.equal(first.statusCode, 200)
  t.match(first.json(), { version: 1, status: 'published', article: { title: 'Grüße aus Köln: Straßenfest am Rhein', slug: 'gruesse-aus-koeln-strassenfest-am-rhein' } })
  t.equal((await app.inject({ url: `/v1/articles/${id}/revisions/9`, headers: writer })).statusCode, 404)
  t.equal((await app.inject({ url: `/v1/articles/${id}/revisions/0`, headers: writer })).statusCode, 400)

  const noMatch = await app.inject({ method: 'POST', url: `/v1/articles/${id}/revisions/1/restore`, headers: writer })
  t.equal(noMatch.statusCode, 428)
  const restored = await app.inject({ method: 'POST', url: `/v1/articles/${id}/revisions/1/restore`, headers: { ...writer, 'if-match': String(put.headers.etag) } })
  t.equal(restored.statusCode, 200)
  t.match(restored.json(), { title: 'Grüße aus Köln: Straßenfest am Rhein', version: 3 })

  await app.inject({ method: 'DELETE', url: `/v1/articles/${id}`, headers: { ...writer, 'if-match': '*' } })
  t.equal((await app.inject({ url: `/v1/articles/${id}/revisions`, headers: writer })).json().items.length, 3, 'history outlives the article')
  const back = await app.inject({ method: 'POST', url: `/v1/articles/${id}/revisions/2/restore`, headers: writer })
  t.equal(back.statusCode, 200, 'restoring brings a deleted article back')
  t.match(back.json(), { id, title: 'Zweite Fassung' })
  t.equal((await app.inject({ url: `/v1/articles/${id}` })).statusCode, 200)
  const events = (await app.inject({ url: `/v1/articles/${id}/events`, headers: writer })).json().items
  t.same(events.map((e: { type: string }) => e.type), ['created', 'published', 'updated', 'restored', 'deleted', 'restored'])
})

t.test('rate limits: per address for anonymous callers, per key for keys', async (t) => {
  // Any counted route will do (the probes /health and /ready never count).
  const app = await build(t, { RATE_LIMIT_PER_MINUTE: '3' })
  for (let i = 0; i < 3; i++) {
    const ok = await app.inject({ url: '/v1/categories' })
    t.equal(ok.statusCode, 200)
    t.equal(ok.headers['ratelimit-limit'], '3')
  }
  const limited = await app.inject({ url: '/v1/categories' })
  t.equal(limited.statusCode, 429)
  t.match(problemOf(limited), { code: 'CONTENT_ERR_RATE_LIMITED', detail: /More than 3 requests in a minute/ })
  t.ok(Number(limited.headers['retry-after']) > 0)
  t.equal(limited.headers['ratelimit-remaining'], '0')
  t.equal((await app.inject({ url: '/v1/categories', remoteAddress: '10.0.0.2' })).statusCode, 200, 'another address has its own budget')

  const key = keyHeaders(app, ['partner'], { rateLimitPerMinute: 2 })
  t.equal((await app.inject({ url: '/v1/categories', headers: key })).statusCode, 200, 'a key is counted apart from its address')
  t.equal((await app.inject({ url: '/v1/categories', headers: key })).statusCode, 200)
  t.equal((await app.inject({ url: '/v1/categories', headers: key })).statusCode, 429)

  const unlimited = await build(t, { RATE_LIMIT_PER_MINUTE: '0' })
  for (let i = 0; i < 5; i++) t.equal((await unlimited.inject({ url: '/v1/categories' })).statusCode, 200)
  t.equal((await unlimited.inject({ url: '/v1/categories' })).headers['ratelimit-limit'], undefined, '0 turns the limit off')
})

t.test('API keys never reach the logs', async (t) => {
  let logs = ''
  const stream = new Writable({ write (chunk, _encoding, done) { logs += String(chunk); done() } })
  const app = await build(t, { LOG_LEVEL: 'trace' }, { logStream: stream })
  const headers = keyHeaders(app, ['content:write', 'content:preview'])
  const key = headers.authorization.slice('Bearer '.length)
  await app.inject({ method: 'POST', url: '/v1/articles', headers, payload: articleWrite() })
  await app.inject({ method: 'POST', url: '/v1/articles', headers, payload: '{broken' })
  await app.inject({ url: '/v1/articles', headers: { authorization: `Bearer ${key.slice(0, -1)}x` } })
  app.log.info({ headers }, 'a log line that carries the headers')
  t.ok(logs.length > 0, 'requests were logged')
  t.notOk(logs.includes(key), 'the key is not in the logs')
  t.notOk(logs.includes(key.slice(15)), 'nor its secret part')
  t.match(logs, /\[redacted\]/)
})
