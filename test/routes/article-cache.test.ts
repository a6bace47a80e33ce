// The cache of serialised article bodies: the same bytes as without it, every write seen at once, nothing
// unpublished served from it.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import type { FastifyInstance } from 'fastify'
import { articleInput, articleWrite, build, keyHeaders, SAMPLE_ARTICLE_ID } from '../helper.js'

async function hits (app: FastifyInstance): Promise<number> {
  const metrics = (await app.inject({ url: '/metrics' })).body
  return Number(/beitrag_cache_hits_total\{cache="responses"\} (\d+)/.exec(metrics)?.[1] ?? Number.NaN)
}

const SAME = ['content-type', 'etag', 'last-modified', 'surrogate-key', 'cache-control', 'vary']

t.test('a repeated read comes from the cache, byte for byte what an uncached server sends', async (t) => {
  // One instant for both, so the seeded sample has the same timestamps in each.
  const clock = (): Date => new Date('2025-06-01T12:00:00.000Z')
  const cached = await build(t, {}, { clock })
  const uncached = await build(t, { BODY_CACHE_MB: '0' }, { clock })
  for (const url of [`/v1/articles/${SAMPLE_ARTICLE_ID}`, `/v1/articles/${SAMPLE_ARTICLE_ID}?format=ninjs`, '/v1/articles/slug/wenig-substanz-aber-pr-erfolg-fuer-kim']) {
    const first = await cached.inject({ url })
    const second = await cached.inject({ url })
    const plain = await uncached.inject({ url })
    t.equal(first.statusCode, 200, url)
    t.equal(second.body, plain.body, `${url}: same bytes`)
    t.equal(first.body, plain.body)
    for (const header of SAME) t.equal(second.headers[header], plain.headers[header], `${url}: same ${header}`)
  }
  t.equal(await hits(cached), 4, 'every read after the first of each body was a hit: the slug shares the id\'s')
  t.equal(await hits(uncached), 0)
  t.match((await cached.inject({ url: `/v1/articles/${SAMPLE_ARTICLE_ID}` })).json(), { title: 'Wenig Substanz, aber PR-Erfolg für Kim' })
  const sparse = await cached.inject({ url: `/v1/articles/${SAMPLE_ARTICLE_ID}?fields=title` })
  t.same(sparse.json(), { id: SAMPLE_ARTICLE_ID, title: 'Wenig Substanz, aber PR-Erfolg für Kim' }, 'sparse fields are not mixed up with the whole body')
})

t.test('every write is seen by the next read: edits, media edits, unpublishing, restores, deletes', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const writer = keyHeaders(app, ['content:write', 'content:preview'])
  const created = await app.inject({ method: 'POST', url: '/v1/articles', headers: writer, payload: articleWrite() })
  const id = created.json().id as string
  const url = `/v1/articles/${id}`
  const read = async () => app.inject({ url })
  const v1 = await read()
  t.equal((await read()).json().title, 'Grüße aus Köln: Straßenfest am Rhein')
  t.ok(app.context.bodyCache.size > 0)

  const patched = await app.inject({ method: 'PATCH', url, headers: { ...writer, 'if-match': String(v1.headers.etag), 'content-type': 'application/merge-patch+json' }, payload: { title: 'Größeres Straßenfest' } })
  t.equal(patched.statusCode, 200)
  t.equal((await read()).json().title, 'Größeres Straßenfest')

  const media = await app.inject({ url: '/v1/media/p1ctur3p1ctur3p1' })
  const mediaPut = await app.inject({ method: 'PUT', url: '/v1/media/p1ctur3p1ctur3p1', headers: { ...writer, 'if-match': String(media.headers.etag) }, payload: { type: 'image', caption: 'Nebel über dem Rhein', renditions: [] } })
  t.equal(mediaPut.statusCode, 200)
  t.equal((await read()).json().media[0].caption, 'Nebel über dem Rhein')

  const current = await read()
  const unpublished = await app.inject({ method: 'PATCH', url, headers: { ...writer, 'if-match': String(current.headers.etag), 'content-type': 'application/merge-patch+json' }, payload: { status: 'unpublished' } })
  t.equal(unpublished.statusCode, 200)
  t.equal((await read()).statusCode, 404, 'unpublished: gone at once')
  t.equal((await app.inject({ url: `${url}?format=ninjs` })).statusCode, 404)

  const restored = await app.inject({ method: 'POST', url: `${url}/revisions/1/restore`, headers: { ...writer, 'if-match': String(unpublished.headers.etag) } })
  t.equal(restored.statusCode, 200)
  // A restore keeps the workflow state: publishing again is a write of its own.
  const republished = await app.inject({ method: 'PATCH', url, headers: { ...writer, 'if-match': String(restored.headers.etag), 'content-type': 'application/merge-patch+json' }, payload: { status: 'published' } })
  t.equal(republished.statusCode, 200)
  const back = await read()
  t.equal(back.statusCode, 200)
  t.equal(back.json().title, 'Grüße aus Köln: Straßenfest am Rhein', 'the restored revision, not a cached later one')

  t.equal((await app.inject({ method: 'DELETE', url, headers: { ...writer, 'if-match': String(back.headers.etag) } })).statusCode, 204)
  t.equal((await read()).statusCode, 404)
  t.equal(app.context.bodyCache.size, 0, 'the deleted article\'s bodies were dropped')
})

