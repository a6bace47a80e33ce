// Webhook deliveries to real HTTP receivers on this machine: one that verifies signatures, one that fails and
// recovers, one that hangs, one that is not there, and a service restarted between two attempts.
import { createHmac, timingSafeEqual } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { articleWrite, build, keyHeaders } from '../helper.js'
import { HOST_REFUSED_ATTEMPT } from '../../src/webhooks/dispatcher.js'

type App = Awaited<ReturnType<typeof build>>

/** Fast retries, so a test takes a second or two: first retry after 50–100 ms. Attempts time out after 2 s, far above a local answer's time even on a loaded machine. */
const FAST = {
  SEED_SAMPLE: 'false',
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
  WEBHOOK_POLL_INTERVAL_MS: '20',
  WEBHOOK_RETRY_BASE_MS: '100',
  WEBHOOK_RETRY_MAX_DELAY_MS: '300',
  WEBHOOK_TIMEOUT_MS: '2000',
  WEBHOOK_RETRY_FOR_MS: '60000'
}

interface Received { headers: IncomingHttpHeaders, body: string }

/** A receiver on a free port; `respond` decides each answer (it may also never answer). */
async function receiver (t: { teardown: (fn: () => unknown) => void }, respond: (request: IncomingMessage, response: ServerResponse, received: Received[]) => void): Promise<{ url: string, received: Received[], server: Server }> {
  const received: Received[] = []
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') })
      respond(request, response, received)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()) }))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/beitrag`, received, server }
}

/** The README's recipe itself: its `verify` function, taken from the README and run with a given secret. */
const recipe = /```js\n[\s\S]*?(function verify \(headers, rawBody\) \{\n[\s\S]*?\n\})\n/.exec(readFileSync(new URL('../../README.md', import.meta.url), 'utf8'))?.[1]
if (recipe === undefined) throw new Error('the README has no verify function')
// eslint-disable-next-line no-new-func -- the documented code, exactly as a partner would paste it
const makeVerify = new Function('createHmac', 'timingSafeEqual', 'secret', `${recipe}\nreturn verify`) as (...args: unknown[]) => (headers: IncomingHttpHeaders, rawBody: string) => boolean
function verify (secret: string, headers: IncomingHttpHeaders, rawBody: string): boolean {
  return makeVerify(createHmac, timingSafeEqual, secret)(headers, rawBody)
}

