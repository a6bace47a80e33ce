// Rich text through the write and read API: what is written reads back, what is unsafe or inconsistent is a 400
// naming the field, and links to other articles show only while those are public.
import t from 'tap'
import { build, keyHeaders, problemOf } from '../helper.js'
import { richArticleWrite } from '../rich-article.js'

type App = Awaited<ReturnType<typeof build>>

async function create (app: App, body: Record<string, unknown>): Promise<{ id: string, etag: string }> {
  const response = await app.inject({ method: 'POST', url: '/v1/articles', headers: keyHeaders(app, ['content:write', 'content:preview']), payload: body })
  if (response.statusCode !== 201) throw new Error(`${response.statusCode}: ${response.body}`)
  return { id: response.json().id, etag: String(response.headers.etag) }
}

function writeShape (sections: Array<{ position?: number, heading: string | null, blocks: unknown[] }>): unknown[] {
  return sections.map(({ heading, blocks }) => ({ heading, blocks }))
}

t.test('a rich article reads back as written, and writing back what was read changes nothing', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const written = richArticleWrite()
  const { id } = await create(app, written)
  const read = await app.inject({ url: `/v1/articles/${id}` })
  t.equal(read.statusCode, 200)
  const article = read.json()
  t.same(writeShape(article.sections), written.sections, 'every block and mark as written')
  // Words of text, list items, the table, the sub-heading and the embed's title; no URL counts.
  t.equal(article.wordCount, 57)
  const sections = await app.inject({ url: `/v1/articles/${id}/sections/2` })
  t.same(sections.json().blocks, (written.sections as Array<{ blocks: unknown[] }>)[1]?.blocks)
  const put = await app.inject({
    method: 'PUT',
    url: `/v1/articles/${id}`,
    headers: { ...keyHeaders(app, ['content:write']), 'if-match': String(read.headers.etag) },
    payload: { ...written, publishedAt: article.publishedAt, sections: writeShape(article.sections), media: article.media.map(({ id, type, role }: Record<string, unknown>) => ({ id, type, role })) }
  })
  t.ok(put.statusCode < 300, `${put.statusCode} ${put.body.slice(0, 200)}`)
  t.equal((await app.inject({ url: `/v1/articles/${id}` })).json().version, 1, 'no new version')
  const patched = await app.inject({
    method: 'PATCH',
    url: `/v1/articles/${id}`,
    headers: { ...keyHeaders(app, ['content:write']), 'if-match': String(put.headers.etag), 'content-type': 'application/merge-patch+json' },
    payload: { sections: [{ blocks: [{ type: 'paragraph', text: 'Neu.', content: [{ type: 'text', text: 'Neu', marks: [{ type: 'emphasis' }] }, { type: 'text', text: '.' }] }] }] }
  })
  t.ok(patched.statusCode < 300, 'a merge patch takes rich blocks too')
  t.match((await app.inject({ url: `/v1/articles/${id}` })).json().sections[0].blocks[0].content[0], { marks: [{ type: 'emphasis' }] })
})