t.test('nothing unpublished is served from the cache: previews are not cached, a scheduled article appears at its instant', async (t) => {
  let now = new Date('2025-06-01T12:00:00.000Z')
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: () => now })
  const writer = keyHeaders(app, ['content:write', 'content:preview'])
  const editor = keyHeaders(app, ['content:preview'])
  const draft = (await app.inject({ method: 'POST', url: '/v1/articles', headers: writer, payload: articleWrite({ status: 'draft' }) })).json()
  const scheduled = (await app.inject({ method: 'POST', url: '/v1/articles', headers: writer, payload: articleWrite({ title: 'Später öffentlich', status: 'scheduled', publishedAt: '2025-06-01T12:30:00.000Z', media: [], sections: [] }) })).json()
  for (const { id } of [draft, scheduled]) {
    t.equal((await app.inject({ url: `/v1/articles/${id}`, headers: editor })).statusCode, 200, 'a preview sees it')
    t.equal((await app.inject({ url: `/v1/articles/${id}`, headers: editor })).statusCode, 200)
    t.equal((await app.inject({ url: `/v1/articles/${id}` })).statusCode, 404, 'an anonymous reader does not')
  }
  t.equal(app.context.bodyCache.size, 0, 'previews are never cached')
  now = new Date('2025-06-01T12:30:00.000Z')
  const due = await app.inject({ url: `/v1/articles/${scheduled.id}` })
  t.equal(due.statusCode, 200, 'public at its instant')
  t.equal(due.json().status, 'published')
  t.equal((await app.inject({ url: `/v1/articles/${scheduled.id}` })).json().status, 'published')
  t.equal((await app.inject({ url: `/v1/articles/${draft.id}` })).statusCode, 404)
})

t.test('a write by another process on the same database is seen at once', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-cache-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const env = { DATABASE_PATH: join(dir, 'shared.db'), SEED_SAMPLE: 'false' }
  const reader = await build(t, env)
  const writer = await build(t, env)
  const input = articleInput({ title: 'Erste Fassung' })
  writer.context.articleStore.save(input, new Date().toISOString())
  const url = `/v1/articles/${input.id}`
  t.equal((await reader.inject({ url })).json().title, 'Erste Fassung')
  t.equal((await reader.inject({ url })).json().title, 'Erste Fassung')
  writer.context.articleStore.save({ ...input, title: 'Zweite Fassung' }, new Date().toISOString())
  t.equal((await reader.inject({ url })).json().title, 'Zweite Fassung', 'the version lookup sees the new version; the old body is not used')
})

t.test('the cache keys on what the media rules decided: a youth protection window opening and a country are never mixed up', async (t) => {
  let now = new Date('2026-06-01T19:59:59.000Z') // 21:59:59 in Berlin (summer time)
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: () => now })
  const created = await app.inject({
    method: 'POST',
    url: '/v1/articles',
    headers: keyHeaders(app, ['content:write']),
    payload: articleWrite({
      publishedAt: '2026-05-01T08:00:00.000Z',
      media: [{
        id: 'fsk16fsk16fsk16f',
        type: 'video',
        role: 'lead',
        caption: 'Ein Krimi für Erwachsene',
        ageRating: 16,
        allowedRegions: ['DE', 'AT'],
        renditions: [{ url: 'https://media.example.org/krimi.mp4', mimeType: 'video/mp4', width: 1280, height: 720 }]
      }],
      sections: [{ heading: null, blocks: [{ type: 'paragraph', text: 'Spannung am Abend.' }] }]
    })
  })
  const url = `/v1/articles/${(created.json() as { id: string }).id}`
  const media = async (headers: Record<string, string> = {}) => ((await app.inject({ url, headers })).json() as { media: Array<{ playable: boolean, reason: string | null, renditions: unknown[] }> }).media[0]
  t.match(await media(), { playable: false, reason: 'age-restricted', renditions: [] })
  t.match(await media(), { playable: false, reason: 'age-restricted' }, 'the second read, from the cache, says the same')
  t.match(await media({ 'x-country-code': 'FR' }), { playable: false, reason: 'geo-blocked' }, 'another country is another body')
  now = new Date('2026-06-01T20:00:00.000Z') // 22:00 in Berlin: the FSK 16 window opens
  t.match(await media(), { playable: true, reason: null, renditions: [{ url: 'https://media.example.org/krimi.mp4' }] }, 'the window opening is seen at once')
  t.match(await media({ 'x-country-code': 'FR' }), { playable: false, reason: 'geo-blocked' })
})
