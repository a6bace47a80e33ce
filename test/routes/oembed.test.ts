// The oEmbed 1.0 provider: video answers for articles and media URLs, maxwidth/maxheight, 404 for what it does not
// publish, 501 for XML, and a link instead of a player for what may not be embedded or played.
import t from 'tap'
import type { MediaInput } from '../../src/repositories/media.js'
import { articleInput, build, problemOf, SAMPLE_MEDIA_ID, SAMPLE_SLUG } from '../helper.js'

type Teardown = Parameters<typeof build>[0]

const NOW = '2026-06-01T12:00:00.000Z'
const BASE = 'https://www.example.org'
const API = 'https://api.example.org'

function video (id: string, overrides: Partial<MediaInput> = {}): MediaInput {
  return {
    id,
    type: 'video',
    title: 'Hochwasser an der Mosel',
    caption: null,
    durationSeconds: 90,
    credit: 'SWR',
    copyright: null,
    date: null,
    availableFrom: null,
    availableUntil: null,
    renditions: [{ url: 'https://media.example.org/mosel.mp4', mimeType: 'video/mp4', width: 1280, height: 720 }],
    thumbnails: [
      { url: 'https://media.example.org/mosel-small.jpg', mimeType: 'image/jpeg', width: 320, height: 180 },
      { url: 'https://media.example.org/mosel-large.jpg', mimeType: 'image/jpeg', width: 1280, height: 720 }
    ],
    ...overrides
  }
}

async function provider (t: Teardown) {
  const app = await build(t, { PUBLIC_BASE_URL: BASE, PUBLIC_API_URL: API, PLAYER_BASE_URL: 'https://player.example.org/embed', PUBLISHER_NAME: 'Beispiel-Rundfunk' }, { clock: () => new Date(NOW) })
  const oembed = async (url: string, extra = '') => app.inject({ url: `/v1/oembed?url=${encodeURIComponent(url)}${extra}` })
  return { app, oembed }
}

t.test("an article's public URL answers with its lead video as an oEmbed 1.0 video", async (t) => {
  const { app, oembed } = await provider(t)
  const article = articleInput({ byline: 'Von Jörg Müller', media: [{ media: video('img0000000000001', { type: 'image' }), role: 'inline' }, { media: video('m0se1m0se1m0se1a'), role: 'lead' }] })
  app.context.articleStore.save(article, NOW)
  const response = await oembed(`${BASE}/articles/${article.slug}`, '&format=json')
  t.equal(response.statusCode, 200, 'the article URL is known')
  t.match(response.headers['content-type'], /^application\/json/)
  t.same(response.json(), {
    type: 'video',
    version: '1.0',
    title: article.title,
    author_name: 'Jörg Müller',
    provider_name: 'Beispiel-Rundfunk',
    provider_url: `${BASE}/`,
    cache_age: 60,
    html: '<iframe src="https://player.example.org/embed/m0se1m0se1m0se1a" width="640" height="360" title="Video: Hochwasser an der Mosel" style="border:0" allow="autoplay; fullscreen; picture-in-picture" allowfullscreen></iframe>',
    width: 640,
    height: 360,
    thumbnail_url: 'https://media.example.org/mosel-large.jpg',
    thumbnail_width: 1280,
    thumbnail_height: 720
  })
  t.match((await oembed(`http://www.example.org/articles/${article.slug}/?utm_source=feed#top`)).json(), { type: 'video' }, 'scheme, trailing slash, query and fragment do not matter')
})

t.test('maxwidth and maxheight scale the player keeping its aspect ratio, and pick a thumbnail that fits', async (t) => {
  const { app, oembed } = await provider(t)
  const article = articleInput({ media: [{ media: video('m0se1m0se1m0se1a'), role: 'lead' }] })
  app.context.articleStore.save(article, NOW)
  const url = `${BASE}/articles/${article.slug}`
  t.match((await oembed(url, '&maxwidth=480')).json(), { width: 480, height: 270, html: /width="480" height="270"/, thumbnail_width: 320 })
  t.match((await oembed(url, '&maxheight=180')).json(), { width: 320, height: 180, thumbnail_width: 320 })
  t.match((await oembed(url, '&maxwidth=1000&maxheight=200')).json(), { width: 355, height: 200 })
  t.match((await oembed(url, '&maxwidth=2000')).json(), { width: 640, height: 360 }, 'never larger than the player')
  const tiny = (await oembed(url, '&maxwidth=100')).json()
  t.match(tiny, { width: 100, height: 56 })
  t.notOk('thumbnail_url' in tiny, 'no thumbnail fits: none is given, and neither are its sizes')
  t.equal((await oembed(url, '&maxwidth=0')).statusCode, 400)
  t.equal((await oembed(url, '&maxwidth=zehn')).statusCode, 400)
  t.equal((await oembed(url, '&foo=bar')).statusCode, 200, 'unknown parameters are ignored, as oEmbed asks')
})

