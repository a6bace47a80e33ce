import type { LightMyRequestResponse } from 'fastify'
import t from 'tap'
import { articleInput, build, problemOf, SAMPLE_ARTICLE_ID } from '../helper.js'

const NOW = '2025-06-01T12:00:00.000Z'

async function search (app: Awaited<ReturnType<typeof build>>, query: string): Promise<{ status: number, ids: string[], body: any }> {
  const response = await app.inject({ url: `/v1/search?${query}` })
  const body = response.json()
  return { status: response.statusCode, ids: response.statusCode === 200 ? body.items.map((item: { id: string }) => item.id) : [], body }
}

t.test('German spellings, case, prefixes and phrases find the sample', async (t) => {
  const app = await build(t)
  for (const q of ['Gespräche', 'gespräche', 'gesprache', 'gespraeche', 'GESPRÄCHE', 'Wladi*', '"Nichts Greifbares"', 'Pjöngjang', 'pjoengjang',
    'schliesslich', 'schließlich', 'Ölpipeline', 'oelpipeline', 'Hafenstadt AND Wladiwostok', 'Kim OR Nirgendwo', 'Atomstreit', 'Bilanz']) {
    const result = await search(app, `q=${encodeURIComponent(q)}`)
    t.equal(result.status, 200, q)
    t.same(result.ids, [SAMPLE_ARTICLE_ID], `found by ${q}`)
  }
  for (const q of ['Nirgendwo', '"Greifbares Nichts"', 'Kim NOT Putin', 'Wladiwostok AND Nirgendwo', 'gespr']) {
    t.same((await search(app, `q=${encodeURIComponent(q)}`)).ids, [], `not found by ${q}`)
  }
})

t.test('a hit carries a marked, escaped snippet and the section it is in', async (t) => {
  const app = await build(t)
  const body = (await search(app, 'q=Denuklearisierung')).body
  t.equal(body.items.length, 1)
  const hit = body.items[0]
  t.match(hit, { id: SAMPLE_ARTICLE_ID, title: 'Wenig Substanz, aber PR-Erfolg für Kim', sectionPosition: 2 })
  t.match(hit.snippet, /<mark>Denuklearisierung<\/mark>/)
  t.equal(body.nextCursor, null)

  t.equal((await search(app, 'q=Sackgasse')).body.items[0].sectionPosition, 3)
  t.equal((await search(app, 'q=%22Nichts%20Greifbares%22')).body.items[0].sectionPosition, 5, 'a heading counts for its section')
  const teaser = (await search(app, 'q=Kremlchef')).body.items[0]
  t.equal(teaser.sectionPosition, null, 'a match in the teaser is in no section')
  t.match(teaser.snippet, /<mark>Kremlchef<\/mark>/)
  t.match((await search(app, 'q=Atomstreit')).body.items[0].snippet, /<mark>Atomstreit<\/mark>/, 'captions are searched')

  app.context.articleStore.save(articleInput({ title: 'Tags <script>alert(1)</script> & Co', sections: [{ heading: null, blocks: [{ type: 'paragraph', text: 'Ein <b>fettes</b> "Zitat" & mehr' }] }] }), NOW)
  const escaped = (await search(app, 'q=fettes')).body.items[0].snippet
  t.equal(escaped, 'Ein &lt;b&gt;<mark>fettes</mark>&lt;/b&gt; &quot;Zitat&quot; &amp; mehr')
})

t.test('the title weighs more than the body', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const inBody = articleInput({ title: 'Ein Bericht', sections: [{ heading: null, blocks: [{ type: 'paragraph', text: 'Es geht um Hochwasser am Rhein und sonst nichts weiter in diesem langen Absatz.' }] }] })
  const inTitle = articleInput({ title: 'Hochwasser am Rhein', sections: [{ heading: null, blocks: [{ type: 'paragraph', text: 'Die Pegel steigen weiter.' }] }] })
  app.context.articleStore.save(inBody, NOW)
  app.context.articleStore.save(inTitle, NOW)
  t.same((await search(app, 'q=Hochwasser')).ids, [inTitle.id, inBody.id])
})

t.test('search pages with a cursor, filters and sparse fields', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const inputs = Array.from({ length: 7 }, (_, i) => articleInput({
    title: `Wahl in Köln ${i}`,
    breadcrumb: i % 2 === 0 ? ['Nachrichten', 'Politik'] : ['Sport'],
    publishedAt: `2024-0${1 + (i % 3)}-15T10:00:00.000Z`
  }))
  for (const input of inputs) app.context.articleStore.save(input, NOW)

  const seen: string[] = []
  let url: string | undefined = '/v1/search?q=Wahl&limit=3'
  while (url !== undefined) {
    const response: LightMyRequestResponse = await app.inject({ url })
    const body: { items: Array<{ id: string }>, nextCursor: string | null } = response.json()
    seen.push(...body.items.map((item: { id: string }) => item.id))
    url = body.nextCursor === null ? undefined : /^<([^>]+)>/.exec(String(response.headers.link))?.[1]
  }
  t.equal(seen.length, 7)
  t.equal(new Set(seen).size, 7)

  t.equal((await search(app, 'q=Wahl&category=Politik')).ids.length, 4)
  t.equal((await search(app, 'q=Wahl&category=Nachrichten%2FPolitik')).ids.length, 4)
  t.equal((await search(app, 'q=Wahl&since=2024-02-01&until=2024-02-28')).ids.length, 2)

  const sparse = (await search(app, 'q=Wahl&fields=title&limit=1')).body.items[0]
  t.same(Object.keys(sparse).sort(), ['id', 'sectionPosition', 'snippet', 'title'])

  const foreign = (await app.inject({ url: '/v1/search?q=Wahl&limit=3' })).json().nextCursor
  const reused = await app.inject({ url: `/v1/search?q=Köln&limit=3&cursor=${foreign}` })
  t.equal(reused.statusCode, 400, 'a cursor of another query is refused')
  t.equal(problemOf(reused).code, 'CONTENT_ERR_INVALID_CURSOR')
})

