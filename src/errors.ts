// One place for the API's error codes and the RFC 9457 problem+json shape every error response takes.
import createError from '@fastify/error'

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8'

/** Every error code the API answers with, its HTTP status and the short, stable title of its problem type. */
export const problemTypes = {
  CONTENT_ERR_VALIDATION: { status: 400, title: 'Invalid request' },
  CONTENT_ERR_BAD_REQUEST: { status: 400, title: 'Bad request' },
  CONTENT_ERR_INVALID_JSON: { status: 400, title: 'Malformed JSON body' },
  CONTENT_ERR_BAD_URL: { status: 400, title: 'Malformed URL' },
  CONTENT_ERR_INVALID_CURSOR: { status: 400, title: 'Invalid pagination cursor' },
  CONTENT_ERR_NOT_FOUND: { status: 404, title: 'Resource not found' },
  CONTENT_ERR_ROUTE_NOT_FOUND: { status: 404, title: 'No such route' },
  CONTENT_ERR_METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  CONTENT_ERR_BODY_TOO_LARGE: { status: 413, title: 'Request body too large' },
  CONTENT_ERR_URI_TOO_LONG: { status: 414, title: 'URI too long' },
  CONTENT_ERR_UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported media type' },
  CONTENT_ERR_INTERNAL: { status: 500, title: 'Internal server error' },
  CONTENT_ERR_NOT_READY: { status: 503, title: 'Service not ready' }
} as const

export type ProblemCode = keyof typeof problemTypes

/** The problem type URI: a stable, relative reference that `GET /problems/{name}` documents. */
export function problemTypeUri (code: ProblemCode): string {
  return `/problems/${code.replace(/^CONTENT_ERR_/, '').toLowerCase().replaceAll('_', '-')}`
}

export interface InvalidParam {
  /** Which part of the request held the bad value. */
  location: 'body' | 'params' | 'querystring' | 'headers'
  /** JSON pointer to the value inside that part ('' for the part as a whole). */
  pointer: string
  message: string
}

export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  instance: string
  code: ProblemCode
  errors?: InvalidParam[]
}

export function buildProblem (code: ProblemCode, detail: string, instance: string, errors?: InvalidParam[]): Problem {
  const { status, title } = problemTypes[code]
  const problem: Problem = { type: problemTypeUri(code), title, status, detail, instance, code }
  if (errors !== undefined && errors.length > 0) problem.errors = errors
  return problem
}

// Errors the application throws; the problem handler renders them. The message is the problem's `detail`.
export const NotFoundError = createError<[string]>('CONTENT_ERR_NOT_FOUND', '%s', 404)
export const BadRequestError = createError<[string]>('CONTENT_ERR_BAD_REQUEST', '%s', 400)
export const InvalidCursorError = createError<[string]>('CONTENT_ERR_INVALID_CURSOR', '%s', 400)
export const NotReadyError = createError<[string]>('CONTENT_ERR_NOT_READY', '%s', 503)

export function isProblemCode (code: unknown): code is ProblemCode {
  return typeof code === 'string' && Object.hasOwn(problemTypes, code)
}
