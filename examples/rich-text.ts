// A rich body: write an article with a link, emphasis, a list and an embed, read it back and render it as a frontend
// would, from the typed blocks, escaping every text. Against a running server, with a content:write key:
//   node --import tsx examples/rich-text.ts http://127.0.0.1:3000 btr_…
import createClient from 'openapi-fetch'
import type { Block, Inline, paths } from '../openapi/openapi.js'

const [baseUrl = 'http://127.0.0.1:3000', key = ''] = process.argv.slice(2)
const client = createClient<paths, 'application/json' | 'application/problem+json'>({ baseUrl, headers: { authorization: `Bearer ${key}` } })

// `text` is the plain paragraph; `content` the same words with marks (the server checks both say the same).
const created = await client.POST('/v1/articles', {
  body: {
    title: 'Knappes Rennen bei der Landtagswahl',
    status: 'published',
    sections: [{
      blocks: [
        {
          type: 'paragraph',
          text: 'Laut der Landeswahlleiterin lag die Beteiligung bei 72,9 Prozent.',
          content: [
            { type: 'text', text: 'Laut der ' },
            { type: 'text', text: 'Landeswahlleiterin', marks: [{ type: 'link', href: 'https://www.wahlen.example.org/' }] },
            { type: 'text', text: ' lag die Beteiligung bei ' },
            { type: 'text', text: '72,9 Prozent', marks: [{ type: 'strong' }] },
            { type: 'text', text: '.' }
          ]
        },
        { type: 'list', style: 'unordered', items: [{ text: 'Partei A: 30,9 %' }, { text: 'Partei B: 29,2 %' }] },
        { type: 'embed', provider: 'YouTube', url: 'https://www.youtube.com/watch?v=abc123', title: 'Die Wahlparty im Video' }
      ]
    }]
  }
})
if (created.error !== undefined) throw new Error(`${created.error.code}: ${created.error.detail}`)
const id = created.response.headers.get('location')?.split('/').at(-1) ?? ''
const { data: article } = await client.GET('/v1/articles/{id}', { params: { path: { id } } })

const escape = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)

// Marks nest outermost first; an article link without href (its article is not public) shows as its words.
function inline (nodes: Inline[]): string {
  return nodes.map((node) => {
    if (node.type === 'break') return '<br>'
    return (node.marks ?? []).reduceRight((html, mark) => {
      if (mark.type === 'emphasis') return `<em>${html}</em>`
      if (mark.type === 'strong') return `<strong>${html}</strong>`
      return mark.href === undefined ? html : `<a href="${escape(mark.href)}">${html}</a>`
    }, escape(node.text))
  }).join('')
}

// Unknown block types are skipped: the API may add more.
function block (b: Block): string {
  switch (b.type) {
    case 'paragraph': return `<p>${b.content === undefined ? escape(b.text) : inline(b.content)}</p>`
    case 'subheading': return `<h3>${escape(b.text)}</h3>`
    case 'list': return `<ul>${b.items.map((item) => `<li>${item.content === undefined ? escape(item.text) : inline(item.content)}</li>`).join('')}</ul>`
    case 'embed': return `<p><a href="${escape(b.url)}">${escape(b.title ?? b.url)}</a> (${escape(b.provider)})</p>`
    default: return ''
  }
}

console.log(article?.sections.flatMap((section) => section.blocks.map(block)).join('\n'))
