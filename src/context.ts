// Every collaborator of the service, built once from the configuration: repositories, the editorial service, the
// importer, the media rules, caches, background workers, and the facts responses are built from. buildApp()
// decorates the app with it once; route plugins and hooks take what they need from `app.context`.
import { createHash } from 'node:crypto'
import type { FastifyBaseLogger } from 'fastify'
import type { Config } from './config.js'
import { migrate } from './db/migrate.js'
import { openDatabase, type Db } from './db/open.js'
import { edgeNodeUrls } from './edge/nodes.js'
import { EdgePurger } from './edge/purger.js'
import { Editorial } from './editorial/service.js'
import { Importer } from './import/importer.js'
import { createAppMetrics, type AppMetrics } from './metrics.js'
import { BodyCache } from './cache/body-cache.js'
import { PublicAnswers } from './cache/public-answers.js'
import { MediaRules } from './media-rules/decisions.js'
import type { CachePolicy } from './lib/http-cache.js'
import { openRepositories, type Readers, type Repositories } from './repositories/index.js'
import { reindexQueued } from './repositories/search-reindex.js'
import { matchesEtag, mediaEtag } from './lib/etags.js'
import { WebhookDispatcher } from './webhooks/dispatcher.js'

const PUBLIC_ANSWERS_BYTES = 32 * 2 ** 20
// Searches have their own, smaller room: a stream of distinct queries must neither push the feeds out nor grow the
// process by more than this.
const SEARCH_ANSWERS_BYTES = 8 * 2 ** 20

/** The time the service treats as now; tests pin it to check time-dependent rules. */
export interface Clock {
  /** Now, as the ISO 8601 text the database compares. */
  now: () => string
  date: () => Date
}

export interface Context extends Repositories {
  config: Config
  /** The release, as package.json names it. */
  version: string
  clock: Clock
  db: Db
  /** Anonymous readers read through the public views; keys with content:preview through the base tables. */
  readers: Readers
  /** Every write goes through here. */
  editorial: Editorial
  importer: Importer
  /** Playability is decided per request (availability, country, youth protection, age-check token), never stored. */
  mediaRules: MediaRules
  /** Serialised article bodies, dropped when a write changes their article. */
  bodyCache: BodyCache
  /** Feeds and category trees as anonymous readers get them, kept until the content epoch moves. */
  publicAnswers: PublicAnswers
  /** Anonymous searches as their readers get them, kept in the same way. */
  searchAnswers: PublicAnswers
  metrics: AppMetrics
  /** Webhooks are sent in the background from the change log; no request waits for a partner's endpoint. */
  dispatcher: WebhookDispatcher
  /** Edge caches are purged in the background from the same log, each node from its own acknowledged position. */
  edgePurger: EdgePurger
  /** Who publishes the articles, as feeds, JSON-LD and oEmbed name them. */
  publisher: { name: string, url: string }
  cache: CachePolicy
  /** Changes with the release and the public URLs: responses for the same data differ with it, so do their ETags. */
  representation: string
}

export interface ContextOptions {
  version: string
  clock: Clock
  log: FastifyBaseLogger
  /** Hears the SQL of every statement as it runs; tests check which tables public routes read. */
  traceSql?: ((sql: string) => void) | undefined
}

/** What writes content: the repositories, the editorial service over them, and the importer. */
export interface Content extends Repositories {
  editorial: Editorial
  importer: Importer
}

/**
 * The repositories, the editorial service and the importer over a migrated database: for the app, and for the
 * command line and the cluster's primary, which import without serving. `representation` names media ETags in
 * write answers (imports never show one).
 */
export function openContent (db: Db, config: Config, representation = ''): Content {
  const repositories = openRepositories(db, { publicBaseUrl: config.PUBLIC_BASE_URL, publicApiUrl: config.PUBLIC_API_URL })
  const editorial = new Editorial(
    { articles: repositories.articles, store: repositories.articleStore, media: repositories.media, revisions: repositories.revisions },
    { etagOf: (id, version) => mediaEtag(id, version, representation), matches: matchesEtag }
  )
  return { ...repositories, editorial, importer: new Importer(db, repositories.articles, editorial) }
}

