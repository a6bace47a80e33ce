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

function refuse (location: InvalidParam['location'], pointers: string[], message: string): never {
  throw Object.assign(new Error(message), {
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
  app.addHook('preHandler', async (request) => {
    for (const [location, read] of PARTS) {
      const pointers = pointersWhere(read(request), isNonFinite)
      if (pointers.length > 0) refuse(location, pointers, 'must be a finite number')
    }
    const text = pointersWhere(request.body, isUnstorableText)
    if (text.length > 0) refuse('body', text, 'must not contain U+0000 or unpaired surrogates')
  })
}

export default fp(async (app) => { registerStorableValues(app) }, { name: 'beitrag-storable-values', dependencies: ['beitrag-limits'] })
