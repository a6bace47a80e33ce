// Surrogate keys are exact: every key a response's body depends on, derived here from the body itself, in one spelling, on 200 and 304 alike.
import t, { type Test } from 'tap'
import { articleInput, build } from '../helper.js'
import { keysFor } from '../../src/edge/keys.js'
import { categoryId } from '../../src/lib/match-keys.js'

const NOW = '2025-06-01T12:00:00.000Z'
type App = Awaited<ReturnType<typeof build>>

function image (id: string) {
  return { id, type: 'image' as const, title: null, caption: 'Ein Bild', durationSeconds: null, credit: null, copyright: null, date: null, availableFrom: null, availableUntil: null, renditions: [{ url: `https://media.example.org/${id}.jpg`, mimeType: 'image/jpeg', width: 800, height: 450 }], thumbnails: [] }
}

function keysOf (header: unknown): string[] {
  return String(header ?? '').split(' ').filter((key) => key !== '').sort()
}

interface Item { id: string, media?: Array<{ id: string }> }
interface Node { id: string, children: Node[] }

const itemKeys = (items: Item[]): string[] => items.flatMap((item) => [`article:${item.id}`, ...(item.media ?? []).map((media) => `media:${media.id}`)])
const nodeKeys = (nodes: Node[]): string[] => nodes.flatMap((node) => [`category:${node.id}`, ...nodeKeys(node.children)])
const sorted = (keys: string[]): string[] => [...new Set(keys)].sort()

/** The 200, then the same request revalidated: both must carry exactly `expected(body)`. */
async function check (t: Test, app: App, url: string, expected: (body: any) => string[]): Promise<void> {
  const ok = await app.inject({ url })
  t.equal(ok.statusCode, 200, url)
  const want = sorted(expected(ok.json()))
  t.same(keysOf(ok.headers['surrogate-key']), want, `${url}: 200`)
  const etag = ok.headers.etag
  if (typeof etag !== 'string') return
  const revalidated = await app.inject({ url, headers: { 'if-none-match': etag } })
  t.equal(revalidated.statusCode, 304, `${url}: revalidates`)
  t.same(keysOf(revalidated.headers['surrogate-key']), want, `${url}: the 304 carries the 200's keys`)
}

async function newsroom (t: Test): Promise<{ app: App, ids: string[] }> {
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: () => new Date(NOW) })
  const inputs = [
    articleInput({ title: 'Gipfel in Brüssel', breadcrumb: ['Nachrichten', 'Politik', 'Außenpolitik'], publishedAt: '2025-05-01T08:00:00.000Z', media: [{ media: image('b1ldb1ldb1ldb1ld'), role: 'lead' }, { media: image('z2e1z2e1z2e1z2e1'), role: 'inline' }] }),
    articleInput({ title: 'Gipfel der Alpen', breadcrumb: ['Nachrichten', 'Politik', 'Außenpolitik'], publishedAt: '2025-05-02T08:00:00.000Z', media: [{ media: image('b1ldb1ldb1ldb1ld'), role: 'lead' }] }),
    articleInput({ title: 'Gipfel ohne Bild', breadcrumb: ['Sport'], publishedAt: '2025-05-03T08:00:00.000Z' })
  ]
  for (const input of inputs) app.context.articleStore.save(input, NOW)
  return { app, ids: inputs.map((input) => input.id) }
}

t.test('articles: their own key and their media\'s, on 200 and 304, in every format', async (t) => {
  const { app, ids } = await newsroom(t)
  for (const id of ids) {
    await check(t, app, `/v1/articles/${id}`, (body) => itemKeys([body]))
    await check(t, app, `/v1/articles/${id}?fields=title`, (body) => [`article:${body.id as string}`])
    await check(t, app, `/v1/articles/${id}?fields=title,media`, (body) => itemKeys([body]))
    await check(t, app, `/v1/articles/${id}/media`, (body) => [`article:${id}`, ...(body.items as Item[]).map((media) => `media:${media.id}`)])
  }
  // A body served from the in-memory cache carries the same keys as the first.
  const first = await app.inject({ url: `/v1/articles/${ids[0] ?? ''}` })
  const again = await app.inject({ url: `/v1/articles/${ids[0] ?? ''}` })
  t.equal(again.headers['surrogate-key'], first.headers['surrogate-key'])
})

t.test('lists and searches: each item, and with include=media each media item shown', async (t) => {
  const { app } = await newsroom(t)
  for (const query of ['', '?include=media', '?include=media,sections', '?fields=title,media', '?category=aussenpolitik&include=media', '?limit=1&include=media', '?count=true']) {
    await check(t, app, `/v1/articles${query}`, (body) => ['articles', ...itemKeys(body.items)])
  }
  for (const query of ['', '&include=media', '&fields=title,media', '&tag=x']) {
    await check(t, app, `/v1/search?q=Gipfel${query}`, (body) => ['articles', 'search', ...itemKeys(body.items)])
  }
})

t.test('categories: every category shown, by its id only', async (t) => {
  const { app } = await newsroom(t)
  await check(t, app, '/v1/categories', (body) => ['articles', 'categories', ...nodeKeys(body.items)])
  const header = String((await app.inject({ url: '/v1/categories' })).headers['surrogate-key'])
  t.match(header, `category:${categoryId('Nachrichten/Politik/Außenpolitik')}`)
  t.notMatch(header, /Au%C3%9Fenpolitik|Politik/, 'no name, no path: one spelling')
})

t.test('feeds: each item\'s article and the media its answer shows', async (t) => {
  const { app } = await newsroom(t)
  const feed = await app.inject({ url: '/v1/feeds/json' })
  const ids = (feed.json().items as Array<{ id: string }>).map((item) => item.id.split('/').at(-1) ?? '')
  const media: string[] = []
  for (const id of ids) media.push(...itemKeys([(await app.inject({ url: `/v1/articles/${id}` })).json()]))
  t.same(keysOf(feed.headers['surrogate-key']), sorted(['articles', 'feeds', ...media]))
  for (const format of ['rss', 'atom']) t.same(keysOf((await app.inject({ url: `/v1/feeds/${format}` })).headers['surrogate-key']), keysOf(feed.headers['surrogate-key']), format)
})

t.test('what the edge purges names the same keys the responses carry', async (t) => {
  const { app, ids } = await newsroom(t)
  const article = (await app.inject({ url: `/v1/articles/${ids[0] ?? ''}` })).json()
  const purged = keysFor({ seq: 1, at: NOW, type: 'published', articleId: article.id, changes: [], breadcrumbs: [article.breadcrumb], mediaIds: article.media.map((m: { id: string }) => m.id) })
  const categories = nodeKeys((await app.inject({ url: '/v1/categories' })).json().items)
  for (const key of keysOf((await app.inject({ url: `/v1/articles/${ids[0] ?? ''}` })).headers['surrogate-key'])) t.ok(purged.includes(key), `${key} is purged`)
  for (const key of purged.filter((k) => k.startsWith('category:'))) t.ok(categories.includes(key), `${key} is a key /v1/categories carries`)
})
