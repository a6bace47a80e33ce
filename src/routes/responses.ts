// Request and response declarations shared by the routes: JSON bodies with examples, problem+json errors, headers, merge patches.
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

/**
 * The response headers clients rely on. Routes declare them by name; the spec shows each once, under
 * `#/components/headers`, and every response refers to it. `required`: sent with every response that declares it.
 */
export const RESPONSE_HEADERS = {
  'cache-control': { name: 'Cache-Control', required: true, schema: { type: 'string', examples: ['public, max-age=60, stale-while-revalidate=300'] }, description: 'How long the response may be kept: public reads by anyone for `max-age` seconds; answers to a request with a key `private, no-store`; errors and writes `no-store`' },
  'x-request-id': { name: 'X-Request-Id', required: true, schema: { type: 'string', examples: ['9a1c2e4b-7f3d-4a8e-b5c6-0d1e2f3a4b5c'] }, description: 'The caller\'s own request id (1–128 visible ASCII characters) or a new UUID; quote it when reporting a problem' },
  'ratelimit-limit': { name: 'RateLimit-Limit', required: false, schema: { type: 'integer', examples: [600] }, description: 'Requests allowed per minute to this caller (its key, or its address when anonymous); absent where no limit applies' },
  'ratelimit-remaining': { name: 'RateLimit-Remaining', required: false, schema: { type: 'integer', examples: [599] }, description: 'Requests left in the current minute; absent where no limit applies' },
  'ratelimit-reset': { name: 'RateLimit-Reset', required: false, schema: { type: 'integer', examples: [42] }, description: 'Seconds until the current minute\'s count starts again; absent where no limit applies' },
  'retry-after': { name: 'Retry-After', required: true, schema: { type: 'integer', examples: [42] }, description: 'Seconds to wait before asking again' },
  etag: { name: 'ETag', required: true, schema: { type: 'string', examples: ['"a.5wsg76t0af7tq119.3.1.x"'] }, description: 'The version of this representation: send it as `If-None-Match` to revalidate (304 while unchanged), or as `If-Match` with a write' },
  'last-modified': { name: 'Last-Modified', required: false, schema: { type: 'string', examples: ['Thu, 02 May 2024 10:00:00 GMT'] }, description: 'When the content last changed, where it has such a time: send it as `If-Modified-Since` to revalidate' },
  'surrogate-key': { name: 'Surrogate-Key', required: true, schema: { type: 'string', examples: ['article:5wsg76t0af7tq119 media:4nzspnn649g3g8h8'] }, description: 'Space-separated keys a CDN can purge this response by, every one its body depends on, the same on a 304 as on its 200: `article:<id>`, `media:<id>` (media the body shows, also with `include=media`), `articles` (lists, searches, feeds, categories), `search`, `feeds`, `categories`, `category:<id>` (the stable id from `/v1/categories`)' },
  link: { name: 'Link', required: false, schema: { type: 'string', examples: ['</v1/articles?limit=20&cursor=WyJhcnRpY2xlcyIsMV0>; rel="next"'] }, description: 'The next page, as `<url>; rel="next"`; absent on the last page' },
  deprecation: { name: 'Deprecation', required: false, schema: { type: 'string', examples: ['@1796083200'] }, description: 'RFC 9745: the request used a deprecated parameter (named in the operation\'s description), deprecated since this instant (`@` and seconds since 1970); absent otherwise' },
  sunset: { name: 'Sunset', required: false, schema: { type: 'string', examples: ['Tue, 01 Jun 2027 00:00:00 GMT'] }, description: 'RFC 8594: when the deprecated parameter this request used stops working; absent otherwise' },
  location: { name: 'Location', required: true, schema: { type: 'string', examples: ['/v1/articles/5wsg76t0af7tq119'] }, description: 'The URL of the resource this response is about' }
} as const

export type ResponseHeader = keyof typeof RESPONSE_HEADERS

/** `response` with the named headers declared on it (added to the ones it already declares). */
export function withHeaders<R extends object> (response: R, ...names: ResponseHeader[]): R & { headers: Record<string, { type: string, description: string }> } {
  const declared = (response as { headers?: Record<string, { type: string, description: string }> }).headers ?? {}
  const added = Object.fromEntries(names.map((name) => [name, { type: RESPONSE_HEADERS[name].schema.type, description: RESPONSE_HEADERS[name].description }]))
  return { ...response, headers: { ...declared, ...added } }
}

/**
 * Security of a read route where a key changes the answer (previews, `status=`, a kids key's profile): anonymous
 * callers are welcome, and the Swagger UI's Authorize sends the key when one is set.
 */
export const OPTIONAL_KEY: Array<Record<string, string[]>> = [{}, { apiKey: [] }]

/** A request body that is a JSON Merge Patch (RFC 7396): sent as `application/merge-patch+json`, or as plain JSON by clients that cannot set that type. */
export function mergePatchBody<T extends TSchema> (schema: T) {
  return { content: { 'application/merge-patch+json': { schema: Ref(schema) }, 'application/json': { schema: Ref(schema) } } }
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