/** Waits until `condition` holds; the cap only keeps a broken test from hanging. */
async function until (condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000
  while (!await condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

async function register (app: App, url: string, headers = keyHeaders(app, ['partner'])): Promise<{ id: string, secret: string, headers: Record<string, string> }> {
  const response = await app.inject({ method: 'POST', url: '/v1/webhooks', headers: { ...headers, 'content-type': 'application/json' }, payload: { url } })
  if (response.statusCode !== 201) throw new Error(response.body)
  return { ...response.json(), headers }
}

async function publish (app: App, fields: Record<string, unknown> = {}): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/v1/articles', headers: { ...keyHeaders(app, ['content:write', 'content:preview']), 'content-type': 'application/json' }, payload: articleWrite(fields) })
  if (response.statusCode !== 201) throw new Error(response.body)
  return response.json().id as string
}

async function deliveries (app: App, webhook: { id: string, headers: Record<string, string> }): Promise<Array<{ id: string, status: string, attempts: Array<{ statusCode: number | null, error: string | null }>, payload: Record<string, unknown> }>> {
  return (await app.inject({ url: `/v1/webhooks/${webhook.id}/deliveries`, headers: webhook.headers })).json().items
}

t.test('a delivery is signed as the README says, and carries the change', async (t) => {
  const app = await build(t, FAST)
  const hook = await receiver(t, (_request, response) => response.writeHead(204).end())
  const webhook = await register(app, hook.url)
  const id = await publish(app, { title: 'Grüße aus Köln: Straßenfest' })
  await until(() => hook.received.length === 1, 'the delivery')
  const [delivery] = hook.received
  t.ok(verify(webhook.secret, delivery!.headers, delivery!.body), 'the signature verifies with the secret')
  t.notOk(verify('whsec_other', delivery!.headers, delivery!.body), 'and not with another secret')
  t.notOk(verify(webhook.secret, delivery!.headers, delivery!.body.replace('published', 'deleted')), 'nor over another body')
  t.notOk(verify(webhook.secret, { ...delivery!.headers, 'beitrag-timestamp': String(Math.floor(Date.now() / 1000) - 3600) }, delivery!.body), 'nor an hour later (a replay)')
  t.equal(delivery!.headers['content-type'], 'application/json; charset=utf-8')
  t.equal(delivery!.headers['beitrag-event'], 'published')
  t.match(String(delivery!.headers['user-agent']), /^beitrag\//)
  const body = JSON.parse(delivery!.body)
  t.match(body, { deliveryId: delivery!.headers['beitrag-delivery-id'], webhookId: webhook.id, type: 'published', articleId: id, version: 1, article: `http://127.0.0.1:3000/v1/articles/${id}` })
  await until(async () => (await deliveries(app, webhook))[0]?.status === 'delivered', 'the log to say delivered')
  const [logged] = await deliveries(app, webhook)
  t.same(logged!.attempts.map((attempt) => [attempt.statusCode, attempt.error]), [[204, null]])

  const redelivered = await app.inject({ method: 'POST', url: `/v1/webhooks/${webhook.id}/deliveries/${logged!.id}/redeliver`, headers: webhook.headers })
  t.equal(redelivered.statusCode, 202)
  t.equal(redelivered.json().status, 'pending')
  await until(() => hook.received.length === 2, 'the redelivery')
  t.equal(hook.received[1]!.headers['beitrag-delivery-id'], logged!.id, 'a redelivery has the same id')
  t.equal(hook.received[1]!.body, delivery!.body, 'and the same body')
  t.ok(verify(webhook.secret, hook.received[1]!.headers, hook.received[1]!.body))
  const missing = await app.inject({ method: 'POST', url: `/v1/webhooks/${webhook.id}/deliveries/${'0'.repeat(16)}/redeliver`, headers: webhook.headers })
  t.equal(missing.statusCode, 404)
})

t.test('only the events an endpoint asked for, and nothing of drafts', async (t) => {
  const app = await build(t, FAST)
  const hook = await receiver(t, (_request, response) => response.writeHead(200).end('ok'))
  const partner = keyHeaders(app, ['partner'])
  const webhook = (await app.inject({ method: 'POST', url: '/v1/webhooks', headers: { ...partner, 'content-type': 'application/json' }, payload: { url: hook.url, events: ['deleted'] } })).json()
  await publish(app, { status: 'draft' })
  const id = await publish(app)
  await app.inject({ method: 'DELETE', url: `/v1/articles/${id}`, headers: { ...keyHeaders(app, ['content:write']), 'if-match': '*' } })
  await until(() => hook.received.length === 1, 'the deletion')
  t.same(JSON.parse(hook.received[0]!.body), { deliveryId: hook.received[0]!.headers['beitrag-delivery-id'], webhookId: webhook.id, type: 'deleted', articleId: id, at: JSON.parse(hook.received[0]!.body).at, version: 1, article: null }, 'a tombstone')
  await publish(app)
  await new Promise((resolve) => setTimeout(resolve, 200))
  t.equal(hook.received.length, 1, 'a publication is not sent to an endpoint that wants deletions only')
})

t.test('a failing endpoint is retried until it answers; the log shows every attempt', async (t) => {
  const app = await build(t, FAST)
  const hook = await receiver(t, (_request, response, received) => response.writeHead(received.length < 3 ? 500 : 200).end())
  const webhook = await register(app, hook.url)
  await publish(app)
  await until(async () => (await deliveries(app, webhook))[0]?.status === 'delivered', 'delivery after two failures')
  const [logged] = await deliveries(app, webhook)
  t.same(logged!.attempts.map((attempt) => [attempt.statusCode, attempt.error]), [[500, 'HTTP 500'], [500, 'HTTP 500'], [200, null]])
  t.equal(new Set(hook.received.map((r) => r.headers['beitrag-delivery-id'])).size, 1, 'one delivery id on every attempt')
  t.ok(hook.received.every((r) => verify(webhook.secret, r.headers, r.body)), 'each attempt signed afresh')
})

t.test('a hanging endpoint times out, and the API answers while it hangs', async (t) => {
  const app = await build(t, { ...FAST, WEBHOOK_TIMEOUT_MS: '300' })
  const held: ServerResponse[] = []
  const hook = await receiver(t, (_request, response) => { held.push(response) })
  t.teardown(() => { for (const response of held) response.destroy() })
  const webhook = await register(app, hook.url)
  await publish(app)
  await until(() => held.length === 1, 'the receiver to hold a request')
  const answer = await app.inject({ url: '/v1/changes', headers: webhook.headers })
  t.equal(answer.statusCode, 200, 'the API answers')
  t.equal(held[0]!.writableEnded, false, 'while the receiver still holds the connection')
  await until(async () => ((await deliveries(app, webhook))[0]?.attempts.length ?? 0) >= 1, 'the attempt to time out')
  const [logged] = await deliveries(app, webhook)
  t.same(logged!.attempts[0], { ...logged!.attempts[0], statusCode: null, error: 'no answer within 300 ms' })
  t.equal(logged!.status, 'pending', 'and it will be retried')
})

t.test('an endpoint that is not there fails for the configured time, then the delivery is marked failed', async (t) => {
  const app = await build(t, { ...FAST, WEBHOOK_RETRY_FOR_MS: '600' })
  const gone = await receiver(t, () => {})
  const url = gone.url
  await new Promise<void>((resolve) => gone.server.close(() => resolve()))
  const webhook = await register(app, url)
  await publish(app)
  await until(async () => (await deliveries(app, webhook))[0]?.status === 'failed', 'the delivery to be given up')
  const [logged] = await deliveries(app, webhook)
  t.ok(logged!.attempts.length >= 2, `retried (${logged!.attempts.length} attempts)`)
  t.ok(logged!.attempts.every((attempt) => attempt.statusCode === null && /ECONNREFUSED/.test(attempt.error ?? '')), 'connection refused each time')
  t.equal((await deliveries(app, webhook))[0]?.status, 'failed')
})

t.test('a restart between attempts: the retry continues in the new process and delivers once', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-webhooks-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const env = { ...FAST, DATABASE_PATH: join(dir, 'hooks.db'), WEBHOOK_RETRY_BASE_MS: '1000', WEBHOOK_RETRY_MAX_DELAY_MS: '1000' }
  const hook = await receiver(t, (_request, response, received) => response.writeHead(received.length === 1 ? 503 : 204).end())
  const first = await buildUnmanaged(env)
  const webhook = await register(first, hook.url)
  await publish(first)
  await until(async () => ((await deliveries(first, webhook))[0]?.attempts.length ?? 0) === 1, 'the first, failed attempt')
  await first.close()
  t.equal(hook.received.length, 1, 'the first process stopped before the retry')

  const second = await build(t, env)
  await until(async () => (await deliveries(second, webhook))[0]?.status === 'delivered', 'the retry from the new process')
  const [logged] = await deliveries(second, webhook)
  t.same(logged!.attempts.map((attempt) => attempt.statusCode), [503, 204])
  t.equal(hook.received.length, 2, 'one failure, one success: delivered exactly once')
})

t.test('two processes on one database send each delivery once', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-webhooks-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const env = { ...FAST, DATABASE_PATH: join(dir, 'hooks.db') }
  const hook = await receiver(t, (_request, response) => setTimeout(() => response.writeHead(204).end(), 30))
  const one = await build(t, env)
  const two = await build(t, env)
  await two.ready()
  const webhook = await register(one, hook.url)
  for (let i = 0; i < 12; i++) await publish(i % 2 === 0 ? one : two)
  await until(async () => (await deliveries(one, webhook)).filter((d) => d.status === 'delivered').length === 12, 'all twelve deliveries')
  await new Promise((resolve) => setTimeout(resolve, 200))
  const ids = hook.received.map((r) => String(r.headers['beitrag-delivery-id']))
  t.equal(ids.length, 12, 'twelve requests')
  t.equal(new Set(ids).size, 12, 'none of them twice')
})

