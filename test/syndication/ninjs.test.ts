import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import t from 'tap'
import { articleWrite, build, keyHeaders, problemOf, SAMPLE_ARTICLE_ID } from '../helper.js'

const ITEM = `/v1/articles/${SAMPLE_ARTICLE_ID}`

function ninjsValidator (version: '3.1' | '2.2' = '3.1') {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats.default(ajv)
  // IPTC's schema refers to GeoJSON by its public $id; a permissive stand-in takes its place offline.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' })
  return { ajv, validate: ajv.compile(JSON.parse(readFileSync(new URL(`../fixtures/ninjs-schemas/ninjs-schema_${version}.json`, import.meta.url), 'utf8'))) }
}

t.test('an article as IPTC ninjs 3.1, by ?format or by Accept, valid against the official schema', async (t) => {
  const app = await build(t, { PUBLIC_API_URL: 'https://api.example.org' })
  const { ajv, validate } = ninjsValidator()
  const byQuery = await app.inject({ url: `${ITEM}?format=ninjs` })
  t.equal(byQuery.statusCode, 200)
  t.match(byQuery.headers['content-type'], /^application\/ninjs\+json/)
  t.match(byQuery.headers.vary, /Accept/)
  const doc = byQuery.json()
  t.ok(validate(doc), ajv.errorsText(validate.errors))
  t.match(doc, {
    uri: `https://api.example.org${ITEM}`,
    type: 'text',
    language: 'de',
    pubStatus: 'usable',
    headlines: [{ role: 'main', value: 'Wenig Substanz, aber PR-Erfolg für Kim' }, { role: 'kicker', value: 'Bilanz des Kim-Putin-Treffens' }],
    descriptions: [{ role: 'summary', value: /^Nordkoreas Machthaber Kim/ }],
    bodies: [{ role: 'main', contentType: 'text/html', value: /^<p>Fünf Stunden dauerten die Gespräche.*<h2>Keine Erklärungen<\/h2>/ }],
    associations: [{ name: 'lead', type: 'video', uri: /^https:\/\/api\.example\.org\/v1\/media\/[0-9a-z]{16}$/, descriptions: [{ role: 'caption', value: /^Russlands Präsident Putin/ }] }]
  })
  t.notOk('contentCreated' in doc, 'no invented date')

  const byAccept = await app.inject({ url: ITEM, headers: { accept: 'application/ninjs+json' } })
  t.equal(byAccept.body, byQuery.body)
  const json = await app.inject({ url: ITEM, headers: { accept: 'application/json' } })
  t.match(json.headers['content-type'], /^application\/json/)
  t.not(json.headers.etag, byAccept.headers.etag, 'each representation has its own ETag')
  for (const accept of ['*/*', 'application/*', 'text/html, */*;q=0.1']) {
    t.match((await app.inject({ url: ITEM, headers: { accept } })).headers['content-type'], /^application\/json/, accept)
  }
  const refused = await app.inject({ url: ITEM, headers: { accept: 'text/html' } })
  t.equal(refused.statusCode, 406)
  t.match(problemOf(refused), { code: 'CONTENT_ERR_NOT_ACCEPTABLE', detail: /application\/json, application\/ninjs\+json \(version=3\.1 or version=2\.2\) or application\/ld\+json/ })
  t.equal((await app.inject({ url: `${ITEM}?format=xml` })).statusCode, 400)
  t.equal((await app.inject({ url: `${ITEM}?format=ninjs`, headers: { 'if-none-match': String(byQuery.headers.etag) } })).statusCode, 304)
})

