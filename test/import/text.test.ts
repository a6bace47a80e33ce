import { readFileSync } from 'node:fs'
import t from 'tap'
import { NotAnArticleError } from '../../src/import/parsed.js'
import { parseText } from '../../src/import/text.js'
import { SAMPLE_PATH } from '../../src/import/sample.js'

const sample = parseText(readFileSync(SAMPLE_PATH, 'utf8'))

/** Every string anywhere in a value. */
function strings (value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

t.test('the sample page: title line, teaser, no date', async (t) => {
  t.equal(sample.kicker, 'Bilanz des Kim-Putin-Treffens')
  t.equal(sample.title, 'Wenig Substanz, aber PR-Erfolg für Kim')
  t.equal(sample.teaser, 'Nordkoreas Machthaber Kim sucht die Nähe zu Moskau. Bei seinem Treffen mit Kremlchef Putin kam wenig Greifbares heraus. Doch dessen verbale Unterstützung ist ein PR-Erfolg für Kim.')
  t.equal(sample.language, 'de')
  t.same(sample.breadcrumb, [])
  t.equal(sample.publishedAt, null, 'the empty "Datum:" gives no date')
  t.same(sample.warnings, ['no publication date found'])
})

t.test('the sample page: five sections, nine paragraphs', async (t) => {
  t.same(sample.sections.map((s) => s.heading), [null, 'Keine Erklärungen', 'PR-Erfolg für Kim', 'Moskau will Vermittler sein', 'Nichts Greifbares'])
  t.same(sample.sections.map((s) => s.blocks.length), [1, 2, 2, 2, 2])
  const paragraphs = sample.sections.flatMap((s) => s.blocks)
  t.equal(paragraphs.length, 9)
  t.ok(paragraphs.every((b) => b.type === 'paragraph'))
  t.match(paragraphs[0], { text: /^Fünf Stunden dauerten die Gespräche/ })
  t.match(paragraphs[8], { text: /asiatisch-pazifischen Region bilden\.$/ })
  t.match(paragraphs[6], { text: /^"Überdies hat der Besuch .* bescheidene Rolle spielt\."$/ }, 'no-break spaces around the quote are gone')
})

t.test('the sample page: the lead video', async (t) => {
  t.match(sample.media, [{
    type: 'video',
    caption: 'Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok getroffen. Im Atomstreit konnte jedoch keine Einigung erzielt werden.',
    durationSeconds: 60,
    date: null
  }])
})

t.test('the sample page: no boilerplate and normalised whitespace in any text', async (t) => {
  const texts = strings(sample)
  for (const marker of ['Mein ZDF', 'Embed-Code', 'Cookies', 'Altersprüfung', 'Kinderbereich', 'Sie sind hier', 'Datum:', 'Beitragslänge', 'Nutzungsbedingungen']) {
    t.notOk(texts.some((text) => text.includes(marker)), `no "${marker}"`)
  }
  t.notOk(texts.some((text) => /\u00a0| {2}|^\s|\s$/.test(text)), 'no no-break spaces, double or edge spaces')
})

t.test('a page with a breadcrumb, a date and a spaced colon', async (t) => {
  const article = parseText(readFileSync(new URL('../fixtures/dated-article.txt', import.meta.url), 'utf8'))
  t.same(article.breadcrumb, ['Nachrichten', 'Wirtschaft'])
  t.equal(article.kicker, 'Energiepreise')
  t.equal(article.title, 'Stadtwerke senken den Gaspreis')
  t.equal(article.publishedAt, '2024-03-14T08:15:00.000Z')
  t.match(article.teaser, /^Viele Haushalte/)
  t.same(article.media, [])
  t.same(article.sections.map((s) => s.heading), [null, 'Was Kundinnen jetzt tun müssen'])
  t.same(article.warnings, [])
})

t.test('a title without kicker, CRLF line ends and a dated video', async (t) => {
  const text = [
    'Ein Titel ohne Dachzeile', '', 'Der Vorspann steht hier.', '',
    'Bildunterschrift zum Video.', '', 'Beitragslänge: 0:52 min', 'Datum: 02.02.2023', '',
    'Der erste Absatz.', '', 'Zwischentitel', '', 'Der zweite Absatz.'
  ].join('\r\n')
  const article = parseText(text)
  t.equal(article.kicker, null)
  t.equal(article.title, 'Ein Titel ohne Dachzeile')
  t.equal(article.teaser, 'Der Vorspann steht hier.')
  t.match(article.media, [{ type: 'video', caption: 'Bildunterschrift zum Video.', durationSeconds: 52, date: '2023-02-01T23:00:00.000Z' }])
  t.same(article.sections, [
    { heading: null, blocks: [{ type: 'paragraph', text: 'Der erste Absatz.' }] },
    { heading: 'Zwischentitel', blocks: [{ type: 'paragraph', text: 'Der zweite Absatz.' }] }
  ])
})

t.test('text that is not an article', async (t) => {
  t.throws(() => parseText(''), new NotAnArticleError('no title line found'))
  t.throws(() => parseText('Sie sind hier:\n\nDatum:\n'), /no title line found/)
  t.throws(() => parseText(readFileSync(new URL('../fixtures/title-only.txt', import.meta.url), 'utf8')), /no body paragraphs/)
  t.throws(() => parseText('Titel\n\nGemerkt auf Mein ZDF! Merken beendet\n\nUm zu verstehen, nutzen wir Cookies.'), /no body paragraphs/, 'boilerplate is no body')
})

t.test('a kicker on its own line right above the headline', async (t) => {
  const article = parseText('Hochwasser an der Elbe\nPegel in Dresden steigt weiter\n\nStand: 14.03.2024 09:12 Uhr\n\nNach tagelangem Regen steigt die Elbe.\n\nDie Feuerwehr füllt Sandsäcke.\n')
  t.equal(article.kicker, 'Hochwasser an der Elbe')
  t.equal(article.title, 'Pegel in Dresden steigt weiter')
  t.equal(article.teaser, 'Nach tagelangem Regen steigt die Elbe.')
  t.same(article.sections.flatMap((s) => s.blocks.map((b) => b.type === 'paragraph' ? b.text : '')), ['Nach tagelangem Regen steigt die Elbe.', 'Die Feuerwehr füllt Sandsäcke.'], 'the teaser with nothing after it to set it apart stays in the body')
  const apart = parseText('Hochwasser an der Elbe\n\nPegel in Dresden steigt weiter\n\nDie Feuerwehr füllt Sandsäcke.\n')
  t.equal(apart.kicker, null, 'with a blank line between, the second line is no headline')
})