t.test('unsafe links, rich content that says other words than its text and unknown marks are 400s naming the field', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const headers = keyHeaders(app, ['content:write'])
  const paragraph = (content: unknown[], text = 'Hallo Welt'): Record<string, unknown> => richArticleWrite({ sections: [{ blocks: [{ type: 'paragraph', text, content }] }], media: [] })
  const cases: Array<[string, Record<string, unknown>, string, RegExp]> = [
    ['javascript: link', paragraph([{ type: 'text', text: 'Hallo Welt', marks: [{ type: 'link', href: 'javascript:alert(1)' }] }]), '/sections/0/blocks/0/content/0/marks/0/href', /http:\/\/, https:\/\/ or mailto:/],
    ['data: link', paragraph([{ type: 'text', text: 'Hallo Welt', marks: [{ type: 'link', href: 'data:text/html,<script>alert(1)</script>' }] }]), '/sections/0/blocks/0/content/0/marks/0/href', /mailto/],
    ['upper-case scheme trick', paragraph([{ type: 'text', text: 'Hallo Welt', marks: [{ type: 'link', href: 'JAVASCRIPT:alert(1)' }] }]), '/sections/0/blocks/0/content/0/marks/0/href', /mailto/],
    ['relative link', paragraph([{ type: 'text', text: 'Hallo Welt', marks: [{ type: 'link', href: '/politik' }] }]), '/sections/0/blocks/0/content/0/marks/0/href', /mailto/],
    ['text other than its content', paragraph([{ type: 'text', text: 'Hallo ' }, { type: 'text', text: 'Mond', marks: [{ type: 'strong' }] }]), '/sections/0/blocks/0/text', /plain text of its content.*"Hallo Mond"/],
    ['unknown mark', paragraph([{ type: 'text', text: 'Hallo Welt', marks: [{ type: 'script' }] }]), '/sections/0/blocks/0/content/0/marks/0/type', /./],
    ['raw HTML member', paragraph([{ type: 'text', text: 'Hallo Welt', html: '<b>x</b>' }]), '/sections/0/blocks/0/content/0/html', /not a known property/],
    ['embed with a script URL', richArticleWrite({ sections: [{ blocks: [{ type: 'paragraph', text: 'x' }, { type: 'embed', provider: 'X', url: 'javascript:alert(1)', title: null }] }], media: [] }), '/sections/0/blocks/1/url', /http:\/\/ or https:\/\//],
    ['rich content without its text', richArticleWrite({ sections: [{ blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }] }], media: [] }), '/sections/0/blocks/0/text', /is required/],
    ['a list style not offered', richArticleWrite({ sections: [{ blocks: [{ type: 'list', style: 'bullets', items: [{ text: 'a' }] }] }], media: [] }), '/sections/0/blocks/0/style', /unordered, ordered/],
    ['list item text other than its content', richArticleWrite({ sections: [{ blocks: [{ type: 'list', style: 'unordered', items: [{ text: 'a', content: [{ type: 'text', text: 'b' }] }] }] }], media: [] }), '/sections/0/blocks/0/items/0/text', /"b"/]
  ]
  for (const [name, body, pointer, message] of cases) {
    const response = await app.inject({ method: 'POST', url: '/v1/articles', headers, payload: body })
    t.equal(response.statusCode, 400, name)
    const error = problemOf(response).errors?.find((e) => e.pointer === pointer)
    t.ok(error !== undefined, `${name}: names ${pointer} (${JSON.stringify(problemOf(response).errors)})`)
    t.match(error?.message, message, name)
  }
  t.equal((await app.inject({ url: '/v1/articles' })).json().items.length, 0, 'nothing was written')
})

t.test('markup in text is text: stored as sent, escaped in every HTML output', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const text = '<script>alert(1)</script> & <b>fett</b>'
  const { id } = await create(app, richArticleWrite({ sections: [{ blocks: [{ type: 'paragraph', text, content: [{ type: 'text', text, marks: [{ type: 'emphasis' }] }] }] }], media: [] }))
  const article = (await app.inject({ url: `/v1/articles/${id}` })).json()
  t.equal(article.sections[0].blocks[0].text, text)
  const html = (await app.inject({ url: `/v1/articles/${id}?format=ninjs` })).json().bodies[0].value
  t.equal(html, '<p><em>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;fett&lt;/b&gt;</em></p>')
})

