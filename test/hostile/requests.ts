// Hostile-input tests' shared parts: the operations of the committed OpenAPI spec, a valid request for each, every
// slot a hostile value can go into, and the checks every answer must pass.
import { readFileSync } from 'node:fs'
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import { articleWrite, build, keyHeaders, problemShapeErrors, SAMPLE_ARTICLE_ID, SAMPLE_MEDIA_ID, SAMPLE_SLUG } from '../helper.js'

export type JsonSchema = Record<string, unknown> & {
  $ref?: string
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  enum?: unknown[]
  examples?: unknown[]
  example?: unknown
  default?: unknown
}

interface SpecParameter {
  in: 'path' | 'query' | 'header'
  name: string
  required?: boolean
  schema: JsonSchema
  example?: unknown
}

interface SpecOperation {
  operationId: string
  parameters?: SpecParameter[]
  requestBody?: { content: Record<string, { schema: JsonSchema }> }
  security?: unknown[]
}

const spec = JSON.parse(readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, SpecOperation>>
  components: { schemas: Record<string, JsonSchema> }
}

/** The schema a `$ref` points at (one level), or the schema itself. */
export function resolve (schema: JsonSchema): JsonSchema {
  if (schema.$ref === undefined) return schema
  const name = schema.$ref.replace('#/components/schemas/', '')
  const target = spec.components.schemas[name]
  if (target === undefined) throw new Error(`unresolvable ${schema.$ref}`)
  return { ...target, $name: name }
}

export interface Operation {
  id: string
  method: string
  /** The path template, e.g. /v1/articles/{id}. */
  path: string
  parameters: SpecParameter[]
  bodySchema?: JsonSchema
  bodyType?: string
  writes: boolean
}

/** Every operation of the committed spec, in its order. */
export const operations: Operation[] = Object.entries(spec.paths).flatMap(([path, byMethod]) =>
  Object.entries(byMethod).map(([method, operation]) => {
    const [bodyType, body] = Object.entries(operation.requestBody?.content ?? {})[0] ?? []
    return {
      id: operation.operationId,
      method: method.toUpperCase(),
      path,
      parameters: operation.parameters ?? [],
      ...(body === undefined ? {} : { bodySchema: body.schema, bodyType }),
      writes: method !== 'get'
    }
  }))

/** A value to put into a slot: text (encoded as a client would), raw URL text, or, in a body, any JSON value. */
export type Value = { text: string } | { raw: string } | { json: unknown } | { absent: true }

export interface Slot {
  location: 'path' | 'query' | 'header' | 'body'
  /** Parameter name, or JSON pointer into the body. */
  name: string
  schema?: JsonSchema
}

/** What the tests write to and read from: the sample article, and one article and media item that writes may change or delete. */
export interface Fixtures {
  app: FastifyInstance
  /** Authorization headers of a key with every scope. */
  admin: { authorization: string }
  writeArticleId: string
  changes: () => number
  /** Makes sure the article writes target exists (a DELETE may have removed it). */
  restore: () => Promise<void>
}

export async function fixtures (t: Parameters<typeof build>[0], env: Record<string, string> = {}): Promise<Fixtures> {
  // No webhook deliveries in the background: each request's database changes must be its own.
  const app = await build(t, { RATE_LIMIT_PER_MINUTE: '0', KEY_RATE_LIMIT_PER_MINUTE: '0', WEBHOOK_DISPATCH: 'false', ...env })
  const admin = keyHeaders(app, ['admin'])
  const totalChanges = app.context.db.prepare<[], { n: number }>('SELECT total_changes() AS n')
  const exists = app.context.db.prepare<[string], { id: string }>('SELECT id FROM articles WHERE id = ?')
  const created = await app.inject({ method: 'POST', url: '/v1/articles', headers: admin, payload: articleWrite({ slug: 'schreibziel' }) })
  if (created.statusCode !== 201) throw new Error(created.body)
  const writeArticleId = (created.json() as { id: string }).id
  return {
    app,
    admin,
    writeArticleId,
    changes: () => totalChanges.get()?.n ?? 0,
    restore: async () => {
      if (exists.get(writeArticleId) !== undefined) return
      const restored = await app.inject({ method: 'POST', url: `/v1/articles/${writeArticleId}/revisions/1/restore`, headers: { ...admin, 'if-match': '*' } })
      if (restored.statusCode >= 300) throw new Error(`could not restore the write target: ${restored.body}`)
    }
  }
}

