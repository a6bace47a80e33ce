// Request limits the router and the body parser do not set: the URL's length and how deeply a JSON body nests.
import type { FastifyInstance } from 'fastify'
import { JsonTooDeepError, UriTooLongError } from '../errors.js'
import fp from 'fastify-plugin'

export interface RequestLimits {
  /** Longest URL, path and query, in characters. */
  maxUrlLength: number
  /** Deepest nesting of arrays and objects in a parsed body. */
  maxJsonDepth: number
}

/** Whether `value` nests arrays and objects more than `max` levels deep; iterative, so no body can exhaust the stack. */
export function nestsDeeperThan (value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]]
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!
    if (current === null || typeof current !== 'object') continue
    if (depth > max) return true
    for (const child of Object.values(current)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1])
    }
  }
  return false
}

export function registerLimits (app: FastifyInstance, limits: RequestLimits): void {
  // Node accepts any URL that fits in the header limit; nothing the API serves needs one this long, and every
  // handler, log line and error echo downstream would otherwise pay for it.
  app.addHook('onRequest', (request, reply, done) => {
    if (request.url.length > limits.maxUrlLength) {
      return done(new UriTooLongError(`The URL is ${request.url.length} characters long; at most ${limits.maxUrlLength} are accepted`))
    }
    done()
  })

  // JSON.parse copes with any depth, but recursive code after it (merge patches, cloning, validation) does not:
  // a body that nests deeper than any valid document is refused before anything walks it.
  app.addHook('preValidation', (request, reply, done) => {
    if (typeof request.body === 'object' && request.body !== null && nestsDeeperThan(request.body, limits.maxJsonDepth)) {
      return done(new JsonTooDeepError(`The JSON body nests arrays and objects more than ${limits.maxJsonDepth} levels deep`))
    }
    done()
  })
}

export default fp(async (app) => {
  const { config } = app.context
  registerLimits(app, { maxUrlLength: config.MAX_URL_LENGTH, maxJsonDepth: config.MAX_JSON_DEPTH })
}, { name: 'beitrag-limits', dependencies: ['beitrag-load-shedding'] })
