// Webhooks reach public addresses only: every spelling of loopback and private space is refused at registration,
// names are resolved (the hosts file included) then and before every attempt, and neither the 400 nor the delivery
// log tells a name that does not exist from one that points inside the network.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { articleWrite, build, keyHeaders, problemOf } from '../helper.js'
import { HOST_REFUSED, isPrivateAddress, reachesOnlyPublicAddresses } from '../../src/webhooks/url-policy.js'
import { HOST_REFUSED_ATTEMPT } from '../../src/webhooks/dispatcher.js'
import { post, publicOnlyLookup, REFUSED_HOST_CODE } from '../../src/webhooks/send.js'

const json = { 'content-type': 'application/json' }

// Loopback, private, link-local and reserved space, in the spellings that reach it.
const REFUSED_ADDRESSES = [
  '0.0.0.0', '0.1.2.3', '127.0.0.1', '127.255.255.254', '10.0.0.1', '100.64.0.1', '169.254.169.254', '172.16.0.1', '172.31.255.255',
  '192.0.0.1', '192.0.2.1', '192.168.1.1', '198.18.0.1', '198.51.100.1', '203.0.113.1', '224.0.0.1', '240.0.0.1', '255.255.255.255',
  '::', '::1', '0:0:0:0:0:0:0:1',
  // IPv4-compatible (deprecated): ::7f00:1 is 127.0.0.1
  '::7f00:1', '::127.0.0.1', '::a00:1', '::8.8.8.8',
  // IPv4-mapped, judged as the IPv4 address they connect to
  '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a00:1', '0:0:0:0:0:ffff:c0a8:101', '::ffff:169.254.169.254', '::ffff:0.0.0.0',
  // IPv4-translated (::ffff:0:a.b.c.d)
  '::ffff:0:7f00:1', '::ffff:0:a00:1', '::ffff:0:8.8.8.8',
  // NAT64 well-known prefix with an internal IPv4 address, and the local-use NAT64 prefix
  '64:ff9b::7f00:1', '64:ff9b::127.0.0.1', '64:ff9b::a00:1', '64:ff9b::c0a8:101', '64:ff9b::a9fe:a9fe', '64:ff9b:1::5db8:d70e',
  // 6to4 with an internal IPv4 address
  '2002:7f00:1::', '2002:7f00:0001::1', '2002:a00:1::1', '2002:c0a8:101::1', '2002:a9fe:a9fe::1', '2002::1',
  // site-local, unique local, link-local, multicast, Teredo, documentation, discard
  'fec0::1', 'feff::1', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'febf::1', 'ff02::1', 'ff05::2', '2001::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2',
  '2001:db8::1', '3fff::1', '100::1', '5f00::1'
]

