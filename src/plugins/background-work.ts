// The background workers' life with the server's: webhook delivery and edge purging start when it is ready, stop
// before the database closes, and hear of every successful write so they need not wait for their next pass.
import fp from 'fastify-plugin'
import { CHANGE_SEQ_HEADER } from '../edge/purger.js'

export default fp(async (app) => {
  const { config, dispatcher, edgePurger, changes } = app.context
  if (config.WEBHOOK_DISPATCH) app.addHook('onReady', async () => { dispatcher.start() })
  if (config.EDGE_PURGE) app.addHook('onReady', async () => { edgePurger.start() })
  // Before the database closes (onClose): attempts in flight are interrupted and logged, leases given back.
  app.addHook('preClose', async () => { await Promise.all([dispatcher.stop(), edgePurger.stop()]) })
  if (edgePurger.urls.length > 0) {
    // Read before the answer is: the edge compares it with the changes it has purged (see CHANGE_SEQ_HEADER).
    app.addHook('onRequest', async (request, reply) => {
      if (request.method === 'GET' || request.method === 'HEAD') reply.header(CHANGE_SEQ_HEADER, String(changes.head('public')))
    })
  }
  app.addHook('onResponse', (request, reply, done) => {
    if (request.method !== 'GET' && request.method !== 'HEAD' && reply.statusCode < 400) {
      dispatcher.nudge()
      edgePurger.nudge()
    }
    done()
  })
}, { name: 'beitrag-background-work' })
