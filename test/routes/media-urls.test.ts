// Media URLs are http(s) only: other schemes are refused on write with a 400 naming the field, and ones stored before
// (or brought in by an import) are never shown, in any representation, feed or oEmbed answer.
import { readFileSync } from 'node:fs'
import t from 'tap'
import { articleInput, articleWrite, build, keyHeaders, problemOf } from '../helper.js'

const NOW = '2026-06-01T12:00:00.000Z'
const BASE = 'https://www.example.org'
const API = 'https://api.example.org'

// Each carries a marker that must never appear in an answer.
const BAD_URLS = [
  'javascript:alert(101)',
  'JavaScript:alert(102)',
  'data:text/html;base64,PHNjcmlwdD4xMDM',
  'vbscript:msgbox(104)',
  'file:///etc/passwd105',
  'ftp://evil.example/106',
  '//evil.example/107',
  '/relativ/108.jpg',
  'https:evil.example/109',
  'http:/evil.example/110'
]
const MARKERS = /alert\(10|PHNjcmlwdD4|msgbox|passwd105|evil\.example|relativ\/108/i

const GOOD = {
  rendition: { url: 'https://media.example.org/gut.mp4', mimeType: 'video/mp4', width: 1280, height: 720 },
  thumbnail: { url: 'https://media.example.org/gut.jpg', mimeType: 'image/jpeg', width: 320, height: 180 },
  subtitle: { language: 'de', format: 'vtt' as const, url: 'https://media.example.org/gut.vtt' }
}

function mediaWrite (field: 'renditions' | 'thumbnails' | 'subtitles' | 'termsOfUseUrl', url: string): Record<string, unknown> {
  const media: Record<string, unknown> = { type: 'video', caption: 'Hochwasser an der Mosel', renditions: [GOOD.rendition], thumbnails: [GOOD.thumbnail], subtitles: [GOOD.subtitle] }
  if (field === 'termsOfUseUrl') media.termsOfUseUrl = url
  else if (field === 'renditions') media.renditions = [GOOD.rendition, { ...GOOD.rendition, url }]
  else if (field === 'thumbnails') media.thumbnails = [GOOD.thumbnail, { ...GOOD.thumbnail, url }]
  else media.subtitles = [GOOD.subtitle, { ...GOOD.subtitle, url }]
  return media
}

const POINTER = { renditions: '/renditions/1/url', thumbnails: '/thumbnails/1/url', subtitles: '/subtitles/1/url', termsOfUseUrl: '/termsOfUseUrl' }

t.test('every write refuses a media URL that is not http(s), with a 400 naming the field, and stores nothing', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: () => new Date(NOW) })
  const headers = keyHeaders(app, ['content:write'])
  const created = await app.inject({ method: 'POST', url: '/v1/articles', headers, payload: articleWrite() })
  t.equal(created.statusCode, 201)
  const articleId = created.json().id as string
  const media = await app.inject({ method: 'POST', url: '/v1/media', headers, payload: mediaWrite('renditions', 'https://media.example.org/zwei.mp4') })
  t.equal(media.statusCode, 201)
  const mediaId = media.json().id as string
  const counts = () => app.context.db.prepare('SELECT (SELECT count(*) FROM articles) AS a, (SELECT count(*) FROM media) AS m, (SELECT sum(version) FROM media) AS v, (SELECT sum(version) FROM articles) AS av').get()
  const before = counts()
  for (const url of BAD_URLS) {
    for (const field of ['renditions', 'thumbnails', 'subtitles', 'termsOfUseUrl'] as const) {
      const item = mediaWrite(field, url)
      const writes = [
        { method: 'POST' as const, url: '/v1/articles', payload: articleWrite({ media: [{ ...item, role: 'lead' }] }), pointer: `/media/0${POINTER[field]}` },
        { method: 'PUT' as const, url: `/v1/articles/${articleId}`, payload: articleWrite({ media: [{ ...item, role: 'lead' }] }), pointer: `/media/0${POINTER[field]}` },
        { method: 'PATCH' as const, url: `/v1/articles/${articleId}`, payload: { media: [{ ...item, role: 'lead' }] }, pointer: `/media/0${POINTER[field]}`, type: 'application/merge-patch+json' },
        { method: 'POST' as const, url: '/v1/media', payload: item, pointer: POINTER[field] },
        { method: 'PUT' as const, url: `/v1/media/${mediaId}`, payload: item, pointer: POINTER[field] }
      ]
      for (const write of writes) {
        const response = await app.inject({ method: write.method, url: write.url, headers: { ...headers, 'if-match': '*', ...(write.type === undefined ? {} : { 'content-type': write.type }) }, payload: write.payload })
        const label = `${write.method} ${write.url} with ${field} ${url}`
        t.equal(response.statusCode, 400, label)
        const problem = problemOf(response)
        t.equal(problem.code, 'CONTENT_ERR_VALIDATION', label)
        t.ok(problem.errors?.some((e) => e.pointer === write.pointer && e.message === 'must be an http:// or https:// URL') ||
          // A string that is not a URL at all fails the uri format first; the field is named either way.
          problem.errors?.some((e) => e.pointer === write.pointer), `${label}: names ${write.pointer}`)
        t.match(problem.detail, write.pointer, `${label}: the detail names the field`)
      }
    }
  }
  const javascript = await app.inject({ method: 'POST', url: '/v1/media', headers, payload: mediaWrite('renditions', 'javascript:alert(1)') })
  t.same(problemOf(javascript).errors, [{ location: 'body', pointer: '/renditions/1/url', message: 'must be an http:// or https:// URL' }], 'in plain words')
  t.same(counts(), before, 'nothing was stored')
  for (const url of ['http://media.example.org/a.mp4', 'https://media.example.org/a%20b.mp4?x=1&y=2#t=10', 'https://[::1]:8443/a.mp4', 'https://xn--straenfest-v7a.example/%C3%A4.mp4']) {
    const response = await app.inject({ method: 'POST', url: '/v1/media', headers, payload: mediaWrite('renditions', url) })
    t.equal(response.statusCode, 201, `${url} is accepted`)
  }
})

