import { readFileSync } from 'node:fs'
import { parseFeed } from '@rowanmanning/feed-parser'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import t from 'tap'
import { articleWrite, build, keyHeaders, problemOf } from '../helper.js'

const ENV = { SEED_SAMPLE: 'false', PUBLIC_API_URL: 'https://api.example.org', PUBLIC_BASE_URL: 'https://www.example.org', PUBLISHER_NAME: 'Beispiel-Rundfunk Köln' }

function jsonFeedValidator () {
  // The community JSON Feed 1.1 schema (draft-07), a copy of the one in shared/schemas/jsonfeed.
  const ajv = new Ajv({ strict: false, allErrors: true })
  addFormats.default(ajv)
  return { ajv, validate: ajv.compile(JSON.parse(readFileSync(new URL('../fixtures/jsonfeed/schema-v1.1.json', import.meta.url), 'utf8'))) }
}

function manualClock (start: string) {
  let now = new Date(start)
  return { clock: () => now, set: (iso: string) => { now = new Date(iso) } }
}

const VIDEO = {
  id: 'v1de0v1de0v1de0v',
  type: 'video',
  role: 'lead',
  title: 'Das Gipfeltreffen',
  caption: 'Putin und Kim in Wladiwostok',
  durationSeconds: 95,
  renditions: [
    { url: 'https://media.example.org/gipfel/720p.mp4', mimeType: 'video/mp4', width: 1280, height: 720 },
    { url: 'https://media.example.org/gipfel/master.m3u8', mimeType: 'application/vnd.apple.mpegurl', width: null, height: null }
  ],
  thumbnails: [{ url: 'https://media.example.org/gipfel/poster.jpg', mimeType: 'image/jpeg', width: 640, height: 360 }]
}
// Known to exist, but with no file to play: it must not become an enclosure.
const AUDIO = { id: 'aud10aud10aud10a', type: 'audio', role: 'inline', caption: 'Der Kommentar zum Hören', durationSeconds: 180, renditions: [] }

/** Articles in every state: only the two published ones may ever appear in a feed. */
async function newsroom (t: Parameters<typeof build>[0]) {
  const time = manualClock('2025-06-01T12:00:00.000Z')
  const app = await build(t, ENV, { clock: time.clock })
  const writer = keyHeaders(app, ['content:write', 'content:preview'])
  const create = async (fields: Record<string, unknown>) => {
    const response = await app.inject({ method: 'POST', url: '/v1/articles', headers: writer, payload: articleWrite(fields) })
    if (response.statusCode !== 201) throw new Error(response.body)
    return response.json() as { id: string, url: string }
  }
  const noMedia = { media: [], sections: [{ heading: null, blocks: [{ type: 'paragraph', text: 'Ein Absatz über Straßen & Plätze.' }] }] }
  const politik = await create({
    title: 'Gipfel in Wladiwostok: Kim trifft Putin',
    kicker: 'Nordkorea',
    byline: 'Von Jörg Weiß',
    breadcrumb: ['Nachrichten', 'Politik'],
    tags: ['Nordkorea'],
    publishedAt: '2025-05-01T08:00:00.000Z',
    sections: [{ heading: 'Fünf Stunden', blocks: [{ type: 'paragraph', text: 'Die Gespräche dauerten fünf Stunden.' }] }],
    media: [VIDEO, AUDIO]
  })
  const regional = await create({ ...noMedia, title: 'Grüße & <Spaß> aus Köln', publishedAt: '2025-05-20T08:00:00.000Z', breadcrumb: ['Nachrichten', 'Regional'] })
  await create({ ...noMedia, title: 'Entwurf', status: 'draft' })
  const scheduled = await create({ ...noMedia, title: 'Geplant', status: 'scheduled', publishedAt: '2025-06-01T12:30:00.000Z' })
  await create({ ...noMedia, title: 'Zurückgezogen', status: 'unpublished', publishedAt: '2025-05-10T08:00:00.000Z' })
  const deleted = await create({ ...noMedia, title: 'Gelöscht', publishedAt: '2025-05-25T08:00:00.000Z' })
  await app.inject({ method: 'DELETE', url: `/v1/articles/${deleted.id}`, headers: { ...writer, 'if-match': '*' } })
  return { app, time, politik, regional, scheduled }
}

const itemId = (id: string) => `https://api.example.org/v1/articles/${id}`

