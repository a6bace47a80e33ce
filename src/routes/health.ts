// Liveness and readiness probes.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { NotReadyError } from '../errors.js'
import { ALWAYS_SERVED } from '../plugins/load-shedding.js'
import { HealthSchema, ReadinessSchema } from '../schemas/health.js'
import { json, problem } from './responses.js'

const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.context
  const ping = db.prepare<[], { ok: number }>('SELECT 1 AS ok')

  app.get('/health', {
    config: ALWAYS_SERVED,
    schema: {
      operationId: 'getHealth',
      tags: ['operations'],
      summary: 'Liveness: is the process up?',
      response: { 200: json(HealthSchema, 'The process is up', { status: 'ok' }) }
    }
  }, async () => ({ status: 'ok' as const }))

  app.get('/ready', {
    schema: {
      operationId: 'getReadiness',
      tags: ['operations'],
      summary: 'Readiness: can the service serve content?',
      description: 'Runs a query against the database; 503 when it does not answer.',
      response: {
        200: json(ReadinessSchema, 'The database answers', { status: 'ready', database: 'ok' }),
        503: problem('CONTENT_ERR_NOT_READY', 'The database does not answer', {
          detail: 'The database did not answer: The database connection is not open',
          instance: '/ready'
        })
      }
    }
  }, async () => {
    try {
      ping.get()
    } catch (error) {
      throw new NotReadyError(`The database did not answer: ${(error as Error).message}`)
    }
    return { status: 'ready' as const, database: 'ok' as const }
  })
}

export default healthRoutes
