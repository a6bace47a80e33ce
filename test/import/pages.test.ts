import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import t from 'tap'
import { parseArticle } from '../../src/import/importer.js'
import type { ParsedArticle } from '../../src/import/parsed.js'
import { build, keyHeaders, problemOf } from '../helper.js'
import { blockTexts } from '../../src/lib/rich-text.js'

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8')
const parse = (name: string): ParsedArticle => parseArticle(name, fixture(name))
const NOW = '2025-06-01T12:00:00.000Z'

function bodyText (article: ParsedArticle): string[] {
  return article.sections.flatMap((s) => [s.heading, ...s.blocks.flatMap(blockTexts)]).filter((x): x is string => x !== null)
}

t.test('a tagesschau-shaped scrape: navigation, breadcrumb, "Stand:", byline, credit, quote', async (t) => {
  const article = parse('tagesschau-shape.txt')
  t.match(article, {
    format: 'text',
    breadcrumb: ['Inland', 'Gesellschaft'],
    kicker: 'Hochwasser an der Elbe',
    title: 'Pegel in Dresden steigt weiter',
    byline: 'Von Lena Beispiel, MDR',
    publishedAt: '2024-03-14T08:12:00.000Z',
    teaser: /^Nach tagelangem Regen/
  })
  t.same(article.sections.map((s) => s.heading), [null, 'Was die Warnstufen bedeuten'])
  t.match(article.sections[0]?.blocks, [{ type: 'paragraph', text: /^Die Feuerwehr/ }, { type: 'quote', text: 'Wir sind vorbereitet, aber die nächsten 48 Stunden werden entscheidend.', attribution: 'Oberbürgermeister der Stadt' }])
  t.match(article.media, [{ type: 'image', caption: 'Sandsäcke werden am Terrassenufer verteilt.', credit: 'Quelle: dpa' }])
  const texts = bodyText(article).join('\n')
  for (const metadata of ['Quelle', 'Von Lena', 'Stand:', 'Startseite', 'Sie sind hier', 'Sandsäcke werden', 'Mehr zum Thema', 'Andere Artikel']) {
    t.notOk(texts.includes(metadata), `no "${metadata}" in the body`)
  }
  t.same(article.warnings, [])
})

t.test('video lines in other forms, availability, a cut-off scrape', async (t) => {
  const article = parse('video-lines.txt')
  t.match(article, { kicker: 'Interview', title: 'Was der Streik für Pendler bedeutet', teaser: /^Bahnkunden/ })
  t.match(article.media, [{
    type: 'video',
    role: 'lead',
    caption: 'Ein Reporter steht am Hauptbahnhof in Köln.',
    durationSeconds: 180,
    date: '2023-02-10T23:00:00.000Z',
    availableUntil: '2023-09-27T22:00:00.000Z'
  }])
  t.equal(article.media.length, 1, 'a running time said twice is one video')
  t.same(bodyText(article).length, 2)
  t.notOk(bodyText(article).some((text) => /min|verfügbar|Reporter steht/.test(text)), 'video lines are metadata')
  t.ok(article.warnings.includes('the text seems cut off mid-sentence'))
})

t.test('a scrape that starts mid-body', async (t) => {
  const article = parse('mid-body.txt')
  t.equal(article.title, 'Die Landesregierung hat am Dienstag ein neues Förderprogramm für Radwege vorgestellt')
  t.ok(article.warnings.includes('no title found: title derived from the first sentence'))
  t.equal(bodyText(article).length, 3, 'the first paragraph stays in the body')
  t.match(article.media, [
    { type: 'video', caption: 'Radfahrer auf einem neuen Radweg in Münster', durationSeconds: 52 },
    { type: 'image', caption: 'Ein Radweg an einer Bundesstraße', credit: 'IMAGO / Bildagentur Beispiel' }
  ])
})

