import t from 'tap'
import { articleInput, build, problemOf, SAMPLE_ARTICLE_ID } from '../helper.js'

t.test('GET /v1/articles/{id}/sections lists the five sections', async (t) => {
  const app = await build(t)
  const response = await app.inject({ url: `/v1/articles/${SAMPLE_ARTICLE_ID}/sections` })
  t.equal(response.statusCode, 200)
  const { items } = response.json()
  t.equal(items.length, 5)
  t.match(items[0], { position: 1, heading: null, blocks: [{ type: 'paragraph', text: /^Fünf Stunden/ }] })
  t.match(items[4], { position: 5, heading: 'Nichts Greifbares' })
})

t.test('GET /v1/articles/{id}/sections/{position} returns one section', async (t) => {
  const app = await build(t)
  const response = await app.inject({ url: `/v1/articles/${SAMPLE_ARTICLE_ID}/sections/2` })
  t.equal(response.statusCode, 200)
  t.match(response.json(), { position: 2, heading: 'Keine Erklärungen', blocks: [{ type: 'paragraph' }, { type: 'paragraph' }] })
})

t.test('a missing section or article is a 404 problem', async (t) => {
  const app = await build(t)
  const section = await app.inject({ url: `/v1/articles/${SAMPLE_ARTICLE_ID}/sections/6` })
  t.equal(section.statusCode, 404)
  t.equal(problemOf(section).detail, `Article '${SAMPLE_ARTICLE_ID}' has no section 6`)
  for (const url of ['/v1/articles/zzzzzzzzzzzzzzzz/sections', '/v1/articles/zzzzzzzzzzzzzzzz/sections/1']) {
    const response = await app.inject({ url })
    t.equal(response.statusCode, 404, url)
    t.equal(problemOf(response).detail, "No article with id 'zzzzzzzzzzzzzzzz'")
  }
})

t.test('the sections of an unpublished article are not shown', async (t) => {
  const app = await build(t)
  const draft = articleInput({ status: 'draft' })
  app.context.articleStore.save(draft, new Date().toISOString())
  t.equal((await app.inject({ url: `/v1/articles/${draft.id}/sections` })).statusCode, 404)
  t.equal((await app.inject({ url: `/v1/articles/${draft.id}/sections/1` })).statusCode, 404)
})

t.test('bad positions are 400 problems', async (t) => {
  const app = await build(t)
  const cases: Array<[string, string]> = [
    ['0', 'must be >= 1'],
    ['-1', 'must be >= 1'],
    ['abc', 'must be integer'],
    ['1.5', 'must be integer'],
    ['10001', 'must be <= 10000']
  ]
  for (const [position, message] of cases) {
    const response = await app.inject({ url: `/v1/articles/${SAMPLE_ARTICLE_ID}/sections/${position}` })
    t.equal(response.statusCode, 400, position)
    const problem = problemOf(response)
    t.equal(problem.detail, `path parameter 'position' ${message}`)
    t.same(problem.errors, [{ location: 'params', pointer: '/position', message }])
  }
  const badId = await app.inject({ url: '/v1/articles/abc/sections/1' })
  t.equal(badId.statusCode, 400)
  t.match(problemOf(badId).detail, /path parameter 'id'/)
})
