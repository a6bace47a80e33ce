// German search over HTTP: stems, compounds, tags and bylines, ranking, sort, totals, facets and marked snippets,
// with totals and facets counting only what is public at the request's instant.
import t from 'tap'
import { openDatabase } from '../../src/db/open.js'
import { loadMigrations, migrate } from '../../src/db/migrate.js'
import { buildApp } from '../../src/app.js'
import { articleInput, build, problemOf, testConfig } from '../helper.js'

const NOW = '2025-06-01T12:00:00.000Z'
type App = Awaited<ReturnType<typeof build>>

function paragraph (text: string): ArticleInputSections {
  return [{ heading: null, blocks: [{ type: 'paragraph', text }] }]
}
type ArticleInputSections = ReturnType<typeof articleInput>['sections']

async function search (app: App, query: string): Promise<{ status: number, ids: string[], body: any }> {
  const response = await app.inject({ url: `/v1/search?${query}` })
  const body = response.json()
  return { status: response.statusCode, ids: response.statusCode === 200 ? body.items.map((item: { id: string }) => item.id) : [], body }
}

t.test('inflections, compounds, tags and bylines find what a reader means', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: () => new Date(NOW) })
  const tempo = articleInput({ title: 'Streit um das Tempolimit', sections: paragraph('Die Koalition ist uneins.') })
  const ausschuss = articleInput({ title: 'Haushaltsausschuss tagt', sections: paragraph('Die Abgeordneten beraten den Etat.') })
  const krise = articleInput({ title: 'Regierung in der Haushaltskrise', sections: paragraph('Es fehlen Milliarden.') })
  const bahn = articleInput({ title: 'Neue Linie', sections: paragraph('Die Straßenbahn fährt ab Montag öfter.') })
  const tagged = articleInput({ title: 'Mehr Busse im Kreis', tags: ['ÖPNV'], byline: 'Jürgen Weiß', sections: paragraph('Der Kreis bestellt zwanzig neue Fahrzeuge.') })
  const gespraeche = articleInput({ title: 'Treffen in Moskau', sections: paragraph('Nach langen Gesprächen gab es keine Einigung.') })
  for (const input of [tempo, ausschuss, krise, bahn, tagged, gespraeche]) app.context.articleStore.save(input, NOW)
  const cases: Array<[string, string[]]> = [
    ['tempolimits', [tempo.id]],
    ['Ausschuss', [ausschuss.id]],
    ['ausschüsse', [ausschuss.id]],
    ['Haushalt', [krise.id, ausschuss.id]],
    ['Bahn', [bahn.id]],
    ['Straßenbahnen', [bahn.id]],
    ['ÖPNV', [tagged.id]],
    ['opnv', [tagged.id]],
    ['juergen weiss', [tagged.id]],
    ['Gespräch', [gespraeche.id]],
    ['gespraeche', [gespraeche.id]],
    ['Gesprächen', [gespraeche.id]],
    ['Tempo*', [tempo.id]],
    ['"Haushaltsausschuss tagt"', [ausschuss.id]],
    ['Haushalt NOT Regierung', [ausschuss.id]],
    ['Bahn OR Tempolimit', [bahn.id, tempo.id]]
  ]
  for (const [q, expected] of cases) {
    const result = await search(app, `q=${encodeURIComponent(q)}`)
    t.equal(result.status, 200, q)
    t.same(new Set(result.ids), new Set(expected), `${q} finds ${expected.length}`)
  }
})

t.test('whole words rank above compound parts, the title above the body', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: () => new Date(NOW) })
  const part = articleInput({ title: 'Der Haushaltsausschuss entscheidet', publishedAt: '2025-05-30T00:00:00.000Z', sections: paragraph('Die Sitzung dauerte lange.') })
  const whole = articleInput({ title: 'Ein Bericht aus Berlin', publishedAt: '2025-05-30T00:00:00.000Z', sections: paragraph('Der Ausschuss tagte bis in die Nacht.') })
  const title = articleInput({ title: 'Ausschuss vertagt sich', publishedAt: '2025-05-30T00:00:00.000Z', sections: paragraph('Keine Einigung.') })
  for (const input of [part, whole, title]) app.context.articleStore.save(input, NOW)
  t.same((await search(app, 'q=Ausschuss')).ids, [title.id, whole.id, part.id])
})

