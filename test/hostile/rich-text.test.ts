// Property-based: rich bodies full of hostile text, marks and URLs go through every output that renders them (ninjs
// 3.1 and 2.2 body_html, RSS, Atom, JSON Feed, oEmbed, JSON-LD). Unsafe links are refused with a 400 naming them;
// whatever is stored comes out as text, in markup of the few known elements, with only http(s) and mailto URLs.
import fc from 'fast-check'
import t from 'tap'
import { load } from '../../src/lib/cheerio.js'
import { isLinkUrl, isWebUrl } from '../../src/lib/web-url.js'
import { build, keyHeaders, problemOf } from '../helper.js'

// FC_RUNS_RICH raises the count for a longer hunt by hand; the suite keeps it small.
const RUNS = Number(process.env.FC_RUNS_RICH ?? 15)

const HOSTILE_TEXT = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '\'><svg onload=alert(1)>', '</p></article><iframe src=//evil>',
  ']]><x>', '<!-- ', ' -->', '&amp;', '&lt;b&gt;', '&#x3C;script&#x3E;', '\u2028\u2029', '<a href="javascript:alert(1)">x</a>',
  '</script><script>alert(1)</script>', 'Grüße aus Köln – Straße', '{{constructor.constructor("alert(1)")()}}', '<style>*{}</style>'
]
const HOSTILE_HREFS = [
  'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)', 'file:///etc/passwd', '//evil.example/x', '/relative', 'http:/x', 'mailto:', 'https://', 'http://a b/',
  'http://example.org/"onmouseover="alert(1)', 'https://example.org/#"><script>alert(1)</script>', 'https://www.example.org/a?c=<2>'
]
const SAFE_HREFS = [
  'https://www.example.org/a?b=1&c=2&amp;lt;', "https://example.org/it's", 'mailto:redaktion@example.org?subject=Hallo&body=x',
  'https://xn--kln-sna.de/stra%C3%9Fe', 'http://example.org/%22onmouseover=%22alert(1)', 'https://example.org/#%22%3E%3Cscript%3E'
]

const text = fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.string({ minLength: 1, maxLength: 20 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }))
  .filter((value) => value.trim() !== '')
const href = fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...HOSTILE_HREFS) }, { weight: 15, arbitrary: fc.constantFrom(...SAFE_HREFS) }, { weight: 15, arbitrary: fc.webUrl() })
const mark = fc.oneof({ weight: 2, arbitrary: fc.constant({ type: 'emphasis' }) }, { weight: 2, arbitrary: fc.constant({ type: 'strong' }) }, { weight: 1, arbitrary: href.map((h) => ({ type: 'link', href: h })) })
const span = fc.record({ type: fc.constant('text'), text, marks: fc.uniqueArray(mark, { maxLength: 3, selector: (m) => m.type }) })
const inline = fc.array(fc.oneof({ weight: 5, arbitrary: span }, { weight: 1, arbitrary: fc.constant({ type: 'break' }) }), { minLength: 1, maxLength: 5 })
  .filter((nodes) => nodes.some((n) => n.type === 'text'))

const plain = (nodes: Array<{ type: string, text?: string }>): string => nodes.map((n) => n.type === 'text' ? n.text : '\n').join('')
const rich = inline.map((content) => ({ text: plain(content), content }))

const body = fc.record({
  title: text,
  heading: text,
  paragraph: rich,
  quote: fc.record({ words: rich, attribution: text }),
  items: fc.array(rich, { minLength: 1, maxLength: 3 }),
  cells: fc.array(text, { minLength: 2, maxLength: 2 }),
  embed: fc.record({ provider: text, url: fc.oneof({ weight: 6, arbitrary: fc.webUrl() }, { weight: 1, arbitrary: href }), title: text })
})

