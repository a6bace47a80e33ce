// Renders every error as application/problem+json: the app's own, validation failures, Fastify's framework errors and Node's client errors.
import { STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import Router from 'find-my-way'
import { collapseTaggedUnions, describeAjvError, type AjvError } from '../lib/ajv-errors.js'
import { closestName } from '../lib/query-params.js'
import { BARE_SECURITY_HEADERS } from './security-headers.js'
import {
  buildProblem,
  isProblemCode,
  PROBLEM_CONTENT_TYPE,
  type InvalidParam,
  type Problem,
  type ProblemCode
} from '../errors.js'
import { trackUnroutedRequest } from './logging.js'
import fp from 'fastify-plugin'

// Fastify's own error codes and what the API calls them.
const FASTIFY_CODES: Record<string, ProblemCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'CONTENT_ERR_BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'CONTENT_ERR_UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_JSON_BODY: 'CONTENT_ERR_INVALID_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'CONTENT_ERR_INVALID_JSON',
  FST_ERR_BAD_URL: 'CONTENT_ERR_BAD_URL'
}

const LOCATION_NAMES: Record<InvalidParam['location'], string> = {
  params: 'path parameter',
  querystring: 'query parameter',
  headers: 'header',
  body: 'body field'
}

function invalidParams (error: FastifyError, request: FastifyRequest): InvalidParam[] {
  const location = (error.validationContext ?? 'body') as InvalidParam['location']
  const params = collapseTaggedUnions(error.validation as AjvError[] | undefined ?? []).map((issue) => describeAjvError(location, issue))
  return location === 'querystring' ? params.map((param) => withSuggestion(param, request)) : params
}

/** An unknown query parameter gets the one it most likely meant ("did you mean 'category'?"), or the list of known ones. */
function withSuggestion (param: InvalidParam, request: FastifyRequest): InvalidParam {
  if (param.message !== 'is not a known property') return param
  const schema = request.routeOptions.schema?.querystring as { properties?: Record<string, unknown> } | undefined
  const known = Object.keys(schema?.properties ?? {})
  if (known.length === 0) return param
  const meant = closestName(param.pointer.slice(1), known)
  return {
    ...param,
    message: meant === undefined ? `is not a known property; known are ${known.join(', ')}` : `is not a known property; did you mean '${meant}'?`
  }
}

function describe (param: InvalidParam): string {
  if (param.pointer === '') return `${param.location === 'body' ? 'request body' : LOCATION_NAMES[param.location] + 's'} ${param.message}`
  const name = param.location === 'body' ? param.pointer : param.pointer.slice(1)
  return `${LOCATION_NAMES[param.location]} '${name}' ${param.message}`
}

function send (reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem)
}

const MAX_ECHO = 200

/** At most MAX_ECHO characters of `text`: error responses must not echo a 10,000-character URL back. */
function clip (text: string): string {
  return text.length <= MAX_ECHO ? text : `${text.slice(0, MAX_ECHO)}…`
}

function pathOf (request: FastifyRequest): string {
  // The path only: query strings can be long and hold values that do not belong in an error echo.
  return request.url.split('?')[0] ?? request.url
}

/** A 415's detail: the type that was sent and what this route takes instead (the media types its body schema names, else JSON). */
function unsupportedMediaType (request: FastifyRequest): string {
  const body = request.routeOptions.schema?.body as { content?: Record<string, unknown> } | undefined
  const accepted = body?.content === undefined ? ['application/json'] : Object.keys(body.content)
  const sent = clip(String(request.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '')
  return `Content-Type '${sent}' is not accepted here; send ${accepted.join(' or ')}`
}

/** Seconds a client should wait before retrying a write that met a busy database. */
const BUSY_RETRY_AFTER_SECONDS = 1

/**
 * SQLite's "database is locked": another process held the write lock for longer than busy_timeout. Nothing was
 * written (the transaction rolled back), so the client may simply send the request again.
 */
function isBusy (error: FastifyError): boolean {
  return typeof error.code === 'string' && (error.code.startsWith('SQLITE_BUSY') || error.code.startsWith('SQLITE_LOCKED'))
}

/** The problem to send for `error`, logging what a client must not see. */
function problemFor (error: FastifyError, request: FastifyRequest): Problem {
  const instance = clip(pathOf(request))
  if (error.validation !== undefined) {
    const params = invalidParams(error, request)
    return buildProblem('CONTENT_ERR_VALIDATION', params.map(describe).join('; '), instance, params)
  }
  if (isProblemCode(error.code) && (error.statusCode ?? 500) < 500) {
    const { errors, conflictingId } = error as { errors?: InvalidParam[], conflictingId?: string }
    return buildProblem(error.code, error.message, instance, errors, conflictingId)
  }
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return buildProblem('CONTENT_ERR_UNSUPPORTED_MEDIA_TYPE', unsupportedMediaType(request), instance)
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return buildProblem('CONTENT_ERR_URI_TOO_LONG', 'A path parameter is longer than 100 characters, longer than any valid id or slug', instance)
  }
  if (isBusy(error)) {
    request.log.warn({ code: error.code }, 'database busy')
    return buildProblem('CONTENT_ERR_BUSY', `The database is busy with other writes and nothing was changed; retry in ${BUSY_RETRY_AFTER_SECONDS} second`, instance)
  }
  const mapped = FASTIFY_CODES[error.code]
  if (mapped !== undefined) return buildProblem(mapped, clip(error.message), instance)
  const status = error.statusCode ?? 500
  if (status >= 400 && status < 500) return buildProblem('CONTENT_ERR_BAD_REQUEST', clip(error.message), instance)
  if (isProblemCode(error.code)) return buildProblem(error.code, error.message, instance)
  request.log.error({ err: error }, 'request failed')
  return buildProblem('CONTENT_ERR_INTERNAL', `The request failed on the server; quote request id ${request.id} when reporting it`, instance)
}