t.test('an HTML page: JSON-LD first, then the markup without its furniture', async (t) => {
  const article = parse('article.html')
  t.match(article, {
    format: 'html',
    canonicalUrl: 'https://www.example.org/nachrichten/bahnstreik-100.html',
    kicker: 'Tarifkonflikt',
    title: 'Bahnstreik legt Fernverkehr lahm',
    teaser: 'Pendler müssen am Montag mit massiven Ausfällen rechnen.',
    byline: 'Max Beispiel',
    publishedAt: '2024-03-11T05:30:00.000Z',
    language: 'de',
    breadcrumb: ['Nachrichten', 'Wirtschaft'],
    tags: ['Bahn', 'Streik', 'Verkehr']
  })
  t.same(article.sections.map((s) => s.heading), [null, 'Was Pendler wissen müssen'])
  t.match(article.sections[1]?.blocks, [{ type: 'paragraph' }, { type: 'quote', text: 'Wir bedauern die Einschränkungen.', attribution: 'Eine Bahnsprecherin' }, { type: 'paragraph' }])
  t.match(article.media, [
    { type: 'video', role: 'lead', title: 'Streik am Hauptbahnhof', durationSeconds: 150, availableUntil: '2024-09-10T22:00:00.000Z', renditions: [{ url: 'https://media.example.org/streik.mp4' }], thumbnails: [{ url: 'https://media.example.org/streik.jpg' }] },
    { type: 'image', caption: 'Ein leerer Bahnsteig in Frankfurt.', credit: 'Foto: Beispielagentur', renditions: [{ width: 1600, height: 900 }] }
  ])
  const texts = bodyText(article).join('\n')
  for (const furniture of ['Startseite', 'Cookies', 'Teilen', 'Auch interessant', 'tracking', 'color: red', '© Beispielsender', 'Von Max Beispiel']) {
    t.notOk(texts.includes(furniture), `no "${furniture}"`)
  }
  t.same(article.warnings, [])
})

t.test('an HTML page without structured data falls back to its headings and paragraphs', async (t) => {
  const article = parse('plain.html')
  t.match(article, { title: 'Neue Bibliothek eröffnet', teaser: null, publishedAt: null })
  t.same(article.sections.map((s) => [s.heading, s.blocks.length]), [[null, 1], ['Öffnungszeiten', 1]])
  t.ok(article.warnings.includes('no JSON-LD article data: read from the markup'))
})

t.test("ninjs 3.x and 2.x documents, valid against IPTC's schemas", async (t) => {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats.default(ajv)
  // The schemas refer to GeoJSON by its public $id; a permissive stand-in takes its place offline.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' })
  for (const [name, schema] of [['ninjs-3.json', 'ninjs-schema_3.1.json'], ['ninjs-2.json', 'ninjs-schema_2.2.json']]) {
    const validate = ajv.compile(JSON.parse(readFileSync(new URL(`../fixtures/ninjs-schemas/${schema}`, import.meta.url), 'utf8')))
    t.ok(validate(JSON.parse(fixture(name ?? ''))), `${name} is valid ninjs: ${ajv.errorsText(validate.errors)}`)
  }
  const three = parse('ninjs-3.json')
  t.match(three, {
    format: 'ninjs',
    canonicalUrl: 'https://www.example.org/ninjs/energie-2024-001',
    kicker: 'Energie',
    title: 'Strompreise sinken zum Frühjahr',
    teaser: 'Viele Versorger geben niedrigere Einkaufspreise weiter.',
    byline: 'Ida Muster',
    publishedAt: '2024-02-01T08:00:00.000Z',
    tags: ['Energie', 'Verbraucher']
  })
  t.same(three.sections.map((s) => s.heading), [null, 'Wer profitiert'])
  t.match(three.media, [{ type: 'video', title: 'Zähler im Keller', caption: 'Ein Stromzähler in einem Mehrfamilienhaus.', durationSeconds: 90, renditions: [{ mimeType: 'video/mp4', width: 1280 }], thumbnails: [{ mimeType: 'image/jpeg' }] }])
  const two = parse('ninjs-2.json')
  t.match(two, { format: 'ninjs', title: 'Sturmtief zieht über Norddeutschland', byline: 'Wetterredaktion', teaser: /Orkanböen/, tags: ['Wetter'] })
  t.equal(bodyText(two).length, 2)
  t.match(two.media, [{ type: 'image', title: 'Wellen am Deich', renditions: [{ url: 'https://media.example.org/deich.jpg', width: 1024 }] }])
})

t.test('documents that are no article are refused with the reason', async (t) => {
  t.throws(() => parseArticle('x.json', '{"hello": "world"}'), /x\.json: not an article: JSON, but not a ninjs document/)
  t.throws(() => parseArticle('x.html', '<html><body><nav>Menü</nav></body></html>'), /no title and no body/)
  t.throws(() => parseArticle('x.json', '{"uri": "urn:x", "headline": "Nur ein Titel"}'), /no body paragraphs/)
})

