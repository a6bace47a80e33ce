// Tracking and cache-busting query parameters are dropped before validation on reads (see lib/query-params.ts).
import type { FastifyInstance } from 'fastify'
import { dropTrackingParams } from '../lib/query-params.js'
import fp from 'fastify-plugin'

/** Register before the routes: the hook must run before each read route's querystring is validated. */
export function registerQueryHygiene (app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return
    const query = request.query
    if (query !== null && typeof query === 'object') dropTrackingParams(query as Record<string, unknown>)
  })
}

export default fp(async (app) => { registerQueryHygiene(app) }, { name: 'beitrag-query-hygiene', dependencies: ['beitrag-limits'] })
