// The HTML importer keeps what makes a body rich: links (relative ones resolved), emphasis, line breaks, lists,
// tables, quotes, embeds and figures where they stand with their alt text, caption and credit.
import { readFileSync } from 'node:fs'
import t from 'tap'
import { parseArticle } from '../../src/import/importer.js'
import type { Block } from '../../src/schemas/section.js'
import { build, keyHeaders } from '../helper.js'

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8')
const NOW = '2025-06-01T12:00:00.000Z'

t.test('links, emphasis, line breaks, lists, a table, a quote and embeds are read as typed blocks', async (t) => {
  const article = parseArticle('rich.html', fixture('rich.html'))
  const blocks = article.sections.flatMap((section) => section.blocks)
  t.same(blocks[0], {
    type: 'paragraph',
    text: 'Nach Angaben der Landeswahlleiterin lag die Beteiligung bei 72,9 Prozent – so hoch wie seit 1990 nicht.',
    content: [
      { type: 'text', text: 'Nach Angaben der ' },
      { type: 'text', text: 'Landeswahlleiterin', marks: [{ type: 'link', href: 'https://www.wahlen.example.org/landtag' }] },
      { type: 'text', text: ' lag die Beteiligung bei ' },
      { type: 'text', text: '72,9 Prozent', marks: [{ type: 'strong' }] },
      { type: 'text', text: ' – so hoch wie ' },
      { type: 'text', text: 'seit 1990', marks: [{ type: 'emphasis' }] },
      { type: 'text', text: ' nicht.' }
    ]
  }, 'marks and links')
  t.same(blocks[1], {
    type: 'paragraph',
    text: 'Mehr dazu in unserem Bericht vom Wahlkampf und bei dieser Seite.\nFragen an die Redaktion.',
    content: [
      { type: 'text', text: 'Mehr dazu in unserem ' },
      { type: 'text', text: 'Bericht vom Wahlkampf', marks: [{ type: 'link', href: 'https://www.example.org/nachrichten/wahlkampf-100.html' }] },
      { type: 'text', text: ' und bei dieser Seite.' },
      { type: 'break' },
      { type: 'text', text: 'Fragen an ' },
      { type: 'text', text: 'die Redaktion', marks: [{ type: 'link', href: 'mailto:wahl@example.org' }] },
      { type: 'text', text: '.' }
    ]
  }, 'a relative link resolved against the canonical URL, a javascript: link left as its words, a line break, mailto kept')
  t.same(blocks[2], {
    type: 'list',
    style: 'unordered',
    items: [
      { text: 'Die Regierungspartei bleibt knapp vorn.', content: [{ type: 'text', text: 'Die Regierungspartei bleibt ' }, { type: 'text', text: 'knapp', marks: [{ type: 'emphasis' }] }, { type: 'text', text: ' vorn.' }] },
      { text: 'Zwei Parteien scheitern an der Fünf-Prozent-Hürde.' }
    ]
  })
  t.same(blocks[3], { type: 'media', mediaId: '#1', alt: 'Wahlhelfer zählen Stimmzettel aus' }, 'the inline figure stands where it stood, with its alt text')
  t.same(article.media.map((m) => [m.role, m.caption, m.credit]), [
    ['lead', 'Wahlplakate in Potsdam.', 'Foto: Beispielagentur'],
    ['inline', 'Auszählung in einem Wahllokal.', 'Foto: Max Muster']
  ], 'captions and credits')
  t.equal(article.sections[1]?.heading, 'Die Ergebnisse')
  t.same(article.sections[1]?.blocks, [
    { type: 'table', caption: 'Vorläufiges Ergebnis', header: ['Partei', 'Stimmen'], rows: [['Partei A', '30,9 %'], ['Partei B', '29,2 %']] },
    { type: 'list', style: 'ordered', items: [{ text: 'Auszählung der Erststimmen' }, { text: 'Auszählung der Zweitstimmen' }] },
    {
      type: 'quote',
      text: 'Das ist ein großer Abend für die Demokratie.',
      content: [{ type: 'text', text: 'Das ist ein ' }, { type: 'text', text: 'großer', marks: [{ type: 'strong' }] }, { type: 'text', text: ' Abend für die Demokratie.' }],
      attribution: 'Die Ministerpräsidentin'
    },
    { type: 'embed', provider: 'YouTube', url: 'https://www.youtube-nocookie.com/embed/abc123', title: 'Die Wahlparty im Video' },
    { type: 'embed', provider: 'Twitter', url: 'https://twitter.com/beispiel/status/1837', title: 'Die ersten Hochrechnungen sind da.' },
    { type: 'paragraph', text: 'Das amtliche Endergebnis wird in zwei Wochen erwartet.' }
  ])
})

