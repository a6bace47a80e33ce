import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import t from 'tap'
import { articleWrite, build, keyHeaders, problemOf, SAMPLE_ARTICLE_ID } from '../helper.js'

const ITEM = `/v1/articles/${SAMPLE_ARTICLE_ID}`

function ninjsValidator () {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats.default(ajv)
  // IPTC's schema refers to GeoJSON by its public $id; a permissive stand-in takes its place offline.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' })
  return { ajv, validate: ajv.compile(JSON.parse(readFileSync(new URL('../fixtures/ninjs-schemas/ninjs-schema_3.1.json', import.meta.url), 'utf8'))) }
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
    uri: 'http://127.0.0.1:3000/articles/wenig-substanz-aber-pr-erfolg-fuer-kim',
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
  t.match(problemOf(refused), { code: 'CONTENT_ERR_NOT_ACCEPTABLE', detail: /application\/json or application\/ninjs\+json/ })
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
  const imported = await mirror.inject({ method: 'POST', url: '/v1/imports', headers: { ...keyHeaders(mirror, ['content:write']), 'content-type': 'application/ninjs+json' }, payload: ninjs.body })
  t.equal(imported.statusCode, 201)
  t.match(imported.json(), { format: 'ninjs', source: original.url, warnings: [] })
  const copy = (await mirror.inject({ url: `/v1/articles/${imported.json().articleId}` })).json()
  for (const field of ['title', 'kicker', 'teaser', 'byline', 'language', 'tags', 'breadcrumb', 'publishedAt', 'wordCount']) {
    t.same(copy[field], original[field], field)
  }
  t.same(copy.sections.map((s: { heading: string | null, blocks: unknown[] }) => [s.heading, s.blocks]), original.sections.map((s: { heading: string | null, blocks: unknown[] }) => [s.heading, s.blocks]), 'sections, quotes and attributions')
  const [video] = copy.media
  t.match(video, { type: 'video', role: 'lead', title: 'Das Fest', caption: 'Tanz am Rheinufer', credit: 'WDR', durationSeconds: 95, duration: 'PT1M35S', availableUntil: '2030-01-01T00:00:00.000Z', renditions: [{ url: 'https://media.example.org/fest.mp4', mimeType: 'video/mp4', width: 1280, height: 720 }] })
  const again = await mirror.inject({ method: 'POST', url: '/v1/imports', headers: { ...keyHeaders(mirror, ['content:write']), 'content-type': 'application/ninjs+json' }, payload: ninjs.body })
  t.equal(again.json().outcome, 'unchanged', 'importing it twice changes nothing')
})
