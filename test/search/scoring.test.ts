// Ranking by where the words stand (what a large archive uses for words too common for bm25) finds exactly what bm25
// ranking finds, for every kind of query and filter, and orders title matches above body matches above compound parts.
import t from 'tap'
import { ArticleListRepository } from '../../src/repositories/article-list.js'
import type { ArticleFilters } from '../../src/repositories/article-filters.js'
import { parseSearch } from '../../src/search/query.js'
import { articleInput, build } from '../helper.js'

const paragraph = (text: string): ReturnType<typeof articleInput>['sections'] => [{ heading: null, blocks: [{ type: 'paragraph', text }] }]

t.test('the same matches as bm25, in an order led by where the words stand', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const now = new Date().toISOString()
  const articles = [
    articleInput({ title: 'Die Straßenbahn fährt wieder', breadcrumb: ['Köln'], tags: ['ÖPNV'], sections: paragraph('Nach dem Sturm rollt die Bahn.') }),
    articleInput({ title: 'Haushaltsausschuss tagt', breadcrumb: ['Politik'], tags: ['Haushalt'], sections: paragraph('Er berät über Gespräche mit der Bahn.') }),
    articleInput({ title: 'Gespräche in Düsseldorf', kicker: 'Bahn', breadcrumb: ['Politik', 'Düsseldorf'], sections: paragraph('Die Gespräche über den Ausschuss dauern an.') }),
    articleInput({ title: 'Wetter: Sturm über der Küste', breadcrumb: ['Wetter'], tags: ['Sturm'], sections: paragraph('Die Deutsche Bahn meldet Ausfälle; Gespräche laufen.') }),
    articleInput({ title: 'Quittengelee aus Köln', breadcrumb: ['Genuss'], tags: ['Rezept'], sections: paragraph('Ein Glas zum Frühstück, dazu Gespräche.') }),
    ...Array.from({ length: 20 }, (_, i) => articleInput({
      title: `Meldung ${i}`,
      breadcrumb: [i % 2 === 0 ? 'Politik' : 'Köln'],
      tags: i % 3 === 0 ? ['Sturm'] : [],
      sections: paragraph(i % 2 === 0 ? 'Die Bahn und der Ausschuss: Gespräche über Straßenbahnen.' : 'Sturm über Düsseldorf, die Straße ist gesperrt.')
    }))
  ]
  app.context.articleStore.saveAll(articles, now)
  const bm25 = new ArticleListRepository(app.context.db, 'preview')
  const placed = new ArticleListRepository(app.context.db, 'preview', { bm25Budget: 0 })
  const queries = ['Bahn', 'Gespräche', 'gespraeche', 'Ausschuss', 'Bahn Ausschuss', 'Bahn OR Sturm', 'Bahn NOT Sturm', '(Bahn OR Sturm) Gespräche',
    '"Deutsche Bahn"', 'Straße', 'Düsseldorf', 'Sturm NOT (Bahn OR Köln)', 'Quittengelee', 'Stras*', 'ÖPNV', 'nichts']
  const filters: ArticleFilters[] = [{}, { category: [['politik']] }, { tag: [['sturm']] }, { category: [['koln'], ['politik']] }]
  for (const q of queries) {
    for (const filter of filters) {
      const search = (lists: ArticleListRepository): string[] => lists.search({ query: parseSearch(q).match, filters: filter, limit: 100, offset: 0 }, now, undefined)
        .rows.map((row) => row.id)
      const exact = search(bm25)
      const byPlace = search(placed)
      t.same([...byPlace].sort(), [...exact].sort(), `${q} ${JSON.stringify(filter)}: the same matches`)
      t.equal(new Set(byPlace).size, byPlace.length, `${q} ${JSON.stringify(filter)}: no match twice`)
    }
  }
  const order = placed.search({ query: parseSearch('Ausschuss').match, filters: {}, limit: 100, offset: 0 }, now, undefined).rows.map((row) => row.id)
  const [ausschuss, gespraeche, sturm] = [articles[1], articles[2], articles[3]].map((a) => order.indexOf(a?.id ?? ''))
  t.ok((gespraeche ?? -1) >= 0 && (ausschuss ?? -1) >= 0, 'body and compound matches are found')
  t.ok((gespraeche ?? 0) < (ausschuss ?? 0), 'a whole word in the body ranks above a compound part in the title')
  t.equal(sturm, -1)
  const bahn = placed.search({ query: parseSearch('Bahn').match, filters: {}, limit: 100, offset: 0 }, now, undefined).rows.map((row) => row.id)
  t.ok(bahn.indexOf(articles[2]?.id ?? '') < bahn.indexOf(articles[3]?.id ?? ''), 'a kicker match ranks above a body match')
  const paged = [0, 5, 10].flatMap((offset) => placed.search({ query: parseSearch('Bahn').match, filters: {}, limit: 5, offset }, now, undefined).rows.map((row) => row.id))
  t.same(paged, bahn.slice(0, 15), 'pages follow one order')
})

t.test('a sparse window (few matches far apart) is ranked row by row, alike', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const now = new Date().toISOString()
  const inTitle = articleInput({ title: 'Der Zaunkönig im Garten', sections: paragraph('Ein kleiner Vogel.') })
  const inBody = articleInput({ title: 'Vögel im Winter', sections: paragraph('Auch der Zaunkönig bleibt.') })
  // More than a thousand articles between the two matches: their window's rowid range is far wider than the window.
  app.context.articleStore.saveAll([inTitle, ...Array.from({ length: 2100 }, () => articleInput()), inBody], now)
  const placed = new ArticleListRepository(app.context.db, 'preview', { bm25Budget: 0 })
  for (const q of ['Zaunkönig', 'Zaunkönig NOT Winter', 'Zaunkönig OR Zaunkoenig', '"der Zaunkönig"']) {
    const ids = placed.search({ query: parseSearch(q).match, filters: {}, limit: 10, offset: 0 }, now, undefined).rows.map((row) => row.id)
    t.equal(ids[0], inTitle.id, `${q}: the title match first`)
  }
  const both = placed.search({ query: parseSearch('Zaunkönig').match, filters: {}, limit: 10, offset: 0 }, now, undefined).rows.map((row) => row.id)
  t.same(both, [inTitle.id, inBody.id])
})
