// A rich article survives the way to a partner: written, read, exported as ninjs (3.1 and 2.2, valid against IPTC's
// schemas) and imported into another instance of this API, with every block, mark, link and alt text in place.
import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import t from 'tap'
import { build, keyHeaders } from '../helper.js'
import { richArticleWrite } from '../rich-article.js'

type Json = Record<string, unknown>

function ninjsValidator (version: '3.1' | '2.2') {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats.default(ajv)
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' })
  return ajv.compile(JSON.parse(readFileSync(new URL(`../fixtures/ninjs-schemas/ninjs-schema_${version}.json`, import.meta.url), 'utf8')))
}

/**
 * What a body must look like in another instance: an article link is a plain link there (the linked article lives in
 * this instance), and media blocks name the media item at the same position of the article's media.
 */
function portable (article: Json): unknown {
  const mediaIds = (article.media as Json[]).map((m) => m.id)
  return JSON.parse(JSON.stringify((article.sections as Json[]).map(({ heading, blocks }) => ({ heading, blocks })), (key, value: unknown) => {
    if (key === 'mediaId') return `media-${mediaIds.indexOf(value)}`
    if (value !== null && typeof value === 'object' && (value as Json).type === 'articleLink') return { type: 'link', href: (value as Json).href }
    return value
  }))
}

function mediaFacts (article: Json): unknown {
  return (article.media as Json[]).map((m) => ({ type: m.type, role: m.role, caption: m.caption, credit: m.credit, renditions: m.renditions }))
}

for (const version of ['3.1', '2.2'] as const) {
  t.test(`write → read → ninjs ${version} export → import into another instance loses nothing`, async (t) => {
    const source = await build(t, { SEED_SAMPLE: 'false' })
    const writer = keyHeaders(source, ['content:write'])
    const linked = await source.inject({ method: 'POST', url: '/v1/articles', headers: writer, payload: richArticleWrite({ title: 'Die Koalition steht', sections: [], media: [] }) })
    const written = richArticleWrite()
    const sections = written.sections as Array<{ blocks: Json[] }>
    sections[1]?.blocks.push({
      type: 'paragraph',
      text: 'Lesen Sie auch: Die Koalition steht.',
      content: [{ type: 'text', text: 'Lesen Sie auch: ' }, { type: 'text', text: 'Die Koalition steht', marks: [{ type: 'articleLink', articleId: linked.json().id }, { type: 'strong' }] }, { type: 'text', text: '.' }]
    })
    const created = await source.inject({ method: 'POST', url: '/v1/articles', headers: writer, payload: written })
    t.equal(created.statusCode, 201)
    const id = created.json().id
    const read = (await source.inject({ url: `/v1/articles/${id}` })).json() as Json

    const exported = await source.inject({ url: `/v1/articles/${id}?format=ninjs&version=${version}` })
    t.equal(exported.statusCode, 200)
    const validate = ninjsValidator(version)
    t.ok(validate(exported.json()), JSON.stringify(validate.errors))

    const target = await build(t, { SEED_SAMPLE: 'false' })
    const imported = await target.inject({
      method: 'POST',
      url: '/v1/imports?status=published',
      headers: { ...keyHeaders(target, ['content:write']), 'content-type': 'application/json' },
      payload: exported.body
    })
    t.equal(imported.statusCode, 201, imported.body)
    t.same(imported.json().warnings, [], 'nothing guessed or left out')
    const copy = (await target.inject({ url: `/v1/articles/${imported.json().articleId}` })).json() as Json

    t.same(portable(copy), portable(read), 'every block, mark, link, list, table, embed and media placement with its alt text')
    t.same(mediaFacts(copy), mediaFacts(read), 'the media with caption, credit and files')
    for (const field of ['title', 'teaser', 'wordCount', 'readingTimeMinutes', 'language']) t.same(copy[field], read[field], field)
    t.equal(
      (await target.inject({ url: `/v1/articles/${imported.json().articleId}?format=ninjs&version=${version}` })).json()[version === '3.1' ? 'bodies' : 'bodies'][0].value.replace(/data-media-id="[^"]+"/g, ''),
      exported.json().bodies[0].value.replace(/data-media-id="[^"]+"/g, ''),
      'and it exports the same body_html again'
    )
  })
}