t.test('media stored with other schemes before are shown in no answer; their http(s) files still are', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false', PUBLIC_BASE_URL: BASE, PUBLIC_API_URL: API, PLAYER_BASE_URL: 'https://player.example.org/embed' }, { clock: () => new Date(NOW) })
  const article = articleInput({
    title: 'Hochwasser an der Mosel: Pegel steigt',
    status: 'published',
    publishedAt: '2026-05-31T08:00:00.000Z',
    media: [
      { role: 'lead', media: { id: 'm0se1m0se1m0se1a', type: 'video', title: 'Pegel in Trier', caption: 'Hochwasser in Trier', durationSeconds: 90, credit: null, copyright: null, date: null, availableFrom: null, availableUntil: null, renditions: [GOOD.rendition], thumbnails: [GOOD.thumbnail] } },
      { role: 'inline', media: { id: 'b11db11db11db11d', type: 'image', title: null, caption: 'Die Mosel bei Cochem', durationSeconds: null, credit: null, copyright: null, date: null, availableFrom: null, availableUntil: null, renditions: [{ ...GOOD.rendition, url: 'https://media.example.org/cochem.jpg', mimeType: 'image/jpeg' }], thumbnails: [] } }
    ]
  })
  app.context.articleStore.save(article, NOW)
  // Rows as an earlier release could have written them: a bad URL in every URL field, first and widest so that
  // anything picking "the first" or "the largest" file would pick it.
  const bad = (index: number) => BAD_URLS[index % BAD_URLS.length] as string
  const update = app.context.db.prepare('UPDATE media SET renditions = ?, thumbnails = ?, subtitles = ?, terms_url = ? WHERE id = ?')
  update.run(
    JSON.stringify([{ ...GOOD.rendition, url: bad(0), width: 3840, height: 2160 }, ...BAD_URLS.map((url) => ({ ...GOOD.rendition, url })), GOOD.rendition]),
    JSON.stringify([{ ...GOOD.thumbnail, url: bad(1), width: 1920, height: 1080 }, ...BAD_URLS.map((url) => ({ ...GOOD.thumbnail, url })), GOOD.thumbnail]),
    JSON.stringify([...BAD_URLS.map((url) => ({ ...GOOD.subtitle, url })), GOOD.subtitle]),
    bad(2), 'm0se1m0se1m0se1a')
  update.run(
    JSON.stringify([...BAD_URLS.map((url) => ({ ...GOOD.rendition, url, mimeType: 'image/jpeg' })), { ...GOOD.rendition, url: 'https://media.example.org/cochem.jpg', mimeType: 'image/jpeg' }]),
    JSON.stringify(BAD_URLS.map((url) => ({ ...GOOD.thumbnail, url }))),
    '[]', bad(3), 'b11db11db11db11d')

  const preview = keyHeaders(app, ['content:preview'])
  const item = `/v1/articles/${article.id}`
  const reads: Array<{ url: string, headers?: Record<string, string> }> = [
    { url: item },
    { url: `/v1/articles/slug/${article.slug}` },
    { url: `${item}?format=ninjs` },
    { url: `${item}?format=ninjs&version=2.2` },
    { url: `${item}?format=jsonld` },
    { url: item, headers: { accept: 'application/ld+json' } },
    { url: `${item}?fields=media` },
    { url: `${item}/media` },
    { url: '/v1/media/m0se1m0se1m0se1a' },
    { url: '/v1/media/b11db11db11db11d' },
    { url: '/v1/articles?include=media' },
    { url: '/v1/search?q=Mosel&include=media' },
    { url: '/v1/feeds/rss' },
    { url: '/v1/feeds/atom' },
    { url: '/v1/feeds/json' },
    { url: `/v1/oembed?url=${encodeURIComponent(`${BASE}/articles/${article.slug}`)}` },
    { url: `/v1/oembed?url=${encodeURIComponent(`${BASE}/articles/${article.slug}`)}&maxwidth=4000&maxheight=4000` },
    { url: `/v1/oembed?url=${encodeURIComponent(`${API}/v1/media/m0se1m0se1m0se1a`)}` },
    { url: item, headers: preview },
    { url: `${item}?format=ninjs`, headers: preview },
    { url: `${item}/revisions/1`, headers: preview }
  ]
  for (const read of reads) {
    // Twice: the second JSON-LD and ninjs answers come from the body cache.
    for (const attempt of [1, 2]) {
      const response = await app.inject({ url: read.url, ...(read.headers === undefined ? {} : { headers: read.headers }) })
      const label = `${read.url}${read.headers === undefined ? '' : ` (${Object.keys(read.headers).join(', ')})`} #${attempt}`
      t.ok(response.statusCode === 200, `${label}: ${response.statusCode}`)
      t.notOk(MARKERS.test(response.body), `${label}: no URL but http(s)`)
      t.notOk(MARKERS.test(JSON.stringify(response.headers)), `${label}: nor in a header`)
    }
  }
  const json = (await app.inject({ url: item })).json()
  const video = json.media[0]
  t.same(video.renditions.map((r: { url: string }) => r.url), [GOOD.rendition.url], 'the http(s) rendition stays')
  t.same(video.thumbnails.map((r: { url: string }) => r.url), [GOOD.thumbnail.url], 'the http(s) thumbnail stays')
  t.same(video.subtitles.map((r: { url: string }) => r.url), [GOOD.subtitle.url], 'the http(s) subtitle stays')
  t.equal(video.termsOfUseUrl, null, 'a terms-of-use URL that is not http(s) reads as none')
  const oembed = (await app.inject({ url: `/v1/oembed?url=${encodeURIComponent(`${BASE}/articles/${article.slug}`)}` })).json()
  t.equal(oembed.thumbnail_url, GOOD.thumbnail.url, 'oEmbed picks among the http(s) thumbnails')
  t.match((await app.inject({ url: '/v1/feeds/rss' })).body, GOOD.rendition.url, 'the feed still encloses the http(s) rendition')

  // An edit reads the media back as shown: saving the article again stores only the http(s) files.
  const writer = keyHeaders(app, ['content:write', 'content:preview'])
  const patched = await app.inject({ method: 'PATCH', url: item, headers: { ...writer, 'if-match': '*', 'content-type': 'application/merge-patch+json' }, payload: { title: 'Hochwasser an der Mosel: Pegel sinkt' } })
  t.equal(patched.statusCode, 200, 'an article with such media can still be edited')
  t.notOk(MARKERS.test(patched.body), 'and the answer shows none of them')
})