t.test('ninjs round-trips through the importer', async (t) => {
  const source = await build(t, { SEED_SAMPLE: 'false' })
  const writer = keyHeaders(source, ['content:write'])
  const created = await source.inject({
    method: 'POST',
    url: '/v1/articles',
    headers: writer,
    payload: articleWrite({
      byline: 'Von Anna Beispiel',
      tags: ['Köln', 'Feste'],
      breadcrumb: ['Nachrichten', 'Regional'],
      sections: [
        { heading: null, blocks: [{ type: 'paragraph', text: 'Das Straßenfest zieht Tausende an & mehr <als> erwartet.' }] },
        { heading: 'Stimmen', blocks: [{ type: 'quote', text: 'So voll war es noch nie.', attribution: 'Eine Besucherin' }, { type: 'paragraph', text: 'Am Abend spielt eine Band.' }] }
      ],
      media: [{ type: 'video', role: 'lead', title: 'Das Fest', caption: 'Tanz am Rheinufer', credit: 'WDR', durationSeconds: 95, availableUntil: '2030-01-01T00:00:00.000Z', renditions: [{ url: 'https://media.example.org/fest.mp4', mimeType: 'video/mp4', width: 1280, height: 720 }] }]
    })
  })
  t.equal(created.statusCode, 201)
  const original = created.json()
  const ninjs = await source.inject({ url: `/v1/articles/${original.id}?format=ninjs` })
  const { ajv, validate } = ninjsValidator()
  t.ok(validate(ninjs.json()), ajv.errorsText(validate.errors))

  const mirror = await build(t, { SEED_SAMPLE: 'false' })
  const imported = await mirror.inject({ method: 'POST', url: '/v1/imports?status=published', headers: { ...keyHeaders(mirror, ['content:write']), 'content-type': 'application/ninjs+json' }, payload: ninjs.body })
  t.equal(imported.statusCode, 201)
  t.match(imported.json(), { format: 'ninjs', source: ninjs.json().uri, warnings: [] })
  const copy = (await mirror.inject({ url: `/v1/articles/${imported.json().articleId}` })).json()
  for (const field of ['title', 'kicker', 'teaser', 'byline', 'language', 'tags', 'breadcrumb', 'publishedAt', 'wordCount']) {
    t.same(copy[field], original[field], field)
  }
  t.same(copy.sections.map((s: { heading: string | null, blocks: unknown[] }) => [s.heading, s.blocks]), original.sections.map((s: { heading: string | null, blocks: unknown[] }) => [s.heading, s.blocks]), 'sections, quotes and attributions')
  const [video] = copy.media
  t.match(video, { type: 'video', role: 'lead', title: 'Das Fest', caption: 'Tanz am Rheinufer', credit: 'WDR', durationSeconds: 95, duration: 'PT1M35S', availableUntil: '2030-01-01T00:00:00.000Z', renditions: [{ url: 'https://media.example.org/fest.mp4', mimeType: 'video/mp4', width: 1280, height: 720 }] })
  const v22 = await source.inject({ url: `/v1/articles/${original.id}?format=ninjs&version=2.2` })
  const older = await build(t, { SEED_SAMPLE: 'false' })
  const fromV22 = await older.inject({ method: 'POST', url: '/v1/imports?status=published', headers: { ...keyHeaders(older, ['content:write']), 'content-type': 'application/ninjs+json' }, payload: v22.body })
  t.equal(fromV22.statusCode, 201, 'ninjs 2.2 imports too')
  const copyV22 = (await older.inject({ url: `/v1/articles/${fromV22.json().articleId}` })).json()
  for (const field of ['title', 'kicker', 'teaser', 'byline', 'tags', 'breadcrumb', 'wordCount']) t.same(copyV22[field], original[field], `2.2: ${field}`)
  t.match(copyV22.media, [{ type: 'video', durationSeconds: 95, availableUntil: '2030-01-01T00:00:00.000Z', renditions: [{ url: 'https://media.example.org/fest.mp4', mimeType: 'video/mp4' }] }])
  const again = await mirror.inject({ method: 'POST', url: '/v1/imports', headers: { ...keyHeaders(mirror, ['content:write']), 'content-type': 'application/ninjs+json' }, payload: ninjs.body })
  t.equal(again.json().outcome, 'unchanged', 'importing it twice changes nothing')
})

