// A word in most of a large archive: unfiltered searches rank only the newest SEARCH_WINDOW matches.
import t from 'tap'
import { SEARCH_WINDOW } from '../../src/repositories/article-search.js'
import { articleInput, build } from '../helper.js'

t.test('an unfiltered search ranks the newest matches; a filtered one ranks them all', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const now = new Date().toISOString()
  // The oldest article would rank first: the word is in its title. SEARCH_WINDOW newer ones have it in the body.
  const oldest = articleInput({ title: 'Quittengelee aus Köln', publishedAt: '2020-01-01T00:00:00.000Z' })
  app.articles.save(oldest, now)
  app.articles.saveAll(Array.from({ length: SEARCH_WINDOW }, () => articleInput({ sections: [{ heading: null, blocks: [{ type: 'paragraph', text: 'Ein Glas Quittengelee zum Frühstück.' }] }] })), now)
  const unfiltered = (await app.inject({ url: '/v1/search?q=quittengelee&limit=5' })).json()
  t.equal(unfiltered.items.length, 5)
  t.notOk(unfiltered.items.some((item: { id: string }) => item.id === oldest.id), 'the oldest match is outside the window')
  const filtered = (await app.inject({ url: '/v1/search?q=quittengelee&limit=5&language=de' })).json()
  t.equal(filtered.items[0].id, oldest.id, 'with a filter every match is ranked, and the title match wins')
})
