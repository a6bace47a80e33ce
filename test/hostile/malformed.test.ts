// Oversized values, wrong types, NUL bytes, invalid UTF-8 and deep nesting in every slot of every operation;
// malformed bodies; and writes without a valid key.
import t from 'tap'
import { articleWrite } from '../helper.js'
import { exercise, fixtures, hostileRequest, operations, slots, stillServing, Tally, type Value } from './requests.js'

function nested (depth: number, leaf: unknown = 'x'): unknown {
  let value = leaf
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value }
  return value
}

// Every slot: what a client can type.
const TEXT: Value[] = [
  '', ' ', 'x'.repeat(10_000), '\u0000', 'a\u0000b', '\ud800', '\udfff\ud800', '\uffff', '\u202e\u0000\u200b', 'ﷺ'.repeat(500),
  '%', '%00', '../../../../etc/passwd', '-1', '0', '1.5', '9007199254740993', '1e308', '-1e-400', 'NaN', 'Infinity',
  'true', 'null', '[]', '{}', '__proto__', 'constructor', '"*"', 'W/"x"', '*, W/"y"'
].map((text) => ({ text }))

// Path and query: bytes that are not UTF-8, encoded as a client that sends them would.
const RAW: Value[] = ['%FF', '%C3%28', '%ED%A0%80', '%F4%90%80%80', '%C0%AF', '%E0%A4%A', '%', '%%', '%2e%2e%2f%2e%2e', '%00%00'].map((raw) => ({ raw }))

// Body fields: every JSON type, sizes past every limit, and nesting.
const JSON_VALUES: Value[] = [
  null, 0, -1, 1.5, 1e308, -0, true, false, [], {}, ['a'], { a: 1 }, 'x'.repeat(100_000), Array.from({ length: 5000 }, () => 'x'),
  nested(20), nested(40), JSON.parse('{"__proto__":{"admin":true}}'), { constructor: { prototype: { admin: true } } }
].map((json) => ({ json }))

const ABSENT: Value[] = [{ absent: true }]

t.test('malformed values in every slot of every operation: no 5xx, only documented problems, nothing leaks', async (t) => {
  const fx = await fixtures(t)
  const tally = new Tally()
  let slotCount = 0
  for (const operation of operations) {
    for (const slot of slots(operation, fx)) {
      slotCount++
      const values = slot.location === 'body' ? [...TEXT, ...JSON_VALUES, ...ABSENT] : slot.location === 'header' ? [...TEXT, ...ABSENT] : [...TEXT, ...RAW]
      for (const value of values) {
        await exercise(fx, tally, `${operation.id} ${slot.location} ${slot.name}`, hostileRequest(operation, fx, slot, value))
      }
    }
    t.ok(await stillServing(fx), `still serving after ${operation.id}`)
  }
  t.comment(`malformed values: ${tally.summary()}`)
  t.ok(slotCount > 150, `${slotCount} slots`)
  t.equal(tally.serverErrors, 0, 'no 5xx')
  t.same(tally.failures, [], 'every answer passed')
})

