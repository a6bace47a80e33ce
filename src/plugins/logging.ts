// Request ids and logs: one structured line per request, tagged with an id the caller may send as X-Request-Id.
import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify'
import type { Config } from '../config.js'
import { redactUrl, serializeRequest } from './log-redaction.js'
import fp from 'fastify-plugin'
import { destination } from 'pino'

export const REQUEST_ID_HEADER = 'x-request-id'

/**
 * A caller's id is kept when it is 1–128 visible ASCII characters, which covers UUIDs, ULIDs and the trace ids
 * proxies and load balancers send. Anything else (too long, spaces, non-ASCII) is replaced, not rejected: a bad
 * correlation header must not cost the caller its content, and must not be echoed into logs and headers.
 */
const ACCEPTED_ID = /^[!-~]{1,128}$/

export function requestId (request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER]
  return typeof given === 'string' && ACCEPTED_ID.test(given) ? given : randomUUID()
}

/**
 * One line per request, when its response has been sent, in place of Fastify's two ("incoming request" and
 * "request completed"). The controller sees every request, including those Fastify answers before routing.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest (): void {}

  override requestCompleted (error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    logCompleted(request, reply, error)
  }
}

function logCompleted (request: FastifyRequest, reply: FastifyReply, error?: Error | null): void {
  const line = {
    method: request.method,
    // Credentials a client put into the query string stay out of the log.
    url: redactUrl(request.url),
    // The route's pattern (`/v1/articles/:id`) groups requests; absent when no route matched.
    route: request.routeOptions.url,
    // The client as TRUST_PROXY lets X-Forwarded-For name it; the socket's peer without a trusted proxy.
    ip: request.ip,
    statusCode: reply.statusCode,
    responseTimeMs: Math.round(reply.elapsedTime * 100) / 100
  }
  if (error != null) reply.log.error({ ...line, err: error }, 'request errored')
  else if (reply.statusCode >= 500) reply.log.error(line, 'request completed')
  else reply.log.info(line, 'request completed')
}

let stdout: ReturnType<typeof destination> | undefined

/**
 * Standard output, written in blocks: a line per request written on its own costs a system call each, a third of
 * a cached answer's time. Lines are held until 8 KiB have gathered or a quarter of a second has passed, so a quiet
 * server's lines still appear at once to a reader; pino writes what is left when the process exits. One per
 * process, however many apps it builds.
 */
function bufferedStdout (): ReturnType<typeof destination> {
  if (stdout === undefined) {
    const stream = destination({ dest: 1, sync: false, minLength: 8 * 1024 })
    setInterval(() => { stream.flush() }, 250).unref()
    stdout = stream
  }
  return stdout
}

/**
 * The logger and request id options for Fastify. Logs are JSON lines, one object per line for log collectors;
 * only when standard output is a terminal are they pretty-printed for a person reading them (pino-pretty).
 */
export function loggingOptions (config: Pick<Config, 'LOG_LEVEL'>, isTTY = process.stdout.isTTY === true, stream?: NodeJS.WritableStream): FastifyServerOptions {
  // API keys must never reach the logs, wherever a serializer might put the header.
  const redact = { paths: ['req.headers.authorization', 'headers.authorization', 'authorization'], censor: '[redacted]' }
  const serializers = { req: serializeRequest }
  return {
    logger: stream !== undefined
      ? { level: config.LOG_LEVEL, redact, serializers, stream }
      : isTTY
        ? {
            level: config.LOG_LEVEL,
            redact,
            serializers,
            transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', singleLine: true } }
          }
        : { level: config.LOG_LEVEL, redact, serializers, stream: bufferedStdout() },
    // requestIdHeader would trust any value; requestId() checks it first.
    requestIdHeader: false,
    genReqId: requestId,
    logController: new OneLinePerRequest({ requestIdLogLabel: 'requestId' })
  }
}

/** Echoes the request id on every response that passes through routing. */
export function registerRequestIds (app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id)
    done()
  })
}

/**
 * The same for a request Fastify answers before routing (a malformed or over-long URL): no hooks run for it and
 * the log controller never hears that it completed, so its id is echoed and its line logged here.
 */
export function trackUnroutedRequest (request: FastifyRequest, reply: FastifyReply): void {
  reply.header(REQUEST_ID_HEADER, request.id)
  reply.raw.once('finish', () => logCompleted(request, reply))
}

export default fp(async (app) => { registerRequestIds(app) }, { name: 'beitrag-request-ids', dependencies: ['beitrag-limits'] })
