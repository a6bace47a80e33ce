import { Writable } from 'node:stream'
import t from 'tap'
import { redactUrl } from '../../src/plugins/log-redaction.js'
import { build, keyHeaders } from '../helper.js'
import { exchange, listen } from '../net.js'

t.test('redactUrl censors credential-like query parameters and API keys, and nothing else', async (t) => {
  const key = 'btr_abcdefghij_0123456789012345678901234567890123456789012'
  t.equal(redactUrl('/v1/articles?limit=5&cursor=abc'), '/v1/articles?limit=5&cursor=abc')
  t.equal(redactUrl('/v1/articles?api_key=s3cret&limit=5'), '/v1/articles?api_key=[redacted]&limit=5')
  t.equal(redactUrl('/x?access_token=a&X-Amz-Signature=b&password=c&Auth=d&sig=e'), '/x?access_token=[redacted]&X-Amz-Signature=[redacted]&password=[redacted]&Auth=[redacted]&sig=[redacted]')
  t.equal(redactUrl('/x?api%5Fkey=s3cret'), '/x?api%5Fkey=[redacted]', 'encoded names too')
  t.equal(redactUrl(`/v1/articles/${key}?q=${key}`), '/v1/articles/btr_[redacted]?q=btr_[redacted]')
  t.equal(redactUrl('/x?%E0%A4%A=1'), '/x?%E0%A4%A=1', 'malformed encoding is left alone')
})

t.test('keys and tokens never reach the logs, wherever a client puts them', async (t) => {
  let logs = ''
  const stream = new Writable({ write (chunk, _encoding, done) { logs += String(chunk); done() } })
  const app = await build(t, { LOG_LEVEL: 'trace', MAX_HEADER_BYTES: '4096' }, { logStream: stream })
  app.get('/test/boom', async () => { throw new Error('failed while handling') })
  const headers = keyHeaders(app, ['content:write'])
  const key = headers.authorization.slice('Bearer '.length)
  const secret = key.slice(15)

  await app.inject({ url: `/v1/articles?api_key=${key}` })
  await app.inject({ url: '/v1/articles?access_token=opaque-bearer-token-123' })
  await app.inject({ url: `/v1/articles/${key}` })
  await app.inject({ url: `/nowhere?token=${key}` })
  await app.inject({ url: '/test/boom', headers })
  await app.inject({ url: '/v1/articles', headers: { authorization: `Basic ${key}` } })
  await app.inject({ url: '/v1/articles', headers: { authorization: `bearer ${key}x` } })
  // Node's parser error carries the raw request bytes; the client-error log must not.
  const port = await listen(app)
  await exchange(port, [`GET /health HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${key}\r\nX-Filler: ${'a'.repeat(5000)}\r\n\r\n`])
  await exchange(port, [`GET /health HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${key}\r\nbroken header\r\n\r\n`])

  t.match(logs, /request failed/, 'the 500 was logged')
  t.match(logs, /client error/, 'the parser errors were logged')
  t.notOk(logs.includes(secret), 'no key in the logs')
  t.notOk(logs.includes('opaque-bearer-token-123'), 'no token in the logs')
  t.match(logs, /api_key=\[redacted\]/)
})
