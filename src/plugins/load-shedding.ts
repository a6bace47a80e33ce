// Refusing work the server cannot do well: a 503 with Retry-After when the event loop is overloaded or the server is shutting down.
import underPressure from '@fastify/under-pressure'
import type { FastifyInstance } from 'fastify'
import { OverloadedError, ShuttingDownError } from '../errors.js'
import fp from 'fastify-plugin'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** under-pressure's per-route override: a handler that returns nothing lets the request through. */
    pressureHandler?: () => undefined
  }
}

const SAMPLE_INTERVAL_MS = 1000

export interface LoadSheddingPolicy {
  /** Mean event-loop delay (ms) above which requests are refused; 0 turns the check off. */
  maxEventLoopDelay: number
  /** Seconds a refused client should wait before trying again. */
  retryAfter: number
}

/** Liveness must not fail because the process is busy: an orchestrator would restart a server that is merely loaded. */
export const ALWAYS_SERVED = { pressureHandler: () => undefined }

export async function registerLoadShedding (app: FastifyInstance, policy: LoadSheddingPolicy): Promise<void> {
  // A request queued behind a saturated event loop is answered late or not at all; an immediate 503 lets the
  // client or load balancer go elsewhere. under-pressure samples the loop delay off the request path, once a second.
  // The first samples after start measure the start itself (compiling schemas, migrating): a server that has just
  // become ready has no queue to shed, so they are not held against it.
  let settledAt = Infinity
  app.addHook('onReady', async () => { settledAt = Date.now() + 2 * SAMPLE_INTERVAL_MS })
  await app.register(underPressure, {
    maxEventLoopDelay: policy.maxEventLoopDelay,
    sampleInterval: SAMPLE_INTERVAL_MS,
    pressureHandler: async (_request, reply) => {
      if (Date.now() < settledAt) return
      reply.header('retry-after', String(policy.retryAfter))
      throw new OverloadedError('The server is overloaded; retry after the time in Retry-After')
    }
  })

  // Once close() has begun, requests still arriving on open keep-alive connections are refused; requests already
  // being handled finish.
  let closing = false
  app.addHook('preClose', async () => { closing = true })
  app.addHook('onRequest', (_request, reply, done) => {
    if (closing) {
      reply.header('retry-after', String(policy.retryAfter))
      return done(new ShuttingDownError('The server is shutting down; retry on a new connection'))
    }
    done()
  })
  // Node closes only the connections idle at the moment close() is called; one busy then would stay open after its
  // answer until the keep-alive timeout, holding the shutdown past its grace period.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (closing && request.raw.httpVersionMajor === 1) reply.header('connection', 'close')
    done(null, payload)
  })
}

/** Refusing costs as little as possible: after the security headers, before every other check. */
export default fp(async (app) => {
  const { config } = app.context
  await registerLoadShedding(app, { maxEventLoopDelay: config.MAX_EVENT_LOOP_DELAY_MS, retryAfter: config.OVERLOAD_RETRY_AFTER_SECONDS })
}, { name: 'beitrag-load-shedding', dependencies: ['beitrag-security-headers'] })
