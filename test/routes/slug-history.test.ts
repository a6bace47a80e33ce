// A changed slug keeps its old URL working (301 to the current one), and partner formats identify the article by
// something a slug change leaves alone.
import t from 'tap'
import { articleWrite, build, keyHeaders } from '../helper.js'

const MERGE = { 'content-type': 'application/merge-patch+json', 'if-match': '*' }

t.test('an old slug answers 301 to the current one until another article takes it', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const editor = keyHeaders(app, ['content:write', 'content:preview'])
  const article = (await app.inject({ method: 'POST', url: '/v1/articles', headers: editor, payload: articleWrite({ slug: 'strassenfest-koeln' }) })).json()
  const ninjsBefore = (await app.inject({ url: `/v1/articles/${article.id as string}?format=ninjs` })).json()
  const jsonldBefore = (await app.inject({ url: `/v1/articles/${article.id as string}?format=jsonld` })).json()
  const renamed = await app.inject({ method: 'PATCH', url: `/v1/articles/${article.id as string}`, headers: { ...editor, ...MERGE }, payload: { slug: 'strassenfest-am-rhein' } })
  t.equal(renamed.statusCode, 200)

  const old = await app.inject({ url: '/v1/articles/slug/strassenfest-koeln' })
  t.equal(old.statusCode, 301)
  t.equal(old.headers.location, '/v1/articles/slug/strassenfest-am-rhein')
  const withQuery = await app.inject({ url: '/v1/articles/slug/strassenfest-koeln?format=ninjs' })
  t.equal(withQuery.headers.location, '/v1/articles/slug/strassenfest-am-rhein?format=ninjs', 'the query comes along')
  t.equal((await app.inject({ url: old.headers.location as string })).json().id, article.id, 'and leads to the article')

  const renamedAgain = await app.inject({ method: 'PATCH', url: `/v1/articles/${article.id as string}`, headers: { ...editor, ...MERGE }, payload: { slug: 'strassenfest-2025' } })
  t.equal(renamedAgain.statusCode, 200)
  t.equal((await app.inject({ url: '/v1/articles/slug/strassenfest-koeln' })).headers.location, '/v1/articles/slug/strassenfest-2025', 'every old slug leads to the current one')

  t.equal((await app.inject({ url: `/v1/articles/${article.id as string}?format=ninjs` })).json().uri, ninjsBefore.uri, 'the ninjs uri stays')
  t.equal((await app.inject({ url: `/v1/articles/${article.id as string}?format=jsonld` })).json()['@id'], jsonldBefore['@id'], 'the JSON-LD @id stays')

  const other = await app.inject({ method: 'POST', url: '/v1/articles', headers: editor, payload: articleWrite({ slug: 'strassenfest-koeln', title: 'Ein anderes Fest' }) })
  t.equal(other.statusCode, 201, 'an old slug can be taken')
  const taken = await app.inject({ url: '/v1/articles/slug/strassenfest-koeln' })
  t.equal(taken.statusCode, 200, 'and then it is that article\'s')
  t.equal(taken.json().id, other.json().id)
})

t.test('an old slug reveals nothing of an article the reader may not see', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const editor = keyHeaders(app, ['content:write', 'content:preview'])
  const article = (await app.inject({ method: 'POST', url: '/v1/articles', headers: editor, payload: articleWrite({ slug: 'vorher' }) })).json()
  await app.inject({ method: 'PATCH', url: `/v1/articles/${article.id as string}`, headers: { ...editor, ...MERGE }, payload: { slug: 'nachher', status: 'unpublished' } })
  const anonymous = await app.inject({ url: '/v1/articles/slug/vorher' })
  t.equal(anonymous.statusCode, 404)
  t.notMatch(JSON.stringify(anonymous.headers) + anonymous.body, 'nachher')
  const preview = await app.inject({ url: '/v1/articles/slug/vorher', headers: editor })
  t.equal(preview.statusCode, 301, 'a preview key is redirected')
  t.equal(preview.headers['cache-control'], 'private, no-store')
})
