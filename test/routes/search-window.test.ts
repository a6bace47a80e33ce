// A word in most of a large archive: searches rank only the newest SEARCH_WINDOW matches that pass their filters.
import t from 'tap'
import { FACET_BASIS, SEARCH_WINDOW } from '../../src/repositories/article-search.js'
import { articleInput, build } from '../helper.js'

t.test('a search ranks the newest matches that pass its filters', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const now = new Date().toISOString()
  // The oldest article would rank first: the word is in its title. More than SEARCH_WINDOW (and FACET_BASIS) newer
  // ones have it in the body.
  const newer = Math.max(SEARCH_WINDOW, FACET_BASIS)
  const oldest = articleInput({ title: 'Quittengelee aus Köln', breadcrumb: ['Genuss'], tags: ['Rezept'], publishedAt: '2020-01-01T00:00:00.000Z' })
  app.context.articleStore.save(oldest, now)
  app.context.articleStore.saveAll(Array.from({ length: newer }, () => articleInput({ sections: [{ heading: null, blocks: [{ type: 'paragraph', text: 'Ein Glas Quittengelee zum Frühstück.' }] }] })), now)
  const unfiltered = (await app.inject({ url: '/v1/search?q=quittengelee&limit=5' })).json()
  t.equal(unfiltered.items.length, 5)
  t.notOk(unfiltered.items.some((item: { id: string }) => item.id === oldest.id), 'the oldest match is outside the window')
  for (const filter of ['category=Genuss', 'tag=Rezept', 'since=2019-12-31&until=2020-01-02']) {
    const filtered = (await app.inject({ url: `/v1/search?q=quittengelee&limit=5&${filter}` })).json()
    t.same(filtered.items.map((item: { id: string }) => item.id), [oldest.id], `a filter that keeps the old match finds it (${filter})`)
  }
  const counted = (await app.inject({ url: '/v1/search?q=quittengelee&limit=1&count=true&facets=category' })).json()
  t.same(counted.total, { value: newer + 1, exact: true })
  t.equal(counted.facets.complete, false, 'facets over the newest matches only say so')
})
