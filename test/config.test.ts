import t from 'tap'
import { ConfigError, loadConfig } from '../src/config.js'

t.test('defaults', async (t) => {
  const config = loadConfig({})
  t.equal(config.PORT, 3000)
  t.equal(config.HOST, '127.0.0.1')
  t.equal(config.DATABASE_PATH, './data/beitrag.db')
  t.equal(config.LOG_LEVEL, 'info')
  t.equal(config.PUBLIC_BASE_URL, 'http://127.0.0.1:3000')
  t.equal(config.SEED_SAMPLE, true)
})

t.test('converts strings and ignores empty and unknown variables', async (t) => {
  const config = loadConfig({ PORT: '8080', SEED_SAMPLE: 'false', HOST: '', PUBLIC_BASE_URL: 'https://news.example.org/', OTHER: 'x' })
  t.equal(config.PORT, 8080)
  t.equal(config.SEED_SAMPLE, false)
  t.equal(config.HOST, '127.0.0.1')
  t.equal(config.PUBLIC_BASE_URL, 'https://news.example.org', 'trailing slash dropped')
})

t.test('names every invalid variable at once', async (t) => {
  const error = t.throws(() => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', PUBLIC_BASE_URL: 'ftp://x' })) as Error
  t.ok(error instanceof ConfigError)
  t.match(error.message, /PORT="eighty"/)
  t.match(error.message, /LOG_LEVEL="loud"/)
  t.match(error.message, /PUBLIC_BASE_URL="ftp:\/\/x"/)
})

t.test('rejects an out-of-range port', async (t) => {
  t.throws(() => loadConfig({ PORT: '70000' }), /PORT="70000"/)
})

t.test('limits and timeouts have defaults and refuse nonsense', async (t) => {
  const config = loadConfig({})
  t.equal(config.BODY_LIMIT_BYTES, 1_048_576)
  t.equal(config.MAX_HEADER_BYTES, 16_384)
  t.equal(config.MAX_URL_LENGTH, 8192)
  t.equal(config.MAX_JSON_DEPTH, 32)
  t.equal(config.REQUEST_TIMEOUT_MS, 30_000)
  t.equal(config.KEEP_ALIVE_TIMEOUT_MS, 72_000)
  t.equal(config.MAX_EVENT_LOOP_DELAY_MS, 1000)
  t.equal(config.SHUTDOWN_GRACE_MS, 10_000)
  t.throws(() => loadConfig({ MAX_JSON_DEPTH: '2', SHUTDOWN_GRACE_MS: '0' }), /MAX_JSON_DEPTH="2"[\s\S]*SHUTDOWN_GRACE_MS="0"/)
})

t.test('media rules: defaults, and settings that parse but mean nothing are refused', async (t) => {
  const config = loadConfig({ PUBLIC_BASE_URL: 'https://www.example.org/' })
  t.equal(config.COUNTRY_HEADER, 'X-Country-Code')
  t.equal(config.DEFAULT_COUNTRY, 'DE')
  t.equal(config.YOUTH_WINDOWS, '16=22:00-06:00,18=23:00-06:00')
  t.equal(config.YOUTH_TIME_ZONE, 'Europe/Berlin')
  t.equal(config.AGE_TOKEN_SECRET, undefined)
  t.equal(config.AGE_TOKEN_HEADER, 'X-Age-Token')
  t.equal(config.PLAYER_BASE_URL, 'https://www.example.org/embed', 'the player lives on the public site by default')
  t.equal(loadConfig({ DEFAULT_COUNTRY: 'at' }).DEFAULT_COUNTRY, 'AT')
  const error = t.throws(() => loadConfig({ YOUTH_WINDOWS: '16=22-6', YOUTH_TIME_ZONE: 'Europe/Bonn', DEFAULT_COUNTRY: 'XX', AGE_TOKEN_SECRET: 'kurz', COUNTRY_HEADER: 'X Country', PORT: 'eighty' })) as Error
  t.match(error.message, /YOUTH_WINDOWS="16=22-6": '16=22-6' is not rating=HH:MM-HH:MM/)
  t.match(error.message, /YOUTH_TIME_ZONE="Europe\/Bonn": not an IANA time zone/)
  t.match(error.message, /DEFAULT_COUNTRY="XX": not an ISO 3166-1 alpha-2 country code/)
  t.match(error.message, /AGE_TOKEN_SECRET=/)
  t.notMatch(error.message, /kurz/, 'a secret is not echoed')
  t.match(error.message, /COUNTRY_HEADER="X Country"/)
  t.match(error.message, /PORT="eighty"/, 'all at once')
})
