import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import t from 'tap'
import { loggingOptions } from '../../src/plugins/logging.js'
import { build, SAMPLE_ARTICLE_ID } from '../helper.js'
import { ROOT, startServer } from '../process.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

function tempDir (t: { teardown: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-log-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

t.test("a caller's X-Request-Id is echoed on every kind of response", async (t) => {
  const app = await build(t)
  const urls = {
    200: `/v1/articles/${SAMPLE_ARTICLE_ID}`,
    400: '/v1/articles/abc',
    404: '/nowhere',
    414: `/v1/articles/${'a'.repeat(101)}`
  }
  for (const [status, url] of Object.entries(urls)) {
    const response = await app.inject({ url, headers: { 'x-request-id': 'edge-7f3a:1' } })
    t.equal(response.statusCode, Number(status), url)
    t.equal(response.headers['x-request-id'], 'edge-7f3a:1', `${status} echoes the id`)
  }
  const wrongMethod = await app.inject({ method: 'DELETE', url: '/v1/categories', headers: { 'x-request-id': 'abc' } })
  t.equal(wrongMethod.statusCode, 405)
  t.equal(wrongMethod.headers['x-request-id'], 'abc')
  const badUrl = await app.inject({ url: '/v1/articles/%E0%A4%A', headers: { 'x-request-id': 'abc' } })
  t.equal(badUrl.statusCode, 400)
  t.equal(badUrl.headers['x-request-id'], 'abc', 'also for a URL Fastify rejects before routing')
})

t.test('without a usable X-Request-Id each request gets a new UUID', async (t) => {
  const app = await build(t)
  const first = await app.inject({ url: '/health' })
  const second = await app.inject({ url: '/health' })
  t.match(first.headers['x-request-id'], UUID)
  t.match(second.headers['x-request-id'], UUID)
  t.not(first.headers['x-request-id'], second.headers['x-request-id'])
  for (const bad of ['', 'has space', 'x'.repeat(129), 'caf\u00e9']) {
    const response = await app.inject({ url: '/health', headers: { 'x-request-id': bad } })
    t.equal(response.statusCode, 200, 'a bad id never fails the request')
    t.match(response.headers['x-request-id'], UUID, `${JSON.stringify(bad.slice(0, 20))} is replaced`)
  }
})

t.test('the server logs one JSON line per request, with its id, route, status and time', async (t) => {
  const server = await startServer({ DATABASE_PATH: join(tempDir(t), 'log.db'), LOG_LEVEL: 'info' })
  t.teardown(() => server.stop())
  const ok = await fetch(`${server.url}/v1/articles/${SAMPLE_ARTICLE_ID}?fields=title`, { headers: { 'x-request-id': 'trace-ok' } })
  t.equal(ok.headers.get('x-request-id'), 'trace-ok')
  const missing = await fetch(`${server.url}/v1/articles/${'0'.repeat(16)}`)
  const generated = missing.headers.get('x-request-id') ?? ''
  t.match(generated, UUID)
  await server.stop()

  const lines = server.output().trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
  const about = (id: string) => lines.filter((line) => line.requestId === id)
  t.equal(about('trace-ok').length, 1, 'one line for the request')
  t.match(about('trace-ok')[0], {
    level: 30,
    msg: 'request completed',
    method: 'GET',
    url: `/v1/articles/${SAMPLE_ARTICLE_ID}?fields=title`,
    route: '/v1/articles/:id',
    statusCode: 200,
    responseTimeMs: Number
  })
  t.equal(about(generated).length, 1)
  t.match(about(generated)[0], { statusCode: 404, route: '/v1/articles/:id' })
  t.notOk(lines.some((line) => line.msg === 'incoming request'), 'no second line when a request arrives')
})

t.test('logs are pretty-printed on a terminal only', async (t) => {
  t.match(loggingOptions({ LOG_LEVEL: 'info' }, false).logger, { level: 'info', transport: undefined })
  t.match(loggingOptions({ LOG_LEVEL: 'debug' }, true).logger, { level: 'debug', transport: { target: 'pino-pretty' } })

  // `script` gives the server a pseudo-terminal as its standard output, as a developer's shell would.
  const env = { ...process.env, PORT: '0', DATABASE_PATH: join(tempDir(t), 'tty.db'), LOG_LEVEL: 'info' }
  const child = spawn('script', ['-qfec', `${process.execPath} --import tsx src/server.ts`, '/dev/null'], { cwd: ROOT, env })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString('utf8') })
  const stopped = once(child, 'exit')
  t.teardown(() => { if (child.exitCode === null) child.kill('SIGTERM') })
  const deadline = Date.now() + 20_000
  while (!/Swagger UI at/.test(output) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
  child.kill('SIGTERM')
  await stopped
  const plain = stripVTControlCharacters(output)
  t.match(plain, /^\[\d{2}:\d{2}:\d{2}\.\d{3}\] INFO: Swagger UI at http:\/\/127\.0\.0\.1:\d+\/docs/m)
  t.notMatch(plain, /^\{"level"/m, 'no JSON lines on a terminal')
})
