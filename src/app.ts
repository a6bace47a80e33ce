// buildApp(config): the whole service as a factory, used alike by the server, the CLI and the tests.
import { readFileSync } from 'node:fs'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyInstance } from 'fastify'
import type { Config } from './config.js'
import { migrate } from './db/migrate.js'
import { openDatabase, type Db } from './db/open.js'
import { Importer } from './import/importer.js'
import { seedSample } from './import/sample.js'
import { loggingOptions, registerRequestIds } from './plugins/logging.js'
import { registerMetrics } from './plugins/metrics.js'
import { frameworkErrorHandler, registerProblemHandling } from './plugins/problems.js'
import { registerSwagger } from './plugins/swagger.js'
import { ArticleRepository } from './repositories/article.js'
import articleRoutes from './routes/articles.js'
import healthRoutes from './routes/health.js'
import mediaRoutes from './routes/media.js'
import problemTypeRoutes from './routes/problem-types.js'
import sectionRoutes from './routes/sections.js'
import { sharedSchemas } from './schemas/index.js'

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }

export interface AppOptions {
  /** The time the app treats as now; tests pin it to check time-dependent rules. */
  clock?: () => Date
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Db
    articles: ArticleRepository
    importer: Importer
  }
}

export async function buildApp (config: Config, options: AppOptions = {}): Promise<FastifyInstance> {
  const clock = options.clock ?? (() => new Date())
  const now = (): string => clock().toISOString()

  const app = Fastify({
    ...loggingOptions(config),
    // Validation here is the same in tests and production: query strings coerced, all errors reported, nothing silently dropped.
    ajv: { customOptions: { allErrors: true, removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
    frameworkErrors: frameworkErrorHandler,
    // Longer path parameters than any valid id or slug are answered with 414 before routing.
    routerOptions: { maxParamLength: 100 }
  }).withTypeProvider<TypeBoxTypeProvider>()

  const db = openDatabase(config.DATABASE_PATH)
  app.addHook('onClose', async () => { db.close() })
  const applied = migrate(db)
  if (applied.length > 0) app.log.info({ migrations: applied }, 'database migrated')

  const articles = new ArticleRepository(db, { publicBaseUrl: config.PUBLIC_BASE_URL })
  const importer = new Importer(db, articles)
  if (config.SEED_SAMPLE) {
    const seeded = seedSample(db, articles, importer, now())
    if (seeded !== undefined) app.log.info({ articleId: seeded.articleId, slug: seeded.slug }, 'sample article imported')
  }
  app.decorate('db', db)
  app.decorate('articles', articles)
  app.decorate('importer', importer)

  for (const schema of sharedSchemas) app.addSchema(schema)
  registerRequestIds(app)
  registerProblemHandling(app)
  await registerSwagger(app, packageJson.version)
  await registerMetrics(app, db)

  await app.register(healthRoutes, { db })
  await app.register(problemTypeRoutes)
  await app.register(articleRoutes, { articles, now })
  await app.register(sectionRoutes, { articles, now })
  await app.register(mediaRoutes, { articles, now })
  return app
}
