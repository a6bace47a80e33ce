import t from 'tap'
import { articleWrite, build, keyHeaders, problemOf } from '../helper.js'

const picture = { type: 'image', title: 'Rheinufer', caption: 'Abendlicht über dem Rheinufer', credit: 'Foto: Redaktion', renditions: [{ url: 'https://media.example.org/rhein.jpg', mimeType: 'image/jpeg', width: 1600, height: 900 }] }

t.test('a media item is written on its own and shown once a published article shows it', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const writer = keyHeaders(app, ['content:write'])
  const editor = keyHeaders(app, ['content:preview'])
  t.equal((await app.inject({ method: 'POST', url: '/v1/media', payload: picture })).statusCode, 401)
  const created = await app.inject({ method: 'POST', url: '/v1/media', headers: writer, payload: picture })
  t.equal(created.statusCode, 201)
  const media = created.json()
  t.equal(created.headers.location, `/v1/media/${media.id}`)
  t.match(media, { type: 'image', title: 'Rheinufer', durationSeconds: null, duration: null, thumbnails: [] })
  t.equal((await app.inject({ url: `/v1/media/${media.id}` })).statusCode, 404, 'not public while no published article shows it')
  t.equal((await app.inject({ url: `/v1/media/${media.id}`, headers: editor })).statusCode, 200, 'a preview sees it')

  const article = (await app.inject({ method: 'POST', url: '/v1/articles', headers: writer, payload: articleWrite({ media: [{ ...picture, id: media.id, role: 'lead' }], sections: [] }) })).json()
  const shown = await app.inject({ url: `/v1/media/${media.id}` })
  t.equal(shown.statusCode, 200)
  t.match(shown.headers.etag, new RegExp(`^"m\\.${media.id}\\.1\\.`))
  t.equal((await app.inject({ url: `/v1/media/${media.id}`, headers: { 'if-none-match': String(shown.headers.etag) } })).statusCode, 304)

  const before = await app.inject({ url: `/v1/articles/${article.id}` })
  const noMatch = await app.inject({ method: 'PUT', url: `/v1/media/${media.id}`, headers: writer, payload: { ...picture, caption: 'Morgennebel am Rheinufer' } })
  t.equal(noMatch.statusCode, 428)
  const put = await app.inject({ method: 'PUT', url: `/v1/media/${media.id}`, headers: { ...writer, 'if-match': String(shown.headers.etag) }, payload: { ...picture, caption: 'Morgennebel am Rheinufer' } })
  t.equal(put.statusCode, 200)
  t.equal(put.json().caption, 'Morgennebel am Rheinufer')
  const stale = await app.inject({ method: 'PUT', url: `/v1/media/${media.id}`, headers: { ...writer, 'if-match': String(shown.headers.etag) }, payload: picture })
  t.equal(stale.statusCode, 412)

  const after = await app.inject({ url: `/v1/articles/${article.id}`, headers: { 'if-none-match': String(before.headers.etag) } })
  t.equal(after.statusCode, 200, 'the article\'s ETag changes with its media')
  t.equal(after.json().media[0].caption, 'Morgennebel am Rheinufer')
  t.same((await app.inject({ url: '/v1/search?q=Morgennebel' })).json().items.map((i: { id: string }) => i.id), [article.id], 'the new caption is searchable')
  t.same((await app.inject({ url: '/v1/search?q=Abendlicht' })).json().items, [], 'the old one is not')
  const events = (await app.inject({ url: `/v1/articles/${article.id}/events`, headers: editor })).json().items
  t.match(events.at(-1), { type: 'updated', changes: ['media'] })
})

t.test('bad media writes', async (t) => {
  const app = await build(t)
  const writer = keyHeaders(app, ['content:write'])
  const missing = await app.inject({ method: 'POST', url: '/v1/media', headers: writer, payload: { title: 'ohne Typ' } })
  t.equal(missing.statusCode, 400)
  t.same(problemOf(missing).errors, [{ location: 'body', pointer: '/type', message: 'is required' }])
  const role = await app.inject({ method: 'POST', url: '/v1/media', headers: writer, payload: { type: 'audio', role: 'lead', id: 'aaaaaaaaaaaaaaaa' } })
  t.equal(role.statusCode, 400)
  t.same(problemOf(role).errors?.map((e) => e.pointer).sort(), ['/id', '/role'])
  const unknown = await app.inject({ method: 'PUT', url: '/v1/media/zzzzzzzzzzzzzzzz', headers: { ...writer, 'if-match': '*' }, payload: picture })
  t.equal(unknown.statusCode, 404)
  const negative = await app.inject({ method: 'POST', url: '/v1/media', headers: writer, payload: { type: 'video', durationSeconds: -1 } })
  t.equal(negative.statusCode, 400)
})
