import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import createClient from 'openapi-fetch'
import t from 'tap'
import type { paths } from '../openapi/openapi.js'
import { committedSpec, contract, documentedAnswers, type Operation, type Spec } from './contract.js'
import { SAMPLE_ARTICLE_ID } from './helper.js'
import { ROOT, run, startServer } from './process.js'

const dir = mkdtempSync(join(tmpdir(), 'beitrag-client-'))
t.teardown(() => rmSync(dir, { recursive: true, force: true }))
// The public site's origin the spec's examples use, so the oEmbed example names an article this server publishes.
const server = await startServer({ DATABASE_PATH: join(dir, 'client.db'), PUBLIC_BASE_URL: 'https://www.example.org' })
t.teardown(() => server.stop())

/** An API key made with the CLI on the server's database, as an operator would. */
async function createKey (scopes: string, options: string[] = []): Promise<string> {
  const created = await run('src/cli/index.ts', ['keys', 'create', '--name', scopes, '--scopes', scopes, ...options], { DATABASE_PATH: join(dir, 'client.db') })
  if (created.code !== 0) throw new Error(created.stderr)
  return created.stdout.trim()
}
const previewKey = await createKey('content:preview')
const partnerKey = await createKey('partner')
const writeKey = await createKey('content:write')
// A key with every scope allowed one request a minute: once it has made it, every operation answers it with 429
// (the limit is checked after the scope, so a key without the scope would get its 403 first).
const limitedKey = await createKey('admin', ['--rate-limit', '1'])
async function spendLimitedKey (): Promise<void> {
  // Not /health or /ready: probes never count against a limit.
  await fetch(`${server.url}/v1/categories`, { headers: { authorization: `Bearer ${limitedKey}` } })
}
const NOT_A_KEY = 'btr_thisisnotakeyofthisserver'

// The spec's example webhook id stands for one that exists on this server.
const EXAMPLE_WEBHOOK_ID = 'wh00k1d000000001'
const webhookId = (await (await fetch(`${server.url}/v1/webhooks`, {
  method: 'POST',
  headers: { authorization: `Bearer ${partnerKey}`, 'content-type': 'application/json' },
  // An address, not a name: registration resolves names, and the test must not depend on the machine's DNS.
  body: JSON.stringify({ url: 'https://93.184.215.14/hooks/beitrag' })
})).json() as { id: string }).id

/** The old slug of an article made here and given a new slug. */
async function renamedSlug (): Promise<string> {
  const headers = { authorization: `Bearer ${writeKey}`, 'content-type': 'application/json' }
  const created = await fetch(`${server.url}/v1/articles`, { method: 'POST', headers, body: JSON.stringify({ title: 'Alter Name', slug: 'alter-name', status: 'published' }) })
  const { id } = await created.json() as { id: string }
  await fetch(`${server.url}/v1/articles/${id}`, { method: 'PATCH', headers: { ...headers, 'content-type': 'application/merge-patch+json', 'if-match': '*' }, body: JSON.stringify({ slug: 'neuer-name' }) })
  return 'alter-name'
}

t.test('the openapi-fetch example runs against a live server', async (t) => {
  const result = await run('examples/client.ts', [server.url], {})
  t.equal(result.code, 0, result.stderr)
  t.match(result.stdout, /^Wenig Substanz, aber PR-Erfolg für Kim \(3 min, 5 sections\)$/m)
  t.match(result.stdout, /^ {2}2\. Keine Erklärungen: 2 paragraphs$/m)
  t.match(result.stdout, /^ {2}lead video, PT1M: Russlands Präsident Putin/m)
  t.match(result.stdout, /^404 CONTENT_ERR_NOT_FOUND: No article with id '0000000000000000'$/m)
})

