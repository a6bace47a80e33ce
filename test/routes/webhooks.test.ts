import t from 'tap'
import { build, keyHeaders, problemOf } from '../helper.js'
import { isPrivateAddress, webhookUrlProblem } from '../../src/webhooks/url-policy.js'
import { backoff } from '../../src/webhooks/dispatcher.js'

const json = { 'content-type': 'application/json' }
// A public address: registration resolves names, and tests must not depend on the machine's DNS.
const PUBLIC = 'https://93.184.215.14'

t.test('a partner registers, reads, pauses and removes its own endpoints; the secret is shown once', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const partner = keyHeaders(app, ['partner'], { name: 'Partnerzeitung Köln' })
  const created = await app.inject({ method: 'POST', url: '/v1/webhooks', headers: { ...partner, ...json }, payload: { url: `${PUBLIC}/hooks/beitrag?token=ä`, description: 'Büro Köln – Straßenbahn' } })
  t.equal(created.statusCode, 201, created.body)
  const webhook = created.json()
  t.equal(created.headers.location, `/v1/webhooks/${webhook.id as string}`)
  t.match(webhook.secret, /^whsec_[A-Za-z0-9_-]{43}$/)
  t.same(webhook.events, ['published', 'publication_reached', 'updated', 'unpublished', 'deleted'], 'all changes when none are named')
  t.equal(webhook.description, 'Büro Köln – Straßenbahn')
  t.equal(webhook.owner.keyName, 'Partnerzeitung Köln')
  t.equal(created.headers['cache-control'], 'no-store')

  const read = await app.inject({ url: `/v1/webhooks/${webhook.id as string}`, headers: partner })
  t.equal(read.statusCode, 200)
  t.notOk('secret' in read.json(), 'the secret is not shown again')
  t.same((await app.inject({ url: '/v1/webhooks', headers: partner })).json().items.map((w: { id: string }) => w.id), [webhook.id])

  const paused = await app.inject({ method: 'PATCH', url: `/v1/webhooks/${webhook.id as string}`, headers: { ...partner, ...json }, payload: { active: false, events: ['deleted'] } })
  t.equal(paused.statusCode, 200, paused.body)
  t.equal(paused.json().active, false)
  t.same(paused.json().events, ['deleted'])
  t.equal(paused.json().description, 'Büro Köln – Straßenbahn', 'fields left out stay')

  const removed = await app.inject({ method: 'DELETE', url: `/v1/webhooks/${webhook.id as string}`, headers: partner })
  t.equal(removed.statusCode, 204)
  t.equal((await app.inject({ url: `/v1/webhooks/${webhook.id as string}`, headers: partner })).statusCode, 404)
})

t.test('each key sees only its own endpoints; admin keys see all', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const one = keyHeaders(app, ['partner'], { name: 'eins' })
  const other = keyHeaders(app, ['partner'], { name: 'zwei' })
  const admin = keyHeaders(app, ['admin'])
  const mine = (await app.inject({ method: 'POST', url: '/v1/webhooks', headers: { ...one, ...json }, payload: { url: `${PUBLIC}/eins` } })).json()
  await app.inject({ method: 'POST', url: '/v1/webhooks', headers: { ...other, ...json }, payload: { url: `${PUBLIC}/zwei` } })
  t.same((await app.inject({ url: '/v1/webhooks', headers: one })).json().items.map((w: { url: string }) => w.url), [`${PUBLIC}/eins`])
  t.equal((await app.inject({ url: '/v1/webhooks', headers: admin })).json().items.length, 2)
  for (const [method, url] of [['GET', ''], ['PATCH', ''], ['DELETE', ''], ['GET', '/deliveries'], ['POST', `/deliveries/${'0'.repeat(16)}/redeliver`]] as const) {
    const response = await app.inject({ method, url: `/v1/webhooks/${mine.id as string}${url}`, headers: { ...other, ...(method === 'PATCH' ? json : {}) }, ...(method === 'PATCH' ? { payload: { active: false } } : {}) })
    t.equal(response.statusCode, 404, `${method} ${url} of another key's endpoint`)
  }
  t.equal((await app.inject({ url: `/v1/webhooks/${mine.id as string}`, headers: admin })).statusCode, 200)
})

t.test('keys without the partner scope, and anonymous callers, are refused', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  t.equal((await app.inject({ url: '/v1/webhooks' })).statusCode, 401)
  const preview = await app.inject({ method: 'POST', url: '/v1/webhooks', headers: { ...keyHeaders(app, ['content:preview', 'content:write']), ...json }, payload: { url: 'https://partner.example.org/hook' } })
  t.equal(preview.statusCode, 403)
  t.equal(problemOf(preview).code, 'CONTENT_ERR_FORBIDDEN')
})