t.test('malformed bodies and content types: no 5xx, only documented problems', async (t) => {
  const fx = await fixtures(t)
  const tally = new Tally()
  const deep = `${'{"a":'.repeat(150_000)}1${'}'.repeat(150_000)}`
  const bodies: Array<[string, string | Buffer, string | undefined]> = [
    ['empty', '', 'application/json'],
    ['not JSON', '{"title": "Grüße",', 'application/json'],
    ['JSON null', 'null', 'application/json'],
    ['a JSON array', '[]', 'application/json'],
    ['a JSON string', '"Grüße"', 'application/json'],
    ['a BOM first', `\ufeff${JSON.stringify(articleWrite())}`, 'application/json'],
    ['invalid UTF-8 inside a string', Buffer.concat([Buffer.from('{"title":"ab'), Buffer.from([0xff, 0xc3, 0x28, 0xed, 0xa0, 0x80]), Buffer.from('"}')]), 'application/json'],
    ['a NUL byte outside strings', '{"title":"a"}\u0000', 'application/json'],
    ['duplicate keys', '{"title":"a","title":{"b":1}}', 'application/json'],
    ['150,000 levels deep', deep, 'application/json'],
    ['over the body limit', `{"title":"${'x'.repeat(1_100_000)}"}`, 'application/json'],
    ['text/plain', JSON.stringify(articleWrite()), 'text/plain'],
    ['a form', 'title=Gr%C3%BC%C3%9Fe', 'application/x-www-form-urlencoded'],
    ['multipart', '--b\r\nContent-Disposition: form-data; name="title"\r\n\r\nx\r\n--b--', 'multipart/form-data; boundary=b'],
    ['no content type', JSON.stringify(articleWrite()), undefined],
    ['a charset JSON does not have', JSON.stringify(articleWrite()), 'application/json; charset=latin1'],
    ['a content type full of junk', JSON.stringify(articleWrite()), 'application/json;;;; x="\u00ff"'],
    ['merge patch elsewhere', JSON.stringify(articleWrite()), 'application/merge-patch+json']
  ]
  for (const operation of operations.filter((o) => o.bodySchema !== undefined)) {
    for (const [name, payload, contentType] of bodies) {
      const request = hostileRequest(operation, fx)!
      const headers = { ...request.headers as Record<string, string> }
      delete headers['content-type']
      if (contentType !== undefined) headers['content-type'] = contentType
      await exercise(fx, tally, `${operation.id} body: ${name}`, { ...request, headers, payload })
    }
    t.ok(await stillServing(fx), `still serving after ${operation.id}`)
  }
  t.comment(`malformed bodies: ${tally.summary()}`)
  t.equal(tally.serverErrors, 0, 'no 5xx')
  t.same(tally.failures, [], 'every answer passed')
})

t.test('writes without a key that may write change nothing, whatever they send', async (t) => {
  const fx = await fixtures(t)
  const tally = new Tally()
  const preview = fx.app.context.apiKeys.create({ name: 'nur-lesen', scopes: ['content:preview', 'partner'] }, new Date().toISOString()).key
  // Webhooks are the partner scope's own writes: there, the key that may not write is one with the content scopes.
  const content = fx.app.context.apiKeys.create({ name: 'redaktion', scopes: ['content:preview', 'content:write'] }, new Date().toISOString()).key
  const revoked = fx.app.context.apiKeys.create({ name: 'widerrufen', scopes: ['admin'] }, new Date().toISOString())
  fx.app.context.apiKeys.revoke(revoked.apiKey.id, new Date().toISOString())
  const credentials: Array<string | undefined> = [undefined, `Bearer ${preview}`, `Bearer ${revoked.key}`, 'Bearer btr_0000000000_0000000000000000000000000000000000000000000', `Basic ${Buffer.from('admin:admin').toString('base64')}`, `Bearer ${fx.admin.authorization.slice(7)} extra`, fx.admin.authorization.toLowerCase()]
  for (const operation of operations.filter((o) => o.writes)) {
    for (const authorization of credentials) {
      const request = hostileRequest(operation, fx)!
      const headers = { ...request.headers as Record<string, string> }
      delete headers.authorization
      if (authorization !== undefined) headers.authorization = authorization === `Bearer ${preview}` && operation.path.startsWith('/v1/webhooks') ? `Bearer ${content}` : authorization
      const response = await exercise(fx, tally, `${operation.id} as ${authorization?.slice(0, 12) ?? 'anonymous'}`, { ...request, headers })
      t.ok(response !== undefined && [401, 403].includes(response.statusCode), `${operation.id} as ${authorization?.slice(0, 12) ?? 'anonymous'}: ${response?.statusCode}`)
    }
  }
  t.equal(tally.serverErrors, 0)
  t.same(tally.failures, [], 'nothing changed')
})
