// buildApp(config): the whole service as a factory, used alike by the server, the CLI and the tests.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { constants as zlib } from 'node:zlib'
import compress from '@fastify/compress'
import cors from '@fastify/cors'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyInstance } from 'fastify'
import type { Config } from './config.js'
import { migrate } from './db/migrate.js'
import { FORMAT_PLUGINS } from './lib/instants.js'
import { openDatabase, type Db } from './db/open.js'
import { Importer } from './import/importer.js'
import { seedSample } from './import/sample.js'
import { loggingOptions, registerRequestIds } from './plugins/logging.js'
import { registerMetrics } from './plugins/metrics.js'
import { clientErrorHandler, frameworkErrorHandler, registerProblemHandling } from './plugins/problems.js'
import { registerAuth } from './plugins/auth.js'
import { registerHttpCache } from './plugins/http-cache.js'
import { lazySerializers } from './plugins/lazy-serializers.js'
import { registerJsonBodies } from './plugins/json-bodies.js'
import { registerLimits } from './plugins/limits.js'
import { registerLoadShedding } from './plugins/load-shedding.js'
import { registerRateLimit } from './plugins/rate-limit.js'
import { registerSecurityHeaders } from './plugins/security-headers.js'
import { registerStorableValues } from './plugins/storable-values.js'
import { registerSwagger } from './plugins/swagger.js'
import { BodyCache } from './cache/body-cache.js'
import { ApiKeyRepository } from './repositories/api-key.js'
import { ArticleRepository } from './repositories/article.js'
import { PublicReads } from './repositories/public-reads.js'
import { reindexQueued } from './repositories/search-reindex.js'
import { WebhookRepository } from './repositories/webhook.js'
import { WebhookDispatcher } from './webhooks/dispatcher.js'
import { EdgeNodeRepository } from './repositories/edge-node.js'
import { CHANGE_SEQ_HEADER, EdgePurger } from './edge/purger.js'
import { edgeNodeUrls } from './edge/nodes.js'
import articleWriteRoutes from './routes/article-writes.js'
import { documentCommonAnswers, headerComponents } from './routes/common-answers.js'
import articleRoutes from './routes/articles.js'
import categoryRoutes from './routes/categories.js'
import changeRoutes from './routes/changes.js'
import feedRoutes from './routes/feeds.js'
import healthRoutes from './routes/health.js'
import importRoutes from './routes/imports.js'
import mediaWriteRoutes from './routes/media-writes.js'
import mediaRoutes from './routes/media.js'
import problemTypeRoutes from './routes/problem-types.js'
import revisionRoutes from './routes/revisions.js'
import searchRoutes from './routes/search.js'
import sectionRoutes from './routes/sections.js'
import webhookRoutes from './routes/webhooks.js'
import oembedRoutes from './routes/oembed.js'
import { MediaRules } from './media-rules/decisions.js'
import { sharedSchemas } from './schemas/index.js'

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }

export interface AppOptions {
  /** The time the app treats as now; tests pin it to check time-dependent rules. */
  clock?: () => Date
  /** Where logs go instead of standard output; tests read them to check what is and is not logged. */
  logStream?: NodeJS.WritableStream
  /** Hears the SQL of every statement as it runs; tests check which tables public routes read. */
  traceSql?: (sql: string) => void
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Db
    articles: ArticleRepository
    importer: Importer
    apiKeys: ApiKeyRepository
    webhooks: WebhookRepository
    dispatcher: WebhookDispatcher
    edgePurger: EdgePurger
    bodyCache: BodyCache
  }
}

