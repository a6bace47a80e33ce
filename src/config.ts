// The service's configuration: one TypeBox schema for the environment, validated once at start.
import { Type, type Static } from '@sinclair/typebox'
import { Value } from '@sinclair/typebox/value'

export const ConfigSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000, description: 'TCP port to listen on' }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1', description: 'Interface to bind; 0.0.0.0 inside containers' }),
  DATABASE_PATH: Type.String({ minLength: 1, default: './data/beitrag.db', description: 'SQLite file, or :memory:' }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((level) => Type.Literal(level)),
    { default: 'info', description: 'pino log level' }
  ),
  PUBLIC_BASE_URL: Type.String({
    pattern: '^https?://[^\\s/?#]+(?:/[^\\s?#]*)?$',
    default: 'http://127.0.0.1:3000',
    description: 'Origin of the public website that renders articles; article URLs are built from it'
  }),
  CACHE_MAX_AGE: Type.Integer({
    minimum: 0,
    default: 60,
    description: 'Seconds clients and CDNs may reuse a public response (Cache-Control max-age)'
  }),
  CACHE_STALE_WHILE_REVALIDATE: Type.Integer({
    minimum: 0,
    default: 300,
    description: 'Seconds a CDN may serve a stale public response while it revalidates'
  }),
  CORS_ORIGINS: Type.String({
    minLength: 1,
    default: '*',
    description: 'Origins allowed to call the API from a browser: * for any, or a comma-separated list'
  }),
  RATE_LIMIT_PER_MINUTE: Type.Integer({
    minimum: 0,
    default: 600,
    description: 'Anonymous requests per minute per client address; 0 turns the limit off (for load tests behind a CDN that limits on its own)'
  }),
  KEY_RATE_LIMIT_PER_MINUTE: Type.Integer({
    minimum: 0,
    default: 6000,
    description: 'Requests per minute for an API key that has no limit of its own; 0 means unlimited'
  }),
  PUBLIC_API_URL: Type.Optional(Type.String({
    pattern: '^https?://[^\\s/?#]+(?:/[^\\s?#]*)?$',
    description: 'Where clients reach this API (behind a proxy or CDN: its public origin); syndication formats link to it. Default: http://HOST:PORT'
  })),
  SEED_SAMPLE: Type.Boolean({
    default: true,
    description: 'Import the bundled sample article into a database that has never held content'
  }),
  BODY_LIMIT_BYTES: Type.Integer({
    minimum: 1024,
    default: 1_048_576,
    description: 'Largest request body accepted; a larger one is a 413 before it is read whole'
  }),
  MAX_HEADER_BYTES: Type.Integer({
    minimum: 1024,
    default: 16_384,
    description: 'Largest request line plus headers accepted; more is a 431'
  }),
  MAX_URL_LENGTH: Type.Integer({
    minimum: 256,
    default: 8192,
    description: 'Longest request URL (path and query) accepted; a longer one is a 414'
  }),
  MAX_JSON_DEPTH: Type.Integer({
    minimum: 8,
    maximum: 1000,
    default: 32,
    description: 'Deepest nesting of arrays and objects accepted in a JSON body; an article needs about 6, deeper is a 400'
  }),
  REQUEST_TIMEOUT_MS: Type.Integer({
    minimum: 100,
    default: 30_000,
    description: 'Milliseconds a client has to send a whole request, headers and body; a slower one gets a 408 and is disconnected'
  }),
  KEEP_ALIVE_TIMEOUT_MS: Type.Integer({
    minimum: 100,
    default: 72_000,
    description: 'Milliseconds an idle keep-alive connection stays open; keep it longer than the idle timeout of the proxy in front'
  }),
  MAX_EVENT_LOOP_DELAY_MS: Type.Integer({
    minimum: 0,
    default: 1000,
    description: 'Mean event-loop delay over a second above which requests get a 503 with Retry-After instead of queueing; 0 turns the check off'
  }),
  OVERLOAD_RETRY_AFTER_SECONDS: Type.Integer({
    minimum: 1,
    default: 10,
    description: 'Retry-After sent with the 503 of an overloaded or shutting-down server'
  }),
  WORKERS: Type.Integer({
    minimum: 1,
    maximum: 64,
    default: 1,
    description: 'Server processes sharing the port and the database (node:cluster); more than the CPU cores gains nothing'
  }),
  BODY_CACHE_MB: Type.Integer({
    minimum: 0,
    maximum: 4096,
    default: 32,
    description: 'Megabytes of serialised article bodies each process keeps in memory (least recently used go first); 0 turns the cache off'
  }),
  SHUTDOWN_GRACE_MS: Type.Integer({
    minimum: 100,
    default: 10_000,
    description: 'Milliseconds in-flight requests get to finish after SIGTERM before the process exits anyway, with code 1'
  })
}, { additionalProperties: true })

export type Config = Static<typeof ConfigSchema>

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Reads the known variables from `env`, applies defaults and converts types, or throws one error naming every bad variable. */
export function loadConfig (env: Record<string, string | undefined> = process.env): Config {
  const known: Record<string, unknown> = {}
  for (const key of Object.keys(ConfigSchema.properties)) {
    const value = env[key]
    // An empty variable means "not set", as in most shells' `VAR= command`.
    if (value !== undefined && value !== '') known[key] = value
  }
  const candidate = Value.Convert(ConfigSchema, Value.Default(ConfigSchema, known))
  const problems = [...Value.Errors(ConfigSchema, candidate)].map((error) => {
    const name = error.path.replace(/^\//, '')
    return `${name}=${JSON.stringify(env[name] ?? '')}: ${error.message}`
  })
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  ${[...new Set(problems)].join('\n  ')}`)
  }
  const config = candidate as Config
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST
  return {
    ...config,
    PUBLIC_BASE_URL: config.PUBLIC_BASE_URL.replace(/\/+$/, ''),
    PUBLIC_API_URL: (config.PUBLIC_API_URL ?? `http://${host}:${config.PORT}`).replace(/\/+$/, '')
  }
}
