import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { committedSpec, contract, documentedAnswers } from './contract.js'
import { SAMPLE_SLUG } from './helper.js'
import { ROOT, run, startServer } from './process.js'

const dir = mkdtempSync(join(tmpdir(), 'beitrag-writes-'))
t.teardown(() => rmSync(dir, { recursive: true, force: true }))
const server = await startServer({ DATABASE_PATH: join(dir, 'writes.db') })
t.teardown(() => server.stop())

async function createKey (name: string, scopes: string, options: string[] = []): Promise<string> {
  const created = await run('src/cli/index.ts', ['keys', 'create', '--name', name, '--scopes', scopes, ...options], { DATABASE_PATH: join(dir, 'writes.db') })
  if (created.code !== 0) throw new Error(created.stderr)
  return created.stdout.trim()
}
// The README's editorial key; and one that may write but not preview, whose answers about hidden articles carry no body.
const writer = await createKey('cms-redaktion', 'content:write,content:preview')
const blindWriter = await createKey('blind', 'content:write')
const partner = await createKey('partner-feed', 'partner')
const previewer = await createKey('vorschau', 'content:preview')
// Every scope, one request a minute: spent, it gets a 429 from every operation (the limit is checked after the scope).
const limited = await createKey('gedrosselt', 'admin', ['--rate-limit', '1'])

const NO_ID = '0'.repeat(16)
const README_POST = { title: 'Grüße aus Köln', status: 'draft', sections: [{ blocks: [{ type: 'paragraph', text: 'Erster Absatz.' }] }] }
const TOO_LARGE = JSON.stringify({ title: 'x'.repeat(1024 * 1024 + 1) })
const DOCUMENT = readFileSync(join(ROOT, 'test/fixtures/dated-article.txt'), 'utf8')

/**
 * Announces a body larger than the server takes and sends only its start: the server answers 413 from
 * Content-Length alone and closes the connection, which a client still writing would see only as a broken pipe.
 */
