// Refuses values that pass the schemas but cannot be stored as sent: numbers that are not finite, text SQLite would cut or change.
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { InvalidParam } from '../errors.js'
import fp from 'fastify-plugin'

/** JSON pointers to every value in `value` that `matches` (iterative: bodies are depth-limited, but need not be shallow). */
export function pointersWhere (value: unknown, matches: (value: unknown) => boolean): string[] {
  const found: string[] = []
  const stack: Array<[unknown, string]> = [[value, '']]
  while (stack.length > 0) {
    const [current, pointer] = stack.pop()!
    if (matches(current)) found.push(pointer)
    else if (current !== null && typeof current === 'object') {
      for (const [key, child] of Object.entries(current)) stack.push([child, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`])
    }
  }
  return found.reverse()
}

export const isNonFinite = (value: unknown): boolean => typeof value === 'number' && !Number.isFinite(value)

// U+0000 ends a string for SQLite's text functions (length() in CHECKs, FTS, slugs); a lone surrogate has no UTF-8
// form and would be stored as U+FFFD. Either way what was acknowledged would not be what is stored.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
export const isUnstorableText = (value: unknown): boolean =>
  typeof value === 'string' && (value.includes('\u0000') || LONE_SURROGATE.test(value))

const PARTS: Array<[InvalidParam['location'], (request: FastifyRequest) => unknown]> = [
  ['params', (request) => request.params],
  ['querystring', (request) => request.query],
  ['headers', (request) => request.headers],
  ['body', (request) => request.body]
]

/** Whether anything in `value` matches: the common case, answered without building a pointer for every value. */
function containsAny (value: unknown, matches: (value: unknown) => boolean): boolean {
  if (matches(value)) return true
  if (value === null || typeof value !== 'object') return false
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const current = stack.pop() as object
    for (const key in current) {
      const child = (current as Record<string, unknown>)[key]
      if (matches(child)) return true
      if (child !== null && typeof child === 'object') stack.push(child)
    }
  }
  return false
}

function refusal (location: InvalidParam['location'], pointers: string[], message: string): Error {
  return Object.assign(new Error(message), {
    statusCode: 400,
    validationContext: location,
    validation: pointers.map((instancePath) => ({ instancePath, message, params: {} }))
  })
}

/**
 * With coerceTypes, Ajv turns the string "Infinity" (or "1e999") into Infinity, counts it as an integer and skips
 * minimum and maximum for it (ajv-validator/ajv#2212): `?limit=Infinity` reached SQLite and failed there as a 500.
 * Body text with U+0000 failed SQLite's CHECKs the same way. Both are answered like any other validation error.
 */
export function registerStorableValues (app: FastifyInstance): void {
  app.addHook('preHandler', (request, reply, done) => {
    for (const [location, read] of PARTS) {
      const value = read(request)
      if (containsAny(value, isNonFinite)) return done(refusal(location, pointersWhere(value, isNonFinite), 'must be a finite number'))
    }
    if (containsAny(request.body, isUnstorableText)) {
      return done(refusal('body', pointersWhere(request.body, isUnstorableText), 'must not contain U+0000 or unpaired surrogates'))
    }
    done()
  })
}

export default fp(async (app) => { registerStorableValues(app) }, { name: 'beitrag-storable-values', dependencies: ['beitrag-limits'] })
