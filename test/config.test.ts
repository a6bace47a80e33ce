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