t.test('the README shows lines of the example as they are', async (t) => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const snippet = /```ts\n(import createClient from 'openapi-fetch'[\s\S]*?)```/.exec(readme)?.[1]
  t.ok(snippet, 'the README has the client example')
  const example = readFileSync(join(ROOT, 'examples/client.ts'), 'utf8').split('\n')
  for (const line of (snippet ?? '').split('\n').filter((candidate) => candidate.trim() !== '')) {
    t.ok(example.includes(line), `examples/client.ts has: ${line.trim().slice(0, 70)}`)
  }
})

t.test('every documented answer of every operation is what the live server sends', async (t) => {
  const check = contract(committedSpec)
  const client = createClient<paths>({ baseUrl: server.url })
  const problems: string[] = []
  const seen = new Set<string>()
  client.use({
    async onResponse ({ request, response, schemaPath }) {
      seen.add(`${request.method} ${schemaPath} ${response.status}`)
      problems.push(...await check(request.method, schemaPath, response))
    }
  })
  // The typed client takes only the paths the spec knows; here they come from the spec itself, so untyped.
  const request = client.request as unknown as (method: string, path: string, init: object) => Promise<{ response: Response }>

  async function call (path: string, params: { path?: Record<string, unknown>, query?: Record<string, unknown> }, expected: number, parseAs: string, headers: Record<string, string> = {}): Promise<void> {
    if (expected === 304) {
      // A 304 answers a revalidation: first the ETag, then the conditional request.
      const first = await fetch(`${server.url}${path.replace(/\{(\w+)\}/g, (_, name: string) => String(params.path?.[name] ?? ''))}${params.query === undefined ? '' : `?${new URLSearchParams(params.query as Record<string, string>).toString()}`}`, { headers })
      headers = { ...headers, 'if-none-match': first.headers.get('etag') ?? '' }
    }
    // The key's minute may have begun again since it was last spent.
    if (expected === 429) await spendLimitedKey()
    // A redirect is checked as it is sent, not followed.
    const redirect = expected >= 300 && expected < 400 && expected !== 304 ? { redirect: 'manual' } : {}
    const { response } = await request('get', path, { params, parseAs, headers, ...redirect })
    t.equal(response.status, expected, `GET ${path} with ${JSON.stringify(params).slice(0, 80)} answers ${expected}`)
  }

  /** The credentials an answer needs: none for public routes, a key that is not valid for 401s, a key without the scope for 403s, a spent one for 429s. */
  function headersFor (path: string, operation: Operation, status: number): Record<string, string> {
    if (status === 406) return { accept: 'text/html' }
    if (status === 401) return { authorization: `Bearer ${NOT_A_KEY}` }
    if (status === 429) return { authorization: `Bearer ${limitedKey}` }
    if (!(operation.security ?? []).some((requirement) => Object.keys(requirement).length > 0)) return {}
    // Webhooks are for partner keys; the change feed is open to partner and preview keys but not to writers.
    const [allowed, refused] = path.startsWith('/v1/webhooks') ? [partnerKey, previewKey] : path === '/v1/changes' ? [previewKey, writeKey] : [previewKey, partnerKey]
    return { authorization: `Bearer ${status === 403 ? refused : allowed}` }
  }

  for (const [path, operations] of Object.entries(committedSpec.paths)) {
    const operation = operations.get
    if (operation === undefined) continue
    // The template as a pattern, to read path parameters back out of the example URLs.
    const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '')
    const pattern = new RegExp(`^${path.replace(/\{\w+\}/g, '([^/]+)')}$`)
    for (const [status, response] of Object.entries(operation.responses)) {
      const [type, media] = Object.entries(response.content ?? {})[0] ?? []
      const parseAs = type?.endsWith('json') === false ? 'text' : 'json'
      if (Number(status) >= 500) continue // a failing database cannot be staged against a live server
      const query = Object.fromEntries((operation.parameters ?? []).filter((p) => p.in === 'query' && p.required === true).map((p) => [p.name, p.example]))
      const withQuery = Object.keys(query).length === 0 ? {} : { query }
      const headers = headersFor(path, operation, Number(status))
      // Asking for drafts is what a key without the preview scope may not do.
      if (path === '/v1/articles' && status === '403') continue
      if (status === '301') {
        // An old slug: an article made and renamed on this server.
        await call(path, { path: { slug: await renamedSlug() } }, 301, parseAs, headers)
        continue
      }
      if (Number(status) < 400 || [401, 403, 406, 429].includes(Number(status))) {
        const params = Object.fromEntries((operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => [p.name, p.example === EXAMPLE_WEBHOOK_ID ? webhookId : p.example]))
        await call(path, { path: params, ...withQuery }, Number(status), parseAs, headers)
        continue
      }
      // An error example's `instance` is the URL that causes it; "aaaa…" stands for a parameter too long for any value.
      if (media?.example?.errors?.some((error) => error.location !== 'params') === true) continue
      // Without path parameters an error's cause is in the query: those are called one by one below.
      if (names.length === 0) continue
      const instance = (media?.example?.instance ?? '').replace('aaaa…', 'a'.repeat(101))
      const values = pattern.exec(instance)
      if (values === null) continue
      const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(values[i + 1] ?? '')]))
      await call(path, { path: params, ...withQuery }, Number(status), parseAs, headers)
    }
  }
  // Errors whose cause is not in the URL's path.
  await call('/v1/articles', { query: { limit: 101 } }, 400, 'json')
  await call('/v1/search', { query: { q: '' } }, 400, 'json')
  for (const format of ['rss', 'atom', 'json']) await call(`/v1/feeds/${format}`, { query: { limit: 101 } }, 400, 'json')
  await call('/v1/changes', { query: { limit: 1001 } }, 400, 'json', { authorization: `Bearer ${previewKey}` })
  await call('/v1/categories', { query: { profile: 'adults' } }, 400, 'json')
  await call('/v1/oembed', { query: {} }, 400, 'json')
  await call('/v1/oembed', { query: { url: 'https://www.example.org/articles/kein-artikel' } }, 404, 'json')
  await call('/v1/articles', { query: { status: 'draft' } }, 403, 'json', { authorization: `Bearer ${partnerKey}` })

  t.same(problems, [], 'the spec tells the truth about every answer')
  for (const answer of documentedAnswers(committedSpec, (method) => method === 'get')) t.ok(seen.has(answer), `${answer} was checked against the server`)
})

