// buildApp(config): the whole service as a factory, used alike by the server, the CLI and the tests.
import { readFileSync } from 'node:fs'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyInstance } from 'fastify'
import type { Config } from './config.js'
import { buildContext, type Context } from './context.js'
import { seedSample } from './import/sample.js'
import { FORMAT_PLUGINS } from './lib/instants.js'
import backgroundWork from './plugins/background-work.js'
import { lazySerializers, lazyValidators } from './plugins/lazy-compilers.js'
import { fastifyTrustProxy, parseTrustProxy } from './lib/trust-proxy.js'
import { loggingOptions } from './plugins/logging.js'
import metrics from './plugins/metrics.js'
import { clientErrorHandler, frameworkErrorHandler } from './plugins/problems.js'
import { REQUEST_PLUGINS } from './plugins/index.js'
import swagger from './plugins/swagger.js'
import { documentCommonAnswers, headerComponents } from './routes/common-answers.js'
import { ROUTES } from './routes/index.js'
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
    /** Every collaborator of the service, built once (see context.ts). */
    context: Context
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
    ajv: { customOptions: { allErrors: true, verbose: true, removeAdditional: false, coerceTypes: 'array', useDefaults: true }, plugins: [...FORMAT_PLUGINS] },
    schemaController: { compilersFactory: { buildValidator: lazyValidators(), buildSerializer: lazySerializers() } },
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
    return503OnClosing: false,
    // Behind a CDN or load balancer, request.ip (rate limits, logs) is the client X-Forwarded-For names, not the proxy.
    trustProxy: fastifyTrustProxy(parseTrustProxy(config.TRUST_PROXY))
  }).withTypeProvider<TypeBoxTypeProvider>()

  const context = buildContext(config, { version: packageJson.version, clock: { now, date: clock }, log: app.log, traceSql: options.traceSql })
  app.decorate('context', context)
  // Closed last (onClose runs after preClose): the workers stop first, then the parser thread, then the database.
  app.addHook('onClose', async () => { await context.importer.close(); context.db.close() })
  if (config.SEED_SAMPLE) {
    const seeded = seedSample(context, now())
    if (seeded !== undefined) app.log.info({ articleId: seeded.articleId, slug: seeded.slug }, 'sample article imported')
  }

  // Bodies are JSON (and merge patches, where PATCH allows them); anything else is a 415, not a string to validate.
  app.removeContentTypeParser('text/plain')
  for (const schema of sharedSchemas) app.addSchema(schema)
  // The plugins every request passes through, in the order their `dependencies` declare.
  for (const plugin of REQUEST_PLUGINS) await app.register(plugin)
  // Before the routes: the answers and headers every route shares are added to each route's schema as it is declared.
  app.addHook('onRoute', documentCommonAnswers)
  await app.register(swagger, { transformObject: headerComponents })
  await app.register(metrics)
  for (const routes of ROUTES) await app.register(routes)
  await app.register(backgroundWork)
  return app
}
