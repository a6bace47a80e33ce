// The service's own metrics (database size, cache hits, edge purges), in a registry of the app's own so each app (and
// each test) counts only its own; GET /metrics (plugins/metrics.ts) exposes them with the request metrics.
import client from 'prom-client'
import type { Db } from './db/open.js'

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

/** The app's registry and what its parts report to it. */
export interface AppMetrics {
  registry: client.Registry
  cache: CacheMetrics
  edge: EdgeMetrics
}

export function createAppMetrics (db: Db): AppMetrics {
  const registry = new client.Registry()
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
  const cache: CacheMetrics = {
    hit: (cache) => { hits.inc({ cache }); counts[cache].hits++ },
    miss: (cache) => { misses.inc({ cache }); counts[cache].misses++ }
  }

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
  const edge: EdgeMetrics = {
    purged: (node, keys) => { purges.inc({ node }); purgedKeys.inc({ node }, keys) },
    failed: (node) => { purgeFailures.inc({ node }) },
    lagFrom: (source) => { lag = source }
  }
  return { registry, cache, edge }
}
