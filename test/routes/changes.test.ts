import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { articleWrite, build, keyHeaders, problemOf } from '../helper.js'

type App = Awaited<ReturnType<typeof build>>
interface Item { seq?: number, type: string, articleId: string, at: string, version: number | null }

function manualClock (start: string) {
  let now = new Date(start)
  return { clock: () => now, set: (iso: string) => { now = new Date(iso) }, tick: (ms = 1000) => { now = new Date(now.getTime() + ms) } }
}

/** Every page from `since` on, following nextCursor until a page comes back short. */
async function readAll (app: App, headers: Record<string, string>, options: { since?: string, limit?: number, view?: string } = {}): Promise<{ items: Item[], cursor: string }> {
  const items: Item[] = []
  let since = options.since
  for (;;) {
    const query = new URLSearchParams({ limit: String(options.limit ?? 3), ...(since === undefined ? {} : { since }), ...(options.view === undefined ? {} : { view: options.view }) })
    const response = await app.inject({ url: `/v1/changes?${query.toString()}`, headers })
    if (response.statusCode !== 200) throw new Error(response.body)
    const page = response.json() as { items: Item[], nextCursor: string }
    items.push(...page.items)
    since = page.nextCursor
    if (page.items.length < (options.limit ?? 3)) return { items, cursor: since }
  }
}

/** A partner's mirror: the article ids a replay of public changes leaves standing. */
function mirror (items: Item[], start: Set<string> = new Set()): Set<string> {
  const ids = new Set(start)
  for (const item of items) {
    if (item.type === 'unpublished' || item.type === 'deleted') ids.delete(item.articleId)
    else ids.add(item.articleId)
  }
  return ids
}

async function publicIds (app: App): Promise<Set<string>> {
  const ids = new Set<string>()
  let cursor: string | undefined
  do {
    const page = (await app.inject({ url: `/v1/articles?limit=100${cursor === undefined ? '' : `&cursor=${cursor}`}` })).json() as { items: Array<{ id: string }>, nextCursor: string | null }
    for (const item of page.items) ids.add(item.id)
    cursor = page.nextCursor ?? undefined
  } while (cursor !== undefined)
  return ids
}

