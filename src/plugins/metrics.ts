// GET /metrics in the Prometheus text format: requests by route and status, the database's size, cache hit rates.
import type { FastifyInstance, RouteOptions } from 'fastify'
import fastifyMetrics from 'fastify-metrics'
import client from 'prom-client'
import type { Db } from '../db/open.js'

/** The caches that report hits and misses; their series exist from the start, at zero. */
export const CACHES = ['responses'] as const
export type CacheName = typeof CACHES[number]

/** What a cache reports: the cache of serialised article bodies (src/cache/body-cache.ts) counts as 'responses'. */
export interface CacheMetrics {
  hit: (cache: CacheName) => void
  miss: (cache: CacheName) => void
}

/** How far an edge node is behind the change log (see src/edge/purger.ts). */
export interface EdgeLag {
  url: string
  events: number
  seconds: number
}

/** What the edge purger reports: purges acknowledged and failed per node, and where its lag is read at scrape time. */
export interface EdgeMetrics {
  purged: (node: string, keys: number) => void
  failed: (node: string) => void
  lagFrom: (source: () => EdgeLag[]) => void
}

declare module 'fastify' {
  interface FastifyInstance {
    cacheMetrics: CacheMetrics
    edgeMetrics: EdgeMetrics
  }
}

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

export async function registerMetrics (app: FastifyInstance, db: Db): Promise<void> {
  collectProcessMetrics()
  // The app's own metrics live in a registry of its own, so each app (and each test) counts only its own requests.
  const registry = new client.Registry()
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

  // Gauges sampled at scrape time are registered here rather than through `registers`, which would need a `new` kept only for its side effect.
  const pageCount = db.prepare<[], { page_count: number }>('PRAGMA page_count')
  const pageSize = db.prepare<[], { page_size: number }>('PRAGMA page_size')
  registry.registerMetric(new client.Gauge({
    name: 'beitrag_database_size_bytes',
    help: 'Size of the SQLite database (page_count * page_size), sampled at scrape time',
    registers: [],
    collect () {
      if (!db.open) return
      this.set((pageCount.get()?.page_count ?? 0) * (pageSize.get()?.page_size ?? 0))
    }
  }))

  const hits = new client.Counter({ name: 'beitrag_cache_hits_total', help: 'Cache lookups answered from the cache', labelNames: ['cache'], registers: [registry] })
  const misses = new client.Counter({ name: 'beitrag_cache_misses_total', help: 'Cache lookups the cache could not answer', labelNames: ['cache'], registers: [registry] })
  const counts = Object.fromEntries(CACHES.map((cache) => [cache, { hits: 0, misses: 0 }])) as Record<CacheName, { hits: number, misses: number }>
  for (const cache of CACHES) {
    hits.inc({ cache }, 0)
    misses.inc({ cache }, 0)
  }
  registry.registerMetric(new client.Gauge({
    name: 'beitrag_cache_hit_ratio',
    help: 'Hits / (hits + misses) since start, from the first lookup on; for a rate over time use the counters',
    labelNames: ['cache'],
    registers: [],
    collect () {
      // No series before a cache's first lookup, rather than a NaN.
      this.reset()
      for (const cache of CACHES) {
        const { hits, misses } = counts[cache]
        if (hits + misses > 0) this.set({ cache }, hits / (hits + misses))
      }
    }
  }))
  app.decorate('cacheMetrics', {
    hit: (cache) => { hits.inc({ cache }); counts[cache].hits++ },
    miss: (cache) => { misses.inc({ cache }); counts[cache].misses++ }
  } satisfies CacheMetrics)

  const purges = new client.Counter({ name: 'beitrag_edge_purges_total', help: 'Purge rounds an edge node acknowledged, by node', labelNames: ['node'], registers: [registry] })
  const purgedKeys = new client.Counter({ name: 'beitrag_edge_purged_keys_total', help: 'Surrogate keys purged on an edge node, by node', labelNames: ['node'], registers: [registry] })
  const purgeFailures = new client.Counter({ name: 'beitrag_edge_purge_failures_total', help: 'Purge attempts an edge node did not acknowledge (down, timed out, refused); each is retried', labelNames: ['node'], registers: [registry] })
  let lag: () => EdgeLag[] = () => []
  const lagSample = (): EdgeLag[] => db.open ? lag() : []
  registry.registerMetric(new client.Gauge({
    name: 'beitrag_edge_purge_lag_events',
    help: 'Public changes an edge node has not yet acknowledged a purge for, sampled at scrape time',
    labelNames: ['node'],
    registers: [],
    collect () {
      this.reset()
      for (const node of lagSample()) this.set({ node: node.url }, node.events)
    }
  }))
  registry.registerMetric(new client.Gauge({
    name: 'beitrag_edge_purge_lag_seconds',
    help: 'Age of the oldest public change an edge node has not yet acknowledged a purge for (0 when it is current), sampled at scrape time',
    labelNames: ['node'],
    registers: [],
    collect () {
      this.reset()
      for (const node of lagSample()) this.set({ node: node.url }, node.seconds)
    }
  }))
  app.decorate('edgeMetrics', {
    purged: (node, keys) => { purges.inc({ node }); purgedKeys.inc({ node }, keys) },
    failed: (node) => { purgeFailures.inc({ node }) },
    lagFrom: (source) => { lag = source }
  } satisfies EdgeMetrics)
}