/** A valid request for `operation`: known ids, the documented examples, a valid body. */
export function baseline (operation: Operation, fx: Fixtures): { path: Record<string, string>, query: Record<string, string>, headers: Record<string, string>, body?: unknown } {
  const path: Record<string, string> = {}
  for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
    if (parameter.name === 'id') path.id = operation.path.startsWith('/v1/media') ? SAMPLE_MEDIA_ID : operation.writes || operation.path.includes('/revisions') ? fx.writeArticleId : SAMPLE_ARTICLE_ID
    else if (parameter.name === 'slug') path.slug = SAMPLE_SLUG
    else if (parameter.name === 'name') path.name = 'not-found'
    else if (parameter.name === 'position' || parameter.name === 'version') path[parameter.name] = '1'
    else path[parameter.name] = String(parameter.example ?? parameter.schema.examples?.[0] ?? 'x')
  }
  const headers: Record<string, string> = { ...fx.admin }
  if (operation.writes) headers['if-match'] = '*'
  let body: unknown
  if (operation.bodySchema !== undefined) {
    const name = resolve(operation.bodySchema).$name
    // A new article gets its slug from the title; the write target keeps the one it has.
    if (name === 'ArticleWrite') body = operation.method === 'POST' ? articleWrite() : articleWrite({ slug: 'schreibziel' })
    else if (name === 'MediaUpsert') body = { type: 'image', title: 'Rhein', caption: 'Das Rheinufer', renditions: [{ url: 'https://media.example.org/rhein.jpg', mimeType: 'image/jpeg', width: 1600, height: 900 }] }
    else body = structuredClone(resolve(operation.bodySchema).examples?.[0] ?? {})
  }
  return { path, query: {}, headers, ...(body === undefined ? {} : { body }) }
}

/** JSON pointers to every value in `value`, containers included, plus the schema's top-level properties it lacks. */
function pointers (value: unknown, schema: JsonSchema | undefined, prefix = ''): string[] {
  const found: string[] = []
  if (Array.isArray(value)) {
    value.forEach((item, i) => { found.push(`${prefix}/${i}`, ...pointers(item, undefined, `${prefix}/${i}`)) })
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) found.push(`${prefix}/${key}`, ...pointers(item, undefined, `${prefix}/${key}`))
  }
  if (schema !== undefined) {
    for (const key of Object.keys(resolve(schema).properties ?? {})) {
      if (!found.includes(`/${key}`)) found.push(`/${key}`)
    }
  }
  return found
}

/** Every place in a request of `operation` a hostile value can go: its parameters, Authorization, and every body field. */
export function slots (operation: Operation, fx: Fixtures): Slot[] {
  const result: Slot[] = operation.parameters.map((p) => ({ location: p.in, name: p.name, schema: p.schema }))
  result.push({ location: 'header', name: 'authorization' })
  const { body } = baseline(operation, fx)
  if (body !== undefined) {
    for (const pointer of pointers(body, operation.bodySchema)) result.push({ location: 'body', name: pointer })
  }
  return result
}

function setPointer (root: unknown, pointer: string, value: Value): unknown {
  if (pointer === '') return 'json' in value ? value.json : 'text' in value ? value.text : undefined
  const copy = structuredClone(root) as Record<string, unknown>
  const keys = pointer.slice(1).split('/')
  let parent: Record<string, unknown> = copy
  for (const key of keys.slice(0, -1)) parent = parent[key] as Record<string, unknown>
  const last = keys.at(-1) ?? ''
  if ('absent' in value) delete parent[last]
  else parent[last] = 'json' in value ? value.json : 'text' in value ? value.text : value.raw
  return copy
}

/** Header values travel as bytes: what a client's UTF-8 text looks like to the server; undefined when HTTP cannot carry it. */
function wireHeader (text: string): string | undefined {
  const bytes = Buffer.from(text, 'utf8').toString('latin1')
  return /[^\t\x20-\x7e\x80-\xff]/.test(bytes) ? undefined : bytes
}