export async function buildApp (config: Config, options: AppOptions = {}): Promise<FastifyInstance> {
  const clock = options.clock ?? (() => new Date())
  const now = (): string => clock().toISOString()

  const app = Fastify({
    // API keys and credentials in URLs never reach the logs (see loggingOptions); tests may send the lines to a stream of their own.
    ...loggingOptions(config, undefined, options.logStream),
    // Validation here is the same in tests and production: query strings coerced, all errors reported, nothing silently dropped.
    // Timestamps must name a real instant (no leap second): ajv-formats first, then the stricter date-time on top.
    ajv: { customOptions: { allErrors: true, removeAdditional: false, coerceTypes: 'array', useDefaults: true }, plugins: [...FORMAT_PLUGINS] },
    schemaController: { compilersFactory: { buildSerializer: lazySerializers() } },
    frameworkErrors: frameworkErrorHandler,
    // Longer path parameters than any valid id or slug are answered with 414 before routing.
    routerOptions: { maxParamLength: 100 },
    bodyLimit: config.BODY_LIMIT_BYTES,
    // Slow or oversized requests are cut off by Node's HTTP parser; clientErrorHandler answers them as problems.
    // Timeouts are checked every connectionsCheckingInterval, so it must be well below the timeout itself.
    http: {
      maxHeaderSize: config.MAX_HEADER_BYTES,
      requestTimeout: config.REQUEST_TIMEOUT_MS,
      headersTimeout: config.REQUEST_TIMEOUT_MS,
      connectionsCheckingInterval: Math.min(30_000, Math.max(50, Math.floor(config.REQUEST_TIMEOUT_MS / 4)))
    },
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    keepAliveTimeout: config.KEEP_ALIVE_TIMEOUT_MS,
    clientErrorHandler,
    // Requests arriving while the server closes get the load-shedding plugin's problem instead of Fastify's plain JSON.
    return503OnClosing: false
  }).withTypeProvider<TypeBoxTypeProvider>()

  const db = openDatabase(config.DATABASE_PATH, options.traceSql)
  app.addHook('onClose', async () => { db.close() })
  const applied = migrate(db)
  if (applied.length > 0) app.log.info({ migrations: applied }, 'database migrated')

  const articles = new ArticleRepository(db, { publicBaseUrl: config.PUBLIC_BASE_URL })
  const reindexed = reindexQueued(db, articles, now())
  if (reindexed > 0) app.log.info({ articles: reindexed }, 'search index rebuilt')
  const importer = new Importer(db, articles)
  app.addHook('onClose', async () => { await importer.close() })
  if (config.SEED_SAMPLE) {
    const seeded = seedSample(db, articles, importer, now())
    if (seeded !== undefined) app.log.info({ articleId: seeded.articleId, slug: seeded.slug }, 'sample article imported')
  }
  app.decorate('db', db)
  app.decorate('articles', articles)
  app.decorate('importer', importer)
  const apiKeys = new ApiKeyRepository(db)
  app.decorate('apiKeys', apiKeys)

  // Bodies are JSON (and merge patches, where PATCH allows them); anything else is a 415, not a string to validate.
  app.removeContentTypeParser('text/plain')
  registerJsonBodies(app)
  for (const schema of sharedSchemas) app.addSchema(schema)
  // Before every hook that can refuse a request: refusals get security headers and cost as little as possible.
  await registerSecurityHeaders(app)
  await registerLoadShedding(app, { maxEventLoopDelay: config.MAX_EVENT_LOOP_DELAY_MS, retryAfter: config.OVERLOAD_RETRY_AFTER_SECONDS })
  registerLimits(app, { maxUrlLength: config.MAX_URL_LENGTH, maxJsonDepth: config.MAX_JSON_DEPTH })
  registerStorableValues(app)
  registerRequestIds(app)
  registerProblemHandling(app)
  registerAuth(app, apiKeys)
  await registerRateLimit(app, { anonymousPerMinute: config.RATE_LIMIT_PER_MINUTE, keyPerMinute: config.KEY_RATE_LIMIT_PER_MINUTE })
  await app.register(cors, {
    origin: config.CORS_ORIGINS === '*' ? '*' : config.CORS_ORIGINS.split(',').map((origin) => origin.trim()),
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'If-Modified-Since', 'X-Request-Id', config.AGE_TOKEN_HEADER],
    exposedHeaders: ['ETag', 'Link', 'Location', 'Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'X-Request-Id'],
    maxAge: 600
  })
  // Brotli at quality 4 compresses JSON nearly as well as 11 at a small fraction of the CPU per response.
  await app.register(compress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } }
  })
  // After compress: its per-route hook must run before the one that marks compressed ETags.
  const cache = { maxAge: config.CACHE_MAX_AGE, staleWhileRevalidate: config.CACHE_STALE_WHILE_REVALIDATE }
  registerHttpCache(app, cache)
  // Before the routes: the answers and headers every route shares are added to each route's schema as it is declared.
  app.addHook('onRoute', documentCommonAnswers)
  await registerSwagger(app, packageJson.version, headerComponents)
  await registerMetrics(app, db)
  const bodies = new BodyCache({
    maxBytes: config.BODY_CACHE_MB * 2 ** 20,
    onHit: () => { app.cacheMetrics.hit('responses') },
    onMiss: () => { app.cacheMetrics.miss('responses') }
  })
  articles.onChange((ids) => { bodies.invalidate(ids) })
  app.decorate('bodyCache', bodies)

  // Responses for the same data change with the release and the public URL; so must their ETags.
  const representation = createHash('sha1').update(`${packageJson.version}|${config.PUBLIC_BASE_URL}|${config.PUBLIC_API_URL ?? ''}|${config.PUBLISHER_NAME ?? ''}|${config.PLAYER_BASE_URL ?? ''}`).digest('base64url').slice(0, 8)
  // Playability is decided per request (availability, country, youth protection, age-check token), never stored.
  const mediaRules = new MediaRules(config)
  await app.register(healthRoutes, { db })
  await app.register(problemTypeRoutes)
  // loadConfig() fills PUBLIC_API_URL from HOST and PORT when it is not set.
  const publisher = { name: config.PUBLISHER_NAME ?? config.PUBLIC_BASE_URL, url: config.PUBLIC_BASE_URL }
  // Anonymous readers, partners and feeds read through the public views; keys with content:preview through the base tables.
  const publicReads = new PublicReads(db, { publicBaseUrl: config.PUBLIC_BASE_URL })
  const readers = { public: publicReads, preview: articles }
  await app.register(articleRoutes, { readers, now, cache, representation, publicApiUrl: config.PUBLIC_API_URL ?? '', publisher, mediaRules, bodies })
  await app.register(feedRoutes, { publicReads, now, cache, publicApiUrl: config.PUBLIC_API_URL ?? '', publicBaseUrl: config.PUBLIC_BASE_URL, publisher: publisher.name, mediaRules })
  await app.register(categoryRoutes, { readers, now })
  await app.register(searchRoutes, { readers, now, cache, mediaRules })
  await app.register(sectionRoutes, { readers, now })
  await app.register(mediaRoutes, { readers, now, representation, cache, mediaRules })
  await app.register(oembedRoutes, {
    readers,
    now,
    cache,
    mediaRules,
    publicBaseUrl: config.PUBLIC_BASE_URL,
    publicApiUrl: config.PUBLIC_API_URL ?? '',
    playerBaseUrl: config.PLAYER_BASE_URL ?? '',
    providerName: publisher.name
  })
  await app.register(articleWriteRoutes, { articles, publicReads, now, representation, mediaRules })
  await app.register(revisionRoutes, { articles, publicReads, now, representation, mediaRules })
  await app.register(mediaWriteRoutes, { articles, now, representation, mediaRules })
  await app.register(importRoutes, { importer, now })
  await app.register(changeRoutes, { changes: articles.revisions.changes, now })

  // Webhooks are sent in the background from the change log; no request waits for a partner's endpoint.
  const webhooks = new WebhookRepository(db, { publicApiUrl: config.PUBLIC_API_URL ?? '' })
  const dispatcher = new WebhookDispatcher(webhooks, articles.revisions.changes, {
    now,
    timeoutMs: config.WEBHOOK_TIMEOUT_MS,
    retryBaseMs: config.WEBHOOK_RETRY_BASE_MS,
    retryMaxDelayMs: config.WEBHOOK_RETRY_MAX_DELAY_MS,
    retryForMs: config.WEBHOOK_RETRY_FOR_MS,
    concurrency: config.WEBHOOK_CONCURRENCY,
    pollIntervalMs: config.WEBHOOK_POLL_INTERVAL_MS,
    allowPrivateNetworks: config.WEBHOOK_ALLOW_PRIVATE_NETWORKS,
    userAgent: `beitrag/${packageJson.version} (webhooks)`,
    log: app.log
  })
  app.decorate('webhooks', webhooks)
  app.decorate('dispatcher', dispatcher)
  await app.register(webhookRoutes, {
    webhooks, now, allowPrivateNetworks: config.WEBHOOK_ALLOW_PRIVATE_NETWORKS, retryForMs: config.WEBHOOK_RETRY_FOR_MS, nudge: () => { dispatcher.nudge() }
  })
  if (config.WEBHOOK_DISPATCH) app.addHook('onReady', async () => { dispatcher.start() })
  // Before the database closes (onClose): attempts in flight are interrupted and logged, leases given back.
  app.addHook('preClose', async () => { await dispatcher.stop() })

  // Edge caches are purged in the background from the same log, each node from its own acknowledged position.
  const edgeNodes = new EdgeNodeRepository(db)
  const edgePurger = new EdgePurger(edgeNodes, articles.revisions.changes, {
    urls: edgeNodeUrls(config.EDGE_PURGE_URLS),
    now,
    timeoutMs: config.EDGE_PURGE_TIMEOUT_MS,
    retryBaseMs: config.EDGE_PURGE_RETRY_BASE_MS,
    retryMaxDelayMs: config.EDGE_PURGE_RETRY_MAX_DELAY_MS,
    pollIntervalMs: config.EDGE_PURGE_POLL_INTERVAL_MS,
    log: app.log,
    metrics: app.edgeMetrics
  })
  app.decorate('edgePurger', edgePurger)
  if (edgePurger.urls.length > 0) {
    // Read before the answer is: the edge compares it with the changes it has purged (see CHANGE_SEQ_HEADER).
    app.addHook('onRequest', async (request, reply) => {
      if (request.method === 'GET' || request.method === 'HEAD') reply.header(CHANGE_SEQ_HEADER, String(articles.revisions.changes.head('public')))
    })
  }
  app.edgeMetrics.lagFrom(() => edgePurger.lag())
  if (config.EDGE_PURGE) app.addHook('onReady', async () => { edgePurger.start() })
  app.addHook('preClose', async () => { await edgePurger.stop() })

  // A successful write may have made changes to deliver and purge: no need to wait for the next pass.
  app.addHook('onResponse', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD' && reply.statusCode < 400) {
      dispatcher.nudge()
      edgePurger.nudge()
    }
  })
  return app
}