t.test('a revision saved with such URLs is shown and restored without them', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: () => new Date(NOW) })
  const article = articleInput({
    media: [{ role: 'lead', media: { id: 'm0se1m0se1m0se1a', type: 'video', title: null, caption: 'Pegel', durationSeconds: null, credit: null, copyright: null, date: null, availableFrom: null, availableUntil: null, termsOfUseUrl: 'javascript:alert(101)', renditions: [{ ...GOOD.rendition, url: 'javascript:alert(102)' }, GOOD.rendition], thumbnails: [{ ...GOOD.thumbnail, url: 'data:text/html;base64,PHNjcmlwdD4xMDM' }], subtitles: [{ ...GOOD.subtitle, url: 'vbscript:msgbox(104)' }] } }]
  })
  // The repository takes what it is given: this is how rows from before the rule came to be.
  app.context.articleStore.save(article, NOW)
  const headers = keyHeaders(app, ['content:write', 'content:preview'])
  const revision = await app.inject({ url: `/v1/articles/${article.id}/revisions/1`, headers })
  t.equal(revision.statusCode, 200)
  t.notOk(MARKERS.test(revision.body), 'the revision shows no such URL')
  t.same(revision.json().article.media[0].renditions.map((r: { url: string }) => r.url), [GOOD.rendition.url])
  const restored = await app.inject({ method: 'POST', url: `/v1/articles/${article.id}/revisions/1/restore`, headers: { ...headers, 'if-match': '*' } })
  t.equal(restored.statusCode, 200, 'it can be restored')
  t.notOk(MARKERS.test(restored.body), 'and the restored article shows none')
  const stored = app.context.db.prepare('SELECT renditions, thumbnails, subtitles, terms_url FROM media WHERE id = ?').get('m0se1m0se1m0se1a')
  t.notOk(MARKERS.test(JSON.stringify(stored)), 'the restore stored only http(s) URLs')
})