/** The inject() request for `operation` with `value` in `slot` (or the baseline when no slot); undefined when HTTP cannot carry it. */
export function hostileRequest (operation: Operation, fx: Fixtures, slot?: Slot, value?: Value): InjectOptions | undefined {
  const request = baseline(operation, fx)
  let rawPath: Record<string, string> = {}
  let rawQuery = ''
  if (slot !== undefined && value !== undefined) {
    const text = 'text' in value ? value.text : 'json' in value ? JSON.stringify(value.json) : undefined
    if (slot.location === 'path') {
      if ('raw' in value) rawPath = { [slot.name]: value.raw }
      else request.path[slot.name] = text ?? ''
    } else if (slot.location === 'query') {
      if ('raw' in value) rawQuery = `${encodeURIComponent(slot.name)}=${value.raw}`
      else if (text !== undefined) request.query[slot.name] = text
    } else if (slot.location === 'header') {
      if ('absent' in value) delete request.headers[slot.name]
      else {
        const header = slot.name === 'authorization' ? wireHeader(`Bearer ${text ?? ('raw' in value ? value.raw : '')}`) : wireHeader(text ?? ('raw' in value ? value.raw : ''))
        if (header === undefined) return undefined
        request.headers[slot.name] = header
      }
    } else {
      request.body = setPointer(request.body, slot.name, value)
    }
  }
  let url: string
  let query: string
  try {
    url = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => rawPath[name] ?? encodeURIComponent(request.path[name] ?? ''))
    query = [
      ...Object.entries(request.query).map(([name, text]) => `${encodeURIComponent(name)}=${encodeURIComponent(text)}`),
      ...(rawQuery === '' ? [] : [rawQuery])
    ].join('&')
  } catch {
    // A lone surrogate has no UTF-8 form, so no URL can carry it; the raw-byte values stand in for it.
    return undefined
  }
  const options: InjectOptions = { method: operation.method as InjectOptions['method'], url: query === '' ? url : `${url}?${query}`, headers: request.headers }
  if (request.body !== undefined) {
    options.payload = typeof request.body === 'string' && slot?.location === 'body' && slot.name === '' ? request.body : JSON.stringify(request.body)
    options.headers = { ...request.headers, 'content-type': operation.bodyType ?? 'application/json' }
  }
  return options
}

// What must never reach a client: Node stack frames, SQLite's own error texts, file paths of the service.
const LEAKS = /\n\s+at [^\n]+:\d+:\d+|SQLITE_[A-Z]+|no such (?:table|column)|near "[^"]*": syntax error|unrecognized token|fts5: |node_modules|\/src\/[\w/-]+\.ts/

/** Tallies of what the hostile requests got, for the figures a run reports. */
export class Tally {
  tried = 0
  skipped = 0
  serverErrors = 0
  writesApplied = 0
  readonly byStatus = new Map<number, number>()
  readonly failures: string[] = []

  summary (): string {
    const statuses = [...this.byStatus.entries()].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(' ')
    return `${this.tried} requests, ${this.serverErrors} with 5xx, ${this.writesApplied} accepted writes, ${this.skipped} not sendable over HTTP; ${statuses}`
  }
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** Sends `request` and checks the answer: no 5xx, errors are documented problems, nothing leaks, no unauthorised change. */
export async function exercise (fx: Fixtures, tally: Tally, label: string, request: InjectOptions | undefined): Promise<LightMyRequestResponse | undefined> {
  if (request === undefined) {
    tally.skipped++
    return undefined
  }
  await fx.restore()
  const before = fx.changes()
  const response = await fx.app.inject(request)
  const changed = fx.changes() !== before
  tally.tried++
  tally.byStatus.set(response.statusCode, (tally.byStatus.get(response.statusCode) ?? 0) + 1)
  const fail = (why: string): void => {
    if (tally.failures.length < 50) tally.failures.push(`${label}: ${why} (${request.method ?? 'GET'} ${String(request.url).slice(0, 120)} → ${response.statusCode} ${response.body.slice(0, 200)})`)
  }
  // 501 is oEmbed's documented answer to a format it does not offer: a refusal, not a failure.
  if (response.statusCode >= 500 && response.statusCode !== 501) {
    tally.serverErrors++
    fail('server error')
  }
  if (response.statusCode >= 400) {
    for (const error of problemShapeErrors(response.statusCode, response.headers['content-type'] as string | undefined, response.body)) fail(error)
  }
  const leak = LEAKS.exec(response.body)
  if (leak !== null && !`${String(request.url)} ${String(request.payload ?? '')}`.includes(leak[0])) fail(`leaks ${JSON.stringify(leak[0])}`)
  const authorised = request.headers?.authorization === fx.admin.authorization
  const validWrite = WRITE_METHODS.has(request.method ?? 'GET') && authorised && response.statusCode >= 200 && response.statusCode < 300
  if (changed && !validWrite) fail('content changed without a valid, authorised write')
  if (validWrite) tally.writesApplied++
  return response
}

/** The server still answers its probes and lists articles (the sample itself may have been changed by a valid write). */
export async function stillServing (fx: Fixtures): Promise<boolean> {
  const answers = await Promise.all(['/health', '/ready', '/v1/articles'].map(async (url) => fx.app.inject({ url })))
  return answers.every((answer) => answer.statusCode === 200)
}
