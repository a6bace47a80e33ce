// Response declarations shared by the routes: JSON bodies with examples, and problem+json errors.
import type { TSchema } from '@sinclair/typebox'
import { problemTypes, problemTypeUri, type InvalidParam, type ProblemCode } from '../errors.js'
import { ProblemSchema, Ref } from '../schemas/common.js'

/** A JSON response of a named schema, with an example the Swagger UI shows. */
export function json<T extends TSchema> (schema: T, description: string, example?: unknown) {
  return {
    description,
    content: { 'application/json': { schema: Ref(schema), ...(example === undefined ? {} : { example }) } }
  }
}

/** An error response: always the Problem schema, as application/problem+json, with a filled-in example. */
export function problem (code: ProblemCode, description: string, example: { detail: string, instance: string, errors?: InvalidParam[] }) {
  const { status, title } = problemTypes[code]
  return {
    description,
    content: {
      'application/problem+json': {
        schema: Ref(ProblemSchema),
        example: { type: problemTypeUri(code), title, status, ...example, code }
      }
    }
  }
}

/** The 400 every route with validated input can answer. */
export function invalid (instance: string, location: InvalidParam['location'], name: string, message: string) {
  const where = { params: 'path parameter', querystring: 'query parameter', headers: 'header', body: 'body field' }[location]
  return problem('CONTENT_ERR_VALIDATION', 'The request has an invalid value; `errors` lists each one', {
    detail: `${where} '${name}' ${message}`,
    instance,
    errors: [{ location, pointer: `/${name}`, message }]
  })
}

/** The 414 Fastify answers before routing when a path parameter is longer than any valid value (100 characters). */
export function uriTooLong (instance: string) {
  return problem('CONTENT_ERR_URI_TOO_LONG', 'A path parameter is far longer than any valid value', {
    detail: `'${instance}' is exceeding the max param length`,
    instance
  })
}

/** The 503 a write answers when another process holds the database's write lock for too long; nothing was changed. */
export function busy (instance: string) {
  return {
    503: problem('CONTENT_ERR_BUSY', 'The database is busy with other writes; nothing was changed. Retry after `Retry-After` seconds', {
      detail: 'The database is busy with other writes and nothing was changed; retry in 1 second',
      instance
    })
  }
}