t.test('bad endpoints are 400s naming the field, and change nothing', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const partner = keyHeaders(app, ['partner'])
  const cases: Array<[Record<string, unknown>, string, RegExp]> = [
    [{ url: 'ftp://partner.example.org/hook' }, '/url', /http or https/],
    [{ url: 'javascript:alert(1)' }, '/url', /./],
    [{ url: 'nicht eine URL' }, '/url', /./],
    [{ url: 'https://user:pass@partner.example.org/hook' }, '/url', /user name or password/],
    [{ url: 'https://partner.example.org/hook#frag' }, '/url', /fragment/],
    [{ url: 'http://127.0.0.1:8080/hook' }, '/url', /loopback, private or link-local/],
    [{ url: 'http://localhost/hook' }, '/url', /loopback/],
    [{ url: 'http://[::1]/hook' }, '/url', /loopback/],
    [{ url: 'http://169.254.169.254/latest/meta-data' }, '/url', /link-local/],
    [{ url: 'http://10.1.2.3/hook' }, '/url', /private/],
    [{ url: 'http://[::ffff:192.168.0.1]/hook' }, '/url', /private/],
    [{ url: 'https://partner.example.org/hook', events: [] }, '/events', /fewer than 1/],
    [{ url: 'https://partner.example.org/hook', events: ['created'] }, '/events/0', /allowed values/],
    [{ url: 'https://partner.example.org/hook', events: ['deleted', 'deleted'] }, '/events', /duplicate/],
    [{ url: 'https://partner.example.org/hook', secret: 'mine' }, '/secret', /not a known property/]
  ]
  for (const [payload, pointer, message] of cases) {
    const response = await app.inject({ method: 'POST', url: '/v1/webhooks', headers: { ...partner, ...json }, payload })
    t.equal(response.statusCode, 400, JSON.stringify(payload))
    const problem = problemOf(response)
    t.ok(problem.errors?.some((error) => error.pointer === pointer && message.test(error.message)), `${JSON.stringify(payload)}: ${JSON.stringify(problem.errors)}`)
  }
  t.same((await app.inject({ url: '/v1/webhooks', headers: partner })).json().items, [], 'nothing was registered')
  const created = (await app.inject({ method: 'POST', url: '/v1/webhooks', headers: { ...partner, ...json }, payload: { url: `${PUBLIC}/hook` } })).json()
  const patch = await app.inject({ method: 'PATCH', url: `/v1/webhooks/${created.id as string}`, headers: { ...partner, ...json }, payload: { url: 'http://192.168.1.1/' } })
  t.equal(patch.statusCode, 400)
  const empty = await app.inject({ method: 'PATCH', url: `/v1/webhooks/${created.id as string}`, headers: { ...partner, ...json }, payload: {} })
  t.equal(empty.statusCode, 400, 'a change that changes nothing')
  t.equal((await app.inject({ url: `/v1/webhooks/${created.id as string}`, headers: partner })).json().url, `${PUBLIC}/hook`)
})

t.test('private networks are allowed only when configured', async (t) => {
  t.equal(await webhookUrlProblem('http://127.0.0.1:9/hook', true), undefined)
  t.ok(isPrivateAddress('172.20.0.1'))
  t.ok(isPrivateAddress('fd00::1'))
  t.notOk(isPrivateAddress('93.184.216.34'))
  t.notOk(isPrivateAddress('2606:4700::1'))
  const app = await build(t, { SEED_SAMPLE: 'false', WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' })
  const response = await app.inject({ method: 'POST', url: '/v1/webhooks', headers: { ...keyHeaders(app, ['partner']), ...json }, payload: { url: 'http://127.0.0.1:8080/hook' } })
  t.equal(response.statusCode, 201)
})

t.test('backoff doubles, is capped, and is jittered between half and all of it', async (t) => {
  t.same([1, 2, 3, 4].map((n) => backoff(n, 100, 1000, () => 1)), [100, 200, 400, 800])
  t.same([1, 2, 3, 4].map((n) => backoff(n, 100, 1000, () => 0)), [50, 100, 200, 400])
  t.equal(backoff(10, 100, 1000, () => 1), 1000)
  t.equal(backoff(200, 100, 1000, () => 0.5), 750)
})
