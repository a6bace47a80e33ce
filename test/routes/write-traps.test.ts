// Writes that trapped editors or wrote what nobody changed: schedules that have come or gone stale, restores that
// changed the workflow state, no-op writes, and write answers that showed hidden articles to keys without preview.
import t from 'tap'
import { articleWrite, build, keyHeaders } from '../helper.js'

type App = Awaited<ReturnType<typeof build>>

function manualClock (start: string) {
  let now = new Date(start)
  return { clock: () => now, set: (iso: string) => { now = new Date(iso) } }
}

const MERGE = { 'content-type': 'application/merge-patch+json', 'if-match': '*' }

async function patch (app: App, headers: Record<string, string>, id: string, body: unknown) {
  return await app.inject({ method: 'PATCH', url: `/v1/articles/${id}`, headers: { ...headers, ...MERGE }, payload: JSON.stringify(body) })
}

async function events (app: App, headers: Record<string, string>, id: string): Promise<Array<{ type: string, version: number, changes: string[] }>> {
  return (await app.inject({ url: `/v1/articles/${id}/events`, headers })).json().items
}

t.test('a scheduled article whose time has come can be edited without re-publishing it', async (t) => {
  const time = manualClock('2025-06-01T12:00:00.000Z')
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: time.clock })
  const editor = keyHeaders(app, ['content:write', 'content:preview'])
  const article = (await app.inject({ method: 'POST', url: '/v1/articles', headers: editor, payload: articleWrite({ status: 'scheduled', publishedAt: '2025-06-01T13:00:00.000Z' }) })).json()
  time.set('2025-06-01T14:00:00.000Z')
  const edited = await patch(app, editor, article.id, { title: 'Nachgetragen: Straßenfest am Rhein' })
  t.equal(edited.statusCode, 200, edited.body)
  t.equal(edited.json().publishedAt, '2025-06-01T13:00:00.000Z', 'the publication time stays')
  t.equal((await app.inject({ url: `/v1/articles/${article.id as string}` })).json().title, 'Nachgetragen: Straßenfest am Rhein', 'and it is public')
  const moved = await patch(app, editor, article.id, { publishedAt: '2025-06-01T13:30:00.000Z' })
  t.equal(moved.statusCode, 400, 'a new schedule in the past is still refused')
})

t.test('scheduled, unpublished, draft, then published: publishes now', async (t) => {
  const time = manualClock('2025-06-01T12:00:00.000Z')
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: time.clock })
  const editor = keyHeaders(app, ['content:write', 'content:preview'])
  const article = (await app.inject({ method: 'POST', url: '/v1/articles', headers: editor, payload: articleWrite({ status: 'scheduled', publishedAt: '2025-06-02T06:00:00.000Z' }) })).json()
  t.equal((await patch(app, editor, article.id, { status: 'unpublished' })).statusCode, 200)
  t.equal((await patch(app, editor, article.id, { status: 'draft' })).statusCode, 200)
  const published = await patch(app, editor, article.id, { status: 'published' })
  t.equal(published.statusCode, 200, published.body)
  t.equal(published.json().publishedAt, '2025-06-01T12:00:00.000Z', 'published now, not at the stale schedule')
  t.equal((await app.inject({ url: `/v1/articles/${article.id as string}` })).statusCode, 200, 'public')
  const explicit = (await app.inject({ method: 'POST', url: '/v1/articles', headers: editor, payload: articleWrite({ status: 'draft' }) })).json()
  t.equal((await patch(app, editor, explicit.id, { status: 'published', publishedAt: '2025-06-03T06:00:00.000Z' })).statusCode, 400, 'a future time the client sends is still refused')
})

t.test('restoring a revision brings back content and keeps the workflow state', async (t) => {
  const time = manualClock('2025-06-01T12:00:00.000Z')
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: time.clock })
  const editor = keyHeaders(app, ['content:write', 'content:preview'])
  const draft = (await app.inject({ method: 'POST', url: '/v1/articles', headers: editor, payload: articleWrite({ status: 'draft', title: 'Erste Fassung' }) })).json()
  time.set('2025-06-01T13:00:00.000Z')
  await patch(app, editor, draft.id, { status: 'published', title: 'Zweite Fassung' })
  const head = (await app.inject({ url: '/v1/changes?limit=100', headers: editor })).json().nextCursor as string
  time.set('2025-06-01T14:00:00.000Z')
  const restored = await app.inject({ method: 'POST', url: `/v1/articles/${draft.id as string}/revisions/1/restore`, headers: { ...editor, 'if-match': '*' } })
  t.equal(restored.statusCode, 200, restored.body)
  t.equal(restored.json().title, 'Erste Fassung', 'the content is back')
  t.equal(restored.json().status, 'published', 'the status stays')
  t.equal(restored.json().publishedAt, '2025-06-01T13:00:00.000Z', 'so does the publication time')
  t.equal((await app.inject({ url: `/v1/articles/${draft.id as string}` })).json().title, 'Erste Fassung', 'readers see it')
  const feed = (await app.inject({ url: `/v1/changes?since=${head}`, headers: editor })).json().items
  t.same(feed.map((item: { type: string }) => item.type), ['updated'], 'the change feed says updated, not unpublished')
})

