// Tracking and cache-busting query parameters are dropped before validation on reads (see lib/query-params.ts).
import type { FastifyInstance } from 'fastify'
import { dropTrackingParams } from '../lib/query-params.js'
import fp from 'fastify-plugin'

/** Register before the routes: the hook must run before each read route's querystring is validated. */
export function registerQueryHygiene (app: FastifyInstance): void {
  app.addHook('preValidation', (request, reply, done) => {
    const query = request.query
    if ((request.method === 'GET' || request.method === 'HEAD') && query !== null && typeof query === 'object') {
      dropTrackingParams(query as Record<string, unknown>)
    }
    done()
  })
}

export default fp(async (app) => { registerQueryHygiene(app) }, { name: 'beitrag-query-hygiene', dependencies: ['beitrag-limits'] })
