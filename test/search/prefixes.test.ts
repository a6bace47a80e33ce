// Prefix searches run as the words the index holds: the same matches as FTS5's own prefix query, new words found by
// the next search, at most MAX_EXPANSIONS words per prefix, and nothing hidden found through them.
import t from 'tap'
import { ArticleListRepository } from '../../src/repositories/article-list.js'
import { MAX_EXPANSIONS, SearchPrefixes } from '../../src/repositories/search-prefixes.js'
import { parseSearch } from '../../src/search/query.js'
import { articleInput, build } from '../helper.js'

const paragraph = (text: string): ReturnType<typeof articleInput>['sections'] => [{ heading: null, blocks: [{ type: 'paragraph', text }] }]

const TEXTS = [
  'Die Regierung berät über den Haushalt; Regierungssprecher schweigen.',
  'Regierungen in Europa streiten über Straßenbahnen und Straßen.',
  'Der Straßenbau in Köln stockt, die Gespräche gehen weiter.',
  'Gesprächsrunden über Großprojekte: Gespräche ohne Ergebnis.',
  'Ein Fußballspiel in Düsseldorf, die Fußgängerzone ist voll.',
  'Größere Projekte, große Pläne, größte Sorgen.'
]

t.test('a prefix finds what FTS5\'s own prefix query finds, for every prefix of every word', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const now = new Date().toISOString()
  app.context.articleStore.saveAll(TEXTS.map((text, i) => articleInput({ title: `Meldung ${i}`, sections: paragraph(text) })), now)
  const lists = new ArticleListRepository(app.context.db, 'preview')
  const native = app.context.db.prepare('SELECT rowid FROM search_public WHERE search_public MATCH ? UNION SELECT rowid FROM search_hidden WHERE search_hidden MATCH ?')
  const seqOf = app.context.db.prepare('SELECT seq FROM articles WHERE id = ?').pluck()
  const words = new Set(TEXTS.join(' ').toLowerCase().match(/\p{L}+/gu) ?? [])
  let checked = 0
  for (const word of words) {
    for (let length = 2; length <= Math.min(word.length, 7); length++) {
      const q = `${word.slice(0, length)}*`
      const match = parseSearch(q).match
      const expected = (native.all(match, match) as Array<{ rowid: number }>).map((row) => row.rowid).sort((a, b) => a - b)
      const found = lists.search({ query: match, filters: {}, limit: 100, offset: 0 }, now, undefined).rows
        .map((row) => seqOf.get(row.id) as number).sort((a, b) => a - b)
      t.same(found, expected, `${q}: the same articles`)
      checked++
    }
  }
  t.ok(checked > 50, `${checked} prefixes`)
})

t.test('a word written after a search is found by the next prefix search', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const now = new Date().toISOString()
  const lists = new ArticleListRepository(app.context.db, 'preview')
  const search = (q: string): string[] => lists.search({ query: parseSearch(q).match, filters: {}, limit: 100, offset: 0 }, now, undefined).rows.map((row) => row.title)
  app.context.articleStore.saveAll([articleInput({ title: 'Quittengelee aus Köln' })], now)
  t.same(search('Quitt*'), ['Quittengelee aus Köln'])
  t.same(search('Quitz*'), [])
  app.context.articleStore.saveAll([articleInput({ title: 'Quitzow und die Mark' })], now)
  t.same(search('Quitz*'), ['Quitzow und die Mark'], 'the new word, at once')
  t.same(search('Quit*').sort(), ['Quittengelee aus Köln', 'Quitzow und die Mark'])
})

t.test('a prefix stands for at most MAX_EXPANSIONS words, the first in the index\'s order', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const now = new Date().toISOString()
  const count = MAX_EXPANSIONS + 10
  const names = Array.from({ length: count }, (_, i) => `zett${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`)
  app.context.articleStore.saveAll(names.map((name) => articleInput({ title: `Über ${name}` })), now)
  const prefixes = new SearchPrefixes(app.context.db, 'preview')
  const expanded = prefixes.expand('"zett"*')
  t.equal(expanded.match(/"[^"]*"/g)?.length, MAX_EXPANSIONS)
  t.ok(expanded.includes('"zettaa"') && !expanded.includes(`"${names.at(-1) as string}"`), 'the first words kept')
  t.equal(prefixes.expand('"nichtda"*'), '"nichtda"*', 'a prefix no word begins stays as it is')
  t.equal(prefixes.expand('"zettaa"'), '"zettaa"', 'no prefix, nothing to do')
  const phrases = prefixes.expand('"uber zettb"*').match(/"[^"]*"/g) ?? []
  t.ok(phrases.length > 1 && phrases.every((phrase) => phrase.startsWith('"uber zettb')), 'a phrase keeps its words before the prefix')
})

t.test('the public half only: a hidden article\'s words expand nothing a reader can find', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const now = new Date().toISOString()
  app.context.articleStore.saveAll([
    articleInput({ title: 'Xylophonkonzert im Park' }),
    articleInput({ title: 'Xylographie: geheimer Entwurf', status: 'draft', publishedAt: null })
  ], now)
  const response = await app.inject({ url: '/v1/search?q=Xylo*' })
  t.equal(response.statusCode, 200)
  t.same(response.json().items.map((item: { title: string }) => item.title), ['Xylophonkonzert im Park'])
  const prefixes = new SearchPrefixes(app.context.db, 'public')
  t.notOk(prefixes.expand('"xylo"*').includes('xylograph'), 'the draft\'s word is not among the public words')
})