t.test('JSON Feed 1.1: valid against the schema, newest first, published articles only, media as attachments', async (t) => {
  const { app, politik, regional } = await newsroom(t)
  const response = await app.inject({ url: '/v1/feeds/json' })
  t.equal(response.statusCode, 200)
  t.match(response.headers['content-type'], /^application\/feed\+json; charset=utf-8/)
  const feed = response.json()
  const { ajv, validate } = jsonFeedValidator()
  t.ok(validate(feed), ajv.errorsText(validate.errors))
  t.match(feed, {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Beispiel-Rundfunk Köln',
    home_page_url: 'https://www.example.org',
    feed_url: 'https://api.example.org/v1/feeds/json',
    authors: [{ name: 'Beispiel-Rundfunk Köln' }]
  })
  t.same(feed.items.map((item: { id: string }) => item.id), [itemId(regional.id), itemId(politik.id)], 'published only, newest first')
  t.match(feed.items[0], { title: 'Grüße & <Spaß> aus Köln', url: regional.url, date_published: '2025-05-20T08:00:00.000Z', content_html: '<p>Ein Absatz über Straßen &amp; Plätze.</p>', language: 'de' })
  t.notOk('attachments' in feed.items[0], 'no media, no attachments')
  t.match(feed.items[1], {
    title: 'Gipfel in Wladiwostok: Kim trifft Putin',
    summary: 'Tausende feiern am Wochenende.',
    authors: [{ name: 'Jörg Weiß' }],
    tags: ['Nachrichten', 'Politik', 'Nordkorea'],
    image: 'https://media.example.org/gipfel/poster.jpg',
    content_html: '<h2>Fünf Stunden</h2><p>Die Gespräche dauerten fünf Stunden.</p>'
  })
  t.same(feed.items[1].attachments, [
    { url: 'https://media.example.org/gipfel/720p.mp4', mime_type: 'video/mp4', title: 'Das Gipfeltreffen', duration_in_seconds: 95 },
    { url: 'https://media.example.org/gipfel/master.m3u8', mime_type: 'application/vnd.apple.mpegurl', title: 'Das Gipfeltreffen', duration_in_seconds: 95 }
  ], 'every rendition, alternates sharing a title; the audio without a file is left out')

  const preview = await app.inject({ url: '/v1/feeds/json', headers: keyHeaders(app, ['content:preview']) })
  t.same(preview.json().items.map((item: { id: string }) => item.id), feed.items.map((item: { id: string }) => item.id), 'a preview key sees no drafts in a feed')
  t.equal(preview.headers['cache-control'], 'private, no-store')
})

t.test('RSS 2.0 and Atom 1.0 read back by a feed parser', async (t) => {
  const { app, politik, regional } = await newsroom(t)
  const rss = await app.inject({ url: '/v1/feeds/rss' })
  t.equal(rss.statusCode, 200)
  t.match(rss.headers['content-type'], /^application\/rss\+xml; charset=utf-8/)
  const parsedRss = parseFeed(rss.body).toJSON()
  t.match(parsedRss, { meta: { type: 'rss', version: '2.0' }, title: 'Beispiel-Rundfunk Köln', url: 'https://www.example.org', self: 'https://api.example.org/v1/feeds/rss' })
  t.same(parsedRss.items.map((item) => item.id), [itemId(regional.id), itemId(politik.id)])
  t.match(parsedRss.items[0], { title: 'Grüße & <Spaß> aus Köln', url: regional.url, published: '2025-05-20T08:00:00.000Z', content: '<p>Ein Absatz über Straßen & Plätze.</p>', media: [] })
  // The parser decodes HTML entities in what it reads; in the XML itself the HTML (with its own &amp;) is escaped once more.
  t.match(rss.body, /<content:encoded>&lt;p&gt;Ein Absatz über Straßen &amp;amp; Plätze\.&lt;\/p&gt;<\/content:encoded>/)
  t.match(parsedRss.items[1], {
    title: 'Gipfel in Wladiwostok: Kim trifft Putin',
    description: 'Tausende feiern am Wochenende.',
    authors: [{ name: 'Jörg Weiß' }],
    categories: [{ term: 'Nachrichten' }, { term: 'Politik' }, { term: 'Nordkorea' }],
    media: [
      { url: 'https://media.example.org/gipfel/720p.mp4', mimeType: 'video/mp4', type: 'video' },
      { url: 'https://media.example.org/gipfel/master.m3u8', mimeType: 'application/vnd.apple.mpegurl', type: 'video' }
    ]
  })
  t.equal(parsedRss.items[1]?.media.length, 2, 'the audio without a file is no enclosure')
  t.match(rss.body, /<enclosure url="https:\/\/media\.example\.org\/gipfel\/720p\.mp4" length="0" type="video\/mp4"\/>/, 'one enclosure, size unknown')
  t.match(rss.body, /<media:content url="https:\/\/media\.example\.org\/gipfel\/720p\.mp4" type="video\/mp4" medium="video" duration="95" width="1280" height="720"\/>/)

  const atom = await app.inject({ url: '/v1/feeds/atom' })
  t.match(atom.headers['content-type'], /^application\/atom\+xml; charset=utf-8/)
  const parsedAtom = parseFeed(atom.body).toJSON()
  t.match(parsedAtom, { meta: { type: 'atom', version: '1.0' }, title: 'Beispiel-Rundfunk Köln', self: 'https://api.example.org/v1/feeds/atom', authors: [{ name: 'Beispiel-Rundfunk Köln' }] })
  t.same(parsedAtom.items.map((item) => item.id), [itemId(regional.id), itemId(politik.id)])
  t.match(parsedAtom.items[1], {
    title: 'Gipfel in Wladiwostok: Kim trifft Putin',
    url: politik.url,
    published: '2025-05-01T08:00:00.000Z',
    content: '<h2>Fünf Stunden</h2><p>Die Gespräche dauerten fünf Stunden.</p>',
    authors: [{ name: 'Jörg Weiß' }],
    media: [
      { url: 'https://media.example.org/gipfel/720p.mp4', mimeType: 'video/mp4', title: 'Das Gipfeltreffen' },
      { url: 'https://media.example.org/gipfel/master.m3u8', mimeType: 'application/vnd.apple.mpegurl', title: 'Das Gipfeltreffen' }
    ]
  })
  t.match(atom.body, /medium="video" duration="95"/, 'durations as Media RSS')
})

