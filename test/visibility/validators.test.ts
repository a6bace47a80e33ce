// Public validators and cursors change only when the public view changes: an edit of a draft changes no ETag,
// Last-Modified, feed build date or change-feed cursor, and a date validator never outlives a media-rules decision.
import t from 'tap'
import { articleInput, build, keyHeaders } from '../helper.js'

const T0 = '2025-06-01T12:00:00.000Z'

function clockAt (start: string): { now: () => Date, advance: (ms: number) => void } {
  let at = Date.parse(start)
  return { now: () => new Date(at), advance: (ms) => { at += ms } }
}

t.test('If-Modified-Since does not outlive a media window: a copy from before it closed is not current', async (t) => {
  const clock = clockAt(T0)
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: clock.now })
  const media = {
    id: 'v1de0v1de0v1de0v',
    type: 'video' as const,
    title: 'Clip',
    caption: 'Ein Clip',
    durationSeconds: 60,
    credit: null,
    copyright: null,
    date: null,
    availableFrom: null,
    availableUntil: '2025-06-01T13:00:00.000Z',
    renditions: [{ url: 'https://media.example.org/clip.mp4', mimeType: 'video/mp4', width: 640, height: 360 }],
    thumbnails: []
  }
  const input = articleInput({ publishedAt: '2025-05-01T00:00:00.000Z', media: [{ role: 'lead', media }] })
  app.context.articleStore.save(input, '2025-05-01T00:00:00.000Z')
  for (const url of [`/v1/articles/${input.id}`, `/v1/media/${media.id}`, '/v1/feeds/rss', '/v1/articles?include=media']) {
    const before = await app.inject({ url })
    const lastModified = before.headers['last-modified'] as string
    t.ok(lastModified !== undefined, `${url} has Last-Modified`)
    t.equal((await app.inject({ url, headers: { 'if-modified-since': lastModified } })).statusCode, 304, `${url}: current while nothing changed`)
  }
  const copies = new Map<string, string>()
  for (const url of [`/v1/articles/${input.id}`, `/v1/media/${media.id}`, '/v1/feeds/rss', '/v1/articles?include=media']) {
    copies.set(url, (await app.inject({ url })).headers['last-modified'] as string)
  }
  clock.advance(2 * 3600_000)
  for (const [url, lastModified] of copies) {
    const after = await app.inject({ url, headers: { 'if-modified-since': lastModified } })
    t.equal(after.statusCode, 200, `${url}: the window closed since that copy`)
    t.ok(Date.parse(after.headers['last-modified'] as string) >= Date.parse('2025-06-01T13:00:00.000Z'), `${url}: Last-Modified is the closing instant or later`)
  }
  const playable = (await app.inject({ url: `/v1/media/${media.id}` })).json()
  t.equal(playable.playable, false)
})

t.test('an edit of a hidden article changes no public validator, build date or cursor', async (t) => {
  const clock = clockAt(T0)
  const app = await build(t, { SEED_SAMPLE: 'false', WEBHOOK_DISPATCH: 'false' }, { clock: clock.now })
  const partner = keyHeaders(app, ['partner'])
  const visible = articleInput({ publishedAt: '2025-05-01T00:00:00.000Z', breadcrumb: ['Nachrichten'] })
  const draft = articleInput({ status: 'draft', breadcrumb: ['Nachrichten', 'Geheim'] })
  app.context.articleStore.save(visible, '2025-05-01T00:00:00.000Z')
  app.context.articleStore.save(draft, '2025-05-02T00:00:00.000Z')

  const urls = ['/v1/articles', '/v1/articles?category=Nachrichten', '/v1/categories', '/v1/feeds/rss', '/v1/feeds/atom', '/v1/feeds/json', '/v1/search?q=Testartikel']
  const snapshot = async (): Promise<Record<string, unknown>> => {
    const result: Record<string, unknown> = {}
    for (const url of urls) {
      const response = await app.inject({ url })
      result[url] = { etag: response.headers.etag, lastModified: response.headers['last-modified'], body: response.body }
    }
    const changes = await app.inject({ url: '/v1/changes', headers: partner })
    result.changes = { etag: changes.headers.etag, body: changes.body }
    return result
  }
  const before = await snapshot()
  clock.advance(60_000)
  for (let i = 0; i < 5; i++) {
    app.context.articleStore.save({ ...draft, title: `Entwurf, Fassung ${i}` }, clock.now().toISOString())
    clock.advance(1000)
  }
  app.context.articleStore.save({ ...draft, status: 'scheduled', publishedAt: '2030-01-01T00:00:00.000Z' }, clock.now().toISOString())
  app.context.articleStore.delete(draft.id, clock.now().toISOString())
  t.same(await snapshot(), before, 'every public answer and validator is as it was')

  // A public change does change them.
  app.context.articleStore.save({ ...visible, title: 'Eine neue Überschrift' }, clock.now().toISOString())
  const after = await snapshot()
  t.not((after['/v1/articles'] as { etag: string }).etag, (before['/v1/articles'] as { etag: string }).etag)
  t.not((after['/v1/feeds/rss'] as { lastModified: string }).lastModified, (before['/v1/feeds/rss'] as { lastModified: string }).lastModified)
})

t.test('the public change feed counts public events only; cursors from before still work', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false', WEBHOOK_DISPATCH: 'false' }, { clock: () => new Date(T0) })
  const partner = keyHeaders(app, ['partner'])
  const draft = articleInput({ status: 'draft' })
  for (let i = 0; i < 7; i++) app.context.articleStore.save({ ...draft, title: `Entwurf ${i}` }, T0)
  const first = articleInput({ publishedAt: '2025-05-01T00:00:00.000Z' })
  app.context.articleStore.save(first, T0)
  for (let i = 0; i < 7; i++) app.context.articleStore.save({ ...draft, title: `Entwurf ${i + 7}` }, T0)
  const second = articleInput({ publishedAt: '2025-05-01T00:00:00.000Z' })
  app.context.articleStore.save(second, T0)

  const page = (await app.inject({ url: '/v1/changes', headers: partner })).json() as { items: Array<{ articleId: string }>, nextCursor: string }
  t.same(page.items.map((item) => item.articleId), [first.id, second.id])
  const decoded = JSON.parse(Buffer.from(page.nextCursor, 'base64url').toString('utf8')) as unknown[]
  t.equal(decoded.at(-1), 2, 'the cursor counts the two public events, not the fourteen hidden ones between')

  const onePage = (await app.inject({ url: '/v1/changes?limit=1', headers: partner })).json() as { nextCursor: string }
  t.equal(JSON.parse(Buffer.from(onePage.nextCursor, 'base64url').toString('utf8')).at(-1), 1)

  // A cursor issued before the public view was numbered on its own named the seq of all events.
  const firstSeq = (app.context.db.prepare('SELECT seq FROM article_events WHERE article_id = ? AND public_type IS NOT NULL').get(first.id) as { seq: number }).seq
  const old = Buffer.from(JSON.stringify(['changes.public', firstSeq])).toString('base64url')
  const rest = (await app.inject({ url: `/v1/changes?since=${old}`, headers: partner })).json() as { items: Array<{ articleId: string }> }
  t.same(rest.items.map((item) => item.articleId), [second.id], 'an old cursor continues where it left off')
})