t.test('unpublished articles are never found', async (t) => {
  const app = await build(t, {}, { clock: () => new Date(NOW) })
  app.context.articleStore.save(articleInput({ title: 'Geheimer Entwurf', status: 'draft' }), NOW)
  app.context.articleStore.save(articleInput({ title: 'Geheime Planung', status: 'scheduled', publishedAt: '2025-07-01T00:00:00.000Z' }), NOW)
  t.same((await search(app, 'q=Geheim*')).ids, [])
})

t.test('the index follows updates and deletes', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const input = articleInput({ title: 'Brückensanierung beginnt' })
  app.context.articleStore.save(input, NOW)
  t.same((await search(app, 'q=Brueckensanierung')).ids, [input.id])
  app.context.articleStore.save({ ...input, title: 'Tunnelbau beginnt' }, NOW)
  t.same((await search(app, 'q=Brückensanierung')).ids, [], 'the old title is gone')
  t.same((await search(app, 'q=Tunnelbau')).ids, [input.id])
  t.ok(app.context.articleStore.delete(input.id, NOW))
  t.same((await search(app, 'q=Tunnelbau')).ids, [])
  t.notOk(app.context.articleStore.delete(input.id, NOW), 'deleting twice finds nothing')
  const rows = app.context.db.prepare('SELECT (SELECT count(*) FROM search_public) + (SELECT count(*) FROM search_hidden) AS n').get() as { n: number }
  t.equal(rows.n, 0, 'no orphaned index rows')
})

t.test('bad search requests are 400 problems, never FTS errors', async (t) => {
  const app = await build(t)
  const cases: Array<[string, RegExp]> = [
    ['', /^query parameter 'q' is required$/],
    ['q=', /must NOT have fewer than 1 characters/],
    [`q=${encodeURIComponent('AND OR NOT')}`, /only operators/],
    [`q=${encodeURIComponent('"Nichts Greifbares')}`, /opening quote/],
    [`q=${encodeURIComponent('.'.repeat(1000))}`, /no words/],
    [`q=${'a'.repeat(1001)}`, /must NOT have more than 1000 characters/],
    [`q=${encodeURIComponent('NEAR(a b) * ^ : -')}`, /./],
    ['q=Kim&since=2024-02-01&until=2024-01-01', /'since' .* must be before 'until'/],
    ['q=Kim&fields=title,body', /unknown field body; valid fields are id, slug/],
    ['q=Kim&mediaType=podcast', /must be equal to one of the allowed values/],
    ['q=Kim&cursor=xyz', /cursor/]
  ]
  for (const [query, detail] of cases) {
    const response = await app.inject({ url: `/v1/search?${query}` })
    if (query.startsWith('q=NEAR')) {
      t.ok(response.statusCode === 200 || response.statusCode === 400, 'FTS syntax in a query is only text')
      continue
    }
    t.equal(response.statusCode, 400, query.slice(0, 60))
    t.match(problemOf(response).detail, detail)
  }
})

t.test('a snippet comes from the hit itself, never from a hidden article that matches too', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const hidden = [
    articleInput({ status: 'draft', title: 'Entwurf', sections: [{ heading: null, blocks: [{ type: 'paragraph', text: 'Geheimplan Zugspitze: der Entwurf nennt Kellerwort.' }] }] }),
    articleInput({ status: 'scheduled', publishedAt: '2099-01-01T00:00:00.000Z', title: 'Sperrfrist', sections: [{ heading: null, blocks: [{ type: 'paragraph', text: 'Sperrfristsatz Zugspitze mit Dachbodenwort.' }] }] }),
    articleInput({ status: 'unpublished', title: 'Zurückgezogen', sections: [{ heading: null, blocks: [{ type: 'paragraph', text: 'Rückzug Zugspitze mit Schuppenwort.' }] }] })
  ]
  for (const input of hidden) app.context.articleStore.save(input, NOW)
  const visible = articleInput({ title: 'Öffentlich', sections: [{ heading: null, blocks: [{ type: 'paragraph', text: 'Ein Ausflug auf die Zugspitze lohnt sich.' }] }] })
  app.context.articleStore.save(visible, NOW)
  for (const q of ['Zugspitze', 'Zugspitze OR Kellerwort', 'Kellerwort OR Ausflug', 'Dachbodenwort OR Ausflug OR Schuppenwort', 'Zugsp*']) {
    const response = await app.inject({ url: `/v1/search?q=${encodeURIComponent(q)}` })
    t.equal(response.statusCode, 200, q)
    t.same(response.json().items.map((item: { id: string }) => item.id), [visible.id], `only the public article for ${q}`)
    for (const marker of ['Geheimplan', 'Kellerwort', 'Sperrfristsatz', 'Dachbodenwort', 'Rückzug', 'Schuppenwort', 'Entwurf']) {
      t.notOk(response.body.includes(marker), `${q}: nothing of a hidden article (${marker})`)
    }
    t.match(response.json().items[0].snippet, /Zugspitze|Ausflug/, `${q}: the public article's own text`)
  }
})