t.test('the same canonical URL updates the same article, whatever the file was called', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const first = app.context.importer.importText('one.html', fixture('article.html'), NOW)
  t.match(first, { outcome: 'created', source: 'https://www.example.org/nachrichten/bahnstreik-100.html', slug: 'bahnstreik-legt-fernverkehr-lahm' })
  t.match(app.context.importer.importText('two.html', fixture('article.html'), NOW), { outcome: 'unchanged', articleId: first.articleId })
  const changed = fixture('article.html').replace('Fahrgäste können ihre Tickets später nutzen.', 'Fahrgäste können ihre Tickets bis Freitag nutzen.')
  t.match(app.context.importer.importText('three.html', changed, NOW), { outcome: 'updated', articleId: first.articleId })
  const article = app.context.articles.getById(first.articleId, { now: NOW, preview: true })
  t.equal(article?.version, 2)
  t.equal(app.context.revisions.list(first.articleId).length, 2, 'each import records a revision')
  t.equal((app.context.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n, 1)
  const noName = app.context.importer.importText(null, fixture('plain.html'), NOW)
  t.match(noName.source, /^sha256:[0-9a-f]{64}$/, 'without URL or name, the content is the identity')
  t.match(app.context.importer.importText(null, fixture('plain.html'), NOW), { outcome: 'unchanged', articleId: noName.articleId })
})

t.test('a batch imports the good files and lists the bad ones', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const files = [
    { name: 'a.txt', read: () => fixture('tagesschau-shape.txt') },
    { name: 'b.txt', read: () => 'Nur ein Titel\n' },
    { name: 'c.html', read: () => fixture('article.html') },
    { name: 'd.json', read: () => '{"uri": 1}' },
    { name: 'e.json', read: () => fixture('ninjs-3.json') }
  ]
  const outcomes: string[] = []
  app.context.importer.importMany(files, NOW, { batchSize: 2, onEach: (name, result) => outcomes.push(`${name}: ${'outcome' in result ? result.outcome : result.reason}`) })
  t.same(outcomes, ['a.txt: created', 'b.txt: not an article: no body paragraphs found after the title', 'c.html: created', 'd.json: not an article: JSON, but not a ninjs document (it needs "uri" and a headline or body)', 'e.json: created'])
  t.equal((app.context.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n, 3)
})

t.test('POST /v1/imports takes text, HTML and ninjs bodies', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const writer = keyHeaders(app, ['content:write'])
  const post = (type: string, payload: string, query = '', headers: Record<string, string> = writer) =>
    app.inject({ method: 'POST', url: `/v1/imports${query}`, headers: { ...headers, 'content-type': type }, payload })
  const html = await post('text/html; charset=utf-8', fixture('article.html'))
  t.equal(html.statusCode, 201)
  t.match(html.json(), { format: 'html', outcome: 'created', found: { title: 'Bahnstreik legt Fernverkehr lahm', kicker: true, byline: true, media: 2 } })
  t.equal((await post('text/html', fixture('article.html'))).statusCode, 200, 'the same page again is unchanged')
  t.equal((await post('application/json', fixture('ninjs-3.json'))).json().format, 'ninjs')
  t.equal((await post('application/ninjs+json', fixture('ninjs-2.json'))).statusCode, 201)
  const text = await post('text/plain', fixture('video-lines.txt'), '?source=agentur-17.txt&status=published')
  t.match(text.json(), { source: 'agentur-17.txt', format: 'text' })
  t.equal((await app.inject({ url: `/v1/articles/${text.json().articleId}` })).json().media[0].availableUntil, '2023-09-27T22:00:00.000Z')

  const notArticle = await post('text/plain', 'Nur ein Titel\n')
  t.equal(notArticle.statusCode, 400)
  t.match(problemOf(notArticle), { code: 'CONTENT_ERR_NOT_AN_ARTICLE', detail: /no body paragraphs/ })
  t.equal((await post('text/plain', fixture('video-lines.txt'), '', {})).statusCode, 401)
  t.equal((await post('text/plain', fixture('video-lines.txt'), '', keyHeaders(app, ['partner']))).statusCode, 403)
  t.equal((await post('image/png', 'xx')).statusCode, 415)
  t.equal((await post('text/plain', 'x'.repeat(6 * 1024 * 1024))).statusCode, 413)
  t.equal((await post('text/plain', 'Titel\n\nText\u0000mit Null.\n')).statusCode, 400)
  t.equal((await post('text/plain', fixture('video-lines.txt'), '?unknown=1')).statusCode, 400)
})