t.test('ninjs 2.2 for older partner systems, by ?version or by the Accept parameter, valid against the official 2.2 schema', async (t) => {
  const app = await build(t, { PUBLIC_API_URL: 'https://api.example.org' })
  const { ajv, validate } = ninjsValidator('2.2')
  const byQuery = await app.inject({ url: `${ITEM}?format=ninjs&version=2.2` })
  t.equal(byQuery.statusCode, 200)
  t.match(byQuery.headers['content-type'], /^application\/ninjs\+json; version=2\.2/)
  const doc = byQuery.json()
  t.ok(validate(doc), ajv.errorsText(validate.errors))
  t.match(doc, {
    uri: `https://api.example.org${ITEM}`,
    representationtype: 'full',
    pubstatus: 'usable',
    firstcreated: String,
    versioncreated: String,
    headlines: [{ role: 'main', value: 'Wenig Substanz, aber PR-Erfolg für Kim' }, { role: 'kicker', value: 'Bilanz des Kim-Putin-Treffens' }],
    bodies: [{ role: 'main', contenttype: 'text/html', wordcount: 467, value: /Gespräche/ }],
    associations: [{ name: 'lead', type: 'video', descriptions: [{ role: 'caption', value: /^Russlands Präsident Putin/ }] }]
  })
  t.notOk(JSON.stringify(doc).match(/"[a-z]+[A-Z][A-Za-z]*":/), 'no camel-case 3.x names')

  const byAccept = await app.inject({ url: ITEM, headers: { accept: 'application/ninjs+json; version=2.2' } })
  t.equal(byAccept.body, byQuery.body, 'Accept with version=2.2 says the same')
  const v31 = await app.inject({ url: ITEM, headers: { accept: 'application/ninjs+json; version=3.1' } })
  t.match(v31.headers['content-type'], /^application\/ninjs\+json; version=3\.1/)
  t.ok(ninjsValidator('3.1').validate(v31.json()))
  t.not(byQuery.headers.etag, v31.headers.etag, 'each version has its own ETag')
  t.equal((await app.inject({ url: `${ITEM}?format=ninjs&version=2.2`, headers: { 'if-none-match': String(byQuery.headers.etag) } })).statusCode, 304)
  t.equal((await app.inject({ url: `${ITEM}?format=ninjs&version=3.1`, headers: { 'if-none-match': String(byQuery.headers.etag) } })).statusCode, 200, "2.2's ETag does not validate 3.1")

  const badVersion = await app.inject({ url: `${ITEM}?format=ninjs&version=1.0` })
  t.equal(badVersion.statusCode, 400)
  t.match(problemOf(badVersion), { code: 'CONTENT_ERR_VALIDATION', detail: /query parameter 'version' .*3\.1, 2\.2/ })
  const unknownByAccept = await app.inject({ url: ITEM, headers: { accept: 'application/ninjs+json; version=1.0' } })
  t.equal(unknownByAccept.statusCode, 406, 'an Accept naming a version not offered is not acceptable')
  const notNinjs = await app.inject({ url: `${ITEM}?format=jsonld&version=2.2` })
  t.equal(notNinjs.statusCode, 400)
  t.match(problemOf(notNinjs), { code: 'CONTENT_ERR_BAD_REQUEST', detail: /'version' applies to ninjs only/ })
})

t.test('a scheduled article, seen with the preview scope, is embargoed in both versions', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const created = await app.inject({ method: 'POST', url: '/v1/articles', headers: keyHeaders(app, ['content:write', 'content:preview']), payload: articleWrite({ status: 'scheduled', publishedAt: '2099-01-01T06:00:00.000Z' }) })
  const id = created.json().id
  t.equal((await app.inject({ url: `/v1/articles/${id}?format=ninjs` })).statusCode, 404, 'not before its time without a key')
  const preview = keyHeaders(app, ['content:preview'])
  const v31 = (await app.inject({ url: `/v1/articles/${id}?format=ninjs`, headers: preview })).json()
  t.match(v31, { pubStatus: 'withheld', embargoedUntil: '2099-01-01T06:00:00.000Z' })
  t.ok(ninjsValidator('3.1').validate(v31))
  const v22 = (await app.inject({ url: `/v1/articles/${id}?format=ninjs&version=2.2`, headers: preview })).json()
  t.match(v22, { pubstatus: 'withheld', embargoed: '2099-01-01T06:00:00.000Z' })
  t.ok(ninjsValidator('2.2').validate(v22))
})
