// The service's configuration: one TypeBox schema for the environment, validated once at start.
import { Type, type Static } from '@sinclair/typebox'
import { Value } from '@sinclair/typebox/value'
import { IANAZone } from 'luxon'
import { trustProxyProblems } from './lib/trust-proxy.js'
import { isCountryCode } from './media-rules/regions.js'
import { youthWindowProblems } from './media-rules/youth-windows.js'

// An HTTP header field name (RFC 9110 token).
const HEADER_NAME = "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

export const ConfigSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000, description: 'TCP port to listen on' }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1', description: 'Interface to bind; 0.0.0.0 inside containers' }),
  DATABASE_PATH: Type.String({ minLength: 1, default: './data/beitrag.db', description: 'SQLite file, or :memory:' }),
  LOG_LEVEL: Type.Union(LOG_LEVELS.map((level) => Type.Literal(level)), { default: 'info', description: 'pino log level' }),
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
  TRUST_PROXY: Type.String({
    default: 'off',
    description: 'Proxies in front whose X-Forwarded-For names the client (for rate limits and logs): off, a number of hops (1 behind one CDN or load balancer), or comma-separated addresses and CIDR ranges of the proxies (10.0.0.0/8,127.0.0.1)'
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
  PUBLISHER_NAME: Type.Optional(Type.String({
    minLength: 1,
    maxLength: 200,
    description: 'Who publishes the articles, as feeds and schema.org JSON-LD name the publisher. Default: the host of PUBLIC_BASE_URL'
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
  DB_CACHE_MB: Type.Integer({
    minimum: 1,
    maximum: 4096,
    default: 64,
    description: 'Megabytes of SQLite page cache each process keeps for a database file: more keeps a large archive\'s search index and upper index levels in memory, less keeps the process small'
  }),
  SHUTDOWN_GRACE_MS: Type.Integer({
    minimum: 100,
    default: 10_000,
    description: 'Milliseconds in-flight requests get to finish after SIGTERM before the process exits anyway, with code 1'
  }),
  WEBHOOK_DISPATCH: Type.Boolean({
    default: true,
    description: 'Send webhook deliveries from this process; false leaves them to the other processes on the same database'
  }),
  WEBHOOK_TIMEOUT_MS: Type.Integer({
    minimum: 100,
    maximum: 120_000,
    default: 10_000,
    description: 'Milliseconds a partner endpoint has to answer a webhook delivery; a slower answer counts as a failed attempt'
  }),
  WEBHOOK_RETRY_BASE_MS: Type.Integer({
    minimum: 10,
    default: 30_000,
    description: 'Delay before the first retry of a failed webhook delivery; each further retry waits twice as long, with random jitter'
  }),
  WEBHOOK_RETRY_MAX_DELAY_MS: Type.Integer({
    minimum: 10,
    default: 3_600_000,
    description: 'Longest wait between two attempts of a webhook delivery'
  }),
  WEBHOOK_RETRY_FOR_MS: Type.Integer({
    minimum: 0,
    default: 86_400_000,
    description: 'How long a webhook delivery is retried after it was created; after that it is marked failed (redeliver it by hand)'
  }),
  WEBHOOK_CONCURRENCY: Type.Integer({
    minimum: 1,
    maximum: 256,
    default: 8,
    description: 'Webhook deliveries one process sends at the same time'
  }),
  WEBHOOK_POLL_INTERVAL_MS: Type.Integer({
    minimum: 10,
    default: 1000,
    description: 'How often the webhook dispatcher looks for new changes, due retries and scheduled publications; writes through this process wake it at once'
  }),
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: Type.Boolean({
    default: false,
    description: 'Allow webhook endpoints on loopback, private and link-local addresses (development and tests); off, such URLs are refused at registration and before every attempt'
  }),
  EDGE_PURGE_URLS: Type.String({
    pattern: '^$|^https?://[^\\s/?#,]+(?:/[^\\s?#,]*)?(?:\\s*,\\s*https?://[^\\s/?#,]+(?:/[^\\s?#,]*)?)*$',
    default: '',
    description: 'Edge cache nodes (Varnish with deploy/varnish/beitrag.vcl) to purge by Surrogate-Key as articles change, comma-separated, e.g. http://10.0.0.5:8080,http://10.0.0.6:8080; empty turns the purger off'
  }),
  EDGE_PURGE: Type.Boolean({
    default: true,
    description: 'Send edge purges from this process; false leaves them to the other processes on the same database'
  }),
  EDGE_PURGE_POLL_INTERVAL_MS: Type.Integer({
    minimum: 10,
    default: 250,
    description: 'How often the edge purger looks for changes made by other processes and for scheduled publications; writes through this process wake it at once'
  }),
  EDGE_PURGE_TIMEOUT_MS: Type.Integer({
    minimum: 100,
    maximum: 60_000,
    default: 5000,
    description: 'Milliseconds an edge node has to answer a purge; a slower answer counts as a failure and the purge is retried'
  }),
  EDGE_PURGE_RETRY_BASE_MS: Type.Integer({
    minimum: 10,
    default: 1000,
    description: 'Delay before retrying a purge an edge node did not acknowledge; each further retry waits twice as long, with random jitter'
  }),
  EDGE_PURGE_RETRY_MAX_DELAY_MS: Type.Integer({
    minimum: 10,
    default: 30_000,
    description: 'Longest wait between two purge attempts on an edge node that is down; purges are retried until it answers, none is dropped'
  }),
  COUNTRY_HEADER: Type.String({
    pattern: HEADER_NAME,
    default: 'X-Country-Code',
    description: 'Request header in which the CDN in front names the viewer\'s country (ISO 3166-1 alpha-2); geo rules read it'
  }),
  DEFAULT_COUNTRY: Type.String({
    pattern: '^[A-Za-z]{2}$',
    default: 'DE',
    description: 'The viewer\'s country when a request carries no country header'
  }),
  YOUTH_WINDOWS: Type.String({
    minLength: 1,
    default: '16=22:00-06:00,18=23:00-06:00',
    description: 'When media with an FSK rating may be played without an age check, as rating=HH:MM-HH:MM pairs in YOUTH_TIME_ZONE wall-clock time, or none'
  }),
  YOUTH_TIME_ZONE: Type.String({
    minLength: 1,
    default: 'Europe/Berlin',
    description: 'IANA time zone of the youth protection windows'
  }),
  AGE_TOKEN_SECRET: Type.Optional(Type.String({
    minLength: 32,
    description: 'HS256 secret that signs age-check tokens; without it no token is accepted'
  })),
  AGE_TOKEN_HEADER: Type.String({
    pattern: HEADER_NAME,
    default: 'X-Age-Token',
    description: 'Request header that carries an age-check token'
  }),
  PLAYER_BASE_URL: Type.Optional(Type.String({
    pattern: '^https?://[^\\s/?#]+(?:/[^\\s?#]*)?$',
    description: 'Base URL of the embeddable video player; a video\'s embed code loads PLAYER_BASE_URL/{mediaId}. Default: PUBLIC_BASE_URL/embed'
  }))
}, { additionalProperties: true })

/** The settings as the environment gives them: some may be left out. */
export type EnvironmentConfig = Static<typeof ConfigSchema>

// Settings that loadConfig() fills in from others when they are not set.
type Derived = 'PUBLIC_API_URL' | 'PUBLISHER_NAME' | 'PLAYER_BASE_URL'

/** The settings the service runs with: every one filled in. */
export type Config = Omit<EnvironmentConfig, Derived> & Required<Pick<EnvironmentConfig, Derived>>

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** What the schema cannot check: windows that parse, a time zone that exists, a country that is one. */
function meaningProblems (config: Partial<EnvironmentConfig>): string[] {
  const problems: string[] = []
  const { YOUTH_WINDOWS: windows, YOUTH_TIME_ZONE: zone, DEFAULT_COUNTRY: country, TRUST_PROXY: trustProxy } = config
  if (typeof trustProxy === 'string') problems.push(...trustProxyProblems(trustProxy).map((problem) => `TRUST_PROXY=${JSON.stringify(trustProxy)}: ${problem}`))
  if (typeof windows === 'string') problems.push(...youthWindowProblems(windows).map((problem) => `YOUTH_WINDOWS=${JSON.stringify(windows)}: ${problem}`))
  if (typeof zone === 'string' && !IANAZone.isValidZone(zone)) problems.push(`YOUTH_TIME_ZONE=${JSON.stringify(zone)}: not an IANA time zone`)
  if (typeof country === 'string' && /^[A-Za-z]{2}$/.test(country) && !isCountryCode(country.toUpperCase())) {
    problems.push(`DEFAULT_COUNTRY=${JSON.stringify(country)}: not an ISO 3166-1 alpha-2 country code`)
  }
  return problems
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
    // A secret's value does not belong in a message that ends up in logs.
    return `${name}=${/SECRET/.test(name) ? '[redacted]' : JSON.stringify(env[name] ?? '')}: ${error.message}`
  })
  problems.push(...meaningProblems(candidate as Partial<EnvironmentConfig>))
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  ${[...new Set(problems)].join('\n  ')}`)
  }
  const config = candidate as EnvironmentConfig
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST
  return {
    ...config,
    PUBLIC_BASE_URL: config.PUBLIC_BASE_URL.replace(/\/+$/, ''),
    PLAYER_BASE_URL: (config.PLAYER_BASE_URL ?? `${config.PUBLIC_BASE_URL.replace(/\/+$/, '')}/embed`).replace(/\/+$/, ''),
    DEFAULT_COUNTRY: config.DEFAULT_COUNTRY.toUpperCase(),
    PUBLIC_API_URL: (config.PUBLIC_API_URL ?? `http://${host}:${config.PORT}`).replace(/\/+$/, ''),
    PUBLISHER_NAME: config.PUBLISHER_NAME ?? new URL(config.PUBLIC_BASE_URL).host
  }
}