t.test('an import leaves out media files that are not http(s), with a warning', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: () => new Date(NOW) })
  const doc = JSON.parse(readFileSync(new URL('../fixtures/pages/ninjs-3.json', import.meta.url), 'utf8')) as { associations: Array<{ renditions: Array<Record<string, unknown>> }> }
  const [association] = doc.associations
  association!.renditions.push(
    { name: 'evil', href: 'javascript:alert(101)', contentType: 'video/mp4', width: 4000, height: 2000 },
    { name: 'evil-poster', href: 'data:text/html;base64,PHNjcmlwdD4xMDM', contentType: 'image/jpeg', width: 4000, height: 2000 }
  )
  const headers = keyHeaders(app, ['content:write'])
  const response = await app.inject({ method: 'POST', url: '/v1/imports?status=published', headers: { ...headers, 'content-type': 'application/ninjs+json' }, payload: JSON.stringify(doc) })
  t.equal(response.statusCode, 201)
  const result = response.json()
  t.ok(result.warnings.some((w: string) => /javascript:alert\(101\)' is not an http or https URL/.test(w)), 'the warning names the left-out URL')
  const article = await app.inject({ url: `/v1/articles/${result.articleId as string}` })
  t.notOk(MARKERS.test(article.body), 'the article shows none of them')
  t.same(article.json().media[0].renditions.map((r: { url: string }) => r.url), ['https://media.example.org/zaehler.mp4'])
})