t.test('relevance leans to recent articles; sort=newest and sort=oldest order by date', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: () => new Date(NOW) })
  const old = articleInput({ title: 'Hochwasser am Rhein', publishedAt: '2015-06-01T00:00:00.000Z' })
  const fresh = articleInput({ title: 'Hochwasser am Rhein', publishedAt: '2025-05-31T00:00:00.000Z' })
  const middle = articleInput({ title: 'Hochwasser am Rhein', publishedAt: '2020-06-01T00:00:00.000Z' })
  for (const input of [old, fresh, middle]) app.context.articleStore.save(input, NOW)
  t.same((await search(app, 'q=Hochwasser')).ids, [fresh.id, middle.id, old.id], 'equal matches: the newest first')
  t.same((await search(app, 'q=Hochwasser&sort=newest')).ids, [fresh.id, middle.id, old.id])
  t.same((await search(app, 'q=Hochwasser&sort=oldest')).ids, [old.id, middle.id, fresh.id])
  t.same((await search(app, 'q=Hochwasser&sort=relevance')).ids, [fresh.id, middle.id, old.id])
  const first = await app.inject({ url: '/v1/search?q=Hochwasser&sort=oldest&limit=2' })
  const cursor = first.json().nextCursor
  t.same((await search(app, `q=Hochwasser&sort=oldest&limit=2&cursor=${cursor}`)).ids, [fresh.id], 'cursors keep the order')
  t.equal((await search(app, `q=Hochwasser&sort=newest&limit=2&cursor=${cursor}`)).status, 400, 'a cursor belongs to its order')
  t.equal((await search(app, 'q=Hochwasser&sort=best')).status, 400)
})

t.test('total and facets are opt-in and count only what is public now', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: () => new Date(NOW) })
  const video = { id: 'v1de0v1de0v1de0v', type: 'video' as const, title: 'Clip', caption: 'Pegel', durationSeconds: 60, credit: null, copyright: null, date: null, availableFrom: null, availableUntil: null, renditions: [{ url: 'https://media.example.org/clip.mp4', mimeType: 'video/mp4', width: 640, height: 360 }], thumbnails: [] }
  app.context.articleStore.save(articleInput({ title: 'Wahl in Köln', breadcrumb: ['Nachrichten', 'Politik'], tags: ['Köln', 'Wahlen'], publishedAt: '2025-03-02T00:00:00.000Z', media: [{ role: 'lead', media: video }] }), NOW)
  app.context.articleStore.save(articleInput({ title: 'Wahl in Bonn', breadcrumb: ['Nachrichten', 'Politik'], tags: ['Bonn', 'Wahlen'], publishedAt: '2025-03-20T00:00:00.000Z' }), NOW)
  app.context.articleStore.save(articleInput({ title: 'Wahl der Schützenkönigin', breadcrumb: ['Nachrichten', 'Regional'], tags: ['Brauchtum'], language: 'en', publishedAt: '2025-04-20T00:00:00.000Z' }), NOW)
  // Hidden: a draft, an unpublished article and one scheduled after now. None may show in a count.
  app.context.articleStore.save(articleInput({ title: 'Wahl Entwurf', status: 'draft', tags: ['Geheimtag'], breadcrumb: ['Geheimrubrik'] }), NOW)
  app.context.articleStore.save(articleInput({ title: 'Wahl zurückgezogen', status: 'unpublished', tags: ['Geheimtag'] }), NOW)
  app.context.articleStore.save(articleInput({ title: 'Wahl mit Sperrfrist', status: 'scheduled', publishedAt: '2025-07-01T00:00:00.000Z', tags: ['Geheimtag'], breadcrumb: ['Geheimrubrik'] }), NOW)

  const plain = (await search(app, 'q=Wahl')).body
  t.notOk('total' in plain, 'no total unless asked')
  t.notOk('facets' in plain, 'no facets unless asked')
  t.same((await search(app, 'q=Wahl&count=false')).body.total, undefined)
  t.same((await search(app, 'q=Wahl&count=true')).body.total, { value: 3, exact: true })
  t.same((await search(app, 'q=Wahl&count=true&category=Politik')).body.total, { value: 2, exact: true })
  t.same((await search(app, 'q=Nirgendwo&count=true')).body.total, { value: 0, exact: true })

  const { facets } = (await search(app, 'q=Wahl&facets=category,tag,language,mediaType,month')).body
  t.same(facets.basis, 3)
  t.equal(facets.complete, true)
  t.same(facets.category, [{ value: 'Nachrichten', count: 3 }, { value: 'Nachrichten/Politik', count: 2 }, { value: 'Nachrichten/Regional', count: 1 }])
  t.same(facets.tag, [{ value: 'Wahlen', count: 2 }, { value: 'Bonn', count: 1 }, { value: 'Brauchtum', count: 1 }, { value: 'Köln', count: 1 }])
  t.same(facets.language, [{ value: 'de', count: 2 }, { value: 'en', count: 1 }])
  t.same(facets.mediaType, [{ value: 'video', count: 1 }])
  t.same(facets.month, [{ value: '2025-03', count: 2 }, { value: '2025-04', count: 1 }])
  const only = (await search(app, 'q=Wahl&facets=month&tag=Wahlen')).body.facets
  t.same(Object.keys(only).sort(), ['basis', 'complete', 'month'], 'only the facets asked for')
  t.same(only.month, [{ value: '2025-03', count: 2 }])
  const raw = JSON.stringify((await search(app, 'q=Wahl&count=true&facets=category,tag')).body)
  t.notOk(/Geheim|Entwurf|Sperrfrist|zurückgezogen/.test(raw), 'nothing of a hidden article in totals or facets')

  for (const bad of ['facets=colour', 'facets=tag,,month', 'count=maybe', 'facets=']) {
    const response = await app.inject({ url: `/v1/search?q=Wahl&${bad}` })
    t.equal(response.statusCode, 400, bad)
    t.equal(problemOf(response).status, 400)
  }
})

