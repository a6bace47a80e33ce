// Attaching an existing media item by id leaves it as it is; changing a shared item through an article needs the
// item's ETag, and every article showing a changed item gets a new version and an `updated` event.
import t from 'tap'
import { articleWrite, build, keyHeaders, problemOf } from '../helper.js'

type App = Awaited<ReturnType<typeof build>>

const VIDEO = {
  type: 'video',
  title: 'Interview',
  caption: 'Das ganze Gespräch über Straßenbahnen',
  credit: 'Kamera: Jörg Müller',
  durationSeconds: 1200,
  ageRating: 18,
  renditions: [{ url: 'https://media.example.org/interview.mp4', mimeType: 'video/mp4', width: 1920, height: 1080 }],
  thumbnails: [{ url: 'https://media.example.org/interview.jpg', mimeType: 'image/jpeg', width: 640, height: 360 }],
  subtitles: [{ url: 'https://media.example.org/interview.vtt', language: 'de', format: 'vtt' }]
}

async function setUp (t: Parameters<typeof build>[0]) {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const editor = keyHeaders(app, ['content:write', 'content:preview'])
  const created = await app.inject({ method: 'POST', url: '/v1/media', headers: editor, payload: VIDEO })
  if (created.statusCode !== 201) throw new Error(created.body)
  const media = created.json() as { id: string }
  const first = (await app.inject({ method: 'POST', url: '/v1/articles', headers: editor, payload: articleWrite({ title: 'Erster Artikel', media: [{ id: media.id, type: 'video', role: 'lead' }], sections: [{ blocks: [{ type: 'paragraph', text: 'Ein Absatz.' }] }] }) })).json()
  return { app, editor, media, first }
}

async function mediaNow (app: App, headers: Record<string, string>, id: string) {
  return await app.inject({ url: `/v1/media/${id}`, headers })
}

t.test('attaching an existing media item by id does not change it', async (t) => {
  const { app, editor, media, first } = await setUp(t)
  const before = await mediaNow(app, editor, media.id)
  t.match(first.media[0], { id: media.id, caption: VIDEO.caption, ageRating: 18, credit: VIDEO.credit }, 'the first article shows the item as stored')
  const second = await app.inject({ method: 'POST', url: '/v1/articles', headers: editor, payload: articleWrite({ title: 'Zweiter Artikel', media: [{ id: media.id, type: 'video', role: 'inline' }], sections: [{ blocks: [{ type: 'paragraph', text: 'Noch ein Absatz.' }] }] }) })
  t.equal(second.statusCode, 201, second.body)
  t.match(second.json().media[0], { caption: VIDEO.caption, ageRating: 18, credit: VIDEO.credit })
  const after = await mediaNow(app, editor, media.id)
  t.same(after.json(), before.json(), 'the item is as it was')
  t.equal(after.headers.etag, before.headers.etag, 'with the same version')
  const events = (await app.inject({ url: `/v1/articles/${first.id as string}/events`, headers: editor })).json().items
  t.same(events.map((e: { type: string }) => e.type), ['created', 'published'], 'the first article did not change')

  const wrongType = await app.inject({ method: 'POST', url: '/v1/articles', headers: editor, payload: articleWrite({ media: [{ id: media.id, type: 'image', role: 'inline' }], sections: [] }) })
  t.equal(wrongType.statusCode, 400)
  t.match(problemOf(wrongType).errors, [{ pointer: '/media/0/type' }])
})

t.test('changing a shared item through an article needs its ETag, and every article showing it is updated', async (t) => {
  const { app, editor, media, first } = await setUp(t)
  const partner = keyHeaders(app, ['partner'])
  const head = (await app.inject({ url: '/v1/changes?limit=100', headers: partner })).json().nextCursor as string
  const second = (await app.inject({ method: 'POST', url: '/v1/articles', headers: editor, payload: articleWrite({ title: 'Zweiter Artikel', media: [{ id: media.id, type: 'video', role: 'inline' }], sections: [] }) })).json()
  const changed = { ...VIDEO, id: media.id, role: 'inline', caption: 'Neue Bildunterschrift', ageRating: 12 }
  const url = `/v1/articles/${second.id as string}`
  const headers = { ...editor, 'if-match': '*', 'content-type': 'application/merge-patch+json' }

  const missing = await app.inject({ method: 'PATCH', url, headers, payload: { media: [changed] } })
  t.equal(missing.statusCode, 428, missing.body)
  t.match(problemOf(missing).detail, `GET /v1/media/${media.id}`)
  const stale = await app.inject({ method: 'PATCH', url, headers, payload: { media: [{ ...changed, etag: `"m.${media.id}.99.x"` }] } })
  t.equal(stale.statusCode, 412)
  t.equal((await mediaNow(app, editor, media.id)).json().caption, VIDEO.caption, 'nothing changed')

  const etag = String((await mediaNow(app, editor, media.id)).headers.etag)
  const done = await app.inject({ method: 'PATCH', url, headers, payload: { media: [{ ...changed, etag }] } })
  t.equal(done.statusCode, 200, done.body)
  t.match((await mediaNow(app, editor, media.id)).json(), { caption: 'Neue Bildunterschrift', ageRating: 12 })
  const firstNow = (await app.inject({ url: `/v1/articles/${first.id as string}` })).json()
  t.equal(firstNow.version, first.version + 1, 'the other article has a new version')
  t.equal(firstNow.media[0].caption, 'Neue Bildunterschrift')
  const events = (await app.inject({ url: `/v1/articles/${first.id as string}/events`, headers: editor })).json().items
  t.match(events.at(-1), { type: 'updated', version: first.version + 1, changes: ['media'] })
  const feed = (await app.inject({ url: `/v1/changes?since=${head}`, headers: partner })).json().items as Array<{ type: string, articleId: string, version: number }>
  t.ok(feed.some((item) => item.type === 'updated' && item.articleId === first.id && item.version === first.version + 1), 'partners see the other article change, with a new version')
})

t.test('an item this article alone shows changes under the article\'s If-Match; a media-only edit gives a new version', async (t) => {
  const { app, editor, media, first } = await setUp(t)
  const url = `/v1/articles/${first.id as string}`
  const etag = String((await app.inject({ url, headers: editor })).headers.etag)
  const patched = await app.inject({ method: 'PATCH', url, headers: { ...editor, 'if-match': etag, 'content-type': 'application/merge-patch+json' }, payload: { media: [{ ...VIDEO, id: media.id, role: 'lead', caption: 'Nur hier' }] } })
  t.equal(patched.statusCode, 200, patched.body)
  t.equal(patched.json().media[0].caption, 'Nur hier')

  const before = (await app.inject({ url })).json().version as number
  const itemEtag = String((await mediaNow(app, editor, media.id)).headers.etag)
  const put = await app.inject({ method: 'PUT', url: `/v1/media/${media.id}`, headers: { ...editor, 'if-match': itemEtag }, payload: { ...VIDEO, caption: 'Über PUT geändert' } })
  t.equal(put.statusCode, 200, put.body)
  const after = (await app.inject({ url })).json()
  t.equal(after.version, before + 1, 'a partner tracking versions sees the media-only change')
  t.equal(after.media[0].caption, 'Über PUT geändert')
})