async function sendLarge (url: string, method: string, headers: Record<string, string>, body: string): Promise<Response> {
  return await new Promise((resolve, reject) => {
    const outgoing = request(url, { method, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (incoming) => {
      const chunks: Buffer[] = []
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
      incoming.on('end', () => {
        const answer = new Headers()
        for (const [name, value] of Object.entries(incoming.headers)) if (value !== undefined) answer.set(name, [value].flat().join(', '))
        resolve(new Response(Buffer.concat(chunks).toString('utf8'), { status: incoming.statusCode ?? 0, headers: answer }))
        outgoing.destroy()
      })
    })
    outgoing.on('error', reject)
    outgoing.write(body.slice(0, 1024))
  })
}

interface Call {
  /** Path parameters for the template. */
  params?: Record<string, string | number>
  query?: string
  key?: string | null
  headers?: Record<string, string>
  /** A JSON value, sent as `type` (application/json unless said otherwise), or raw text. */
  json?: unknown
  text?: string
  type?: string
}

t.test('every documented answer of every write is what the live server sends', async (t) => {
  const check = contract(committedSpec)
  const problems: string[] = []
  const seen = new Set<string>()

  /** Sends `method template` as `call` says, checks the answer against the spec and returns it. */
  async function send (method: string, template: string, expected: number, call: Call = {}): Promise<Response> {
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(call.params?.[name] ?? '')))
    const key = call.key === undefined ? null : call.key
    // Spends the key's one request on a counted route (probes such as /health never count).
    if (key === limited) await fetch(`${server.url}/v1/categories`, { headers: { authorization: `Bearer ${limited}` } })
    const body = call.text ?? (call.json === undefined ? undefined : JSON.stringify(call.json))
    const headers: Record<string, string> = {
      ...(key === null ? {} : { authorization: `Bearer ${key}` }),
      ...(body === undefined ? {} : { 'content-type': call.type ?? 'application/json' }),
      ...call.headers
    }
    const url = `${server.url}${path}${call.query ?? ''}`
    const response = expected === 413 ? await sendLarge(url, method, headers, body ?? '') : await fetch(url, { method, headers, ...(body === undefined ? {} : { body }) })
    t.equal(response.status, expected, `${method} ${path}${call.query ?? ''} answers ${expected}`)
    seen.add(`${method} ${template} ${response.status}`)
    problems.push(...await check(method, template, response))
    return response
  }

  /** The answers every write gives whatever its body: no key, a key without the scope, a key over its limit. */
  async function refusals (method: string, template: string, call: Call, forbidden: string): Promise<void> {
    await send(method, template, 401, { ...call, key: null })
    await send(method, template, 401, { ...call, key: 'btr_thisisnotakeyofthisserver' })
    await send(method, template, 403, { ...call, key: forbidden })
    await send(method, template, 429, { ...call, key: limited })
  }

  /** The answers to a body that cannot be read: too large, or of a type the operation does not take. */
  async function unreadable (method: string, template: string, call: Call): Promise<void> {
    await send(method, template, 413, { ...call, text: TOO_LARGE, type: call.type ?? 'application/json' })
    const refused = await send(method, template, 415, { ...call, text: 'hallo', type: 'text/plain' })
    const accepted = Object.keys(committedSpec.paths[template]?.[method.toLowerCase()]?.requestBody?.content ?? {})
    t.match((await refused.json() as { detail: string }).detail, accepted.length === 0 ? /not accepted here/ : new RegExp(`not accepted here; send ${accepted.join(' or ').replaceAll('+', '\\+')}`), `${method} ${template}: a 415 names what it takes`)
  }

  // Articles: the README's POST, with nothing but a title, a status and one section.
  const created = await send('POST', '/v1/articles', 201, { key: writer, json: README_POST })
  const article = await created.json() as { id: string, language: string, tags: string[] }
  t.match(article, { language: 'de', tags: [] }, 'what the body left out has its default')
  let etag = created.headers.get('etag') ?? ''
  const at = { params: { id: article.id } }
  await send('POST', '/v1/articles', 400, { key: writer, json: { status: 'draft' } })
  await send('POST', '/v1/articles', 409, { key: writer, json: { title: 'Noch einer', slug: SAMPLE_SLUG } })
  await unreadable('POST', '/v1/articles', { key: writer })
  await refusals('POST', '/v1/articles', { json: README_POST }, partner)

  const replaced = await send('PUT', '/v1/articles/{id}', 200, { ...at, key: writer, headers: { 'if-match': etag }, json: { ...README_POST, title: 'Grüße aus Köln am Rhein' } })
  etag = replaced.headers.get('etag') ?? ''
  await send('PUT', '/v1/articles/{id}', 400, { ...at, key: writer, headers: { 'if-match': etag }, json: { titel: 'Tippfehler' } })
  await send('PUT', '/v1/articles/{id}', 404, { params: { id: NO_ID }, key: writer, headers: { 'if-match': '*' }, json: README_POST })
  await send('PUT', '/v1/articles/{id}', 409, { ...at, key: writer, headers: { 'if-match': etag }, json: { ...README_POST, slug: SAMPLE_SLUG } })
  await send('PUT', '/v1/articles/{id}', 412, { ...at, key: writer, headers: { 'if-match': '"a.veraltet"' }, json: README_POST })

  // A key without content:preview writes hidden articles, but their answers carry no body: 204, Location and ETag.
  const blind = await send('POST', '/v1/articles', 204, { key: blindWriter, json: README_POST })
  const blindId = (blind.headers.get('location') ?? '').split('/').at(-1) ?? ''
  t.equal(await blind.text(), '', 'no body for a draft the key cannot read')
  const onBlind = { params: { id: blindId } }
  await send('PUT', '/v1/articles/{id}', 204, { ...onBlind, key: blindWriter, headers: { 'if-match': '*' }, json: { ...README_POST, title: 'Noch ein Entwurf' } })
  await send('PATCH', '/v1/articles/{id}', 204, { ...onBlind, key: blindWriter, headers: { 'if-match': '*' }, json: { teaser: 'Geheim' }, type: 'application/merge-patch+json' })
  await send('POST', '/v1/articles/{id}/revisions/{version}/restore', 204, { params: { id: blindId, version: 1 }, key: blindWriter, headers: { 'if-match': '*' } })

  // Changing a media item other articles show, through an article write, needs the item's ETag.
  const shown = await send('POST', '/v1/articles', 201, { key: writer, json: { ...README_POST, title: 'Mit Bild', media: [{ type: 'image', role: 'lead', caption: 'Der Dom' }] } })
  const shownMedia = (await shown.json() as { media: Array<{ id: string }> }).media[0]?.id ?? ''
  const changedItem = { id: shownMedia, type: 'image', role: 'lead', caption: 'Der Dom bei Nacht' }
  await send('POST', '/v1/articles', 428, { key: writer, json: { ...README_POST, title: 'Auch mit Bild', media: [changedItem] } })
  await send('POST', '/v1/articles', 412, { key: writer, json: { ...README_POST, title: 'Auch mit Bild', media: [{ ...changedItem, etag: `"m.${shownMedia}.99.veraltet"` }] } })
  await send('PUT', '/v1/articles/{id}', 428, { ...at, key: writer, json: README_POST })
  await unreadable('PUT', '/v1/articles/{id}', { ...at, key: writer, headers: { 'if-match': etag } })
  await refusals('PUT', '/v1/articles/{id}', { ...at, headers: { 'if-match': etag }, json: README_POST }, partner)

  const merge = 'application/merge-patch+json'
  const patched = await send('PATCH', '/v1/articles/{id}', 200, { ...at, key: writer, headers: { 'if-match': etag }, json: { teaser: 'Ein Straßenfest.', tags: ['Köln'] }, type: merge })
  t.match(await patched.json(), { title: 'Grüße aus Köln am Rhein', teaser: 'Ein Straßenfest.', tags: ['Köln'] }, 'a merge patch changes what it names')
  etag = patched.headers.get('etag') ?? ''
  const asJson = await send('PATCH', '/v1/articles/{id}', 200, { ...at, key: writer, headers: { 'if-match': etag }, json: { teaser: null } })
  t.match(await asJson.json(), { teaser: null }, 'plain JSON is read as a merge patch too')
  etag = asJson.headers.get('etag') ?? ''
  const typo = await send('PATCH', '/v1/articles/{id}', 400, { ...at, key: writer, headers: { 'if-match': etag }, json: { titel: 'Tippfehler' }, type: merge })
  t.match(await typo.json(), { errors: [{ pointer: '/titel', message: 'is not a known property' }] })
  await send('PATCH', '/v1/articles/{id}', 404, { params: { id: NO_ID }, key: writer, headers: { 'if-match': '*' }, json: { title: 'x' }, type: merge })
  await send('PATCH', '/v1/articles/{id}', 409, { ...at, key: writer, headers: { 'if-match': etag }, json: { slug: SAMPLE_SLUG }, type: merge })
  await send('PATCH', '/v1/articles/{id}', 412, { ...at, key: writer, headers: { 'if-match': '"a.veraltet"' }, json: { title: 'x' }, type: merge })
  await send('PATCH', '/v1/articles/{id}', 428, { ...at, key: writer, json: { title: 'x' }, type: merge })
  await unreadable('PATCH', '/v1/articles/{id}', { ...at, key: writer, headers: { 'if-match': etag }, type: merge })
  await refusals('PATCH', '/v1/articles/{id}', { ...at, headers: { 'if-match': etag }, json: { title: 'x' }, type: merge }, partner)

  // Published, for the webhook deliveries below; then deleted and restored.
  const published = await send('PATCH', '/v1/articles/{id}', 200, { ...at, key: writer, headers: { 'if-match': etag }, json: { status: 'published' }, type: merge })
  etag = published.headers.get('etag') ?? ''
  await send('DELETE', '/v1/articles/{id}', 404, { params: { id: NO_ID }, key: writer, headers: { 'if-match': '*' } })
  await send('DELETE', '/v1/articles/{id}', 412, { ...at, key: writer, headers: { 'if-match': '"a.veraltet"' } })
  await send('DELETE', '/v1/articles/{id}', 428, { ...at, key: writer })
  await refusals('DELETE', '/v1/articles/{id}', { ...at, headers: { 'if-match': etag } }, partner)
  await send('DELETE', '/v1/articles/{id}', 204, { ...at, key: writer, headers: { 'if-match': etag } })

  const restore = '/v1/articles/{id}/revisions/{version}/restore'
  const restored = await send('POST', restore, 200, { params: { id: article.id, version: 1 }, key: writer })
  etag = restored.headers.get('etag') ?? ''
  await send('POST', restore, 400, { params: { id: 'abc', version: 1 }, key: writer, headers: { 'if-match': '*' } })
  await send('POST', restore, 404, { params: { id: NO_ID, version: 1 }, key: writer, headers: { 'if-match': '*' } })
  await send('POST', restore, 412, { params: { id: article.id, version: 1 }, key: writer, headers: { 'if-match': '"a.veraltet"' } })
  await send('POST', restore, 428, { params: { id: article.id, version: 1 }, key: writer })
  await refusals('POST', restore, { params: { id: article.id, version: 1 }, headers: { 'if-match': etag } }, partner)

  // Media items on their own.
  const media = await send('POST', '/v1/media', 201, { key: writer, json: { type: 'image', caption: 'Das Rheinufer in Köln' } })
  const mediaId = (await media.json() as { id: string }).id
  const mediaEtag = media.headers.get('etag') ?? ''
  await send('POST', '/v1/media', 400, { key: writer, json: { caption: 'Ohne Typ' } })
  await unreadable('POST', '/v1/media', { key: writer })
  await refusals('POST', '/v1/media', { json: { type: 'image' } }, partner)
  const onItem = { params: { id: mediaId } }
  await send('PUT', '/v1/media/{id}', 400, { ...onItem, key: writer, headers: { 'if-match': mediaEtag }, json: { caption: 'Ohne Typ' } })
  await send('PUT', '/v1/media/{id}', 404, { params: { id: NO_ID }, key: writer, headers: { 'if-match': '*' }, json: { type: 'image' } })
  await send('PUT', '/v1/media/{id}', 412, { ...onItem, key: writer, headers: { 'if-match': '"m.veraltet"' }, json: { type: 'image' } })
  await send('PUT', '/v1/media/{id}', 428, { ...onItem, key: writer, json: { type: 'image' } })
  await unreadable('PUT', '/v1/media/{id}', { ...onItem, key: writer, headers: { 'if-match': mediaEtag } })
  await refusals('PUT', '/v1/media/{id}', { ...onItem, headers: { 'if-match': mediaEtag }, json: { type: 'image' } }, partner)
  await send('PUT', '/v1/media/{id}', 200, { ...onItem, key: writer, headers: { 'if-match': mediaEtag }, json: { type: 'image', caption: 'Das Rheinufer bei Nacht' } })

  // Imports: a text scrape, the same one again, and what is not an article.
  await send('POST', '/v1/imports', 201, { key: writer, text: DOCUMENT, type: 'text/plain' })
  await send('POST', '/v1/imports', 200, { key: writer, text: DOCUMENT, type: 'text/plain' })
  await send('POST', '/v1/imports', 400, { key: writer, text: 'Nur ein Titel\n', type: 'text/plain' })
  await send('POST', '/v1/imports', 413, { key: writer, text: 'x'.repeat(6 * 1024 * 1024), type: 'text/plain' })
  await send('POST', '/v1/imports', 415, { key: writer, text: 'x', type: 'image/png' })
  await refusals('POST', '/v1/imports', { text: DOCUMENT, type: 'text/plain' }, partner)

  // Webhooks, for partner keys. The endpoint is never reached (no network here), but each change makes a delivery.
  const hook = await send('POST', '/v1/webhooks', 201, { key: partner, json: { url: 'https://93.184.215.14/hooks/beitrag' } })
  const webhookId = (await hook.json() as { id: string }).id
  await send('POST', '/v1/webhooks', 400, { key: partner, json: { url: 'http://127.0.0.1/hooks' } })
  await unreadable('POST', '/v1/webhooks', { key: partner })
  await refusals('POST', '/v1/webhooks', { json: { url: 'https://93.184.215.14/hooks/beitrag' } }, previewer)
  const onHook = { params: { id: webhookId } }
  const paused = await send('PATCH', '/v1/webhooks/{id}', 200, { ...onHook, key: partner, json: { description: 'Büro Köln', active: true }, type: merge })
  t.match(await paused.json(), { description: 'Büro Köln' }, 'a webhook takes a merge patch')
  const cleared = await send('PATCH', '/v1/webhooks/{id}', 200, { ...onHook, key: partner, json: { description: null } })
  t.match(await cleared.json(), { description: null }, 'null removes the note')
  await send('PATCH', '/v1/webhooks/{id}', 400, { ...onHook, key: partner, json: { url: 'http://127.0.0.1/hooks' }, type: merge })
  await send('PATCH', '/v1/webhooks/{id}', 404, { params: { id: NO_ID }, key: partner, json: { active: false }, type: merge })
  await unreadable('PATCH', '/v1/webhooks/{id}', { ...onHook, key: partner, type: merge })
  await refusals('PATCH', '/v1/webhooks/{id}', { ...onHook, json: { active: false }, type: merge }, previewer)

  // A change after the webhook was registered makes a delivery to send again.
  const republished = await fetch(`${server.url}/v1/articles/${article.id}`, { method: 'PATCH', headers: { authorization: `Bearer ${writer}`, 'content-type': merge, 'if-match': etag }, body: JSON.stringify({ title: 'Grüße aus Köln, noch einmal', status: 'published' }) })
  t.equal(republished.status, 200)
  let deliveryId: string | undefined
  for (let tries = 0; deliveryId === undefined && tries < 100; tries++) {
    const page = await (await fetch(`${server.url}/v1/webhooks/${webhookId}/deliveries`, { headers: { authorization: `Bearer ${partner}` } })).json() as { items: Array<{ id: string }> }
    deliveryId = page.items[0]?.id
    if (deliveryId === undefined) await new Promise((resolve) => setTimeout(resolve, 100))
  }
  t.ok(deliveryId, 'the change made a delivery')
  const redeliver = '/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver'
  await send('POST', redeliver, 202, { params: { id: webhookId, deliveryId: deliveryId ?? '' }, key: partner })
  await send('POST', redeliver, 400, { params: { id: webhookId, deliveryId: 'abc' }, key: partner })
  await send('POST', redeliver, 404, { params: { id: webhookId, deliveryId: NO_ID }, key: partner })
  await refusals('POST', redeliver, { params: { id: webhookId, deliveryId: deliveryId ?? '' } }, previewer)

  await send('DELETE', '/v1/webhooks/{id}', 400, { params: { id: 'abc' }, key: partner })
  await send('DELETE', '/v1/webhooks/{id}', 404, { params: { id: NO_ID }, key: partner })
  await refusals('DELETE', '/v1/webhooks/{id}', onHook, previewer)
  await send('DELETE', '/v1/webhooks/{id}', 204, { ...onHook, key: partner })

  t.same(problems, [], 'the spec tells the truth about every answer to a write')
  for (const answer of documentedAnswers(committedSpec, (method) => method !== 'get')) t.ok(seen.has(answer), `${answer} was checked against the server`)
})

t.test('the openapi-fetch write example runs against a live server', async (t) => {
  const result = await run('examples/write.ts', [server.url, writer], {})
  t.equal(result.code, 0, result.stderr)
  t.match(result.stdout, /^201 Grüße aus Köln \(de, draft\) at \/v1\/articles\/[0-9a-z]{16}$/m)
  t.match(result.stdout, /^200 scheduled for 2030-01-01T06:00:00\.000Z$/m)
})

t.test('the rich text example writes a rich article and renders it from the typed blocks', async (t) => {
  const result = await run('examples/rich-text.ts', [server.url, writer], {})
  t.equal(result.code, 0, result.stderr)
  t.equal(result.stdout.trim(), [
    '<p>Laut der <a href="https://www.wahlen.example.org/">Landeswahlleiterin</a> lag die Beteiligung bei <strong>72,9 Prozent</strong>.</p>',
    '<ul><li>Partei A: 30,9 %</li><li>Partei B: 29,2 %</li></ul>',
    '<p><a href="https://www.youtube.com/watch?v=abc123">Die Wahlparty im Video</a> (YouTube)</p>'
  ].join('\n'))
})
