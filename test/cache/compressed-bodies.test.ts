// Kept bodies are compressed once: the compressed answer is the same content as the plain one, the same bytes on
// every request, follows every write, and is chosen by Accept-Encoding exactly as for answers no cache keeps.
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import t from 'tap'
import { compressedCopy, keepCompressed } from '../../src/cache/compressed-bodies.js'
import { chosenCoding } from '../../src/plugins/compression.js'
import { articleWrite, build, keyHeaders, SAMPLE_ARTICLE_ID } from '../helper.js'

const ITEM = `/v1/articles/${SAMPLE_ARTICLE_ID}`
const decoded = (coding: string | undefined, bytes: Buffer): string =>
  coding === 'br' ? brotliDecompressSync(bytes).toString('utf8') : coding === 'gzip' ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8')

t.test('a copy is made once per kept body, and only for bodies a cache keeps', async (t) => {
  const body = Buffer.from(JSON.stringify({ title: 'Grüße aus Köln', text: 'Straßenfest '.repeat(200) }))
  t.equal(compressedCopy(body, 'br'), undefined, 'an unmarked body has no copy')
  keepCompressed(body)
  const br = compressedCopy(body, 'br')
  t.ok(br !== undefined && br.byteLength < body.byteLength)
  t.equal(compressedCopy(body, 'br'), br, 'the same copy the second time')
  t.equal(decoded('gzip', compressedCopy(body, 'gzip') as Buffer), body.toString('utf8'))
  keepCompressed(body)
  t.equal(compressedCopy(body, 'br'), br, 'marking again keeps the copies')
})

t.test('Accept-Encoding chooses the coding as @fastify/compress does', async (t) => {
  t.equal(chosenCoding(undefined), null)
  t.equal(chosenCoding('identity'), null)
  t.equal(chosenCoding('br, gzip'), 'br')
  t.equal(chosenCoding('gzip, deflate'), 'gzip')
  t.equal(chosenCoding('GZIP'), 'gzip')
  t.equal(chosenCoding('*'), 'gzip')
  t.equal(chosenCoding('x-gzip'), 'gzip')
  t.equal(chosenCoding('br;q=0, gzip;q=0.5'), 'gzip')
  t.equal(chosenCoding('deflate'), null)
})

t.test('kept articles and feeds: compressed answers decode to the plain ones, byte for byte the same each time', async (t) => {
  const clock = (): Date => new Date('2025-06-01T12:00:00.000Z')
  const cached = await build(t, {}, { clock })
  const uncached = await build(t, { BODY_CACHE_MB: '0' }, { clock })
  for (const url of [ITEM, `${ITEM}?format=ninjs`, '/v1/feeds/rss', '/v1/feeds/json', '/v1/categories']) {
    const plain = await uncached.inject({ url })
    for (const acceptEncoding of ['br, gzip', 'gzip', '*']) {
      const first = await cached.inject({ url, headers: { 'accept-encoding': acceptEncoding } })
      const second = await cached.inject({ url, headers: { 'accept-encoding': acceptEncoding } })
      const fresh = await uncached.inject({ url, headers: { 'accept-encoding': acceptEncoding } })
      const label = `${url} with ${acceptEncoding}`
      t.equal(first.statusCode, 200, label)
      t.equal(first.headers['content-encoding'], fresh.headers['content-encoding'], `${label}: the coding an uncached server chooses`)
      t.ok(second.rawPayload.equals(first.rawPayload), `${label}: the same bytes again`)
      t.equal(Number(second.headers['content-length']), second.rawPayload.byteLength, `${label}: its length`)
      t.equal(decoded(String(second.headers['content-encoding']), second.rawPayload), plain.body, `${label}: the plain content`)
      for (const header of ['etag', 'vary', 'content-type', 'surrogate-key']) t.equal(second.headers[header], fresh.headers[header], `${label}: ${header}`)
      const revalidated = await cached.inject({ url, headers: { 'accept-encoding': acceptEncoding, 'if-none-match': String(second.headers.etag) } })
      t.equal(revalidated.statusCode, 304, `${label}: its ETag revalidates`)
    }
    const identity = await cached.inject({ url, headers: { 'accept-encoding': 'br', 'x-no-compression': '1' } })
    t.equal(identity.headers['content-encoding'], undefined, `${url}: x-no-compression is honoured`)
    t.equal(identity.body, plain.body)
  }
})

t.test('a write changes the compressed answer as it changes the plain one', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const writer = keyHeaders(app, ['content:write', 'content:preview'])
  const created = await app.inject({ method: 'POST', url: '/v1/articles', headers: writer, payload: articleWrite() })
  const url = `/v1/articles/${created.json().id as string}`
  const read = async (): Promise<{ title: string, etag: string }> => {
    const response = await app.inject({ url, headers: { 'accept-encoding': 'br' } })
    t.equal(response.headers['content-encoding'], 'br')
    return { title: JSON.parse(decoded('br', response.rawPayload)).title, etag: String(response.headers.etag) }
  }
  const before = await read()
  t.equal((await read()).title, 'Grüße aus Köln: Straßenfest am Rhein')
  const feedBefore = gunzipSync((await app.inject({ url: '/v1/feeds/json', headers: { 'accept-encoding': 'gzip' } })).rawPayload).toString('utf8')
  const current = await app.inject({ url, headers: writer })
  const patched = await app.inject({ method: 'PATCH', url, headers: { ...writer, 'if-match': String(current.headers.etag), 'content-type': 'application/merge-patch+json' }, payload: { title: 'Größeres Straßenfest' } })
  t.equal(patched.statusCode, 200)
  const after = await read()
  t.equal(after.title, 'Größeres Straßenfest')
  t.not(after.etag, before.etag)
  const feedAfter = gunzipSync((await app.inject({ url: '/v1/feeds/json', headers: { 'accept-encoding': 'gzip' } })).rawPayload).toString('utf8')
  t.match(feedBefore, /Grüße aus Köln/)
  t.match(feedAfter, /Größeres Straßenfest/)
})
