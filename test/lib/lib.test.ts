import t from 'tap'
import { decodeCursor, encodeCursor } from '../../src/lib/cursor.js'
import { toIsoDuration } from '../../src/lib/duration.js'
import { newId, stableId } from '../../src/lib/ids.js'
import { slugify, uniqueSlug } from '../../src/lib/slug.js'
import { countWords, normalizeSpace, readingTimeMinutes } from '../../src/lib/text.js'

t.test('ids are 16 characters of lowercase base32', async (t) => {
  const ids = new Set(Array.from({ length: 1000 }, newId))
  t.equal(ids.size, 1000)
  t.ok([...ids].every((id) => /^[0-9a-z]{16}$/.test(id)), 'all well-formed')
  t.equal(stableId('a'), stableId('a'))
  t.not(stableId('a'), stableId('b'))
  t.match(stableId('x'), /^[0-9a-z]{16}$/)
})

t.test('slugs transliterate German', async (t) => {
  t.equal(slugify('Wenig Substanz, aber PR-Erfolg für Kim'), 'wenig-substanz-aber-pr-erfolg-fuer-kim')
  t.equal(slugify('Größte Änderung: Öl & Übermaß'), 'groesste-aenderung-oel-und-uebermass')
  t.equal(slugify('GROSS oder GROß'), 'gross-oder-gross')
  t.equal(slugify('!!!'), '')
  const long = slugify('Wort '.repeat(60))
  t.ok(long.length <= 92, 'long slugs are cut')
  t.notOk(long.endsWith('-'))
  t.match(long, /^(wort-)*wort$/, 'cut at a word boundary')
  t.equal(uniqueSlug('a', () => false), 'a')
  const taken = new Set(['a', 'a-2'])
  t.equal(uniqueSlug('a', (s) => taken.has(s)), 'a-3')
})

t.test('text helpers', async (t) => {
  t.equal(normalizeSpace('\u00a0 a\u00a0\u00a0b\tc  \u202f'), 'a b c')
  t.equal(countWords('Der PR-Erfolg für Kim, 35-jährig.'), 5)
  t.equal(countWords(''), 0)
  t.equal(readingTimeMinutes(0), 0)
  t.equal(readingTimeMinutes(1), 1)
  t.equal(readingTimeMinutes(200), 1)
  t.equal(readingTimeMinutes(201), 2)
})

t.test('ISO 8601 durations', async (t) => {
  t.equal(toIsoDuration(60), 'PT1M')
  t.equal(toIsoDuration(52), 'PT52S')
  t.equal(toIsoDuration(1401), 'PT23M21S')
  t.equal(toIsoDuration(3723), 'PT1H2M3S')
  t.equal(toIsoDuration(3600), 'PT1H')
  t.equal(toIsoDuration(0), 'PT0S')
})

t.test('cursors round-trip and reject what is not theirs', async (t) => {
  const isPair = (v: unknown[]): v is [string, number] => v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'number'
  const cursor = encodeCursor('list', ['a', 1])
  t.match(cursor, /^[A-Za-z0-9_-]+$/)
  t.same(decodeCursor('list', cursor, isPair), ['a', 1])
  t.throws(() => decodeCursor('other', cursor, isPair), { code: 'CONTENT_ERR_INVALID_CURSOR', statusCode: 400 })
  t.throws(() => decodeCursor('list', encodeCursor('list', ['a', 'b']), isPair), /damaged/)
  t.throws(() => decodeCursor('list', 'bm90IGpzb24', isPair), /not a cursor of this list/)
})
