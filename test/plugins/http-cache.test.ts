import { brotliDecompressSync } from 'node:zlib'
import t from 'tap'
import { articleInput, build, SAMPLE_ARTICLE_ID, SAMPLE_MEDIA_ID } from '../helper.js'

const NOW = '2025-06-01T12:00:00.000Z'
const ITEM = `/v1/articles/${SAMPLE_ARTICLE_ID}`

t.test('an article carries validators and public cache headers', async (t) => {
  const app = await build(t)
  const response = await app.inject({ url: ITEM })
  t.match(response.headers.etag, /^"a\.5wsg76t0af7tq119\.1\.1\.[\w-]+(?:~[\w-]+)?"$/, 'strong ETag from id, version and media versions')
  t.ok(response.headers['last-modified'])
  t.equal(response.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=300')
  t.equal(response.headers['surrogate-key'], `article:${SAMPLE_ARTICLE_ID} media:${SAMPLE_MEDIA_ID}`)
})

t.test('revalidation answers 304 with no body, and never loads the article to do it', async (t) => {
  const app = await build(t)
  const first = await app.inject({ url: ITEM })
  const etag = String(first.headers.etag)
  app.context.articles.getById = () => { throw new Error('the 304 path must not load the article') }
  for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
    const response = await app.inject({ url: ITEM, headers: { 'if-none-match': ifNoneMatch } })
    t.equal(response.statusCode, 304, ifNoneMatch)
    t.equal(response.body, '')
    t.equal(response.headers.etag, ifNoneMatch === '*' ? etag : etag)
    t.equal(response.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=300')
  }
  const bySlug = await app.inject({ url: '/v1/articles/slug/wenig-substanz-aber-pr-erfolg-fuer-kim', headers: { 'if-none-match': etag } })
  t.equal(bySlug.statusCode, 304, 'by slug too')
  const sinceThen = await app.inject({ url: ITEM, headers: { 'if-modified-since': String(first.headers['last-modified']) } })
  t.equal(sinceThen.statusCode, 304, 'If-Modified-Since')
})

t.test('a changed article, other fields or an old date get the full answer', async (t) => {
  const app = await build(t)
  const first = await app.inject({ url: ITEM })
  const etag = String(first.headers.etag)
  t.equal((await app.inject({ url: ITEM, headers: { 'if-modified-since': 'Mon, 01 Jan 2001 00:00:00 GMT' } })).statusCode, 200)
  t.equal((await app.inject({ url: ITEM, headers: { 'if-modified-since': 'not a date' } })).statusCode, 200)
  const sparse = await app.inject({ url: `${ITEM}?fields=title`, headers: { 'if-none-match': etag } })
  t.equal(sparse.statusCode, 200, 'a sparse response is another representation')
  t.not(sparse.headers.etag, etag)
  // If-None-Match decides when present, even when the date would match.
  const mixed = await app.inject({ url: ITEM, headers: { 'if-none-match': '"stale"', 'if-modified-since': String(first.headers['last-modified']) } })
  t.equal(mixed.statusCode, 200)

  const article = app.context.articles.getById(SAMPLE_ARTICLE_ID, { now: NOW, preview: true })!
  app.context.importer.importText('000_4cabe8527bb692bf.txt', 'Neuer Titel\n\nVorspann.\n\nAbsatz.\n', NOW)
  const changed = await app.inject({ url: ITEM, headers: { 'if-none-match': etag } })
  t.equal(changed.statusCode, 200)
  t.equal(changed.json().version, article.version + 1)
  t.not(changed.headers.etag, etag)
})

t.test('lists revalidate by their content and expire when a scheduled article is due', async (t) => {
  const app = await build(t, { CACHE_MAX_AGE: '600' }, { clock: () => new Date(NOW) })
  const first = await app.inject({ url: '/v1/articles' })
  t.match(first.headers.etag, /^"[\w-]{27}"$/)
  t.ok(first.headers['last-modified'])
  t.equal(first.headers['surrogate-key'], `articles article:${SAMPLE_ARTICLE_ID}`)
  t.equal(first.headers['cache-control'], 'public, max-age=600, stale-while-revalidate=300')
  const again = await app.inject({ url: '/v1/articles', headers: { 'if-none-match': String(first.headers.etag) } })
  t.equal(again.statusCode, 304)
  t.equal(again.body, '')

  app.context.articleStore.save(articleInput({ publishedAt: '2025-01-01T00:00:00.000Z' }), NOW)
  const changed = await app.inject({ url: '/v1/articles', headers: { 'if-none-match': String(first.headers.etag) } })
  t.equal(changed.statusCode, 200, 'a new article changes the list')
  t.ok(Date.parse(String(changed.headers['last-modified'])) >= Date.parse(String(first.headers['last-modified'])))

  app.context.articleStore.save(articleInput({ status: 'scheduled', publishedAt: '2025-06-01T12:02:00.000Z' }), NOW)
  const scheduled = await app.inject({ url: '/v1/articles' })
  t.equal(scheduled.headers['cache-control'], 'public, max-age=120, stale-while-revalidate=300', 'no longer than until the publication')

  const filtered = await app.inject({ url: '/v1/articles?category=Nachrichten' })
  // `articles` already covers a filtered list; a category's key is its stable id, on /v1/categories.
  t.match(filtered.headers['surrogate-key'], /^articles article:/)
  const encoded = await app.inject({ url: `/v1/articles?category=${encodeURIComponent('Außen politik 🙂')}` })
  t.equal(encoded.statusCode, 200)
  t.equal(encoded.headers['surrogate-key'], 'articles', 'no key spelled by what the client sent')
})

t.test('errors are not cached', async (t) => {
  const app = await build(t)
  for (const url of ['/v1/articles/zzzzzzzzzzzzzzzz', '/v1/articles?limit=0', '/nowhere']) {
    const response = await app.inject({ url })
    t.equal(response.headers['cache-control'], 'no-store', url)
    t.equal(response.headers.etag, undefined)
  }
})

t.test('large responses are compressed, with their own ETag', async (t) => {
  const app = await build(t)
  const plain = await app.inject({ url: ITEM })
  const br = await app.inject({ url: ITEM, headers: { 'accept-encoding': 'br, gzip' } })
  t.equal(br.headers['content-encoding'], 'br')
  t.match(br.headers.vary, /accept-encoding/i)
  t.equal(br.headers.etag, `${String(plain.headers.etag).slice(0, -1)}-br"`)
  t.same(JSON.parse(brotliDecompressSync(br.rawPayload).toString('utf8')), plain.json())
  const gzip = await app.inject({ url: ITEM, headers: { 'accept-encoding': 'gzip' } })
  t.equal(gzip.headers['content-encoding'], 'gzip')
  t.match(gzip.headers.etag, /-gz"$/)
  const revalidated = await app.inject({ url: ITEM, headers: { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) } })
  t.equal(revalidated.statusCode, 304)
  t.equal(revalidated.headers.etag, br.headers.etag, 'the 304 names the representation the client holds')
  const small = await app.inject({ url: '/health', headers: { 'accept-encoding': 'br' } })
  t.equal(small.headers['content-encoding'], undefined, 'small bodies are sent as they are')
})

t.test('CORS: any origin by default, or the configured ones', async (t) => {
  const open = await build(t)
  const simple = await open.inject({ url: ITEM, headers: { origin: 'https://frontend.example' } })
  t.equal(simple.headers['access-control-allow-origin'], '*')
  t.match(simple.headers['access-control-expose-headers'], /ETag/)
  const preflight = await open.inject({ method: 'OPTIONS', url: ITEM, headers: { origin: 'https://frontend.example', 'access-control-request-method': 'GET' } })
  t.equal(preflight.statusCode, 204)
  t.match(preflight.headers['access-control-allow-methods'], /GET/)

  const closed = await build(t, { CORS_ORIGINS: 'https://www.example.org, https://app.example.org' })
  const allowed = await closed.inject({ url: ITEM, headers: { origin: 'https://app.example.org' } })
  t.equal(allowed.headers['access-control-allow-origin'], 'https://app.example.org')
  t.match(allowed.headers.vary, /origin/i)
  const other = await closed.inject({ url: ITEM, headers: { origin: 'https://evil.example' } })
  t.equal(other.headers['access-control-allow-origin'], undefined)
})

t.test('unknown paths stay 404 with the CORS preflight route registered', async (t) => {
  const app = await build(t)
  const response = await app.inject({ method: 'GET', url: '/v1/nothing' })
  t.equal(response.statusCode, 404)
})

t.test('sub-resources name the article and media they show', async (t) => {
  const app = await build(t)
  t.equal((await app.inject({ url: `${ITEM}/sections` })).headers['surrogate-key'], `article:${SAMPLE_ARTICLE_ID}`)
  t.equal((await app.inject({ url: `${ITEM}/sections/1` })).headers['surrogate-key'], `article:${SAMPLE_ARTICLE_ID}`)
  t.equal((await app.inject({ url: `${ITEM}/media` })).headers['surrogate-key'], `article:${SAMPLE_ARTICLE_ID} media:${SAMPLE_MEDIA_ID}`)
  const media = await app.inject({ url: `/v1/media/${SAMPLE_MEDIA_ID}` })
  t.equal(media.headers['surrogate-key'], `media:${SAMPLE_MEDIA_ID}`)
  t.match(media.headers.etag, /^"m\.4nzspnn649g3g8h8\.1\.[\w-]+(?:~[\w-]+)?"$/)
})