t.test('a spec that lies about a response fails the check', async (t) => {
  const lying = structuredClone(committedSpec) as Spec & { components: { schemas: Record<string, { properties: Record<string, unknown> }> } }
  lying.components.schemas.Article!.properties.title = { type: 'integer' }
  const check = contract(lying)
  const response = await fetch(`${server.url}/v1/articles/${SAMPLE_ARTICLE_ID}`)
  const problems = await check('GET', '/v1/articles/{id}', response)
  t.match(problems, [/GET \/v1\/articles\/\{id\} 200: the body does not match the spec: .*title must be integer/])
  const undocumented = await check('GET', '/health', new Response('{}', { status: 418, headers: { 'content-type': 'application/json' } }))
  t.match(undocumented, [/418: the spec documents no such status/])
  const withoutEtag = await fetch(`${server.url}/v1/articles/${SAMPLE_ARTICLE_ID}`)
  const headers = new Headers(withoutEtag.headers)
  headers.delete('etag')
  t.match(await check('GET', '/v1/articles/{id}', new Response(await withoutEtag.text(), { status: 200, headers })), [/200: no ETag header, which the spec says is always sent/])
  await spendLimitedKey()
  const limited = await fetch(`${server.url}/v1/categories`, { headers: { authorization: `Bearer ${limitedKey}` } })
  t.equal(limited.status, 429)
  const badRetry = new Headers(limited.headers)
  badRetry.set('retry-after', 'soon')
  t.match(await check('GET', '/v1/categories', new Response(await limited.text(), { status: 429, headers: badRetry })), [/429: header Retry-After: "soon" .*must be integer/])
})
