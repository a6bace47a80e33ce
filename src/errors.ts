// One place for the API's error codes and the RFC 9457 problem+json shape every error response takes.
import createError from '@fastify/error'
import type { InvalidParam, Problem as ProblemBody } from './schemas/common.js'

export type { InvalidParam }

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8'

/** Every error code the API answers with, its HTTP status and the short, stable title of its problem type. */
export const problemTypes = {
  CONTENT_ERR_VALIDATION: { status: 400, title: 'Invalid request' },
  CONTENT_ERR_BAD_REQUEST: { status: 400, title: 'Bad request' },
  CONTENT_ERR_INVALID_JSON: { status: 400, title: 'Malformed JSON body' },
  CONTENT_ERR_BAD_URL: { status: 400, title: 'Malformed URL' },
  CONTENT_ERR_JSON_TOO_DEEP: { status: 400, title: 'JSON body nested too deeply' },
  CONTENT_ERR_INVALID_CURSOR: { status: 400, title: 'Invalid pagination cursor' },
  CONTENT_ERR_NOT_AN_ARTICLE: { status: 400, title: 'No article found in the document' },
  CONTENT_ERR_UNAUTHORIZED: { status: 401, title: 'Authentication required' },
  CONTENT_ERR_FORBIDDEN: { status: 403, title: 'Not allowed for this key' },
  CONTENT_ERR_NOT_FOUND: { status: 404, title: 'Resource not found' },
  CONTENT_ERR_ROUTE_NOT_FOUND: { status: 404, title: 'No such route' },
  CONTENT_ERR_METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  CONTENT_ERR_NOT_ACCEPTABLE: { status: 406, title: 'No acceptable representation' },
  CONTENT_ERR_REQUEST_TIMEOUT: { status: 408, title: 'Request not received in time' },
  CONTENT_ERR_CONFLICT: { status: 409, title: 'Conflicts with another resource' },
  CONTENT_ERR_PRECONDITION_FAILED: { status: 412, title: 'The resource has changed' },
  CONTENT_ERR_BODY_TOO_LARGE: { status: 413, title: 'Request body too large' },
  CONTENT_ERR_URI_TOO_LONG: { status: 414, title: 'URI too long' },
  CONTENT_ERR_UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported media type' },
  CONTENT_ERR_PRECONDITION_REQUIRED: { status: 428, title: 'If-Match required' },
  CONTENT_ERR_RATE_LIMITED: { status: 429, title: 'Too many requests' },
  CONTENT_ERR_HEADERS_TOO_LARGE: { status: 431, title: 'Request headers too large' },
  CONTENT_ERR_INTERNAL: { status: 500, title: 'Internal server error' },
  CONTENT_ERR_NOT_IMPLEMENTED: { status: 501, title: 'Format not implemented' },
  CONTENT_ERR_NOT_READY: { status: 503, title: 'Service not ready' },
  CONTENT_ERR_OVERLOADED: { status: 503, title: 'Service overloaded' },
  CONTENT_ERR_BUSY: { status: 503, title: 'Database busy' },
  CONTENT_ERR_SHUTTING_DOWN: { status: 503, title: 'Service shutting down' }
} as const

export type ProblemCode = keyof typeof problemTypes

/** The problem type URI: a stable, relative reference that `GET /problems/{name}` documents. */
export function problemTypeUri (code: ProblemCode): string {
  return `/problems/${code.replace(/^CONTENT_ERR_/, '').toLowerCase().replaceAll('_', '-')}`
}

/** The problem+json body as the schema describes it, with the code narrowed to the ones this file defines. */
export type Problem = ProblemBody & { code: ProblemCode }

export function buildProblem (code: ProblemCode, detail: string, instance: string, errors?: InvalidParam[], conflictingId?: string): Problem {
  const { status, title } = problemTypes[code]
  const problem: Problem = { type: problemTypeUri(code), title, status, detail, instance, code }
  if (errors !== undefined && errors.length > 0) problem.errors = errors
  if (conflictingId !== undefined) problem.conflictingId = conflictingId
  return problem
}

// Errors the application throws; the problem handler renders them. The message is the problem's `detail`.
export const NotFoundError = createError<[string]>('CONTENT_ERR_NOT_FOUND', '%s', 404)
export const BadRequestError = createError<[string]>('CONTENT_ERR_BAD_REQUEST', '%s', 400)
export const NotAnArticleProblem = createError<[string]>('CONTENT_ERR_NOT_AN_ARTICLE', '%s', 400)
export const NotAcceptableError = createError<[string]>('CONTENT_ERR_NOT_ACCEPTABLE', '%s', 406)
export const NotImplementedError = createError<[string]>('CONTENT_ERR_NOT_IMPLEMENTED', '%s', 501)
export const InvalidCursorError = createError<[string]>('CONTENT_ERR_INVALID_CURSOR', '%s', 400)
export const NotReadyError = createError<[string]>('CONTENT_ERR_NOT_READY', '%s', 503)
export const UnauthorizedError = createError<[string]>('CONTENT_ERR_UNAUTHORIZED', '%s', 401)
export const ForbiddenError = createError<[string]>('CONTENT_ERR_FORBIDDEN', '%s', 403)
export const PreconditionFailedError = createError<[string]>('CONTENT_ERR_PRECONDITION_FAILED', '%s', 412)
export const PreconditionRequiredError = createError<[string]>('CONTENT_ERR_PRECONDITION_REQUIRED', '%s', 428)
export const RateLimitedError = createError<[string]>('CONTENT_ERR_RATE_LIMITED', '%s', 429)
export const UriTooLongError = createError<[string]>('CONTENT_ERR_URI_TOO_LONG', '%s', 414)
export const InvalidJsonError = createError<[string]>('CONTENT_ERR_INVALID_JSON', '%s', 400)
export const JsonTooDeepError = createError<[string]>('CONTENT_ERR_JSON_TOO_DEEP', '%s', 400)
export const OverloadedError = createError<[string]>('CONTENT_ERR_OVERLOADED', '%s', 503)
export const ShuttingDownError = createError<[string]>('CONTENT_ERR_SHUTTING_DOWN', '%s', 503)

/** A write that would take what another article holds (its slug); the problem names that article. */
export class ConflictError extends Error {
  readonly code = 'CONTENT_ERR_CONFLICT'
  readonly statusCode = 409
  constructor (message: string, readonly conflictingId: string) {
    super(message)
  }
}

/** A write whose body is well-formed but breaks a rule; `errors` point at the offending values. */
export class UnprocessableWriteError extends Error {
  readonly code = 'CONTENT_ERR_VALIDATION'
  readonly statusCode = 400
  constructor (readonly errors: InvalidParam[]) {
    super(errors.map((e) => `body field '${e.pointer}' ${e.message}`).join('; '))
  }
}

export function isProblemCode (code: unknown): code is ProblemCode {
  return typeof code === 'string' && Object.hasOwn(problemTypes, code)
}