/** Handles Fastify's errors raised before routing (malformed or over-long URLs); passed as the `frameworkErrors` option. */
export function frameworkErrorHandler (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  // No hooks run for these: the id and headers they would have added are set here.
  trackUnroutedRequest(request, reply)
  send(reply.headers({ ...BARE_SECURITY_HEADERS, 'cache-control': 'no-store' }), problemFor(error, request))
}

const CLIENT_ERRORS: Record<string, [ProblemCode, string]> = {
  HPE_HEADER_OVERFLOW: ['CONTENT_ERR_HEADERS_TOO_LARGE', 'The request line and headers are larger than the server accepts'],
  ERR_HTTP_REQUEST_TIMEOUT: ['CONTENT_ERR_REQUEST_TIMEOUT', 'The request was not received completely in time'],
  ERR_HTTP_HEADERS_TIMEOUT: ['CONTENT_ERR_REQUEST_TIMEOUT', 'The request headers were not received completely in time']
}

/**
 * Answers what Node's HTTP parser refuses before there is a request to route (headers too large, a request sent
 * too slowly, bytes that are not HTTP), as a problem like every other error; passed as `clientErrorHandler`.
 */
export function clientErrorHandler (this: FastifyInstance, error: NodeJS.ErrnoException, socket: Duplex): void {
  // A reset connection has no one left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const [code, detail] = CLIENT_ERRORS[error.code ?? ''] ?? ['CONTENT_ERR_BAD_REQUEST', 'The request is not valid HTTP/1.1']
  // Not the error itself: its rawPacket holds the request's bytes, API key included.
  this.log.debug({ code: error.code }, 'client error')
  // Node's own rule: no answer when a response on this connection has already begun, or it would corrupt it.
  const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage
  if (socket.writable && inFlight?.headersSent !== true) {
    const problem = buildProblem(code, detail, '')
    const body = JSON.stringify(problem)
    const headers = { ...BARE_SECURITY_HEADERS, 'content-type': PROBLEM_CONTENT_TYPE, 'content-length': String(Buffer.byteLength(body)), 'cache-control': 'no-store', connection: 'close' }
    const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('')
    socket.write(`HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status] ?? ''}\r\n${head}\r\n${body}`)
  }
  socket.destroy(error)
}

export function registerProblemHandling (app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    // A request for no route can fail in body parsing first; that it has no route is the better answer.
    if (request.is404) return notFound(request, reply)
    if (isBusy(error)) reply.header('retry-after', String(BUSY_RETRY_AFTER_SECONDS))
    return send(reply, problemFor(error, request))
  })

  // A second router with every route lets an unmatched request tell "wrong method" (405) from "no such path" (404).
  const routes = Router()
  const methodsByRoute = new Map<string, Set<string>>()
  app.addHook('onRoute', (route) => {
    // The CORS preflight route matches every path; it must not make every unknown path a 405.
    if (route.url === '*' || route.url === '/*') return
    for (const method of [route.method].flat()) {
      const methods = methodsByRoute.get(route.url) ?? new Set<string>()
      if (methods.size === 0) methodsByRoute.set(route.url, methods)
      methods.add(method)
    }
  })
  app.addHook('onReady', async () => {
    for (const [url, methods] of methodsByRoute) {
      routes.on('GET', url, () => {}, { methods: [...methods].sort() })
    }
  })

  function notFound (request: FastifyRequest, reply: FastifyReply): FastifyReply {
    const path = pathOf(request)
    const instance = clip(path)
    const allowed = (routes.find('GET', path)?.store as { methods?: string[] } | undefined)?.methods
    if (allowed !== undefined) {
      return send(reply.header('allow', allowed.join(', ')), buildProblem(
        'CONTENT_ERR_METHOD_NOT_ALLOWED',
        `${request.method} is not allowed on ${instance}; allowed: ${allowed.join(', ')}`,
        instance
      ))
    }
    return send(reply, buildProblem('CONTENT_ERR_ROUTE_NOT_FOUND', `No route matches ${request.method} ${instance}`, instance))
  }

  app.setNotFoundHandler(notFound)
}

/** Problem answers name the request (its id), so request ids come first. */
export default fp(async (app) => { registerProblemHandling(app) }, { name: 'beitrag-problems', dependencies: ['beitrag-request-ids'] })
