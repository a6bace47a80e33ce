import t from 'tap'
import { MAX_TERMS, parseSearch, spellingVariants, toFtsQuery } from '../../src/search/query.js'

t.test('words, phrases, prefixes and operators become a quoted FTS5 expression over stems', async (t) => {
  t.equal(toFtsQuery('Kim'), '"kim"')
  t.equal(toFtsQuery('Kim Putin'), '("kim" AND "putin")')
  t.equal(toFtsQuery('Kim AND Putin'), '("kim" AND "putin")')
  t.equal(toFtsQuery('Kim OR Putin'), '("kim" OR "putin")')
  t.equal(toFtsQuery('Kim NOT Putin'), '("kim" NOT "putin")')
  t.equal(toFtsQuery('(Kim OR Putin) Moskau'), '(("kim" OR "putin") AND "moskau")')
  t.equal(toFtsQuery('Wladi*'), '"wladi"*')
  t.equal(toFtsQuery('"Nichts Greifbares"'), '"nicht greifbar"', 'a phrase is a phrase of stems')
  t.equal(toFtsQuery('PR-Erfolg'), '"pr erfolg"', 'a hyphenated word is a phrase of its parts')
  t.equal(toFtsQuery('and or not'), '((("and" AND "or") AND "not"))'.slice(1, -1), 'lower-case operators are words')
  t.equal(toFtsQuery('Kim "" ,,, Putin'), '("kim" AND "putin")', 'empty phrases and punctuation are skipped')
  t.equal(toFtsQuery('"a""b"'), '("a" AND "b")')
})

t.test('German spellings are searched together', async (t) => {
  t.same(spellingVariants('gespraeche'), ['gespraeche', 'gesprache'])
  t.same(spellingVariants('strasse'), ['strasse', 'straße'])
  t.same(spellingVariants('straße'), ['straße', 'strasse'])
  t.same(spellingVariants('quelle'), ['quelle'], 'no umlaut in "que"')
  t.same(spellingVariants('kim'), ['kim'])
  t.equal(spellingVariants('aeaeaeaeae').length, 16, 'variants are capped')
  t.equal(toFtsQuery('Gespraeche'), '("gespraech" OR "gesprach")')
  const phrase = toFtsQuery('"groesste Strasse"')
  t.equal(phrase, '("groesst strass" OR "grosst strass")', 'a phrase varies word by word; ß and ss meet in the stem')
})

t.test('inflected forms meet in their stem; prefixes reach stems and longer words', async (t) => {
  const pairs: Array<[string, string]> = [['Gesprächen', 'Gespräch'], ['gespraeche', 'Gespräche'], ['Tempolimits', 'Tempolimit'], ['Straße', 'strasse'], ['Ausschüsse', 'Ausschuss'], ['Autos', 'Auto']]
  for (const [a, b] of pairs) {
    const stemsOf = (q: string): string[] => [...parseSearch(q).highlight.stems]
    t.ok(stemsOf(a).some((s) => stemsOf(b).includes(s)), `${a} and ${b} share a stem`)
  }
  t.match(toFtsQuery('Zins'), '"zins"', 'a singular also finds the plural\'s stem')
  t.match(toFtsQuery('Gespräche*'), '"gesprach"*', 'a prefix is also tried as its stem')
  t.same(parseSearch('Kim NOT Putin').highlight.stems, new Set(['kim']), 'words after NOT are not marked')
  t.equal(parseSearch('"Deutsche Bahn"').highlight.phrases.length, 1, 'a phrase is marked as a phrase')
})

t.test('queries that cannot be run are refused with the reason', async (t) => {
  const cases: Array<[string, RegExp]> = [
    ['', /no words/],
    ['!!! ??? ...', /no words/],
    [',;:'.repeat(334), /no words/],
    ['AND OR NOT', /only operators/],
    ['( )', /only operators/],
    ['"Nichts Greifbares', /opening quote without a closing one/],
    ['NOT Kim', /NOT needs a word before it/],
    ['Kim AND', /ends where a word was expected/],
    ['OR Kim', /OR needs a word on each side/],
    ['(Kim', /opening parenthesis without a closing one/],
    ['Kim)', /closing parenthesis without an opening one/],
    ['Kim () Putin', /empty or unopened parenthesis/],
    [Array.from({ length: MAX_TERMS + 1 }, (_, i) => `w${i}`).join(' '), /more than 32 search terms/]
  ]
  for (const [query, reason] of cases) t.throws(() => toFtsQuery(query), reason, JSON.stringify(query.slice(0, 40)))
})
