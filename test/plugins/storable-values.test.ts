import t from 'tap'
import { isNonFinite, isUnstorableText, pointersWhere } from '../../src/plugins/storable-values.js'
import { articleWrite, build, keyHeaders, problemOf, SAMPLE_ARTICLE_ID } from '../helper.js'

t.test('pointersWhere finds matching values anywhere, as JSON pointers', async (t) => {
  t.same(pointersWhere({ a: 1, b: [2, Infinity], 'c/d': { e: Number.NaN } }, isNonFinite), ['/b/1', '/c~1d/e'])
  t.same(pointersWhere(undefined, isNonFinite), [])
  t.same(pointersWhere(-Infinity, isNonFinite), [''])
  t.same(pointersWhere({ a: 'ok', b: ['x\u0000'], c: '\ud800', d: '\udc00x', e: '😀' }, isUnstorableText), ['/b/0', '/c', '/d'])
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

t.test('text with U+0000 or an unpaired surrogate is a 400 naming the field, not a 500 or a silently changed article', async (t) => {
  const app = await build(t)
  const headers = keyHeaders(app, ['content:write'])
  for (const [payload, pointer] of [
    [articleWrite({ title: '\u0000' }), '/title'],
    [articleWrite({ teaser: 'Vor\u0000spann' }), '/teaser'],
    [articleWrite({ sections: [{ blocks: [{ type: 'paragraph', text: 'Absatz \ud800' }] }] }), '/sections/0/blocks/0/text']
  ] as const) {
    const response = await app.inject({ method: 'POST', url: '/v1/articles', headers: { ...headers, 'content-type': 'application/json' }, payload: JSON.stringify(payload) })
    t.equal(response.statusCode, 400, pointer)
    t.match(problemOf(response), { errors: [{ location: 'body', pointer, message: 'must not contain U+0000 or unpaired surrogates' }] })
  }
  const patch = await app.inject({ method: 'PATCH', url: `/v1/articles/${SAMPLE_ARTICLE_ID}`, headers: { ...headers, 'if-match': '*', 'content-type': 'application/merge-patch+json' }, payload: '{"kicker":"\\u0000"}' })
  t.equal(patch.statusCode, 400)
  const fine = await app.inject({ method: 'POST', url: '/v1/articles', headers, payload: articleWrite({ title: 'Emoji 😀, Tab\tund Zeile\nweiter' }) })
  t.equal(fine.statusCode, 201, 'surrogate pairs, tabs and newlines are fine')
})
