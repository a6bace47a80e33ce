// The edge tier for real: two varnishd nodes with the shipped VCL in front of a listening beitrag whose purger
// follows the change log. Hits and passes, every kind of change purged on both nodes, variants kept apart, and a
// node that stops answering purged once it is back.
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { createSigner } from 'fast-jwt'
import t from 'tap'
import { startEdge, type RunningEdge } from '../../src/edge/varnish.js'
import { articleWrite, build, keyHeaders } from '../helper.js'
import { listen } from '../net.js'

const SECRET = 'edge-test-age-token-secret-0123456789abcdef'

async function freePort (): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/** Waits until `condition` holds; the cap only keeps a broken test from hanging. */
async function until (condition: () => boolean | Promise<boolean>, what: string, capMs = 15_000): Promise<void> {
  const deadline = Date.now() + capMs
  while (!await condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

interface Answer { status: number, headers: Headers, body: string, json: () => any }

async function get (base: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${base}${path}`, { headers })
  const body = await response.text()
  return { status: response.status, headers: response.headers, body, json: () => JSON.parse(body) }
}

const [portA, portB] = [await freePort(), await freePort()]
const edgeUrls = [`http://127.0.0.1:${portA}`, `http://127.0.0.1:${portB}`]
const app = await build(t, {
  SEED_SAMPLE: 'false',
  RATE_LIMIT_PER_MINUTE: '0',
  EDGE_PURGE_URLS: edgeUrls.join(','),
  EDGE_PURGE_POLL_INTERVAL_MS: '50',
  EDGE_PURGE_TIMEOUT_MS: '1000',
  EDGE_PURGE_RETRY_BASE_MS: '100',
  EDGE_PURGE_RETRY_MAX_DELAY_MS: '300',
  WEBHOOK_DISPATCH: 'false',
  AGE_TOKEN_SECRET: SECRET,
  // FSK 16 plays without an age check only in an hour that is twelve hours away, so the test does not depend on the time of day.
  YOUTH_WINDOWS: `16=${String((new Date().getUTCHours() + 12) % 24).padStart(2, '0')}:00-${String((new Date().getUTCHours() + 13) % 24).padStart(2, '0')}:00`,
  YOUTH_TIME_ZONE: 'UTC'
})
// What reaches the origin: the edge's misses, and every request that passes.
const originHits = new Map<string, number>()
app.addHook('onRequest', async (request) => {
  originHits.set(request.url, (originHits.get(request.url) ?? 0) + 1)
})
// A held answer on request: the origin has read what it answers, and sends it when the test lets it go.
let held: { read: () => void, release: Promise<void> } | undefined
app.addHook('onSend', async (request, _reply, payload) => {
  if (request.headers['x-test-hold'] !== undefined && held !== undefined) {
    held.read()
    await held.release
  }
  return payload
})
const origin = `http://127.0.0.1:${await listen(app)}`
const edges: RunningEdge[] = await Promise.all([portA, portB].map(async (port) => await startEdge({ origin, port, params: ['thread_pool_min=10'] })))
t.teardown(async () => { await Promise.all(edges.map(async (edge) => { await edge.stop() })) })
const [edgeA, edgeB] = edges.map((edge) => edge.url) as [string, string]
const editor = keyHeaders(app, ['content:write', 'content:preview'])

/** Every node has acknowledged a purge for every public change so far. */
async function acknowledged (): Promise<void> {
  await until(() => app.context.edgePurger.lag().every((node) => node.events === 0), 'purges acknowledged')
}

async function write (method: string, path: string, body?: unknown): Promise<Answer> {
  const response = await fetch(`${origin}${path}`, {
    method,
    headers: { ...editor, 'if-match': '*', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })
  const text = await response.text()
  if (response.status < 200 || response.status > 299) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`)
  return { status: response.status, headers: response.headers, body: text, json: () => JSON.parse(text) }
}

let mediaCounter = 0

/** An article to POST with a media item of its own (articleWrite's is shared by every article it makes). */
function fresh (overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const mediaId = `edgemedia${String(++mediaCounter).padStart(7, '0')}`
  return articleWrite({
    media: [{ id: mediaId, type: 'image', role: 'lead', caption: 'Das Rheinufer', renditions: [{ url: 'https://media.example.org/rhein.jpg', mimeType: 'image/jpeg', width: 1600, height: 900 }] }],
    sections: [{ heading: null, blocks: [{ type: 'paragraph', text: 'Das Straßenfest zieht Tausende an.' }, { type: 'media', mediaId }] }],
    ...overrides
  })
}

/** Fetches `path` from both nodes until each has it cached (a second request is a hit). */
async function warm (path: string, headers: Record<string, string> = {}): Promise<void> {
  for (const edge of [edgeA, edgeB]) {
    await get(edge, path, headers)
    const again = await get(edge, path, headers)
    t.equal(again.headers.get('x-cache'), 'HIT', `${path} is cached on ${edge}`)
  }
}

/** What both nodes serve for `path`, checked with and without compression: the same on each after a purge. */
async function served (path: string, headers: Record<string, string> = {}): Promise<Answer[]> {
  const answers: Answer[] = []
  for (const edge of [edgeA, edgeB]) {
    for (const encoding of ['gzip', 'identity']) answers.push(await get(edge, path, { ...headers, 'accept-encoding': encoding }))
  }
  return answers
}

t.test('tracking and cache-busting parameters do not fragment the cache', async (t) => {
  const { id } = (await write('POST', '/v1/articles', fresh({ title: 'Geteilter Link' }))).json()
  await acknowledged()
  const path = `/v1/articles/${id}`
  const first = await get(edgeA, `${path}?utm_source=facebook`)
  t.equal(first.status, 200)
  const before = [...originHits].filter(([url]) => url.startsWith(path)).reduce((sum, [, n]) => sum + n, 0)
  for (const query of ['', '?utm_source=newsletter&utm_medium=email', '?fbclid=IwAR0x&_=1700000000', '?gclid=abc', '?UTM_Campaign=herbst']) {
    const answer = await get(edgeA, `${path}${query}`)
    t.equal(answer.status, 200, query)
    t.equal(answer.headers.get('x-cache'), 'HIT', `${query}: the same cache object`)
    t.equal(answer.body, first.body)
  }
  const after = [...originHits].filter(([url]) => url.startsWith(path)).reduce((sum, [, n]) => sum + n, 0)
  t.equal(after, before, 'the origin saw none of them')
  const list = await get(edgeA, '/v1/articles?limit=1&_ga=2.1&profile=kids')
  t.equal(list.status, 200, 'real parameters around a tracking one are kept')
  t.ok(originHits.has('/v1/articles?limit=1&profile=kids'), 'the origin got the query without the tracking parameter')
})

t.test('a hit after a miss; requests with a key are never cached', async (t) => {
  const { id } = (await write('POST', '/v1/articles', fresh({ title: 'Hitzewelle über Köln' }))).json()
  await acknowledged()
  const path = `/v1/articles/${id}`
  const before = originHits.get(path) ?? 0
  const first = await get(edgeA, path)
  t.equal(first.status, 200)
  t.equal(first.headers.get('x-cache'), 'MISS')
  await new Promise((resolve) => setTimeout(resolve, 1100))
  const second = await get(edgeA, path)
  t.equal(second.headers.get('x-cache'), 'HIT')
  t.ok(Number(second.headers.get('age')) >= 1, `Age ${String(second.headers.get('age'))} counts the time in the cache`)
  t.equal(second.json().title, 'Hitzewelle über Köln', 'umlauts survive the edge')
  t.equal(second.body, first.body, 'the same bytes')
  t.equal((originHits.get(path) ?? 0) - before, 1, 'the origin saw one request')

  const keyed = { authorization: editor.authorization }
  for (let i = 0; i < 2; i++) {
    const answer = await get(edgeA, path, keyed)
    t.equal(answer.status, 200)
    t.equal(answer.headers.get('x-cache'), 'PASS', 'a keyed request passes')
    t.match(answer.headers.get('cache-control'), /private/)
  }
  t.equal((originHits.get(path) ?? 0) - before, 3, 'both keyed requests reached the origin')

  // A draft a key may preview is never stored where anonymous readers could get it.
  const draft = (await write('POST', '/v1/articles', fresh({ title: 'Entwurf: Straßenbahn', status: 'draft' }))).json()
  t.equal((await get(edgeA, `/v1/articles/${draft.id as string}`, keyed)).status, 200)
  t.equal((await get(edgeA, `/v1/articles/${draft.id as string}`)).status, 404)
  t.equal((await get(edgeA, `/v1/articles/${draft.id as string}`)).status, 404)
})

t.test('publish, update, unpublish and delete: both nodes serve the new state once the purge is acknowledged', async (t) => {
  const draft = (await write('POST', '/v1/articles', fresh({ title: 'Rheinpegel steigt', status: 'draft', breadcrumb: ['Nachrichten', 'Außenpolitik'] }))).json()
  const path = `/v1/articles/${draft.id as string}`
  const list = '/v1/articles?limit=100'
  const category = `/v1/articles?category=${encodeURIComponent('Außenpolitik')}`
  const mediaId = draft.media[0].id as string
  await acknowledged()
  for (const p of [list, category, '/v1/categories']) await warm(p)
  for (const answer of await served(path)) t.equal(answer.status, 404, 'a draft is not public')

  await write('PATCH', path, { status: 'published' })
  await acknowledged()
  for (const answer of await served(path)) t.equal(answer.json().title, 'Rheinpegel steigt', 'published: the article')
  for (const answer of await served(list)) t.ok(answer.json().items.some((item: { id: string }) => item.id === draft.id), 'published: in the list')
  for (const answer of await served(category)) t.ok(answer.json().items.some((item: { id: string }) => item.id === draft.id), 'published: in its category')
  for (const answer of await served('/v1/categories')) t.match(answer.body, /Außenpolitik/, 'published: in the category tree')
  for (const answer of await served(`/v1/media/${mediaId}`)) t.equal(answer.status, 200, 'published: its media')

  await warm(path)
  await warm(list)
  await write('PATCH', path, { title: 'Rheinpegel sinkt wieder' })
  await acknowledged()
  for (const answer of await served(path)) t.equal(answer.json().title, 'Rheinpegel sinkt wieder', 'updated: the article')
  for (const answer of await served(list)) t.ok(answer.json().items.some((item: { title: string }) => item.title === 'Rheinpegel sinkt wieder'), 'updated: the list')
  for (const answer of await served(`/v1/search?q=${encodeURIComponent('Rheinpegel')}`)) t.match(answer.body, /sinkt wieder/, 'updated: search')

  await warm(path)
  await warm(category)
  await write('PATCH', path, { status: 'draft' })
  await acknowledged()
  for (const answer of await served(path)) t.equal(answer.status, 404, 'unpublished: gone')
  for (const answer of await served(category)) t.notOk(answer.json().items.some((item: { id: string }) => item.id === draft.id), 'unpublished: not in its category')

  await write('PATCH', path, { status: 'published' })
  await acknowledged()
  await warm(path)
  await warm(`/v1/media/${mediaId}`)
  await warm(list)
  await write('DELETE', path)
  await acknowledged()
  for (const answer of await served(path)) t.equal(answer.status, 404, 'deleted: gone')
  for (const answer of await served(list)) t.notOk(answer.json().items.some((item: { id: string }) => item.id === draft.id), 'deleted: not listed')
  for (const answer of await served(`/v1/media/${mediaId}`)) t.equal(answer.status, 404, 'deleted: its media, shown by no public article now, is gone too')
})

t.test('a read that straddles a write and its purge does not bring the old version back', async (t) => {
  const article = (await write('POST', '/v1/articles', fresh({ title: 'Rathausturm' }))).json()
  await acknowledged()
  const path = `/v1/articles/${article.id as string}?format=ninjs`
  let release = (): void => {}
  let read = (): void => {}
  const wasRead = new Promise<void>((resolve) => { read = resolve })
  held = { read, release: new Promise<void>((resolve) => { release = resolve }) }
  // A reader's miss: the origin reads the old version, and its answer arrives only after the write's purge.
  const straddling = get(edgeA, path, { 'x-test-hold': '1' })
  await wasRead
  await write('PATCH', `/v1/articles/${article.id as string}`, { title: 'Rathausturm renoviert' })
  await acknowledged()
  release()
  held = undefined
  const old = await straddling
  t.equal(old.status, 200)
  t.notMatch(old.body, /renoviert/, 'the reader who asked before the write gets what was read then')
  const next = await get(edgeA, path)
  t.match(next.body, /Rathausturm renoviert/, 'the old answer, read before the purged change, was not stored')
  t.equal((await get(edgeA, path)).headers.get('x-cache'), 'HIT', 'the new one is')
  t.equal(next.headers.get('x-change-seq'), null, 'the bookkeeping header stays between origin and edge')
})

t.test('a media edit purges every article showing it and the media item', async (t) => {
  const article = (await write('POST', '/v1/articles', fresh({ title: 'Brückenfest' }))).json()
  const mediaId = article.media[0].id as string
  const path = `/v1/articles/${article.id as string}`
  await acknowledged()
  await warm(path)
  await warm(`/v1/media/${mediaId}`)
  await warm(`${path}/media`)
  await write('PUT', `/v1/media/${mediaId}`, { type: 'image', caption: 'Die Brücke bei Nacht, größer', renditions: [{ url: 'https://media.example.org/rhein.jpg', mimeType: 'image/jpeg', width: 1600, height: 900 }] })
  await acknowledged()
  for (const answer of await served(path)) t.equal(answer.json().media[0].caption, 'Die Brücke bei Nacht, größer', 'the article')
  for (const answer of await served(`/v1/media/${mediaId}`)) t.equal(answer.json().caption, 'Die Brücke bei Nacht, größer', 'the media item')
  for (const answer of await served(`${path}/media`)) t.equal(answer.json().items[0].caption, 'Die Brücke bei Nacht, größer', 'the article\'s media')
})

t.test('a scheduled article appears at the edge at its instant', async (t) => {
  const at = new Date(Date.now() + 1500).toISOString()
  const scheduled = (await write('POST', '/v1/articles', fresh({ title: 'Punkt zwölf: Glockenläuten', status: 'scheduled', publishedAt: at }))).json()
  const path = `/v1/articles/${scheduled.id as string}`
  await warm('/v1/articles?limit=5&sort=-updatedAt')
  t.equal((await get(edgeA, path)).status, 404, 'not before its instant')
  await until(async () => (await get(edgeA, path)).status === 200 && (await get(edgeB, path)).status === 200, 'the scheduled article at the edge')
  t.ok(Date.now() >= Date.parse(at), 'not before its instant')
  // The article turns public by the clock alone; the purger records the instant as a change within its poll interval.
  const reached = app.context.db.prepare("SELECT count(*) AS n FROM article_events WHERE article_id = ? AND public_type = 'publication_reached'")
  await until(() => (reached.get(scheduled.id) as { n: number }).n === 1, 'the instant recorded')
  await acknowledged()
  for (const answer of await served('/v1/articles?limit=5&sort=-updatedAt')) t.ok(answer.json().items.some((item: { id: string }) => item.id === scheduled.id), 'listed on both nodes')
  t.equal((reached.get(scheduled.id) as { n: number }).n, 1, 'the instant was recorded once')
})

t.test('country, age-check and kids variants are cached apart and never cross', async (t) => {
  const restricted = (await write('POST', '/v1/articles', articleWrite({
    title: 'Spätfilm',
    media: [{ id: 'f5k16v1de0000001', type: 'video', role: 'lead', caption: 'Nur in Deutschland, ab 16', ageRating: 16, allowedRegions: ['DE'], renditions: [{ url: 'https://media.example.org/spaet.mp4', mimeType: 'video/mp4', width: 1280, height: 720 }] }],
    sections: [{ heading: null, blocks: [{ type: 'paragraph', text: 'Ein Film für späte Stunden.' }] }]
  }))).json()
  const path = `/v1/media/${restricted.media[0].id as string}`
  const token = createSigner({ key: SECRET, algorithm: 'HS256' })({ age: 18, exp: Math.floor(Date.now() / 1000) + 3600 })
  await acknowledged()

  const reasons = async (headers: Record<string, string>): Promise<string[]> => {
    const out: string[] = []
    for (let i = 0; i < 2; i++) {
      const answer = await get(edgeA, path, headers)
      const media = answer.json()
      out.push(`${media.playable === true ? 'playable' : String(media.reason)}/${String(answer.headers.get('x-cache'))}`)
    }
    return out
  }
  t.same(await reasons({ 'x-country-code': 'DE' }), ['age-restricted/MISS', 'age-restricted/HIT'], 'Germany without a token')
  t.same(await reasons({ 'x-country-code': 'fr' }), ['geo-blocked/MISS', 'geo-blocked/HIT'], 'France: its own variant (the header normalised as the API reads it)')
  t.same(await reasons({ 'x-country-code': 'FR' }), ['geo-blocked/HIT', 'geo-blocked/HIT'], 'FR is fr')
  t.same(await reasons({ 'x-country-code': 'DE', 'x-age-token': token }), ['playable/PASS', 'playable/PASS'], 'with a token: private, fetched for each request and never stored')
  t.same(await reasons({ 'x-country-code': 'DE' }), ['age-restricted/HIT', 'age-restricted/HIT'], 'the token\'s answer did not reach anyone without one')

  const forKids = (await write('POST', '/v1/articles', articleWrite({ title: 'Die Maus erklärt Brücken', kids: true, media: [], sections: [{ heading: null, blocks: [{ type: 'paragraph', text: 'Für Kinder.' }] }] }))).json()
  await acknowledged()
  const kidsList = await get(edgeA, '/v1/articles?profile=kids&limit=100')
  const allList = await get(edgeA, '/v1/articles?limit=100')
  const ids = (answer: Answer): string[] => answer.json().items.map((item: { id: string }) => item.id)
  t.ok(ids(kidsList).includes(forKids.id) && !ids(kidsList).includes(restricted.id), 'the kids list has only the kids article')
  t.ok(ids(allList).includes(restricted.id), 'the full list has the others')
  const kidsAgain = await get(edgeA, '/v1/articles?limit=100&profile=kids')
  t.equal(kidsAgain.headers.get('x-cache'), 'HIT', 'the same parameters in another order are the same object')
  t.same(ids(kidsAgain), ids(kidsList))
  t.equal((await get(edgeA, `/v1/articles/${restricted.id as string}?profile=kids`)).status, 404, 'not for kids')
  t.equal((await get(edgeA, `/v1/articles/${restricted.id as string}`)).status, 200, 'for everyone else')

  // Formats: JSON whatever a browser sends, ninjs for a partner, each cached once.
  const article = `/v1/articles/${forKids.id as string}`
  await get(edgeA, article, { accept: 'application/json' })
  const browser = await get(edgeA, article, { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' })
  t.equal(browser.headers.get('x-cache'), 'HIT', 'a browser\'s Accept is the JSON variant')
  t.match(browser.headers.get('content-type'), /^application\/json/)
  const ninjs = await get(edgeA, article, { accept: 'application/ninjs+json' })
  t.match(ninjs.headers.get('content-type'), /ninjs/)
  t.equal((await get(edgeA, article, { accept: 'application/ninjs+json' })).headers.get('x-cache'), 'HIT')
  t.match((await get(edgeA, article, { accept: '*/*' })).headers.get('content-type'), /^application\/json/, 'ninjs never reaches a JSON reader')
})

t.test('a node that stops answering is purged once it is back; nothing stale remains', async (t) => {
  const article = (await write('POST', '/v1/articles', fresh({ title: 'Fähre fährt' }))).json()
  const path = `/v1/articles/${article.id as string}`
  await acknowledged()
  await warm(path)
  // Node B stops answering but keeps its cache, as a node behind a broken link would.
  const paused = edges[1]?.child
  t.ok(paused?.pid)
  const workers = (await import('node:child_process')).execFileSync('pgrep', ['-P', String(paused?.pid)]).toString().trim().split('\n').map(Number)
  const stopped = [paused?.pid as number, ...workers]
  for (const pid of stopped) process.kill(pid, 'SIGSTOP')
  try {
    await write('PATCH', path, { title: 'Fähre fährt wieder' })
    await until(() => (app.context.edgePurger.lag().find((node) => node.url === `${edgeA}/`)?.events ?? 1) === 0, 'node A purged')
    t.equal((await get(edgeA, path)).json().title, 'Fähre fährt wieder', 'node A is current')
    await until(async () => /beitrag_edge_purge_failures_total\{node="http:\/\/127\.0\.0\.1:\d+\/"\} [1-9]/.test((await app.inject('/metrics')).body), 'a failed purge counted')
    const metrics = (await app.inject('/metrics')).body
    t.match(metrics, new RegExp(`beitrag_edge_purge_lag_events\\{node="${edgeB}/"\\} [1-9]`), 'node B lags, and /metrics says so')
  } finally {
    for (const pid of stopped) process.kill(pid, 'SIGCONT')
  }
  await acknowledged()
  for (const answer of await served(path)) t.equal(answer.json().title, 'Fähre fährt wieder', 'both nodes current')
  t.match((await app.inject('/metrics')).body, new RegExp(`beitrag_edge_purge_lag_events\\{node="${edgeB}/"\\} 0`))
})

t.test('the purger stopped and started again continues from the stored position', async (t) => {
  const article = (await write('POST', '/v1/articles', fresh({ title: 'Domplatte' }))).json()
  const path = `/v1/articles/${article.id as string}`
  await acknowledged()
  await warm(path)
  await app.context.edgePurger.stop()
  await write('PATCH', path, { title: 'Domplatte im Schnee' })
  await new Promise((resolve) => setTimeout(resolve, 200))
  t.equal((await get(edgeA, path)).json().title, 'Domplatte', 'no purger, no purge: the edge still has the old version')
  const positions = app.context.db.prepare('SELECT url, position FROM edge_nodes ORDER BY url').all() as Array<{ url: string, position: number }>
  t.equal(positions.length, 2, 'one position per node, in the database')
  app.context.edgePurger.start()
  await acknowledged()
  for (const answer of await served(path)) t.equal(answer.json().title, 'Domplatte im Schnee', 'the change made while it was stopped is purged')
})
