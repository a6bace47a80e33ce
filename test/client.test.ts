import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import createClient from 'openapi-fetch'
import t from 'tap'
import type { paths } from '../openapi/openapi.js'
import { SAMPLE_ARTICLE_ID } from './helper.js'
import { ROOT, run, startServer } from './process.js'

interface MediaObject { schema: Record<string, unknown>, example?: { code?: string, instance?: string, errors?: Array<{ location: string }> } }
interface Operation {
  parameters?: Array<{ in: string, name: string, required?: boolean, example?: unknown }>
  security?: Array<Record<string, string[]>>
  responses: Record<string, { content?: Record<string, MediaObject> }>
}
interface Spec { paths: Record<string, Record<string, Operation>> }

const committedSpec = JSON.parse(readFileSync(join(ROOT, 'openapi/openapi.json'), 'utf8')) as Spec

/** Checks real responses against what a spec says about them: documented status, content type and body schema. */
function contract (spec: Spec) {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats.default(ajv)
  // The whole document as one schema, so `#/components/schemas/…` references resolve inside it.
  ajv.addSchema(spec, 'openapi.json')
  const validators = new Map<MediaObject, ValidateFunction>()
  function validatorFor (media: MediaObject): ValidateFunction {
    let validate = validators.get(media)
    if (validate === undefined) {
      const { $ref } = media.schema as { $ref?: string }
      validate = ajv.compile($ref === undefined ? media.schema : { $ref: `openapi.json${$ref}` })
      validators.set(media, validate)
    }
    return validate
  }

  /** What is wrong with `response` as an answer to `method schemaPath`; empty when the spec tells the truth. */
  return async function check (method: string, schemaPath: string, response: Response): Promise<string[]> {
    const name = `${method} ${schemaPath} ${response.status}`
    const documented = spec.paths[schemaPath]?.[method.toLowerCase()]?.responses[String(response.status)]
    if (documented === undefined) return [`${name}: the spec documents no such status`]
    // 304 and 204 have no body, and the spec gives them none.
    if (documented.content === undefined) return (await response.clone().text()) === '' ? [] : [`${name}: a body where the spec has none`]
    const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? ''
    const media = documented.content?.[type]
    if (media === undefined) return [`${name}: answered ${type}, the spec says ${Object.keys(documented.content ?? {}).join(', ')}`]
    const body: unknown = type.endsWith('json') ? await response.clone().json() : await response.clone().text()
    const validate = validatorFor(media)
    const problems = validate(body) ? [] : [`${name}: the body does not match the spec: ${ajv.errorsText(validate.errors)}`]
    const code = (body as { code?: unknown }).code
    if (media.example?.code !== undefined && code !== media.example.code) problems.push(`${name}: code ${String(code)}, the example says ${media.example.code}`)
    return problems
  }
}

const dir = mkdtempSync(join(tmpdir(), 'beitrag-client-'))
t.teardown(() => rmSync(dir, { recursive: true, force: true }))
// The public site's origin the spec's examples use, so the oEmbed example names an article this server publishes.
const server = await startServer({ DATABASE_PATH: join(dir, 'client.db'), PUBLIC_BASE_URL: 'https://www.example.org' })
t.teardown(() => server.stop())

/** An API key made with the CLI on the server's database, as an operator would. */
async function createKey (scopes: string): Promise<string> {
  const created = await run('src/cli/index.ts', ['keys', 'create', '--name', scopes, '--scopes', scopes], { DATABASE_PATH: join(dir, 'client.db') })
  if (created.code !== 0) throw new Error(created.stderr)
  return created.stdout.trim()
}
const previewKey = await createKey('content:preview')
const partnerKey = await createKey('partner')
const writeKey = await createKey('content:write')

// The spec's example webhook id stands for one that exists on this server.
const EXAMPLE_WEBHOOK_ID = 'wh00k1d000000001'
const webhookId = (await (await fetch(`${server.url}/v1/webhooks`, {
  method: 'POST',
  headers: { authorization: `Bearer ${partnerKey}`, 'content-type': 'application/json' },
  body: JSON.stringify({ url: 'https://partner.example.org/hooks/beitrag' })
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
    // A redirect is checked as it is sent, not followed.
    const redirect = expected >= 300 && expected < 400 && expected !== 304 ? { redirect: 'manual' } : {}
    const { response } = await request('get', path, { params, parseAs, headers, ...redirect })
    t.equal(response.status, expected, `GET ${path} with ${JSON.stringify(params).slice(0, 80)} answers ${expected}`)
  }

  /** The credentials an answer needs: none for public routes and 401s, a key without the scope for 403s. */
  function headersFor (path: string, operation: Operation, status: number): Record<string, string> {
    if (status === 406) return { accept: 'text/html' }
    if ((operation.security ?? []).length === 0 || status === 401) return {}
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
      if (status === '301') {
        // An old slug: an article made and renamed on this server.
        await call(path, { path: { slug: await renamedSlug() } }, 301, parseAs, headers)
        continue
      }
      if (Number(status) < 400 || Number(status) === 403 || Number(status) === 406 || (Number(status) === 401 && names.length === 0)) {
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

  t.same(problems, [], 'the spec tells the truth about every answer')
  for (const [path, operations] of Object.entries(committedSpec.paths)) {
    for (const status of Object.keys(operations.get?.responses ?? {})) {
      if (Number(status) < 500) t.ok(seen.has(`GET ${path} ${status}`), `GET ${path} ${status} was checked against the server`)
    }
  }
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
})