t.test('snippets mark the word forms that matched, stems and compounds too', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' }, { clock: () => new Date(NOW) })
  const input = articleInput({
    title: 'Verkehr in Köln',
    sections: [
      { heading: 'Vorweg', blocks: [{ type: 'paragraph', text: 'Nichts Neues hier.' }] },
      { heading: null, blocks: [{ type: 'paragraph', text: 'Die Straßenbahnen fahren wieder, nach Gesprächen mit der Gewerkschaft & den <Fahrern>.' }] }
    ]
  })
  app.context.articleStore.save(input, NOW)
  const hit = async (q: string): Promise<{ snippet: string, sectionPosition: number | null }> => (await search(app, `q=${encodeURIComponent(q)}`)).body.items[0]
  t.match(await hit('Bahn'), { snippet: /<mark>Straßenbahnen<\/mark>/, sectionPosition: 2 })
  t.match(await hit('Gespräch'), { snippet: /<mark>Gesprächen<\/mark>/, sectionPosition: 2 })
  t.match(await hit('gespraeche Bahn'), { snippet: /<mark>Straßenbahnen<\/mark>.*<mark>Gesprächen<\/mark>/ })
  t.match((await hit('Gespräch')).snippet, /&amp; den &lt;Fahrern&gt;/, 'the text is escaped')
  t.match(await hit('Verkehr'), { snippet: '<mark>Verkehr</mark> in Köln', sectionPosition: null })
  t.notMatch((await hit('Gespräch NOT Autobahn')).snippet, /<mark>Autobahn/)
})

t.test('a database from before migration 0011 gets its index rebuilt at start-up', async (t) => {
  const dir = t.testdir({})
  const path = `${dir}/old.db`
  const db = openDatabase(path)
  migrate(db, loadMigrations().slice(0, 10))
  db.close()
  // Write with the current code, then pretend the index was never built, as right after the migration.
  const first = await buildApp(testConfig({ DATABASE_PATH: path, SEED_SAMPLE: 'false' }))
  const input = articleInput({ title: 'Haushaltsausschuss tagt' })
  first.context.articleStore.save(input, NOW)
  first.context.db.exec('DELETE FROM search_public; INSERT INTO search_reindex (seq) SELECT seq FROM articles')
  await first.close()
  const app = await buildApp(testConfig({ DATABASE_PATH: path, SEED_SAMPLE: 'false' }))
  t.teardown(() => app.close())
  t.same((await app.inject({ url: '/v1/search?q=Ausschuss' })).json().items.map((item: { id: string }) => item.id), [input.id])
  t.equal((app.context.db.prepare('SELECT count(*) AS n FROM search_reindex').get() as { n: number }).n, 0, 'the queue is empty')
})
