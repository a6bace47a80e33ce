import t from 'tap'
import { BodyCache, type BodyKey } from '../../src/cache/body-cache.js'

const key = (id: string, version = 1, variant = ''): BodyKey => ({ id, version, mediaVersions: 0, representation: 'r', variant })
const entry = (body: string) => ({ body: Buffer.from(body), contentType: 'application/json; charset=utf-8', surrogateKey: 'article:x' })

t.test('a body is found by its whole key: another version, representation or variant is a miss', async (t) => {
  let hits = 0
  let misses = 0
  const cache = new BodyCache({ maxBytes: 1 << 20, onHit: () => hits++, onMiss: () => misses++ })
  cache.set(key('a'), entry('{"title":"Grüße"}'))
  t.equal(cache.get(key('a'))?.body.toString(), '{"title":"Grüße"}')
  t.equal(cache.get(key('a', 2)), undefined)
  t.equal(cache.get(key('a', 1, 'country=AT')), undefined)
  t.equal(cache.get({ ...key('a'), representation: 'r.ninjs' }), undefined)
  t.same([hits, misses], [1, 3])
})

t.test('invalidate drops every body of an article and nothing else', async (t) => {
  const cache = new BodyCache({ maxBytes: 1 << 20 })
  cache.set(key('a'), entry('1'))
  cache.set(key('a', 1, 'kids'), entry('2'))
  cache.set(key('b'), entry('3'))
  cache.invalidate(['a'])
  t.equal(cache.get(key('a')), undefined)
  t.equal(cache.get(key('a', 1, 'kids')), undefined)
  t.equal(cache.get(key('b'))?.body.toString(), '3')
  t.equal(cache.size, 1)
})

t.test('memory is bounded: the least recently used bodies go first, and one larger than the cache is not kept', async (t) => {
  const cache = new BodyCache({ maxBytes: 10_000 })
  const body = 'ä'.repeat(1000)
  for (let i = 0; i < 20; i++) {
    cache.set(key(`id${i}`), entry(body))
    cache.get(key('id0'))
  }
  t.ok(cache.bytes <= 10_000, `${cache.bytes} bytes`)
  t.ok(cache.get(key('id0')) !== undefined, 'the one read all along stays')
  t.equal(cache.get(key('id1')), undefined, 'an old one went')
  cache.set(key('huge'), entry('x'.repeat(20_000)))
  t.equal(cache.get(key('huge')), undefined)
  cache.invalidate(['huge'])
  cache.clear()
  t.equal(cache.size, 0)
})

t.test('with no bytes it keeps nothing', async (t) => {
  const cache = new BodyCache({ maxBytes: 0 })
  t.equal(cache.enabled, false)
  cache.set(key('a'), entry('1'))
  t.equal(cache.get(key('a')), undefined)
  cache.invalidate(['a'])
  t.equal(cache.bytes, 0)
})
