// Refuses numbers that are not finite after validation: Ajv's type coercion lets "Infinity" and "1e999" through.
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { InvalidParam } from '../errors.js'

/** JSON pointers to every number in `value` that is not finite (iterative: bodies are depth-limited, but need not be shallow). */
export function nonFinitePointers (value: unknown): string[] {
  const found: string[] = []
  const stack: Array<[unknown, string]> = [[value, '']]
  while (stack.length > 0) {
    const [current, pointer] = stack.pop()!
    if (typeof current === 'number' && !Number.isFinite(current)) found.push(pointer)
    else if (current !== null && typeof current === 'object') {
      for (const [key, child] of Object.entries(current)) stack.push([child, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`])
    }
  }
  return found.reverse()
}

const PARTS: Array<[InvalidParam['location'], (request: FastifyRequest) => unknown]> = [
  ['params', (request) => request.params],
  ['querystring', (request) => request.query],
  ['headers', (request) => request.headers],
  ['body', (request) => request.body]
]

/**
 * With coerceTypes, Ajv turns the string "Infinity" (or "1e999") into Infinity, counts it as an integer and skips
 * minimum and maximum for it (ajv-validator/ajv#2212): `?limit=Infinity` reached SQLite and failed there as a 500.
 * Until Ajv checks coerced numbers, this hook does, and answers like any other validation error.
 */
export function registerFiniteNumbers (app: FastifyInstance): void {
  app.addHook('preHandler', async (request) => {
    for (const [location, read] of PARTS) {
      const pointers = nonFinitePointers(read(request))
      if (pointers.length > 0) {
        throw Object.assign(new Error('not a finite number'), {
          statusCode: 400,
          validationContext: location,
          validation: pointers.map((instancePath) => ({ instancePath, message: 'must be a finite number', params: {} }))
        })
      }
    }
  })
}