t.test('a write that changes nothing adds no version, revision or event', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const editor = keyHeaders(app, ['content:write', 'content:preview'])
  const created = await app.inject({ method: 'POST', url: '/v1/articles', headers: editor, payload: articleWrite() })
  const article = created.json()
  const before = await events(app, editor, article.id)
  for (const body of [{}, { title: article.title }]) {
    const response = await patch(app, editor, article.id, body)
    t.equal(response.statusCode, 200)
    t.equal(response.json().version, article.version, 'the same version')
    t.equal(response.headers.etag, created.headers.etag, 'the same ETag')
  }
  const current = (await app.inject({ url: `/v1/articles/${article.id as string}/revisions/${article.version as number}`, headers: editor })).json().article
  const put = await app.inject({ method: 'PUT', url: `/v1/articles/${article.id as string}`, headers: { ...editor, 'if-match': created.headers.etag as string }, payload: current })
  t.equal(put.statusCode, 200)
  t.equal(put.json().version, article.version, 'a PUT of the stored article too')
  t.same(await events(app, editor, article.id), before, 'no event')
  t.equal((await app.inject({ url: `/v1/articles/${article.id as string}/revisions`, headers: editor })).json().items.length, 1, 'no revision')
})

t.test('a correction is an event that names what changed', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const editor = keyHeaders(app, ['content:write', 'content:preview'])
  const article = (await app.inject({ method: 'POST', url: '/v1/articles', headers: editor, payload: articleWrite() })).json()
  t.equal((await patch(app, editor, article.id, { correction: 'Der Ort war falsch angegeben.' })).statusCode, 200)
  const last = (await events(app, editor, article.id)).at(-1)
  t.same(last?.changes, ['corrections'])
})

t.test('write answers of hidden articles need the preview scope', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const editor = keyHeaders(app, ['content:write', 'content:preview'])
  const writer = keyHeaders(app, ['content:write'])
  const secret = 'Geheimer Entwurf über den Haushalt'
  const draft = (await app.inject({ method: 'POST', url: '/v1/articles', headers: editor, payload: articleWrite({ status: 'draft', title: secret }) })).json()

  const empty = await patch(app, writer, draft.id, {})
  t.equal(empty.statusCode, 204, 'an empty patch by a key without preview')
  t.equal(empty.body, '', 'carries no body')
  t.notMatch(JSON.stringify(empty.headers), 'Haushalt')
  t.ok(empty.headers.etag, 'but the ETag for the next write')
  const put = await app.inject({ method: 'PUT', url: `/v1/articles/${draft.id as string}`, headers: { ...writer, 'if-match': empty.headers.etag as string }, payload: articleWrite({ status: 'draft', title: 'Neuer Entwurf' }) })
  t.equal(put.statusCode, 204)
  const restore = await app.inject({ method: 'POST', url: `/v1/articles/${draft.id as string}/revisions/1/restore`, headers: { ...writer, 'if-match': '*' } })
  t.equal(restore.statusCode, 204, 'a restore')
  t.equal(restore.body, '')
  const created = await app.inject({ method: 'POST', url: '/v1/articles', headers: writer, payload: articleWrite({ status: 'draft' }) })
  t.equal(created.statusCode, 204, 'a new draft')
  t.match(created.headers.location, /^\/v1\/articles\/[0-9a-z]{16}$/, 'says where it is')
  t.equal(created.body, '')

  const withPreview = await patch(app, editor, draft.id, {})
  t.equal(withPreview.statusCode, 200, 'a key with preview reads it back')
  t.equal(withPreview.json().title, secret)
  const published = await app.inject({ method: 'POST', url: '/v1/articles', headers: writer, payload: articleWrite() })
  t.equal(published.statusCode, 201, 'a public article is answered as before')
  t.equal(published.json().title, 'Grüße aus Köln: Straßenfest am Rhein')
})