t.test('media URLs and player URLs answer too, the sample video among them', async (t) => {
  const { oembed } = await provider(t)
  for (const url of [`${API}/v1/media/${SAMPLE_MEDIA_ID}`, `https://player.example.org/embed/${SAMPLE_MEDIA_ID}`, `${BASE}/articles/${SAMPLE_SLUG}`]) {
    const response = await oembed(url)
    t.equal(response.statusCode, 200, url)
    t.match(response.json(), { type: 'video', html: new RegExp(`src="https://player.example.org/embed/${SAMPLE_MEDIA_ID}"`), title: /^(Wenig Substanz|Russlands Präsident Putin)/ })
  }
})

t.test('404 for what this API does not publish; 501 for XML; 400 without a URL', async (t) => {
  const { app, oembed } = await provider(t)
  const draft = articleInput({ status: 'draft', media: [{ media: video('dr4ftdr4ftdr4ft1'), role: 'lead' }] })
  app.context.articleStore.save(draft, NOW)
  const scheduled = articleInput({ status: 'scheduled', publishedAt: '2026-07-01T00:00:00.000Z', media: [{ media: video('sch3dsch3dsch3d1'), role: 'lead' }] })
  app.context.articleStore.save(scheduled, NOW)
  for (const url of [
    `${BASE}/articles/${draft.slug}`, `${BASE}/articles/${scheduled.slug}`, `${API}/v1/media/dr4ftdr4ftdr4ft1`, `${BASE}/articles/gibt-es-nicht`,
    `https://elsewhere.example/articles/${SAMPLE_SLUG}`, `${BASE}/ueber-uns`, 'javascript:alert(1)', 'keine URL', `${API}/v1/media/zu-kurz`
  ]) {
    const response = await oembed(url)
    t.equal(response.statusCode, 404, url)
    t.equal(problemOf(response).code, 'CONTENT_ERR_NOT_FOUND')
  }
  const xml = await oembed(`${BASE}/articles/${SAMPLE_SLUG}`, '&format=xml')
  t.equal(xml.statusCode, 501)
  t.match(problemOf(xml), { code: 'CONTENT_ERR_NOT_IMPLEMENTED', detail: "format 'xml' is not offered; oEmbed answers come as json" })
  const missing = await app.inject({ url: '/v1/oembed' })
  t.equal(missing.statusCode, 400)
  t.match(problemOf(missing).errors, [{ location: 'querystring', pointer: '/url' }])
})

t.test('a link instead of a player: no video, not embeddable, not playable now', async (t) => {
  const { app, oembed } = await provider(t)
  const text = articleInput({ title: 'Nur Text über Köln' })
  const closed = articleInput({ media: [{ media: video('cl0sedcl0sedcl0s', { embeddable: false }), role: 'lead' }] })
  const expired = articleInput({ media: [{ media: video('exp1redexp1redex', { availableUntil: '2026-05-31T00:00:00.000Z' }), role: 'lead' }] })
  const late = articleInput({ media: [{ media: video('l4tenightl4tenig', { ageRating: 18 }), role: 'lead' }] })
  for (const article of [text, closed, expired, late]) app.context.articleStore.save(article, NOW)
  t.same((await oembed(`${BASE}/articles/${text.slug}`)).json(), { type: 'link', version: '1.0', title: 'Nur Text über Köln', provider_name: 'Beispiel-Rundfunk', provider_url: `${BASE}/`, cache_age: 60 })
  t.match((await oembed(`${BASE}/articles/${closed.slug}`)).json(), { type: 'link', reason: 'not-embeddable', thumbnail_url: 'https://media.example.org/mosel-large.jpg' })
  t.match((await oembed(`${BASE}/articles/${expired.slug}`)).json(), { type: 'link', reason: 'expired' })
  const restricted = await oembed(`${BASE}/articles/${late.slug}`)
  t.match(restricted.json(), { type: 'link', reason: 'age-restricted', cache_age: 60 })
  t.notOk('html' in restricted.json())
  t.match(String(restricted.headers.vary), /x-age-token/i)
})
