import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import t from 'tap'
import { ImportError, parseArticle } from '../../src/import/importer.js'
import { SAMPLE_PATH } from '../../src/import/sample.js'
import { build, keyHeaders, SAMPLE_ARTICLE_ID } from '../helper.js'
import { blockTexts } from '../../src/lib/rich-text.js'

// Property tests: page furniture inserted anywhere between a page's blocks never reaches its text, and HTML of any
// nesting and size gets an answer while the server goes on answering reads.
const SHAPES = new URL('../fixtures/pages/shapes/', import.meta.url)
const PAGES: Array<[string, string]> = [
  ...readdirSync(SHAPES).sort().map((name): [string, string] => [name, readFileSync(new URL(name, SHAPES), 'utf8')]),
  ...['tagesschau-shape.txt', 'video-lines.txt', 'mid-body.txt'].map((name): [string, string] => [name, readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8')]),
  ['sample', readFileSync(SAMPLE_PATH, 'utf8')]
]

// What players, sharing bars, consent banners and author boxes leave in a scrape, as whole blocks.
const FURNITURE = [
  '3 min', '0:52 min', '12:05 min', '11.02.2023 | 3 min', '12.05.2021 | 12:05 min', '3 min\n3 min',
  '3 min 3 min 14.05.2020 14.05.2020 Verfügbarkeit: Video verfügbar bis 14.05.2022 Video herunterladen',
  'Video verfügbar bis 27.09.2023', 'Beitragslänge: 2 min', 'Beitragslänge:\n1 min',
  'Teilen', 'Drucken', 'Merken', 'Facebook\nWhatsApp\nE-Mail', 'Link kopieren', 'Nach oben',
  'Bitte beachten Sie die Nutzungsbedingungen des ZDF.', 'Um zu verstehen, wie unsere Webseite genutzt wird, nutzen wir Cookies und andere Techniken.',
  'Um Sendungen mit einer Altersbeschränkung zu jeder Tageszeit anzuschauen, können Sie jetzt eine Altersprüfung durchführen.',
  'von\nPaula Probe\n|\nUpdate', 'von Paula Probe | Update', 'Stand: 12.03.2024 10:00 Uhr', 'Datum: 01.02.2023'
]
// Furniture that scrapes run straight into the end of a sentence.
const GLUED = ['03.04.2021 | 1:15 min', '14.05.2020 | 3 min', ' 01.01.2022 | 10:00 min']
const LEAKED = /\d+(?::\d{2})? min\b|verfügbar bis|herunterladen|Beitragslänge|^(?:Teilen|Drucken|Merken|Facebook|WhatsApp|E-Mail|Link kopieren|Nach oben|Update|\|)$|Nutzungsbedingungen|Cookies|Altersprüfung|Paula Probe|Stand: 12\.03\.2024|Datum:/

/** The page's blocks with furniture between them, and some furniture glued to the end of sentences. */
function withFurniture (page: string, insertions: Array<{ at: number, item: number, glued: boolean }>): string {
  const blocks = page.split(/\n[ \t]*\n/)
  for (const { at, item, glued } of insertions) {
    const index = at % (blocks.length + 1)
    if (glued) {
      const target = index % blocks.length
      const block = blocks[target] ?? ''
      if (/[.!?]$/.test(block.trimEnd())) blocks[target] = `${block.trimEnd()}${GLUED[item % GLUED.length] ?? ''}`
    } else {
      blocks.splice(index, 0, FURNITURE[item % FURNITURE.length] ?? '')
    }
  }
  return blocks.join('\n\n')
}

t.test('furniture inserted into a page never reaches its title, teaser, captions or body', async (t) => {
  let parsed = 0
  let runs = 0
  fc.assert(fc.property(
    fc.integer({ min: 0, max: PAGES.length - 1 }),
    fc.array(fc.record({ at: fc.nat(), item: fc.nat(), glued: fc.boolean() }), { minLength: 1, maxLength: 6 }),
    (page, insertions) => {
      runs++
      const [name, text] = PAGES[page] ?? ['', '']
      let article
      try {
        article = parseArticle(name, withFurniture(text, insertions))
      } catch (error) {
        // Furniture may leave a page without body (a caption is no paragraph); it must never be taken for text.
        if (error instanceof ImportError) return true
        throw error
      }
      parsed++
      const texts = [
        article.title, article.teaser, article.kicker,
        ...article.sections.flatMap((s) => [s.heading, ...s.blocks.flatMap(blockTexts)]),
        ...article.media.map((m) => m.caption)
      ].filter((x): x is string => x !== null)
      const leak = texts.find((text) => LEAKED.test(text))
      if (leak !== undefined) throw new Error(`${name}: furniture in "${leak}"`)
      return true
    }
  ), { numRuns: 400, seed: 22 })
  t.ok(parsed > runs * 0.8, `${parsed} of ${runs} pages with furniture still imported`)
})

t.test('HTML of random nesting and size is answered, and reads are answered meanwhile', async (t) => {
  const app = await build(t)
  const headers = { ...keyHeaders(app, ['content:write']), 'content-type': 'text/html' }
  await fc.assert(fc.asyncProperty(
    fc.integer({ min: 0, max: 120_000 }),
    fc.integer({ min: 1, max: 4_000 }),
    fc.constantFrom('div', 'section', 'span', 'p', 'li', 'blockquote', 'b'),
    async (depth, width, tag) => {
      const page = `<html><body><article><h1>Zufällig</h1>${`<${tag}>`.repeat(depth)}${'<p>Ein Satz über Köln.</p>'.repeat(width)}${`</${tag}>`.repeat(depth)}</article></body></html>`
      let settled = false
      const importing = app.inject({ method: 'POST', url: '/v1/imports', headers, payload: page }).finally(() => { settled = true })
      const read = await app.inject({ url: `/v1/articles/${SAMPLE_ARTICLE_ID}` })
      if (read.statusCode !== 200) throw new Error(`a read during the import answered ${read.statusCode}`)
      const response = await importing
      if (![200, 201, 400].includes(response.statusCode)) throw new Error(`depth ${depth}, width ${width}, <${tag}>: ${response.statusCode} ${response.body.slice(0, 200)}`)
      return settled
    }
  ), { numRuns: 12, seed: 22 })
  t.pass('every import answered 200, 201 or 400')
})