t.test('a scheduled publication is delivered when its time comes, with nobody polling', async (t) => {
  let now = new Date('2025-06-01T12:00:00.000Z')
  const app = await build(t, FAST, { clock: () => now })
  const hook = await receiver(t, (_request, response) => response.writeHead(204).end())
  await register(app, hook.url)
  const id = await publish(app, { status: 'scheduled', publishedAt: '2025-06-01T12:30:00.000Z' })
  await new Promise((resolve) => setTimeout(resolve, 150))
  t.equal(hook.received.length, 0, 'nothing before its time')
  now = new Date('2025-06-01T12:30:00.000Z')
  await until(() => hook.received.length === 1, 'the publication')
  t.match(JSON.parse(hook.received[0]!.body), { type: 'publication_reached', articleId: id, at: '2025-06-01T12:30:00.000Z' })
})

/** An app this test closes itself, midway. */
async function buildUnmanaged (env: Record<string, string>): Promise<App> {
  const { buildApp } = await import('../../src/app.js')
  const { testConfig } = await import('../helper.js')
  return buildApp(testConfig(env))
}

t.test('an endpoint that points into the private network is not called, even if it was registered when that was allowed', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-webhooks-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const env = { ...FAST, DATABASE_PATH: join(dir, 'hooks.db') }
  const hook = await receiver(t, (_request, response) => response.writeHead(204).end())
  const lenient = await buildUnmanaged(env)
  const webhook = await register(lenient, hook.url)
  await lenient.close()
  const strict = await build(t, { ...env, WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'false' })
  await publish(strict)
  await until(async () => ((await deliveries(strict, webhook))[0]?.attempts.length ?? 0) >= 1, 'the refused attempt')
  const [logged] = await deliveries(strict, webhook)
  t.same(logged!.attempts[0], { ...logged!.attempts[0], statusCode: null, error: HOST_REFUSED_ATTEMPT })
  t.equal(hook.received.length, 0, 'the receiver was never called')
})

