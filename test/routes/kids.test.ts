// The kids profile on every read route: only articles made for children whose media are all rated FSK 0 or 6
// (or unrated and made for children), asked for with ?profile=kids or carried by a key.
import t from 'tap'
import type { MediaInput } from '../../src/repositories/media.js'
import { articleInput, build } from '../helper.js'

type Teardown = Parameters<typeof build>[0]

const NOW = '2026-06-01T12:00:00.000Z'

function media (id: string, overrides: Partial<MediaInput> = {}): MediaInput {
  return {
    id,
    type: 'video',
    title: null,
    caption: 'Kinderfilm über Bären',
    durationSeconds: 60,
    credit: null,
    copyright: null,
    date: null,
    availableFrom: null,
    availableUntil: null,
    renditions: [],
    thumbnails: [],
    ...overrides
  }
}

async function newsroom (t: Teardown) {
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: () => new Date(NOW) })
  const make = (n: number, kids: boolean, items: MediaInput[]) => {
    const article = articleInput({ kids, breadcrumb: ['Kinder', `Thema${n}`], publishedAt: `2026-05-0${n}T08:00:00.000Z`, title: `Bärengeschichte ${n} für Kinder`, media: items.map((item) => ({ media: item, role: 'inline' as const })) })
    app.context.articleStore.save(article, NOW)
    return article
  }
  const shown = [
    make(1, true, [media('kidsfsk0video001', { ageRating: 0 })]),
    make(2, true, []),
    make(3, true, [media('kidsimageunrated', { type: 'image', kids: true }), media('kidsfsk6video001', { ageRating: 6 })])
  ]
  const hidden = [
    make(4, true, [media('kidsfsk0video002', { ageRating: 0 }), media('fsk12video00001a', { ageRating: 12 })]),
    make(5, false, [media('adultfsk0video01', { ageRating: 0 })]),
    make(6, true, [media('unratedimage0001', { type: 'image' })])
  ]
  return { app, shown, hidden }
}

const ids = (items: Array<{ id: string }>): string[] => items.map((item) => item.id).sort()

t.test('?profile=kids narrows every read route', async (t) => {
  const { app, shown, hidden } = await newsroom(t)
  const expected = ids(shown)
  const all = ids([...shown, ...hidden])
  t.same(ids((await app.inject({ url: '/v1/articles' })).json().items), all, 'without the profile, everything')
  t.same(ids((await app.inject({ url: '/v1/articles?profile=kids' })).json().items), expected, 'the list')
  t.same(ids((await app.inject({ url: '/v1/search?q=Bärengeschichte&profile=kids' })).json().items), expected, 'search')
  t.same(ids((await app.inject({ url: '/v1/articles?profile=kids&mediaType=video' })).json().items), ids([shown[0]!, shown[2]!]), 'with other filters')

  // Keyset pages of the kids list never skip or repeat.
  const paged: string[] = []
  let url: string | undefined = '/v1/articles?profile=kids&limit=1'
  while (url !== undefined) {
    const page = (await app.inject({ url })).json() as { items: Array<{ id: string }>, nextCursor: string | null }
    paged.push(...page.items.map((item) => item.id))
    url = page.nextCursor === null ? undefined : `/v1/articles?profile=kids&limit=1&cursor=${page.nextCursor}`
  }
  t.same(paged.sort(), expected, 'paging the kids list')

  const categories = (await app.inject({ url: '/v1/categories?profile=kids' })).json().items
  t.same(categories.map((c: { path: string, articleCount: number }) => [c.path, c.articleCount]), [['Kinder', 3]], 'category counts')
  t.equal((await app.inject({ url: '/v1/categories' })).json().items[0].articleCount, 6)

  for (const article of shown) {
    for (const path of [`/v1/articles/${article.id}`, `/v1/articles/slug/${article.slug}`, `/v1/articles/${article.id}/sections`, `/v1/articles/${article.id}/sections/1`, `/v1/articles/${article.id}/media`]) {
      t.equal((await app.inject({ url: `${path}?profile=kids` })).statusCode, 200, `${path} shown`)
    }
  }
  for (const article of hidden) {
    for (const path of [`/v1/articles/${article.id}`, `/v1/articles/slug/${article.slug}`, `/v1/articles/${article.id}/sections`, `/v1/articles/${article.id}/sections/1`, `/v1/articles/${article.id}/media`]) {
      t.equal((await app.inject({ url: `${path}?profile=kids` })).statusCode, 404, `${path} hidden`)
      t.equal((await app.inject({ url: path })).statusCode, 200, `${path} without the profile`)
    }
  }
  for (const id of ['kidsfsk0video001', 'kidsimageunrated', 'kidsfsk6video001']) {
    t.equal((await app.inject({ url: `/v1/media/${id}?profile=kids` })).statusCode, 200, `media ${id} shown`)
  }
  for (const id of ['kidsfsk0video002', 'fsk12video00001a', 'adultfsk0video01', 'unratedimage0001']) {
    t.equal((await app.inject({ url: `/v1/media/${id}?profile=kids` })).statusCode, 404, `media ${id} hidden`)
  }
  const oembed = (article: { slug: string }) => `/v1/oembed?profile=kids&url=${encodeURIComponent(`http://127.0.0.1:3000/articles/${article.slug}`)}`
  t.equal((await app.inject({ url: oembed(shown[0]!) })).statusCode, 200, 'oEmbed of a kids article')
  t.equal((await app.inject({ url: oembed(hidden[0]!) })).statusCode, 404, 'oEmbed of one that is not')
  t.equal((await app.inject({ url: '/v1/articles?profile=adults' })).statusCode, 400, 'an unknown profile is a 400')
})

t.test('a key with the kids profile reads only kids content, whatever it asks for', async (t) => {
  const { app, shown, hidden } = await newsroom(t)
  const { key } = app.context.apiKeys.create({ name: 'kinder-app', scopes: ['content:preview'], profile: 'kids' }, NOW)
  const headers = { authorization: `Bearer ${key}` }
  t.same(ids((await app.inject({ url: '/v1/articles', headers })).json().items), ids(shown))
  t.equal((await app.inject({ url: `/v1/articles/${hidden[0]!.id}`, headers })).statusCode, 404, 'not even with the preview scope')
  t.equal((await app.inject({ url: '/v1/media/fsk12video00001a', headers })).statusCode, 404)
  t.same((await app.inject({ url: '/v1/categories', headers })).json().items.map((c: { articleCount: number }) => c.articleCount), [3])
})

t.test('cursors of the kids list do not carry over to the full list', async (t) => {
  const { app } = await newsroom(t)
  const cursor = (await app.inject({ url: '/v1/articles?profile=kids&limit=1' })).json().nextCursor
  t.equal((await app.inject({ url: `/v1/articles?limit=1&cursor=${String(cursor)}` })).statusCode, 400)
})
