// What every documented route can answer besides its own responses (a refused key, the rate limit, revalidation),
// and the headers every answer carries: declared once here for all routes, so none of them can forget one.
import { UNLIMITED_ROUTES } from '../plugins/rate-limit.js'
import type { SwaggerTransformObject } from '@fastify/swagger'
import type { RouteOptions } from 'fastify'
import { INVALID_KEY } from '../plugins/auth.js'
import { problem, RESPONSE_HEADERS, withHeaders, type ResponseHeader } from './responses.js'

/** Headers every answer that passes routing carries. */
const EVERY_ANSWER: ResponseHeader[] = ['cache-control', 'x-request-id', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset']

declare module 'fastify' {
  interface FastifyContextConfig {
    /** false: the answer differs on every request (it counts the request itself), so a GET never answers 304. */
    revalidates?: boolean
  }
}

interface DocumentedSchema {
  hide?: boolean
  response?: Record<string, object>
  params?: { properties?: Record<string, { examples?: unknown[] }> }
}

/** The route's URL with its parameters' examples filled in, for the examples' `instance`. */
function exampleUrl (url: string, params: DocumentedSchema['params']): string {
  return url.replace(/:(\w+)/g, (_, name: string) => String(params?.properties?.[name]?.examples?.[0] ?? `{${name}}`))
}

/**
 * An onRoute hook: adds to a documented route's responses what it answers without saying so in its own schema.
 * Every request passes the key check (a key that is not valid is a 401 even where none is needed) and the rate
 * limit (429); every GET answers a current copy with 304 (see plugins/http-cache.ts).
 */
export function documentCommonAnswers (route: RouteOptions): void {
  const schema = route.schema as DocumentedSchema | undefined
  if (schema?.response === undefined || schema.hide === true) return
  const response = schema.response
  const instance = exampleUrl(route.url, schema.params)
  response[401] ??= problem('CONTENT_ERR_UNAUTHORIZED', 'The Authorization header holds no valid key (leave it out to read anonymously)', { detail: INVALID_KEY, instance })
  // Health and readiness probes are never limited (plugins/rate-limit.ts): they cannot answer 429.
  if (!UNLIMITED_ROUTES.has(route.url)) {
    response[429] ??= withHeaders(problem('CONTENT_ERR_RATE_LIMITED', 'More requests in a minute than the caller\'s limit (per key, or per address when anonymous)', {
      detail: 'More than 600 requests in a minute; retry in 42 seconds',
      instance
    }), 'retry-after')
  }
  if ([route.method].flat().includes('GET') && response[200] !== undefined && route.config?.revalidates !== false) {
    response[304] ??= { description: 'The client\'s copy (named by `If-None-Match` or `If-Modified-Since`) is current', type: 'null' }
    response[200] = withHeaders(response[200], 'etag', 'last-modified')
    // A 304 carries the headers the 200 would have had (RFC 9110 §15.4.5).
    response[304] = { ...response[304], headers: { ...(response[200] as { headers: object }).headers, ...(response[304] as { headers?: object }).headers } }
  }
  for (const [status, answer] of Object.entries(response)) response[status] = withHeaders(answer, ...EVERY_ANSWER)
}

interface OpenApiDocument {
  paths?: Record<string, Record<string, { responses?: Record<string, { headers?: Record<string, unknown> }> }>>
  components?: Record<string, unknown>
}

/**
 * A transformObject for @fastify/swagger: each response header the routes declared by name becomes a reference to
 * one component (`#/components/headers/ETag`), so the document says once what ETag means and whether it is always sent.
 */
export const headerComponents: SwaggerTransformObject = (document) => {
  const openapiObject = (document as { openapiObject: OpenApiDocument }).openapiObject
  const used = new Set<ResponseHeader>()
  for (const operations of Object.values(openapiObject.paths ?? {})) {
    for (const operation of Object.values(operations)) {
      for (const answer of Object.values(operation.responses ?? {})) {
        if (answer.headers === undefined) continue
        answer.headers = Object.fromEntries(Object.entries(answer.headers).map(([key, header]) => {
          if (!(key in RESPONSE_HEADERS)) return [key, header]
          const name = key as ResponseHeader
          used.add(name)
          return [RESPONSE_HEADERS[name].name, { $ref: `#/components/headers/${RESPONSE_HEADERS[name].name}` }]
        }))
      }
    }
  }
  const headers = Object.fromEntries((Object.keys(RESPONSE_HEADERS) as ResponseHeader[]).filter((name) => used.has(name)).map((name) => {
    const { name: canonical, required, schema, description } = RESPONSE_HEADERS[name]
    return [canonical, { description, required, schema }]
  }))
  return { ...openapiObject, components: { ...openapiObject.components, headers } } as ReturnType<SwaggerTransformObject>
}