function writerOf (app: App, time: ReturnType<typeof manualClock>) {
  const headers = keyHeaders(app, ['content:write', 'content:preview'])
  const write = async (method: 'POST' | 'PATCH' | 'DELETE', url: string, body?: Record<string, unknown>) => {
    time.tick()
    const response = await app.inject({
      method,
      url,
      headers: { ...headers, 'if-match': '*', ...(method === 'PATCH' ? { 'content-type': 'application/merge-patch+json' } : {}) },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
      ...(method === 'POST' && body !== undefined ? { headers: { ...headers, 'content-type': 'application/json' } } : {})
    })
    if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.body}`)
    return response.statusCode === 204 ? undefined : response.json() as { id: string, slug: string, version: number }
  }
  return {
    create: async (fields: Record<string, unknown> = {}) => (await write('POST', '/v1/articles', articleWrite({ slug: undefined, ...fields })))!,
    patch: async (id: string, fields: Record<string, unknown>) => write('PATCH', `/v1/articles/${id}`, fields),
    remove: async (id: string) => write('DELETE', `/v1/articles/${id}`),
    restore: async (id: string, version: number) => {
      time.tick()
      return app.inject({ method: 'POST', url: `/v1/articles/${id}/revisions/${version}/restore`, headers: { ...headers, 'if-match': '*' } })
    }
  }
}

t.test('replaying the public feed from the start rebuilds exactly the public articles, at every step', async (t) => {
  const time = manualClock('2025-06-01T12:00:00.000Z')
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: time.clock })
  const partner = keyHeaders(app, ['partner'])
  const editor = writerOf(app, time)
  const check = async (step: string) => {
    const replay = await readAll(app, partner)
    t.same([...mirror(replay.items)].sort(), [...await publicIds(app)].sort(), `after: ${step}`)
    return replay
  }

  const a = await editor.create({ title: 'Grüße aus Köln' })
  const b = await editor.create({ title: 'Entwurf über Straßenbahnen', status: 'draft' })
  await check('a published article and a draft')
  await editor.patch(b.id, { title: 'Entwurf über Straßenbahnen, überarbeitet' })
  await editor.patch(a.id, { teaser: 'Neu: Führungen am Rhein' })
  await check('edits to both')
  await editor.patch(b.id, { status: 'published' })
  await editor.patch(a.id, { status: 'unpublished' })
  await check('the draft published, the other unpublished')
  const c = await editor.create({ title: 'Geplant: Weißwurstfrühstück', status: 'scheduled', publishedAt: '2025-06-01T13:00:00.000Z' })
  await check('a scheduled article before its time')
  await editor.remove(b.id)
  await check('a deletion')
  const restored = await editor.restore(b.id, 3)
  t.equal(restored.statusCode, 200, restored.body)
  await check('a restore')
  time.set('2025-06-01T13:00:00.000Z')
  const after = await check('the scheduled instant')
  t.ok(after.items.some((item) => item.articleId === c.id && item.type === 'publication_reached' && item.at === '2025-06-01T13:00:00.000Z'), 'the instant is an event at its own time')
  await editor.patch(a.id, { status: 'published' })
  await editor.remove(a.id)
  const end = await check('republished and deleted')

  t.same(end.items.map((item) => [item.type, item.articleId === a.id ? 'a' : item.articleId === b.id ? 'b' : 'c']), [
    ['published', 'a'], ['updated', 'a'], ['published', 'b'], ['unpublished', 'a'], ['deleted', 'b'], ['published', 'b'],
    ['publication_reached', 'c'], ['published', 'a'], ['deleted', 'a']
  ], 'the public story, and nothing of the draft or the scheduled article before its time')
  const tombstone = end.items.at(-1)
  t.same(Object.keys(tombstone ?? {}).sort(), ['articleId', 'at', 'type', 'version'], 'a tombstone: id, time, version and no content')
  t.notOk(end.items.some((item) => 'seq' in item), 'the public view does not count hidden events')
})

t.test('a stored cursor yields each new change exactly once', async (t) => {
  const time = manualClock('2025-06-01T12:00:00.000Z')
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: time.clock })
  const partner = keyHeaders(app, ['partner'])
  const editor = writerOf(app, time)
  const a = await editor.create()
  let { items, cursor } = await readAll(app, partner)
  t.same(items.map((item) => item.type), ['published'])
  const again = await readAll(app, partner, { since: cursor })
  t.same(again.items, [], 'nothing new')
  t.equal(again.cursor, cursor, 'the cursor stays where it was')
  await editor.patch(a.id, { status: 'draft' })
  await editor.patch(a.id, { title: 'Nur im Entwurf' })
  ;({ items, cursor } = await readAll(app, partner, { since: cursor }))
  t.same(items.map((item) => item.type), ['unpublished'], 'a draft edit is not shown')
  ;({ items, cursor } = await readAll(app, partner, { since: cursor }))
  t.same(items, [], 'and the cursor moved past it')
  await editor.patch(a.id, { status: 'published' })
  ;({ items } = await readAll(app, partner, { since: cursor }))
  t.same(items.map((item) => [item.type, item.version]), [['published', 4]])
})

t.test('the editorial view shows every event with its seq; it needs the preview scope', async (t) => {
  const time = manualClock('2025-06-01T12:00:00.000Z')
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: time.clock })
  const editor = writerOf(app, time)
  const a = await editor.create({ status: 'draft' })
  await editor.patch(a.id, { title: 'Zweiter Entwurf' })
  const { items } = await readAll(app, keyHeaders(app, ['content:preview']), { view: 'all' })
  t.same(items.map((item) => [item.seq, item.type, item.version]), [[1, 'created', 1], [2, 'updated', 2]])
  const partnerAll = await app.inject({ url: '/v1/changes?view=all', headers: keyHeaders(app, ['partner'], { name: 'agentur' }) })
  t.equal(partnerAll.statusCode, 403)
  t.match(problemOf(partnerAll).detail, /content:preview/)
  const admin = await readAll(app, keyHeaders(app, ['admin']), { view: 'all' })
  t.equal(admin.items.length, 2, 'admin keys have every scope')
})

t.test('who may read the feed', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const anonymous = await app.inject({ url: '/v1/changes' })
  t.equal(anonymous.statusCode, 401)
  t.equal(problemOf(anonymous).code, 'CONTENT_ERR_UNAUTHORIZED')
  const writer = await app.inject({ url: '/v1/changes', headers: keyHeaders(app, ['content:write'], { name: 'cms' }) })
  t.equal(writer.statusCode, 403)
  t.equal(problemOf(writer).detail, "The key 'cms' has none of the scopes this needs: partner or content:preview")
  for (const scope of ['partner', 'content:preview', 'admin'] as const) {
    t.equal((await app.inject({ url: '/v1/changes', headers: keyHeaders(app, [scope]) })).statusCode, 200, scope)
  }
})

t.test('bad cursors and limits are 400s that name the parameter', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const preview = keyHeaders(app, ['content:preview'])
  const publicCursor = (await app.inject({ url: '/v1/changes', headers: preview })).json().nextCursor as string
  const cases: Array<[string, string, RegExp]> = [
    ['since=bm90LWpzb24', 'CONTENT_ERR_INVALID_CURSOR', /not a cursor of this list/],
    [`since=${Buffer.from(JSON.stringify(['changes.public', -1])).toString('base64url')}`, 'CONTENT_ERR_INVALID_CURSOR', /damaged/],
    [`since=${Buffer.from(JSON.stringify(['changes.public', 1.5])).toString('base64url')}`, 'CONTENT_ERR_INVALID_CURSOR', /damaged/],
    [`since=${publicCursor}&view=all`, 'CONTENT_ERR_INVALID_CURSOR', /not a cursor of this list/],
    [`since=${Buffer.from(JSON.stringify(['articles.-publishedAt.{}', 3])).toString('base64url')}`, 'CONTENT_ERR_INVALID_CURSOR', /not a cursor of this list/],
    ['since=ä', 'CONTENT_ERR_VALIDATION', /since/],
    ['limit=0', 'CONTENT_ERR_VALIDATION', /limit/],
    ['limit=1001', 'CONTENT_ERR_VALIDATION', /limit/],
    ['view=drafts', 'CONTENT_ERR_VALIDATION', /view/],
    ['cursor=abc', 'CONTENT_ERR_INVALID_CURSOR', /not a cursor of this list/],
    ['cursor=%C3%A4', 'CONTENT_ERR_VALIDATION', /cursor/],
    ['curser=abc', 'CONTENT_ERR_VALIDATION', /did you mean 'cursor'/]
  ]
  for (const [query, code, detail] of cases) {
    const response = await app.inject({ url: `/v1/changes?${query}`, headers: preview })
    t.equal(response.statusCode, 400, query)
    t.equal(problemOf(response).code, code, query)
    t.match(problemOf(response).detail, detail, query)
  }
})

t.test('full pages are immutable, the newest page revalidates', async (t) => {
  const time = manualClock('2025-06-01T12:00:00.000Z')
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: time.clock })
  const partner = keyHeaders(app, ['partner'])
  const editor = writerOf(app, time)
  for (let i = 0; i < 3; i++) await editor.create()
  const full = await app.inject({ url: '/v1/changes?limit=2', headers: partner })
  t.equal(full.headers['cache-control'], 'private, max-age=31536000, immutable')
  t.match(String(full.headers.link), /^<\/v1\/changes\?cursor=[A-Za-z0-9_-]+&limit=2>; rel="next"$/)
  const last = await app.inject({ url: `/v1/changes?limit=2&cursor=${full.json().nextCursor as string}`, headers: partner })
  t.equal(last.headers['cache-control'], 'private, no-cache')
  t.equal(last.json().items.length, 1)
  const etag = String(last.headers.etag)
  const unchanged = await app.inject({ url: `/v1/changes?limit=2&cursor=${full.json().nextCursor as string}`, headers: { ...partner, 'if-none-match': etag } })
  t.equal(unchanged.statusCode, 304, 'nothing happened since')
  await editor.create()
  const changed = await app.inject({ url: `/v1/changes?limit=2&cursor=${full.json().nextCursor as string}`, headers: { ...partner, 'if-none-match': etag } })
  t.equal(changed.statusCode, 200, 'a new change is a new page')
  t.equal(changed.json().items.length, 2)
})

t.test('a media edit is an update of every public article showing it; German text survives', async (t) => {
  const time = manualClock('2025-06-01T12:00:00.000Z')
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: time.clock })
  const partner = keyHeaders(app, ['partner'])
  const editor = writerOf(app, time)
  const a = await editor.create()
  const { cursor } = await readAll(app, partner)
  time.tick()
  const media = await app.inject({ url: '/v1/media/p1ctur3p1ctur3p1', headers: keyHeaders(app, ['content:preview']) })
  const edited = await app.inject({
    method: 'PUT',
    url: '/v1/media/p1ctur3p1ctur3p1',
    headers: { ...keyHeaders(app, ['content:write']), 'if-match': '*', 'content-type': 'application/json' },
    payload: { type: 'image', caption: 'Das Rheinufer bei Köln, früh morgens', renditions: [{ url: 'https://media.example.org/rhein.jpg', mimeType: 'image/jpeg', width: 1600, height: 900 }] }
  })
  t.equal(media.statusCode, 200)
  t.ok(edited.statusCode < 300, edited.body)
  const { items } = await readAll(app, partner, { since: cursor })
  t.same(items.map((item) => [item.type, item.articleId]), [['updated', a.id]])
})

t.test('a scheduled instant is recorded once, even by two processes sharing the database', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-changes-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const time = manualClock('2025-06-01T12:00:00.000Z')
  const env = { SEED_SAMPLE: 'false', DATABASE_PATH: join(dir, 'feed.db') }
  const first = await build(t, env, { clock: time.clock })
  const second = await build(t, env, { clock: time.clock })
  const editor = writerOf(first, time)
  const due = await editor.create({ status: 'scheduled', publishedAt: '2025-06-01T12:30:00.000Z' })
  time.set('2025-06-01T12:45:00.000Z')
  const [one, two] = await Promise.all([
    readAll(first, keyHeaders(first, ['partner'])),
    readAll(second, keyHeaders(second, ['partner']))
  ])
  t.same(one.items, two.items, 'both processes tell the same story')
  t.same(one.items.map((item) => [item.type, item.articleId, item.at]), [['publication_reached', due.id, '2025-06-01T12:30:00.000Z']])
  // A write to an article whose instant passed unseen records the instant first.
  const later = await editor.create({ status: 'scheduled', publishedAt: '2025-06-01T13:00:00.000Z' })
  time.set('2025-06-01T14:00:00.000Z')
  await editor.patch(later.id, { status: 'published', teaser: 'Nachträglich ergänzt' })
  const { items } = await readAll(second, keyHeaders(second, ['partner']), { since: one.cursor })
  t.same(items.map((item) => [item.type, item.at]), [['publication_reached', '2025-06-01T13:00:00.000Z'], ['updated', '2025-06-01T14:00:01.000Z']])
  const trail = (await first.inject({ url: `/v1/articles/${later.id}/events`, headers: keyHeaders(first, ['content:preview']) })).json()
  t.same(trail.items.map((event: { type: string }) => event.type), ['created', 'scheduled', 'publication_reached', 'published'], 'the audit trail shows the instant too')
})