t.test('another page shape: <b>/<i>, a picture in a figure, an embed in a figure, list items holding paragraphs', async (t) => {
  const article = parseArticle('rich-figures.html', fixture('rich-figures.html'))
  const blocks: Block[] = article.sections.flatMap((section) => section.blocks)
  t.same(blocks.map((b) => b.type), ['paragraph', 'media', 'paragraph', 'embed', 'paragraph', 'paragraph', 'paragraph'])
  t.match(blocks[0], { content: [{}, { text: 'Alarmstufe 3', marks: [{ type: 'strong' }] }, {}, { text: 'Landesamt für Umwelt', marks: [{ type: 'link', href: 'https://www.hochwasser.example.org/oder' }] }, {}] })
  t.same(blocks[1], { type: 'media', mediaId: '#0', alt: 'Helfer füllen Sandsäcke am Deich' })
  t.same(article.media.map((m) => [m.role, m.caption, m.credit, m.renditions[0]?.url]), [['inline', 'Sandsäcke für den Deich in Ratzdorf.', 'Foto: dpa', 'https://media.example.org/oder/deich.jpg']])
  t.same(blocks[2], {
    type: 'paragraph',
    text: 'Anwohner sollen Keller räumen und Fahrzeuge aus Senken holen. Informationen gibt es unter der Hotline.',
    content: [{ type: 'text', text: 'Anwohner sollen ' }, { type: 'text', text: 'Keller räumen', marks: [{ type: 'emphasis' }] }, { type: 'text', text: ' und Fahrzeuge aus Senken holen. Informationen gibt es unter der Hotline.' }]
  }, 'a tel: link is left as its words')
  t.same(blocks[3], { type: 'embed', provider: 'Instagram', url: 'https://www.instagram.com/p/C1abc/embed', title: 'Luftaufnahmen vom Deich' })
})

t.test('an imported page keeps its links, alt text and figure placement through the API', async (t) => {
  const app = await build(t)
  const result = app.context.importer.importText('rich.html', fixture('rich.html'), NOW)
  const response = await app.inject({ url: `/v1/articles/${result.articleId}`, headers: await keyHeaders(app, ['content:preview']) })
  t.equal(response.statusCode, 200)
  const article = response.json()
  const blocks = article.sections.flatMap((section: { blocks: Block[] }) => section.blocks)
  const inline = article.media.find((m: { role: string }) => m.role === 'inline')
  t.match(blocks.find((b: Block) => b.type === 'media'), { type: 'media', mediaId: inline.id, alt: 'Wahlhelfer zählen Stimmzettel aus' })
  t.match(blocks[0].content[1], { marks: [{ type: 'link', href: 'https://www.wahlen.example.org/landtag' }] })
  // Words only: no URL of a link or an embed in the count.
  t.equal(article.wordCount, 88)
  const search = await app.inject({ url: '/v1/search?q=example', headers: await keyHeaders(app, ['content:preview']) })
  t.equal(search.json().items.length, 0, 'a link\'s URL is not indexed')
  const words = await app.inject({ url: '/v1/search?q=Landeswahlleiterin', headers: await keyHeaders(app, ['content:preview']) })
  t.equal(words.json().items.length, 1, 'its words are')
})

t.test('hidden and pixel-sized frames are tracking, not embeds', async (t) => {
  const page = (frame: string): string => `<html><body><article><h1>Titel</h1><p>Erster Absatz.</p>${frame}<p>Zweiter Absatz.</p></article></body></html>`
  for (const frame of ['<iframe src="https://track.example.org/p" width="1" height="1"></iframe>', '<iframe src="https://track.example.org/p" hidden></iframe>', '<iframe src="https://track.example.org/p" style="display: none"></iframe>', '<iframe src="javascript:alert(1)"></iframe>']) {
    const blocks = parseArticle('frame.html', page(frame)).sections.flatMap((section) => section.blocks)
    t.same(blocks.map((b) => b.type), ['paragraph', 'paragraph'], frame)
  }
})

t.test('ninjs body_html from another system keeps its marks, lists and sub-headings; unsafe links keep only their words', async (t) => {
  const doc = {
    uri: 'https://www.example.org/ninjs/wahl-1',
    type: 'text',
    headlines: [{ role: 'main', value: 'Wahl in Brandenburg' }],
    bodies: [{
      role: 'main',
      contentType: 'text/html',
      value: '<p>Die <i>Wahl</i> ist <a href="https://www.wahlen.example.org/">entschieden</a>, sagt <a href="javascript:alert(1)">jemand</a>.</p>' +
        '<h3>Die Zahlen</h3><ol><li>Partei <b>A</b></li><li>Partei B</li></ol><figure><img src="https://media.example.org/x.jpg"></figure><p>Ende.</p>'
    }]
  }
  const article = parseArticle('wahl.json', JSON.stringify(doc))
  t.same(article.sections.flatMap((section) => section.blocks), [
    {
      type: 'paragraph',
      text: 'Die Wahl ist entschieden, sagt jemand.',
      content: [
        { type: 'text', text: 'Die ' }, { type: 'text', text: 'Wahl', marks: [{ type: 'emphasis' }] }, { type: 'text', text: ' ist ' },
        { type: 'text', text: 'entschieden', marks: [{ type: 'link', href: 'https://www.wahlen.example.org/' }] }, { type: 'text', text: ', sagt jemand.' }
      ]
    },
    { type: 'subheading', text: 'Die Zahlen' },
    { type: 'list', style: 'ordered', items: [{ text: 'Partei A', content: [{ type: 'text', text: 'Partei ' }, { type: 'text', text: 'A', marks: [{ type: 'strong' }] }] }, { text: 'Partei B' }] },
    { type: 'paragraph', text: 'Ende.' }
  ])
})
