// The media rules over HTTP: what each route withholds and says, at the exact instants the answer changes,
// with the viewer's country from the CDN's header, age-check tokens, and the cache headers that keep it correct.
import { Writable } from 'node:stream'
import { createSigner } from 'fast-jwt'
import t from 'tap'
import type { MediaInput } from '../../src/repositories/media.js'
import { articleInput, build, keyHeaders, problemOf } from '../helper.js'

type Teardown = Parameters<typeof build>[0]

const SECRET = 'ein-geheimnis-das-lang-genug-ist-fuer-hs256'
const VIDEO_ID = 'v1de0v1de0v1de0a'

function video (overrides: Partial<MediaInput> = {}): MediaInput {
  return {
    id: VIDEO_ID,
    type: 'video',
    title: 'Spätabends: „Tatort“ – Straße der Angst',
    caption: 'Ein Krimi aus Köln',
    durationSeconds: 5400,
    credit: 'WDR',
    copyright: null,
    date: null,
    availableFrom: null,
    availableUntil: null,
    renditions: [{ url: 'https://media.example.org/tatort/1080p.mp4', mimeType: 'video/mp4', width: 1920, height: 1080, bitrate: 5_000_000, codec: 'avc1.640028', language: 'de' }],
    thumbnails: [{ url: 'https://media.example.org/tatort/poster.jpg', mimeType: 'image/jpeg', width: 1280, height: 720, alt: 'Zwei Kommissare am Rhein' }],
    subtitles: [{ language: 'de', format: 'vtt', url: 'https://media.example.org/tatort/de.vtt' }],
    ...overrides
  }
}

function manualClock (start: string) {
  let now = new Date(start)
  return { clock: () => now, set: (iso: string) => { now = new Date(iso) } }
}

async function setup (t: Teardown, media: Partial<MediaInput>, start: string, env: Record<string, string> = {}) {
  const time = manualClock(start)
  let logs = ''
  const stream = new Writable({ write (chunk, _encoding, done) { logs += String(chunk); done() } })
  const app = await build(t, { SEED_SAMPLE: 'false', AGE_TOKEN_SECRET: SECRET, PLAYER_BASE_URL: 'https://player.example.org/v', LOG_LEVEL: 'warn', ...env }, { clock: time.clock, logStream: stream })
  const article = articleInput({ publishedAt: '2026-01-01T00:00:00.000Z', media: [{ media: video(media), role: 'lead' }] })
  app.context.articleStore.save(article, '2026-01-01T00:00:00.000Z')
  return { app, time, article, logs: () => logs }
}

t.test('inside its window a video plays: renditions, subtitles and embed code', async (t) => {
  const { app } = await setup(t, {}, '2026-06-01T12:00:00.000Z')
  const media = (await app.inject({ url: `/v1/media/${VIDEO_ID}` })).json()
  t.match(media, { playable: true, reason: null, playableFrom: null, allowedRegions: [], ageRating: null, kids: false, embeddable: true, syndicatable: true })
  t.same(media.renditions, [{ url: 'https://media.example.org/tatort/1080p.mp4', mimeType: 'video/mp4', width: 1920, height: 1080, bitrate: 5_000_000, codec: 'avc1.640028', language: 'de' }])
  t.same(media.subtitles, [{ language: 'de', format: 'vtt', url: 'https://media.example.org/tatort/de.vtt' }])
  t.same(media.thumbnails[0].alt, 'Zwei Kommissare am Rhein')
  t.same(media.embed, {
    url: `https://player.example.org/v/${VIDEO_ID}`,
    html: `<iframe src="https://player.example.org/v/${VIDEO_ID}" width="640" height="360" title="Video: Spätabends: „Tatort“ – Straße der Angst" style="border:0" allow="autoplay; fullscreen; picture-in-picture" allowfullscreen></iframe>`,
    width: 640,
    height: 360
  })
})

t.test('the embed code escapes what it quotes, and is null for what may not be embedded', async (t) => {
  const { app } = await setup(t, { title: 'Er sagte "Nein" & <ging>' }, '2026-06-01T12:00:00.000Z')
  const { embed } = (await app.inject({ url: `/v1/media/${VIDEO_ID}` })).json()
  t.match(embed.html, /title="Video: Er sagte &quot;Nein&quot; &amp; &lt;ging&gt;"/)
  const closed = await setup(t, { embeddable: false }, '2026-06-01T12:00:00.000Z')
  const media = (await closed.app.inject({ url: `/v1/media/${VIDEO_ID}` })).json()
  t.match(media, { playable: true, embeddable: false, embed: null })
  t.equal(media.renditions.length, 1, 'not embeddable is still playable on the own site')
  const picture = await setup(t, { type: 'image' }, '2026-06-01T12:00:00.000Z')
  t.equal((await picture.app.inject({ url: `/v1/media/${VIDEO_ID}` })).json().embed, null, 'images have no embed code')
})

