// Imports through the API: a draft unless asked otherwise, only real documents; re-imports keep the workflow state
// and the editors' changes, and report where the source changed the same field.
import t from 'tap'
import { build, keyHeaders, problemOf } from '../helper.js'

type App = Awaited<ReturnType<typeof build>>

function page (title: string, teaser: string, paragraph: string): string {
  return `${title}\n\n${teaser}\n\n${paragraph}\n\nEin zweiter Absatz mit weiteren Einzelheiten über die Straßenbahn in Köln.`
}

async function importText (app: App, headers: Record<string, string>, text: string, query = 'source=agentur-1.txt') {
  return await app.inject({ method: 'POST', url: `/v1/imports?${query}`, headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' }, payload: text })
}

t.test('an import through the API is a draft unless asked otherwise; a JSON body must be ninjs', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const editor = keyHeaders(app, ['content:write', 'content:preview'])
  const draft = await importText(app, editor, page('Neue Linie in Köln', 'Die Stadt plant eine Straßenbahn.', 'Der Rat hat am Montag beschlossen, die Linie zu bauen.'))
  t.equal(draft.statusCode, 201, draft.body)
  t.same(draft.json().conflicts, [])
  t.equal((await app.inject({ url: `/v1/articles/${draft.json().articleId as string}` })).statusCode, 404, 'a draft, not public')
  t.equal((await app.inject({ url: `/v1/articles/${draft.json().articleId as string}`, headers: editor })).json().status, 'draft')
  const published = await importText(app, editor, page('Zweite Linie in Bonn', 'Auch Bonn plant.', 'Der Rat in Bonn hat am Dienstag beschlossen, eine Linie zu bauen.'), 'source=agentur-2.txt&status=published')
  t.equal(published.statusCode, 201)
  t.equal((await app.inject({ url: `/v1/articles/${published.json().articleId as string}` })).statusCode, 200, 'published when asked')

  for (const payload of [JSON.stringify('Ein Titel\n\nEin Absatz, der lang genug ist, um ein Artikel zu sein, und noch mehr.'), '{"title":"kein ninjs"}']) {
    const json = await app.inject({ method: 'POST', url: '/v1/imports', headers: { ...editor, 'content-type': 'application/json' }, payload })
    t.equal(json.statusCode, 400, payload)
    t.equal(problemOf(json).status, 400)
  }
  const ninjs = await app.inject({ method: 'POST', url: '/v1/imports', headers: { ...editor, 'content-type': 'application/json' }, payload: JSON.stringify({ uri: 'urn:agentur:3', headline: 'Straßenbahn kommt', body_text: 'Der Rat hat entschieden, die Straßenbahn bis zum Hafen zu verlängern.\n\nDie Bauarbeiten beginnen im Frühjahr.' }) })
  t.equal(ninjs.statusCode, 201, ninjs.body)
  t.equal(ninjs.json().format, 'ninjs')
})

t.test('a re-import keeps the workflow state and the editors\' edits, and reports conflicts', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const editor = keyHeaders(app, ['content:write', 'content:preview'])
  const first = await importText(app, editor, page('Neue Linie in Köln', 'Die Stadt plant eine Straßenbahn.', 'Der Rat hat am Montag beschlossen, die Linie zu bauen.'), 'source=agentur-1.txt&status=published')
  const id = first.json().articleId as string
  const url = `/v1/articles/${id}`
  const patched = await app.inject({ method: 'PATCH', url, headers: { ...editor, 'if-match': '*', 'content-type': 'application/merge-patch+json' }, payload: { title: 'Köln bekommt eine neue Straßenbahnlinie', status: 'unpublished' } })
  t.equal(patched.statusCode, 200, patched.body)

  // The source changes its title (a conflict), its teaser (only the source changed it) and nothing else.
  const again = await importText(app, editor, page('Neue Linie in Köln beschlossen', 'Die Stadt baut eine Straßenbahn.', 'Der Rat hat am Montag beschlossen, die Linie zu bauen.'))
  t.equal(again.statusCode, 200, again.body)
  t.equal(again.json().outcome, 'updated')
  t.same(again.json().conflicts, ['title'])
  t.match(again.json().warnings.join('\n'), /title: kept the editors' version/)
  const article = (await app.inject({ url, headers: editor })).json()
  t.equal(article.status, 'unpublished', 'not republished')
  t.equal(article.title, 'Köln bekommt eine neue Straßenbahnlinie', 'the editor\'s title stays')
  t.equal(article.teaser, 'Die Stadt baut eine Straßenbahn.', 'what only the source changed is applied')
  t.equal((await app.inject({ url })).statusCode, 404, 'still hidden')
  const events = (await app.inject({ url: `${url}/events`, headers: editor })).json().items
  t.match(events.at(-1), { type: 'updated', changes: ['teaser'] }, 'the change log names what the import changed')

  const third = await importText(app, editor, page('Neue Linie in Köln beschlossen', 'Die Stadt baut eine Straßenbahn.', 'Der Rat hat am Montag beschlossen, die Linie zu bauen. Nachtrag.'))
  t.same(third.json().conflicts, [], 'the editor\'s title is no conflict while the source leaves its own title alone')
  t.equal((await app.inject({ url, headers: editor })).json().title, 'Köln bekommt eine neue Straßenbahnlinie')
})