t.test('a link to another article follows its URL while it is public and is plain text, without a trace, while it is not', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const writer = keyHeaders(app, ['content:write', 'content:preview'])
  const target = await create(app, richArticleWrite({ title: 'Geheimer Entwurf zur Koalition', slug: 'geheimer-entwurf', status: 'draft', sections: [], media: [] }))
  const linking = richArticleWrite({
    title: 'Der Wahlabend',
    sections: [{ blocks: [{ type: 'paragraph', text: 'Mehr im Hintergrund.', content: [{ type: 'text', text: 'Mehr im ' }, { type: 'text', text: 'Hintergrund', marks: [{ type: 'articleLink', articleId: target.id }] }, { type: 'text', text: '.' }] }] }],
    media: []
  })
  const { id } = await create(app, linking)
  const publicRead = async (): Promise<{ body: string, etag: string, keys: string }> => {
    const response = await app.inject({ url: `/v1/articles/${id}` })
    return { body: response.body, etag: String(response.headers.etag), keys: String(response.headers['surrogate-key']) }
  }
  const hidden = await publicRead()
  t.notMatch(hidden.body, target.id, 'no id of the hidden article')
  t.notMatch(hidden.body, 'geheimer-entwurf', 'no slug')
  t.notMatch(hidden.body, 'Geheimer', 'no title')
  t.same(JSON.parse(hidden.body).sections[0].blocks[0], { type: 'paragraph', text: 'Mehr im Hintergrund.' }, 'the words without the link')
  for (const format of ['ninjs', 'jsonld']) t.notMatch((await app.inject({ url: `/v1/articles/${id}?format=${format}` })).body, 'geheimer-entwurf', format)
  for (const feed of ['rss', 'atom', 'json']) t.notMatch((await app.inject({ url: `/v1/feeds/${feed}` })).body, 'geheimer-entwurf', feed)
  const preview = (await app.inject({ url: `/v1/articles/${id}`, headers: writer })).json()
  t.same(preview.sections[0].blocks[0].content[1].marks, [{ type: 'articleLink', articleId: target.id }], 'an editor sees the link, without href')

  const publish = await app.inject({ method: 'PATCH', url: `/v1/articles/${target.id}`, headers: { ...writer, 'if-match': target.etag, 'content-type': 'application/merge-patch+json' }, payload: { status: 'published' } })
  t.equal(publish.statusCode, 200)
  const shown = await publicRead()
  t.not(shown.etag, hidden.etag, 'the linking article\'s ETag changes when the linked one is published')
  t.match(shown.keys, `article:${target.id}`, 'purging the linked article purges the linking one')
  t.same(JSON.parse(shown.body).sections[0].blocks[0].content[1].marks, [{ type: 'articleLink', articleId: target.id, href: 'http://127.0.0.1:3000/articles/geheimer-entwurf' }])
  t.match((await app.inject({ url: `/v1/articles/${id}?format=ninjs` })).json().bodies[0].value, '<a href="http://127.0.0.1:3000/articles/geheimer-entwurf">Hintergrund</a>')

  const renamed = await app.inject({ method: 'PATCH', url: `/v1/articles/${target.id}`, headers: { ...writer, 'if-match': String(publish.headers.etag), 'content-type': 'application/merge-patch+json' }, payload: { slug: 'koalition-steht' } })
  t.equal(renamed.statusCode, 200)
  t.match((await publicRead()).body, 'http://127.0.0.1:3000/articles/koalition-steht', 'the link follows a new slug')

  const unpublished = await app.inject({ method: 'PATCH', url: `/v1/articles/${target.id}`, headers: { ...writer, 'if-match': String(renamed.headers.etag), 'content-type': 'application/merge-patch+json' }, payload: { status: 'unpublished' } })
  t.equal(unpublished.statusCode, 200)
  const again = await publicRead()
  t.notMatch(again.body, 'koalition-steht', 'hidden again: no cached copy shows the link')
  t.notMatch(again.body, target.id)
})

t.test('the search index holds the words of links, lists, tables and embeds, never their URLs', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  await create(app, richArticleWrite())
  const hits = async (q: string): Promise<number> => (await app.inject({ url: `/v1/search?q=${encodeURIComponent(q)}` })).json().items.length
  for (const words of ['Landeswahlleiterin', 'Koalitionsvertrag', 'Vorläufiges', 'Wahlparty', 'Redaktion']) t.equal(await hits(words), 1, words)
  for (const url of ['youtube', 'example', 'mailto', 'jahr']) t.equal(await hits(url), 0, url)
})
