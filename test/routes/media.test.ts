import t from 'tap'
import { articleInput, build, problemOf, SAMPLE_ARTICLE_ID, SAMPLE_MEDIA_ID } from '../helper.js'

const NOW = '2025-06-01T12:00:00.000Z'

t.test('GET /v1/articles/{id}/media lists the lead video', async (t) => {
  const app = await build(t)
  const response = await app.inject({ url: `/v1/articles/${SAMPLE_ARTICLE_ID}/media` })
  t.equal(response.statusCode, 200)
  const { items } = response.json()
  t.equal(items.length, 1)
  t.match(items[0], { id: SAMPLE_MEDIA_ID, type: 'video', role: 'lead', durationSeconds: 60, duration: 'PT1M', caption: /^Russlands Präsident Putin/ })
})

t.test('GET /v1/media/{id} returns the media item without an article role', async (t) => {
  const app = await build(t)
  const response = await app.inject({ url: `/v1/media/${SAMPLE_MEDIA_ID}` })
  t.equal(response.statusCode, 200)
  const media = response.json()
  t.match(media, { id: SAMPLE_MEDIA_ID, type: 'video', durationSeconds: 60, duration: 'PT1M', date: null })
  t.notOk('role' in media)
})

t.test('media of unpublished articles stay hidden', async (t) => {
  const app = await build(t, {}, { clock: () => new Date(NOW) })
  const picture = {
    id: 'p1ctur3p1ctur3p1',
    type: 'image' as const,
    title: 'Rheinufer',
    caption: 'Das Rheinufer in Köln',
    durationSeconds: null,
    credit: 'Foto: Redaktion',
    copyright: null,
    date: null,
    availableFrom: null,
    availableUntil: null,
    renditions: [{ url: 'https://media.example.org/rhein.jpg', mimeType: 'image/jpeg', width: 1600, height: 900 }],
    thumbnails: []
  }
  const draft = articleInput({ status: 'draft', media: [{ media: picture, role: 'lead' }] })
  app.context.articleStore.save(draft, NOW)
  t.equal((await app.inject({ url: `/v1/media/${picture.id}` })).statusCode, 404, 'shown only by a draft')
  t.equal((await app.inject({ url: `/v1/articles/${draft.id}/media` })).statusCode, 404)

  const published = articleInput({ media: [{ media: picture, role: 'inline' }] })
  app.context.articleStore.save(published, NOW)
  const response = await app.inject({ url: `/v1/media/${picture.id}` })
  t.equal(response.statusCode, 200, 'shown once a published article shows it')
  t.same(response.json().renditions, picture.renditions.map((r) => ({ ...r, bitrate: null, codec: null, language: null })), 'files read back with every field')
  t.equal(response.json().duration, null)
})

t.test('unknown and malformed media ids', async (t) => {
  const app = await build(t)
  const unknown = await app.inject({ url: '/v1/media/zzzzzzzzzzzzzzzz' })
  t.equal(unknown.statusCode, 404)
  t.equal(problemOf(unknown).detail, "No media with id 'zzzzzzzzzzzzzzzz'")
  const malformed = await app.inject({ url: '/v1/media/video-1' })
  t.equal(malformed.statusCode, 400)
  t.match(problemOf(malformed).detail, /^path parameter 'id' must match pattern/)
  t.equal((await app.inject({ url: '/v1/articles/zzzzzzzzzzzzzzzz/media' })).statusCode, 404)
  t.equal((await app.inject({ url: '/v1/articles/x/media' })).statusCode, 400)
})
