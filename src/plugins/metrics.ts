// GET /metrics in the Prometheus text format: requests by route and status, the database's size, cache hit rates.
import type { FastifyInstance, RouteOptions } from 'fastify'
import fastifyMetrics from 'fastify-metrics'
import client from 'prom-client'
import fp from 'fastify-plugin'

/** Request durations in seconds: prom-client's default buckets, plus 1 ms and 2.5 ms for answers from SQLite. */
const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

const EXAMPLE = `# HELP http_request_duration_seconds Request duration in seconds, by method, route pattern and status code
# TYPE http_request_duration_seconds histogram
http_request_duration_seconds_bucket{le="0.005",method="GET",route="/v1/articles/:id",status_code="200"} 41
http_request_duration_seconds_count{method="GET",route="/v1/articles/:id",status_code="200"} 42
# HELP beitrag_database_size_bytes Size of the SQLite database (page_count * page_size), sampled at scrape time
# TYPE beitrag_database_size_bytes gauge
beitrag_database_size_bytes 126976
`

/** The metrics of the Node.js process (memory, CPU, event loop lag) are the process's: collected once, however many apps it builds. */
function collectProcessMetrics (): void {
  if (client.register.getSingleMetric('process_cpu_seconds_total') === undefined) client.collectDefaultMetrics()
}

export async function registerMetrics (app: FastifyInstance, registry: client.Registry): Promise<void> {
  collectProcessMetrics()
  const endpoint = {
    url: '/metrics',
    method: 'GET',
    // A scrape every few seconds would drown the request log; scrapes that fail are still logged.
    logLevel: 'warn',
    // Every scrape counts itself: no two answers are the same, so there is never a 304.
    config: { revalidates: false },
    schema: {
      operationId: 'getMetrics',
      tags: ['operations'],
      summary: 'Metrics for Prometheus',
      description: 'Request counts and latency by route and status (`http_request_duration_seconds`), the database size ' +
        "(`beitrag_database_size_bytes`), cache hits and misses (`beitrag_cache_*`), the edge purger's lag and failures " +
        '(`beitrag_edge_purge_*`) and the Node.js process metrics, ' +
        'in the Prometheus text exposition format. Expose it to the monitoring network only.',
      response: {
        200: {
          description: 'The current metrics',
          content: { 'text/plain': { schema: { type: 'string' }, example: EXAMPLE } }
        }
      }
    },
    handler: () => undefined
  } satisfies RouteOptions
  await app.register(fastifyMetrics.default, {
    endpoint,
    // Process metrics come from the global registry (collectProcessMetrics); the endpoint merges it with `registry`.
    defaultMetrics: { enabled: false },
    routeMetrics: {
      enabled: { histogram: true, summary: false },
      // Requests for no route are counted too, under route "__unknown__", so scans and broken links show up.
      registeredRoutesOnly: false,
      overrides: {
        histogram: {
          help: 'Request duration in seconds, by method, route pattern and status code',
          buckets: DURATION_BUCKETS,
          registers: [registry]
        },
        // fastify-metrics creates the summary even when it is disabled; registered nowhere, it stays out of the output.
        summary: { registers: [] }
      }
    }
  })
}

export default fp(async (app) => { await registerMetrics(app, app.context.metrics.registry) }, { name: 'beitrag-metrics', dependencies: ['beitrag-swagger'] })