const ELEMENTS = new Set(['p', 'em', 'strong', 'a', 'br', 'h2', 'h3', 'ul', 'ol', 'li', 'blockquote', 'footer', 'figure', 'figcaption', 'img', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td'])
const ATTRIBUTES = new Set(['href', 'src', 'alt', 'class', 'data-provider', 'data-media-id'])

/** What is wrong with an HTML body: elements or attributes outside the few the renderer writes, or an unsafe URL. */
function htmlProblems (html: string, where: string): string[] {
  const $ = load(`<body>${html}</body>`)
  const problems: string[] = []
  $('body *').each((_, element) => {
    if (!ELEMENTS.has(element.tagName)) problems.push(`${where}: <${element.tagName}>`)
    for (const [name, value] of Object.entries(element.attribs)) {
      if (!ATTRIBUTES.has(name)) problems.push(`${where}: attribute ${name}`)
      if (name === 'href' && !isLinkUrl(value)) problems.push(`${where}: href ${value}`)
      if (name === 'src' && !isWebUrl(value)) problems.push(`${where}: src ${value}`)
    }
  })
  return problems
}

t.test('hostile marks, texts and URLs: a 400 naming the link, or safe escaped output in every format', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const headers = keyHeaders(app, ['content:write'])
  let stored = 0
  let refused = 0
  await fc.assert(fc.asyncProperty(body, async (b) => {
    const write = {
      title: b.title,
      status: 'published',
      sections: [{
        heading: b.heading,
        blocks: [
          { type: 'paragraph', ...b.paragraph },
          { type: 'quote', ...b.quote.words, attribution: b.quote.attribution },
          { type: 'list', style: 'unordered', items: b.items },
          { type: 'table', caption: b.cells[0], header: b.cells, rows: [b.cells] },
          { type: 'embed', provider: b.embed.provider.slice(0, 100), url: b.embed.url, title: b.embed.title }
        ]
      }]
    }
    const created = await app.inject({ method: 'POST', url: '/v1/articles', headers, payload: write })
    if (created.statusCode === 400) {
      refused++
      const errors = problemOf(created).errors ?? []
      t.ok(errors.length > 0 && errors.every((e) => /\/(href|url|title|provider|text|heading|attribution|caption|header|rows|items)(\/|$)|\/\d+$/.test(e.pointer)), `a 400 names the field: ${JSON.stringify(errors)}`)
      return
    }
    t.equal(created.statusCode, 201, created.body.slice(0, 300))
    stored++
    const id = created.json().id
    const article = (await app.inject({ url: `/v1/articles/${id}` })).json()
    const outputs: Array<[string, string]> = []
    for (const version of ['3.1', '2.2']) {
      const ninjs = (await app.inject({ url: `/v1/articles/${id}?format=ninjs&version=${version}` })).json()
      outputs.push([`ninjs ${version}`, ninjs.bodies[0].value])
    }
    const rss = load((await app.inject({ url: '/v1/feeds/rss' })).body, { xml: true })
    outputs.push(['rss', rss('item').first().find('content\\:encoded').text()])
    const atom = load((await app.inject({ url: '/v1/feeds/atom' })).body, { xml: true })
    outputs.push(['atom', atom('entry').first().find('content').text()])
    outputs.push(['json feed', (await app.inject({ url: '/v1/feeds/json' })).json().items[0].content_html])
    const oembed = await app.inject({ url: `/v1/oembed?url=${encodeURIComponent(article.url)}` })
    t.equal(oembed.statusCode, 200)
    t.equal(oembed.json().title, b.title, 'oEmbed carries the title as data')
    if (typeof oembed.json().html === 'string') outputs.push(['oembed', oembed.json().html])
    for (const [where, html] of outputs) {
      t.same(htmlProblems(html, where), [], where)
      const shown = load(`<body>${html}</body>`)('body').text()
      t.ok(shown.includes(b.paragraph.content.find((n) => n.type === 'text')?.text.trim() ?? ''), `${where}: the text is shown as text`)
    }
    const jsonld = await app.inject({ url: `/v1/articles/${id}?format=jsonld` })
    t.notMatch(jsonld.body, /<\/script|<!--/i, 'JSON-LD cannot end a script element')
    const articleBody = JSON.parse(jsonld.body).articleBody as string
    t.ok(articleBody.includes(b.paragraph.text), 'JSON-LD articleBody is the plain text')
    for (const node of b.paragraph.content) {
      for (const m of 'marks' in node ? node.marks : []) if (m.type === 'link' && !b.paragraph.text.includes(m.href)) t.notOk(articleBody.includes(m.href), 'no link URL in articleBody')
    }
    await app.inject({ method: 'DELETE', url: `/v1/articles/${id}`, headers: { ...headers, 'if-match': '*' } })
  }), { numRuns: RUNS })
  t.ok(stored > 0, `${stored} stored, ${refused} refused: stored bodies were rendered`)
})
