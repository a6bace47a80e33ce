import t from 'tap'
import { nonFinitePointers } from '../../src/plugins/finite-numbers.js'
import { build, keyHeaders, problemOf, SAMPLE_ARTICLE_ID } from '../helper.js'

t.test('nonFinitePointers finds Infinity and NaN anywhere, as JSON pointers', async (t) => {
  t.same(nonFinitePointers({ a: 1, b: [2, Infinity], 'c/d': { e: Number.NaN } }), ['/b/1', '/c~1d/e'])
  t.same(nonFinitePointers(undefined), [])
  t.same(nonFinitePointers(-Infinity), [''])
})

t.test('"Infinity" and overflowing numbers are 400s wherever a number is coerced, not 500s from SQLite', async (t) => {
  const app = await build(t)
  for (const [url, location, pointer] of [
    ['/v1/articles?limit=Infinity', 'querystring', '/limit'],
    ['/v1/articles?limit=1e999', 'querystring', '/limit'],
    ['/v1/search?q=Kim&limit=-Infinity', 'querystring', '/limit'],
    [`/v1/articles/${SAMPLE_ARTICLE_ID}/sections/Infinity`, 'params', '/position']
  ] as const) {
    const response = await app.inject({ url })
    t.equal(response.statusCode, 400, url)
    t.match(problemOf(response), { code: 'CONTENT_ERR_VALIDATION', errors: [{ location, pointer, message: 'must be a finite number' }] })
  }
  const media = await app.inject({ method: 'POST', url: '/v1/media', headers: keyHeaders(app, ['content:write']), payload: { type: 'video', durationSeconds: '1e400' } })
  t.equal(media.statusCode, 400)
  t.match(problemOf(media), { detail: "body field '/durationSeconds' must be a finite number" })
  t.equal((await app.inject({ url: '/v1/articles?limit=100' })).statusCode, 200, 'finite numbers still pass')
})
