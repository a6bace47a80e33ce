// Prefix searches run as the words the index holds: the same matches as FTS5's own prefix query, new words found by
// the next search, a prefix of more than MAX_EXPANSIONS words left to FTS5, and nothing hidden found through them.
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

t.test('a prefix of more than MAX_EXPANSIONS words stays FTS5\'s own prefix query', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const now = new Date().toISOString()
  const count = MAX_EXPANSIONS + 10
  const names = Array.from({ length: count }, (_, i) => `zett${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`)
  app.context.articleStore.saveAll(names.map((name) => articleInput({ title: `Über ${name}` })), now)
  const prefixes = new SearchPrefixes(app.context.db, 'preview')
  t.equal(prefixes.expand('"zett"*'), '"zett"*', 'too many words: left as it is')
  const narrower = prefixes.expand('"zettb"*').match(/"[^"]*"/g) ?? []
  t.ok(narrower.length > 1 && narrower.every((phrase) => phrase.startsWith('"zettb')), 'a narrower prefix is expanded')
  t.equal(prefixes.expand('"nichtda"*'), '"nichtda"*', 'a prefix no word begins stays as it is')
  t.equal(prefixes.expand('"zettaa"'), '"zettaa"', 'no prefix, nothing to do')
  const phrases = prefixes.expand('"uber zettb"*').match(/"[^"]*"/g) ?? []
  t.ok(phrases.length > 1 && phrases.every((phrase) => phrase.startsWith('"uber zettb')), 'a phrase keeps its words before the prefix')
  const lists = new ArticleListRepository(app.context.db, 'preview')
  const found = lists.search({ query: parseSearch('zett*').match, filters: {}, limit: 100, offset: 0 }, now, undefined).rows
  t.equal(found.length, count, 'every article found')
})

t.test('scheduled articles\' words never change what a prefix finds for the public', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const now = new Date().toISOString()
  const later = new Date(Date.now() + 86_400_000).toISOString()
  const words = (from: number, to: number): string[] => Array.from({ length: to - from }, (_, i) => `quarz${String(from + i).padStart(3, '0')}x`)
  // Public words just under the cap, then scheduled words that sort before them and carry it over.
  app.context.articleStore.saveAll(words(10, MAX_EXPANSIONS + 5).map((word) => articleInput({ title: `Über ${word}` })), now)
  const titles = async (): Promise<string[]> => ((await app.inject({ url: '/v1/search?q=quarz*&limit=100' })).json() as { items: Array<{ title: string }> }).items.map((item) => item.title).sort()
  const before = await titles()
  app.context.articleStore.saveAll(words(0, 10).map((word) => articleInput({ title: `Geplant ${word}`, status: 'scheduled', publishedAt: later })), now)
  t.same(await titles(), before, 'the same public articles')
  t.equal(before.length, MAX_EXPANSIONS - 5)
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