/** Opens the database, applies pending migrations and builds every collaborator over it. */
export function buildContext (config: Config, options: ContextOptions): Context {
  const { clock, log } = options
  const db = openDatabase(config.DATABASE_PATH, options.traceSql, config.DB_CACHE_MB)
  const applied = migrate(db)
  if (applied.length > 0) log.info({ migrations: applied }, 'database migrated')

  const representation = createHash('sha1')
    .update([options.version, config.PUBLIC_BASE_URL, config.PUBLIC_API_URL, config.PUBLISHER_NAME, config.PLAYER_BASE_URL].join('|'))
    .digest('base64url').slice(0, 8)
  const content = openContent(db, config, representation)
  // Search stems come from the application: articles a migration queued are indexed before anything reads.
  const reindexed = reindexQueued(db, content.articles, content.search, clock.now())
  if (reindexed > 0) log.info({ articles: reindexed }, 'search index rebuilt')
  const metrics = createAppMetrics(db)
  const bodyCache = new BodyCache({
    maxBytes: config.BODY_CACHE_MB * 2 ** 20,
    onHit: () => { metrics.cache.hit('responses') },
    onMiss: () => { metrics.cache.miss('responses') }
  })
  content.articleStore.onChange((ids) => { bodyCache.invalidate(ids) })
  const dispatcher = new WebhookDispatcher(content.webhooks, content.changes, {
    now: clock.now,
    timeoutMs: config.WEBHOOK_TIMEOUT_MS,
    retryBaseMs: config.WEBHOOK_RETRY_BASE_MS,
    retryMaxDelayMs: config.WEBHOOK_RETRY_MAX_DELAY_MS,
    retryForMs: config.WEBHOOK_RETRY_FOR_MS,
    concurrency: config.WEBHOOK_CONCURRENCY,
    pollIntervalMs: config.WEBHOOK_POLL_INTERVAL_MS,
    allowPrivateNetworks: config.WEBHOOK_ALLOW_PRIVATE_NETWORKS,
    userAgent: `beitrag/${options.version} (webhooks)`,
    log
  })
  const edgePurger = new EdgePurger(content.edgeNodes, content.changes, {
    urls: edgeNodeUrls(config.EDGE_PURGE_URLS),
    now: clock.now,
    timeoutMs: config.EDGE_PURGE_TIMEOUT_MS,
    retryBaseMs: config.EDGE_PURGE_RETRY_BASE_MS,
    retryMaxDelayMs: config.EDGE_PURGE_RETRY_MAX_DELAY_MS,
    pollIntervalMs: config.EDGE_PURGE_POLL_INTERVAL_MS,
    log,
    metrics: metrics.edge
  })
  metrics.edge.lagFrom(() => edgePurger.lag())
  return {
    ...content,
    config,
    version: options.version,
    clock,
    db,
    readers: { public: content.publicReads, preview: content.articles },
    mediaRules: new MediaRules(config),
    bodyCache,
    // A fixed share beside the article bodies: a few dozen feeds and trees, each a few hundred kilobytes at most.
    publicAnswers: new PublicAnswers({ maxBytes: config.BODY_CACHE_MB === 0 ? 0 : PUBLIC_ANSWERS_BYTES }),
    searchAnswers: new PublicAnswers({ maxBytes: config.BODY_CACHE_MB === 0 ? 0 : SEARCH_ANSWERS_BYTES }),
    metrics,
    dispatcher,
    edgePurger,
    publisher: { name: config.PUBLISHER_NAME, url: config.PUBLIC_BASE_URL },
    cache: { maxAge: config.CACHE_MAX_AGE, staleWhileRevalidate: config.CACHE_STALE_WHILE_REVALIDATE },
    representation
  }
}