const PUBLIC_ADDRESSES = ['93.184.215.14', '8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '2a00:1450:4001:82b::200e', '::ffff:93.184.215.14', '64:ff9b::5db8:d70e', '64:ff9b::8.8.8.8', '2002:5db8:d70e::1']

// Spellings a URL parser turns into the addresses above.
const REFUSED_HOSTS = [
  ...REFUSED_ADDRESSES.map((address) => address.includes(':') ? `[${address}]` : address),
  '2130706433', '0x7f.1', '017700000001', '127.1', '0', '0x0', '[::ffff:7f00:1]', '[0:0:0:0:0:ffff:127.0.0.1]',
  'localhost', 'localhost.', 'LOCALHOST.', 'localhost..', 'api.localhost', 'api.localhost.', 'a.b.localhost',
  // No such name: refused exactly as a name that points inside.
  'gibt-es-nicht.invalid', 'gibt-es-nicht.invalid.', 'nirgendwo.example.invalid'
]

/** Names the hosts file maps to addresses that are not public: resolving a name must consult it. */
function hostsFileNames (): string[] {
  const names = new Set<string>()
  for (const line of readFileSync('/etc/hosts', 'utf8').split('\n')) {
    const [address, ...aliases] = line.replace(/#.*/, '').trim().split(/\s+/)
    if (address === undefined || address === '' || !isPrivateAddress(address)) continue
    for (const alias of aliases) names.add(alias)
  }
  return [...names]
}

t.test('every form of loopback and private space is not a public address; public ones, also through NAT64 and 6to4, are', async (t) => {
  for (const address of REFUSED_ADDRESSES) t.ok(isPrivateAddress(address), `${address} is refused`)
  for (const address of PUBLIC_ADDRESSES) t.notOk(isPrivateAddress(address), `${address} is public`)
  t.ok(isPrivateAddress('not-an-address'), 'what is not an address is not public')
})

t.test('registration refuses them all with a 400 problem, in one message, and registers nothing', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false', WEBHOOK_DISPATCH: 'false' })
  const partner = keyHeaders(app, ['partner'])
  const fromHostsFile = hostsFileNames()
  t.ok(fromHostsFile.includes('localhost'), `the hosts file names loopback: ${fromHostsFile.join(', ')}`)
  const hosts = [...REFUSED_HOSTS, ...fromHostsFile, ...fromHostsFile.map((name) => `${name}.`), ...fromHostsFile.map((name) => name.toUpperCase())]
  const messages = new Set<string>()
  const details = new Set<string>()
  for (const host of hosts) {
    for (const url of [`http://${host}/hook`, `https://${host}:8443/hooks/beitrag?x=1`]) {
      const response = await app.inject({ method: 'POST', url: '/v1/webhooks', headers: { ...partner, ...json }, payload: { url } })
      t.equal(response.statusCode, 400, url)
      const problem = problemOf(response)
      t.equal(problem.code, 'CONTENT_ERR_VALIDATION', url)
      t.same(problem.errors?.map((e) => e.pointer), ['/url'], `${url}: names the field`)
      for (const error of problem.errors ?? []) messages.add(error.message)
      details.add(problem.detail)
    }
  }
  t.same([...messages], [HOST_REFUSED], 'one message for every refused host: a name that does not exist reads like one that points inside')
  t.equal(details.size, 1, 'and one detail')
  t.same((await app.inject({ url: '/v1/webhooks', headers: partner })).json().items, [], 'nothing was registered')

  // A change of URL is checked the same way.
  const created = await app.inject({ method: 'POST', url: '/v1/webhooks', headers: { ...partner, ...json }, payload: { url: 'https://93.184.215.14/hook' } })
  t.equal(created.statusCode, 201, 'a public address is accepted')
  for (const host of ['localhost.', '[::7f00:1]', '[64:ff9b::a00:1]', '[2002:c0a8:101::1]', '[fec0::1]', '[::ffff:0:7f00:1]', ...fromHostsFile]) {
    const patch = await app.inject({ method: 'PATCH', url: `/v1/webhooks/${created.json().id as string}`, headers: { ...partner, ...json }, payload: { url: `http://${host}/hook` } })
    t.equal(patch.statusCode, 400, `PATCH to ${host}`)
    t.equal(problemOf(patch).errors?.[0]?.message, HOST_REFUSED)
  }
  t.equal((await app.inject({ url: `/v1/webhooks/${created.json().id as string}`, headers: partner })).json().url, 'https://93.184.215.14/hook', 'the URL is unchanged')
  for (const address of PUBLIC_ADDRESSES) {
    const url = `https://${address.includes(':') ? `[${address}]` : address}/hook`
    t.equal((await app.inject({ method: 'POST', url: '/v1/webhooks', headers: { ...partner, ...json }, payload: { url } })).statusCode, 201, `${url} is accepted`)
  }
})

t.test('the check before each attempt resolves the name again, and logs one text for every refusal', async (t) => {
  for (const name of hostsFileNames()) t.notOk(await reachesOnlyPublicAddresses(`http://${name}/`), `${name} resolves through the hosts file`)
  t.notOk(await reachesOnlyPublicAddresses('http://gibt-es-nicht.invalid/'), 'a name that does not resolve is not public')

  // A real receiver on loopback. Endpoints are registered by a service that allows private networks (as one
  // configured for development would, or before a name was pointed inside), then a service on the same database
  // with the default policy delivers: every attempt must be refused before a connection is made.
  let received = 0
  const server = createServer((request, response) => {
    request.resume()
    request.on('end', () => { received++; response.writeHead(204).end() })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()) }))
  const port = (server.address() as AddressInfo).port
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-url-policy-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const common = {
    SEED_SAMPLE: 'false',
    DATABASE_PATH: join(dir, 'hooks.db'),
    WEBHOOK_POLL_INTERVAL_MS: '20',
    WEBHOOK_RETRY_BASE_MS: '60000',
    WEBHOOK_RETRY_MAX_DELAY_MS: '60000',
    WEBHOOK_TIMEOUT_MS: '2000',
    WEBHOOK_RETRY_FOR_MS: '600000'
  }
  const registrar = await build(t, { ...common, WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true', WEBHOOK_DISPATCH: 'false' })
  const partner = keyHeaders(registrar, ['partner'])
  const names = ['127.0.0.1', '[::ffff:7f00:1]', 'localhost', 'localhost.', ...hostsFileNames().filter((name) => name !== 'localhost'), 'gibt-es-nicht.invalid']
  const hooks: Array<{ id: string, host: string }> = []
  for (const host of names) {
    const response = await registrar.inject({ method: 'POST', url: '/v1/webhooks', headers: { ...partner, ...json }, payload: { url: `http://${host}:${port}/hooks/beitrag` } })
    t.equal(response.statusCode, 201, `${host} registered while private networks are allowed`)
    hooks.push({ id: response.json().id as string, host })
  }

  const strict = await build(t, common)
  const published = await strict.inject({ method: 'POST', url: '/v1/articles', headers: { ...keyHeaders(strict, ['content:write']), ...json }, payload: articleWrite() })
  t.equal(published.statusCode, 201)
  const attemptsOf = async (app: typeof strict, id: string) => {
    const items = (await app.inject({ url: `/v1/webhooks/${id}/deliveries`, headers: partner })).json().items as Array<{ id: string, attempts: Array<{ statusCode: number | null, error: string | null }> }>
    return { delivery: items[0], attempts: items[0]?.attempts ?? [] }
  }
  const deadline = Date.now() + 20_000
  while ((await Promise.all(hooks.map(async ({ id }) => (await attemptsOf(strict, id)).attempts.length))).some((n) => n === 0)) {
    if (Date.now() > deadline) throw new Error('gave up waiting for the first attempts')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  const errors = new Set<string | null>()
  for (const { id, host } of hooks) {
    const [attempt] = (await attemptsOf(strict, id)).attempts
    t.equal(attempt?.statusCode, null, `${host}: no answer, no connection`)
    errors.add(attempt?.error ?? null)
  }
  t.same([...errors], [HOST_REFUSED_ATTEMPT], 'one text in the log, whether the name does not exist or points inside')
  t.equal(received, 0, 'the receiver was never called')
  await strict.close()

  // The same endpoint with private networks allowed is delivered to: the refusal was the policy's.
  const open = await build(t, { ...common, WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' })
  const first = hooks[0]!
  const { delivery } = await attemptsOf(open, first.id)
  const redelivered = await open.inject({ method: 'POST', url: `/v1/webhooks/${first.id}/deliveries/${delivery!.id}/redeliver`, headers: partner })
  t.equal(redelivered.statusCode, 202)
  while (received === 0) {
    if (Date.now() > deadline + 20_000) throw new Error('gave up waiting for the redelivery')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  t.equal(received, 1, 'delivered once private networks are allowed')
})

t.test('the connection itself resolves through the policy: a name that points inside is refused at connect time', async (t) => {
  let received = 0
  const server = createServer((request, response) => {
    request.resume()
    request.on('end', () => { received++; response.writeHead(204).end() })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()) }))
  const port = (server.address() as AddressInfo).port
  const options = { headers: { 'content-type': 'application/json' }, body: '{"ä":"ß"}' }
  // Whatever the check before the attempt saw, the addresses the socket connects to are checked again.
  for (const name of ['localhost', ...hostsFileNames()]) {
    await t.rejects(post(`http://${name}:${port}/hook`, { ...options, signal: AbortSignal.timeout(5000), lookup: publicOnlyLookup(false) }), { code: REFUSED_HOST_CODE }, `${name}: refused when connecting`)
  }
  t.equal(received, 0, 'no connection was made')
  t.equal(await post(`http://localhost:${port}/hook`, { ...options, signal: AbortSignal.timeout(5000), lookup: publicOnlyLookup(true) }), 204, 'with private networks allowed it is delivered')
  t.equal(received, 1)
})