t.test('filters as on the list: a category, an unknown one, a tag, a size; bad parameters are 400s', async (t) => {
  const { app, politik } = await newsroom(t)
  const ids = async (query: string) => (await app.inject({ url: `/v1/feeds/json?${query}` })).json().items.map((item: { id: string }) => item.id)
  t.same(await ids('category=Politik'), [itemId(politik.id)])
  t.same(await ids('category=Nachrichten%2FPolitik'), [itemId(politik.id)], 'a path, as on the list')
  t.same(await ids('tag=Nordkorea&mediaType=video'), [itemId(politik.id)])
  t.equal((await ids('limit=1')).length, 1)
  const politikFeed = await app.inject({ url: '/v1/feeds/rss?category=Politik' })
  t.match(parseFeed(politikFeed.body).toJSON(), { title: 'Beispiel-Rundfunk Köln: Politik', self: 'https://api.example.org/v1/feeds/rss?category=Politik' })
  // Whatever spelling the filter had, the feed is purged by `feeds` (membership) and `articles` (any change).
  t.match(politikFeed.headers['surrogate-key'], /(^| )feeds( |$)/)
  t.notMatch(politikFeed.headers['surrogate-key'], /category:Politik/)

  const unknownList = await app.inject({ url: '/v1/articles?category=Wetter' })
  const unknownFeed = await app.inject({ url: '/v1/feeds/json?category=Wetter' })
  t.equal(unknownFeed.statusCode, unknownList.statusCode, 'an unknown category answers as the list does')
  t.same(unknownFeed.json().items, unknownList.json().items)
  t.equal(parseFeed((await app.inject({ url: '/v1/feeds/atom?category=Wetter' })).body).items.length, 0, 'an empty feed is still a feed')

  for (const [query, detail] of [
    ['limit=101', /query parameter 'limit' must be <= 100/],
    ['limit=0', /query parameter 'limit' must be >= 1/],
    [`category=${'x'.repeat(1001)}`, /query parameter 'category\/0' must NOT have more than 1000 characters/],
    ['mediaType=gif', /query parameter 'mediaType' must be equal to one of the allowed values: video, image, audio/],
    ['cursor=abc', /query parameter 'cursor' is not a known property/],
    ['sort=publishedAt', /query parameter 'sort' is not a known property/]
  ] as const) {
    for (const format of ['rss', 'atom', 'json']) {
      const response = await app.inject({ url: `/v1/feeds/${format}?${query}` })
      t.equal(response.statusCode, 400, `${format}?${query.slice(0, 30)}`)
      t.match(problemOf(response).detail, detail)
    }
  }
})

t.test('cached like the list: ETag, Last-Modified, 304, max-age up to the next scheduled publication', async (t) => {
  const { app, time, politik, scheduled } = await newsroom(t)
  for (const format of ['rss', 'atom', 'json']) {
    const first = await app.inject({ url: `/v1/feeds/${format}` })
    t.ok(first.headers.etag, `${format} has an ETag`)
    t.equal(first.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=300')
    t.match(first.headers['surrogate-key'], new RegExp(`(^| )articles( |$).*article:${politik.id}.*media:v1de0v1de0v1de0v`))
    t.equal((await app.inject({ url: `/v1/feeds/${format}`, headers: { 'if-none-match': String(first.headers.etag) } })).statusCode, 304)
    t.equal((await app.inject({ url: `/v1/feeds/${format}`, headers: { 'if-modified-since': String(first.headers['last-modified']) } })).statusCode, 304)
    const again = await app.inject({ url: `/v1/feeds/${format}` })
    t.equal(again.body, first.body, 'the same feed, byte for byte, while nothing changes')
  }
  time.set('2025-06-01T12:29:59.000Z')
  const before = await app.inject({ url: '/v1/feeds/atom' })
  t.equal(before.headers['cache-control'], 'public, max-age=1, stale-while-revalidate=300', 'no copy outlives the next publication')
  time.set('2025-06-01T12:30:00.000Z')
  const after = await app.inject({ url: '/v1/feeds/atom', headers: { 'if-none-match': String(before.headers.etag) } })
  t.equal(after.statusCode, 200, 'the scheduled article joins the feed at its instant')
  t.equal(parseFeed(after.body).items[0]?.id, itemId(scheduled.id))
  t.match(parseFeed(after.body).toJSON(), { updated: '2025-06-01T12:30:00.000Z' })
})
