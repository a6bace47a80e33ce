// Property-based: fast-check generates requests from the spec's schemas, valid and not, and every answer must pass the checks.
import fc from 'fast-check'
import t from 'tap'
import { exercise, fixtures, operations, resolve, stillServing, Tally, type JsonSchema, type Operation, type Fixtures } from './requests.js'

// FC_RUNS raises the count for a longer hunt by hand; npm test keeps it bounded.
const RUNS = Number(process.env.FC_RUNS ?? 2500)

/** Values of `schema`'s shape (valid as far as a generator can tell), mixed at every level with values of any shape. */
function fromSchema (schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  // Mostly well-shaped deeper down, or a whole article would almost never be valid.
  return fc.oneof(
    { weight: depth === 0 ? 6 : 40, arbitrary: shaped(schema, depth) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) }
  )
}

function shaped (schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  const resolved = resolve(schema)
  if (resolved.anyOf !== undefined || resolved.oneOf !== undefined) {
    return fc.oneof(...(resolved.anyOf ?? resolved.oneOf ?? []).map((member) => shaped(member, depth)))
  }
  if (resolved.enum !== undefined) return fc.constantFrom(...resolved.enum)
  if (resolved.const !== undefined) return fc.constant(resolved.const)
  const types = [resolved.type ?? 'string'].flat()
  return fc.oneof(...types.map((type) => ofType(type, resolved, depth)))
}

function ofType (type: string, schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  const min = typeof schema.minimum === 'number' ? schema.minimum : -1000
  const max = typeof schema.maximum === 'number' ? schema.maximum : 1000
  switch (type) {
    case 'null': return fc.constant(null)
    case 'boolean': return fc.boolean()
    case 'integer': return fc.integer({ min: Math.max(min, -1e9), max: Math.min(max, 1e9) })
    case 'number': return fc.double({ min, max, noNaN: true })
    case 'array': {
      if (depth > 3 || schema.items === undefined) return fc.constant([])
      return fc.array(fromSchema(schema.items, depth + 1), { maxLength: Math.min(typeof schema.maxItems === 'number' ? schema.maxItems : 3, 3) })
    }
    case 'object': {
      if (depth > 3) return fc.constant({})
      const properties = Object.entries(schema.properties ?? {})
      const required = new Set(schema.required ?? [])
      const model = Object.fromEntries(properties.map(([name, property]) => [name, fromSchema(property, depth + 1)]))
      return fc.record(model, { requiredKeys: properties.map(([name]) => name).filter((name) => required.has(name)) })
    }
    default: {
      if (schema.format === 'date-time') return fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((date) => date.toISOString())
      if (schema.format === 'uri') return fc.webUrl()
      if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern), { maxLength: typeof schema.maxLength === 'number' ? schema.maxLength : 30 } as never)
      return fc.string({ unit: 'grapheme', minLength: typeof schema.minLength === 'number' ? schema.minLength : 0, maxLength: Math.min(typeof schema.maxLength === 'number' ? schema.maxLength : 40, 40) })
    }
  }
}

/** The text of a parameter value as it appears in a URL or header. */
function asText (value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? ''
}

function requestFor (operation: Operation, fx: Fixtures, credentials: string[]): fc.Arbitrary<{ label: string, request: Parameters<typeof exercise>[3] }> {
  const known: Record<string, string[]> = {
    id: operation.path.startsWith('/v1/media') ? ['4nzspnn649g3g8h8'] : ['5wsg76t0af7tq119', fx.writeArticleId],
    slug: ['wenig-substanz-aber-pr-erfolg-fuer-kim', 'schreibziel'],
    name: ['not-found', 'validation'],
    position: ['1', '2'],
    version: ['1']
  }
  const parameter = (p: Operation['parameters'][number]): fc.Arbitrary<string> => fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...(known[p.name] ?? [String(p.example ?? 'x')])) },
    { weight: 3, arbitrary: shaped(p.schema, 0).map(asText) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) }
  )
  const path = fc.record(Object.fromEntries(operation.parameters.filter((p) => p.in === 'path').map((p) => [p.name, parameter(p)])))
  const query = fc.record(Object.fromEntries(operation.parameters.filter((p) => p.in === 'query').map((p) => [p.name, parameter(p)])), { requiredKeys: [] })
  const ifMatch = fc.option(fc.oneof(fc.constant('*'), fc.string({ maxLength: 40 }), fc.constant('"a.5wsg76t0af7tq119.1.0.x"')), { nil: undefined })
  const body = operation.bodySchema === undefined ? fc.constant(undefined) : fromSchema(operation.bodySchema)
  return fc.record({ path, query, ifMatch, body, authorization: fc.constantFrom(...credentials) }).map(({ path, query, ifMatch, body, authorization }) => {
    let url = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(path[name] ?? ''))
    const search = new URLSearchParams(query as Record<string, string>).toString()
    if (search !== '') url += `?${search}`
    const headers: Record<string, string> = {}
    if (authorization !== '') headers.authorization = authorization
    if (ifMatch !== undefined) headers['if-match'] = Buffer.from(ifMatch, 'utf8').toString('latin1').replace(/[^\t\x20-\x7e\x80-\xff]/g, '')
    const request = { method: operation.method as 'GET', url, headers, ...(body === undefined ? {} : { payload: JSON.stringify(body), headers: { ...headers, 'content-type': operation.bodyType ?? 'application/json' } }) }
    return { label: `${operation.id} (property)`, request }
  })
}

t.test(`${RUNS} generated requests from the spec: no 5xx, only documented problems, nothing leaks, only valid writes change content`, async (t) => {
  const fx = await fixtures(t)
  const tally = new Tally()
  const preview = `Bearer ${fx.app.context.apiKeys.create({ name: 'lesen', scopes: ['content:preview'] }, new Date().toISOString()).key}`
  const credentials = [fx.admin.authorization, fx.admin.authorization, preview, '', 'Bearer btr_x']
  const arbitrary = fc.oneof(...operations.map((operation) => requestFor(operation, fx, credentials)))
  const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31)
  t.comment(`fast-check seed ${seed} (rerun with FC_SEED=${seed})`)
  await fc.assert(fc.asyncProperty(arbitrary, async ({ label, request }) => {
    const failuresBefore = tally.failures.length
    await exercise(fx, tally, label, request)
    return tally.failures.length === failuresBefore
  }), { numRuns: RUNS, seed, endOnFailure: true })
    .catch((error: Error) => { t.fail(error.message.split('\n').slice(0, 12).join('\n')) })
  t.comment(`generated requests: ${tally.summary()}`)
  t.ok(await stillServing(fx), 'still serving')
  t.ok(tally.writesApplied > 0 && (tally.byStatus.get(200) ?? 0) > 0, 'some generated requests were valid')
  t.equal(tally.serverErrors, 0, 'no 5xx')
  t.same(tally.failures, [], 'every answer passed')
})