t.test('the availability window at its exact boundaries, with cache headers that end at the change', async (t) => {
  const { app, time, article } = await setup(t, { availableFrom: '2026-06-01T10:00:00.000Z', availableUntil: '2026-06-08T22:00:00.000Z' }, '2026-06-01T09:59:30.000Z')
  let response = await app.inject({ url: `/v1/media/${VIDEO_ID}` })
  t.match(response.json(), { playable: false, reason: 'not-yet-available', playableFrom: '2026-06-01T10:00:00.000Z', renditions: [], subtitles: [], embed: null })
  t.equal(response.json().thumbnails.length, 1, 'previews stay')
  t.equal(response.json().caption, 'Ein Krimi aus Köln', 'metadata stays')
  t.equal(response.headers['cache-control'], 'public, max-age=30, stale-while-revalidate=0', 'no copy outlives the opening')
  const before = String(response.headers.etag)

  time.set('2026-06-01T10:00:00.000Z')
  response = await app.inject({ url: `/v1/media/${VIDEO_ID}`, headers: { 'if-none-match': before } })
  t.equal(response.statusCode, 200, 'the old copy is not current any more')
  t.match(response.json(), { playable: true, reason: null })
  t.not(response.headers.etag, before, 'another representation, another ETag')
  t.equal(response.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=300')
  t.equal((await app.inject({ url: `/v1/media/${VIDEO_ID}`, headers: { 'if-none-match': String(response.headers.etag) } })).statusCode, 304)

  time.set('2026-06-08T21:59:00.000Z')
  response = await app.inject({ url: `/v1/articles/${article.id}` })
  t.equal(response.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=0')
  time.set('2026-06-08T21:59:59.500Z')
  response = await app.inject({ url: `/v1/articles/${article.id}` })
  t.match(response.headers['cache-control'], /^public, max-age=0,/, 'half a second before it expires nothing may be kept')
  t.equal(response.json().media[0].playable, true)
  const playing = String(response.headers.etag)
  time.set('2026-06-08T22:00:00.000Z')
  response = await app.inject({ url: `/v1/articles/${article.id}`, headers: { 'if-none-match': playing } })
  t.equal(response.statusCode, 200)
  t.match(response.json().media[0], { playable: false, reason: 'expired', playableFrom: null, renditions: [], embed: null })
  t.equal(response.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=300', 'expired for good')
  for (const url of [`/v1/articles/${article.id}/media`, '/v1/articles?include=media', '/v1/search?q=Testartikel&include=media', `/v1/articles/slug/${article.slug}`]) {
    const body = (await app.inject({ url })).json()
    const media = body.media ?? body.items[0].media ?? body.items[0]
    t.match(media[0] ?? media, { reason: 'expired', renditions: [] }, url)
  }
})

t.test('ninjs withholds the renditions of an unplayable video too', async (t) => {
  const { app, article } = await setup(t, { availableUntil: '2026-05-01T00:00:00.000Z' }, '2026-06-01T12:00:00.000Z')
  const ninjs = (await app.inject({ url: `/v1/articles/${article.id}?format=ninjs` })).json()
  const renditions = ninjs.associations[0].renditions.map((r: { name: string }) => r.name)
  t.same(renditions, ['thumbnail-1'], 'only the still image')
})

t.test("geo allow-lists: the CDN's country header, its default, unknown countries and another header name", async (t) => {
  const { app } = await setup(t, { allowedRegions: ['DE', 'AT', 'CH'] }, '2026-06-01T12:00:00.000Z')
  const get = async (headers: Record<string, string> = {}) => app.inject({ url: `/v1/media/${VIDEO_ID}`, headers })
  let response = await get()
  t.match(response.json(), { playable: true, allowedRegions: ['DE', 'AT', 'CH'] }, 'no header: DEFAULT_COUNTRY (DE)')
  t.match(String(response.headers.vary), /x-country-code/i)
  t.match((await get({ 'x-country-code': 'at' })).json(), { playable: true }, 'lower case is a country too')
  response = await get({ 'x-country-code': 'FR' })
  t.match(response.json(), { playable: false, reason: 'geo-blocked', playableFrom: null, renditions: [], subtitles: [], embed: null })
  t.match(String(response.headers.vary), /x-country-code/i)
  t.match((await get({ 'x-country-code': 'XX' })).json(), { reason: 'geo-blocked' }, 'a CDN\'s "unknown" is no country')
  t.match((await get({ 'x-country-code': '' })).json(), { playable: true }, 'an empty header is none')
  t.not((await get({ 'x-country-code': 'FR' })).headers.etag, (await get({ 'x-country-code': 'DE' })).headers.etag)
  t.equal((await get({ 'x-country-code': 'CH' })).headers.etag, (await get({ 'x-country-code': 'DE' })).headers.etag, 'the same answer, the same ETag')

  const elsewhere = await setup(t, { allowedRegions: ['AT'] }, '2026-06-01T12:00:00.000Z', { COUNTRY_HEADER: 'CloudFront-Viewer-Country', DEFAULT_COUNTRY: 'at' })
  const other = async (headers: Record<string, string> = {}) => (await elsewhere.app.inject({ url: `/v1/media/${VIDEO_ID}`, headers }))
  t.match((await other()).json(), { playable: true }, 'DEFAULT_COUNTRY=at')
  t.match((await other({ 'cloudfront-viewer-country': 'DE' })).json(), { reason: 'geo-blocked' })
  t.match((await other({ 'x-country-code': 'DE' })).json(), { playable: true }, 'the default header name is not read any more')
  t.match(String((await other()).headers.vary), /cloudfront-viewer-country/i)

  const worldwide = await setup(t, {}, '2026-06-01T12:00:00.000Z')
  t.notMatch(String((await worldwide.app.inject({ url: `/v1/media/${VIDEO_ID}`, headers: { 'x-country-code': 'FR' } })).headers.vary), /country/i, 'no geo rule, no Vary')
})

t.test('youth protection over HTTP: FSK 16 from 22:00 Berlin time, the spring switch night, and an age-check token', async (t) => {
  const { app, time, logs } = await setup(t, { ageRating: 16 }, '2026-03-28T20:59:00.000Z')
  const get = async (headers: Record<string, string> = {}) => app.inject({ url: `/v1/media/${VIDEO_ID}`, headers })
  let response = await get()
  t.match(response.json(), { playable: false, reason: 'age-restricted', playableFrom: '2026-03-28T21:00:00.000Z', renditions: [], embed: null })
  t.equal(response.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=0')
  t.match(String(response.headers.vary), /x-age-token/i)
  time.set('2026-03-29T03:59:30.000Z')
  response = await get()
  t.match(response.json(), { playable: true })
  t.equal(response.headers['cache-control'], 'public, max-age=30, stale-while-revalidate=0', 'until 06:00 CEST')
  time.set('2026-03-29T04:00:00.000Z')
  t.match((await get()).json(), { reason: 'age-restricted', playableFrom: '2026-03-29T20:00:00.000Z' })

  const sign = createSigner({ key: SECRET, algorithm: 'HS256' })
  const now = Date.parse('2026-03-29T04:00:00.000Z') / 1000
  const valid = sign({ age: 18, exp: now + 600 })
  response = await get({ 'x-age-token': valid })
  t.match(response.json(), { playable: true, reason: null })
  t.equal(response.headers['cache-control'], 'private, max-age=60', 'only the viewer may keep it')
  t.match(String(response.headers.vary), /x-age-token/i)
  t.match((await get({ 'x-age-token': `Bearer ${valid}` })).json(), { playable: true }, 'a Bearer prefix is fine')
  t.match((await get({ 'x-age-token': sign({ age: 12, exp: now + 600 }) })).json(), { reason: 'age-restricted' }, 'too young')
  time.set('2026-03-29T04:10:00.000Z')
  t.match((await get({ 'x-age-token': valid })).json(), { reason: 'age-restricted' }, 'expired at its exp')
  t.notMatch(logs(), /age-check token refused/, 'an expired token is not a forgery')

  const forged = createSigner({ key: 'ein-anderes-geheimnis-ebenso-lang-genug', algorithm: 'HS256' })({ age: 18, exp: now + 6000 })
  t.match((await get({ 'x-age-token': forged })).json(), { reason: 'age-restricted' }, 'a forged token counts as none')
  t.match((await get({ 'x-age-token': 'kein.jwt' })).json(), { reason: 'age-restricted' })
  const unsigned = createSigner({ algorithm: 'none' })({ age: 18, exp: now + 6000 })
  t.match((await get({ 'x-age-token': unsigned })).json(), { reason: 'age-restricted' }, 'alg "none" is refused')
  t.match(logs(), /age-check token refused/, 'forgeries are logged')
  t.notOk(logs().includes(forged) || logs().includes(forged.split('.')[2] ?? '-'), 'the token itself is not')
})

t.test('without AGE_TOKEN_SECRET no token is accepted', async (t) => {
  const { app } = await setup(t, { ageRating: 18 }, '2026-06-01T12:00:00.000Z', { AGE_TOKEN_SECRET: '' })
  const token = createSigner({ key: SECRET, algorithm: 'HS256' })({ age: 18, exp: Date.parse('2026-06-02T00:00:00.000Z') / 1000 })
  t.match((await app.inject({ url: `/v1/media/${VIDEO_ID}`, headers: { 'x-age-token': token } })).json(), { reason: 'age-restricted' })
})

t.test('the new metadata is written and read back through the write API; bad values are 400s naming them', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: () => new Date('2026-06-01T12:00:00.000Z') })
  const writer = keyHeaders(app, ['content:write', 'content:preview'])
  const item = {
    type: 'video',
    title: 'Sendung mit der Maus',
    ageRating: 0,
    kids: true,
    allowedRegions: ['DE', 'AT'],
    termsOfUseUrl: 'https://www.example.org/nutzungsbedingungen',
    embeddable: false,
    syndicatable: false,
    availableFrom: '2026-05-01T00:00:00+02:00',
    availableUntil: '2027-05-01T00:00:00Z',
    renditions: [{ url: 'https://media.example.org/maus.mp4', mimeType: 'video/mp4', width: 1280, height: 720, bitrate: 2_500_000, codec: 'avc1.4d401f', language: 'de' }],
    thumbnails: [{ url: 'https://media.example.org/maus.jpg', mimeType: 'image/jpeg', width: 640, height: 360, alt: 'Die Maus winkt' }],
    subtitles: [{ language: 'de', format: 'ttml', url: 'https://media.example.org/maus.ttml' }]
  }
  const created = await app.inject({ method: 'POST', url: '/v1/media', headers: writer, payload: item })
  t.equal(created.statusCode, 201, created.body)
  t.match(created.json(), { ...item, availableFrom: '2026-04-30T22:00:00.000Z', availableUntil: '2027-05-01T00:00:00.000Z', playable: true, embed: null })

  const article = await app.inject({ method: 'POST', url: '/v1/articles', headers: writer, payload: { title: 'Für Kinder: Die Maus', status: 'published', kids: true, media: [{ ...item, id: created.json().id, role: 'lead' }] } })
  t.equal(article.statusCode, 201, article.body)
  t.match(article.json(), { kids: true, media: [{ ageRating: 0, kids: true, allowedRegions: ['DE', 'AT'], role: 'lead' }] })
  const patch = await app.inject({ method: 'PATCH', url: `/v1/articles/${String(article.json().id)}`, headers: { ...writer, 'if-match': String(article.headers.etag), 'content-type': 'application/merge-patch+json' }, payload: JSON.stringify({ kids: false }) })
  t.equal(patch.statusCode, 200, patch.body)
  t.equal(patch.json().kids, false)
  t.equal(patch.json().media[0].ageRating, 0, 'a patch keeps the media rules')

  const bad = await app.inject({
    method: 'POST',
    url: '/v1/articles',
    headers: writer,
    payload: { title: 'Falsch', media: [{ type: 'video', allowedRegions: ['DE', 'XX'], availableFrom: '2026-06-02T00:00:00Z', availableUntil: '2026-06-01T00:00:00Z' }] }
  })
  t.equal(bad.statusCode, 400)
  t.same(problemOf(bad).errors?.map((e) => e.pointer).sort(), ['/media/0/allowedRegions/1', '/media/0/availableUntil'])
  for (const [field, value] of [['ageRating', 17], ['allowedRegions', ['de']], ['embed', null], ['playable', true], ['subtitles', [{ language: 'de', format: 'doc', url: 'https://x.example/a' }]]] as const) {
    const refused = await app.inject({ method: 'POST', url: '/v1/media', headers: writer, payload: { type: 'video', [field]: value } })
    t.equal(refused.statusCode, 400, `${field}: ${JSON.stringify(value)}`)
    t.match(problemOf(refused).errors?.[0]?.pointer, new RegExp(`^/${field}`))
  }
  const put = await app.inject({ method: 'PUT', url: `/v1/media/${String(created.json().id)}`, headers: { ...writer, 'if-match': String(created.headers.etag) }, payload: { type: 'video', allowedRegions: ['ZZ'] } })
  t.equal(put.statusCode, 400)
  t.match(problemOf(put).errors, [{ pointer: '/allowedRegions/0', message: "'ZZ' is not an ISO 3166-1 alpha-2 country code" }])
})
