// TRUST_PROXY over a real socket: X-Forwarded-For names the client for rate limits and logs only when the proxy is trusted.
import { PassThrough } from 'node:stream'
import t from 'tap'
import { ConfigError, loadConfig } from '../../src/config.js'
import { build } from '../helper.js'
import { listen, send } from '../net.js'

async function statuses (port: number, count: number, path: string, headers: Record<string, string> = {}): Promise<number[]> {
  const answers: number[] = []
  for (let i = 0; i < count; i++) answers.push((await send(port, { path, headers })).status)
  return answers
}

const A = { 'x-forwarded-for': '203.0.113.7' }
const B = { 'x-forwarded-for': '198.51.100.23' }

for (const setting of ['1', '127.0.0.1/8,::1', '127.0.0.1']) {
  t.test(`TRUST_PROXY=${setting}: every reader behind the proxy has a bucket of their own`, async (t) => {
    const app = await build(t, { RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY: setting })
    const port = await listen(app)
    t.same(await statuses(port, 3, '/v1/categories', A), [200, 200, 429], 'the reader at A uses up their limit')
    t.same(await statuses(port, 2, '/v1/categories', B), [200, 200], 'the reader at B is not limited by A')
  })
}

t.test('without TRUST_PROXY, X-Forwarded-For is not believed: the peer is the client', async (t) => {
  const app = await build(t, { RATE_LIMIT_PER_MINUTE: '2' })
  const port = await listen(app)
  t.same(await statuses(port, 2, '/v1/categories', A), [200, 200])
  t.same(await statuses(port, 1, '/v1/categories', B), [429], 'a client cannot escape its limit by naming another address')
})

t.test('a proxy outside the trusted ranges cannot name the client', async (t) => {
  const app = await build(t, { RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY: '10.0.0.0/8' })
  const port = await listen(app)
  t.same(await statuses(port, 2, '/v1/categories', A), [200, 200])
  t.same(await statuses(port, 1, '/v1/categories', B), [429])
})

t.test('/health and /ready never count against a limit', async (t) => {
  const app = await build(t, { RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY: '1' })
  const port = await listen(app)
  t.same(await statuses(port, 5, '/health', A), [200, 200, 200, 200, 200])
  t.same(await statuses(port, 5, '/ready', A), [200, 200, 200, 200, 200])
  t.same(await statuses(port, 3, '/v1/categories', A), [200, 200, 429], 'the probes used none of the allowance')
  t.same(await statuses(port, 2, '/health', A), [200, 200], 'a limited client\'s probes still answer')
})

t.test('the log line names the client X-Forwarded-For names, through a trusted proxy', async (t) => {
  const stream = new PassThrough()
  const lines: string[] = []
  stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter((line) => line !== '')))
  const app = await build(t, { LOG_LEVEL: 'info', TRUST_PROXY: '1' }, { logStream: stream })
  const port = await listen(app)
  await send(port, { path: '/v1/categories', headers: A })
  await new Promise((resolve) => setImmediate(resolve))
  const line = lines.map((text) => JSON.parse(text) as { url?: string, ip?: string }).find((entry) => entry.url === '/v1/categories')
  t.equal(line?.ip, '203.0.113.7')
})

t.test('TRUST_PROXY is validated at start: a bad value is a clear error', async (t) => {
  for (const good of ['off', '0', '2', '10.0.0.0/8', '10.0.0.1, 192.168.0.0/16', '::1,fd00::/8']) t.doesNotThrow(() => loadConfig({ TRUST_PROXY: good }), good)
  for (const [bad, message] of [
    ['true', /TRUST_PROXY="true": 'true' would believe any X-Forwarded-For/],
    ['10.0.0.0/33', /TRUST_PROXY="10.0.0.0\/33": '10.0.0.0\/33' has a prefix length outside 0–32/],
    ['proxy.example.org', /is not an IP address or CIDR range/],
    ['10.0.0.1,,10.0.0.2', /an empty entry/]
  ] as const) {
    const error = t.throws(() => loadConfig({ TRUST_PROXY: bad }), bad) as Error
    t.ok(error instanceof ConfigError)
    t.match(error.message, message, bad)
  }
})