t.test('the delivery log pages, newest first', async (t) => {
  const app = await build(t, FAST)
  const hook = await receiver(t, (_request, response) => response.writeHead(204).end())
  const webhook = await register(app, hook.url)
  const ids = [await publish(app), await publish(app), await publish(app)]
  await until(() => hook.received.length === 3, 'three deliveries')
  const first = (await app.inject({ url: `/v1/webhooks/${webhook.id}/deliveries?limit=2`, headers: webhook.headers })).json()
  t.same(first.items.map((d: { articleId: string }) => d.articleId), [ids[2], ids[1]])
  const second = (await app.inject({ url: `/v1/webhooks/${webhook.id}/deliveries?limit=2&cursor=${first.nextCursor as string}`, headers: webhook.headers })).json()
  t.same(second.items.map((d: { articleId: string }) => d.articleId), [ids[0]])
  t.equal(second.nextCursor, null)
  const tampered = await app.inject({ url: `/v1/webhooks/${webhook.id}/deliveries?cursor=${Buffer.from(JSON.stringify([`deliveries.${webhook.id}`, 'x'])).toString('base64url')}`, headers: webhook.headers })
  t.equal(tampered.statusCode, 400)
  t.equal(tampered.json().code, 'CONTENT_ERR_INVALID_CURSOR')
})

t.test('a media-only change reaches the endpoint with a version of its own', async (t) => {
  const app = await build(t, FAST)
  const hook = await receiver(t, (_request, response) => response.writeHead(204).end())
  await register(app, hook.url)
  const id = await publish(app)
  await until(() => hook.received.length === 1, 'the publication')
  const editor = { ...keyHeaders(app, ['content:write', 'content:preview']), 'content-type': 'application/json' }
  const media = await app.inject({ url: '/v1/media/p1ctur3p1ctur3p1', headers: editor })
  const edited = await app.inject({ method: 'PUT', url: '/v1/media/p1ctur3p1ctur3p1', headers: { ...editor, 'if-match': String(media.headers.etag) }, payload: { type: 'image', caption: 'Nebel über dem Rhein', renditions: [] } })
  t.equal(edited.statusCode, 200)
  await until(() => hook.received.length === 2, 'the update')
  const [first, second] = hook.received.map((delivery) => JSON.parse(delivery.body) as { type: string, articleId: string, version: number })
  t.match(second, { type: 'updated', articleId: id })
  t.not(second!.version, first!.version, 'a partner deduplicating by version does not drop it')
})
