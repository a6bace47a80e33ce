import { readFileSync } from 'node:fs'
import jsonld from 'jsonld'
import t from 'tap'
import { toJsonLd } from '../../src/syndication/jsonld.js'
import type { Article } from '../../src/schemas/article.js'
import { articleWrite, build, keyHeaders, problemOf, SAMPLE_ARTICLE_ID } from '../helper.js'

const ITEM = `/v1/articles/${SAMPLE_ARTICLE_ID}`
const SCHEMA = 'https://schema.org/'

// The schema.org terms the output may use, each mapped to its schema.org IRI; nothing is fetched.
const context = JSON.parse(readFileSync(new URL('../fixtures/schema-org-context.jsonld', import.meta.url), 'utf8')) as object

/**
 * Expands a document with jsonld.js in safe mode: a term the context does not define, a relative IRI or a
 * value that cannot be expanded is an error instead of being dropped silently.
 */
async function expand (document: object): Promise<Array<Record<string, unknown>>> {
  const documentLoader = async (url: string) => {
    if (url.replace(/\/$/, '') !== 'https://schema.org') throw new Error(`no network in tests: ${url}`)
    return { contextUrl: undefined, documentUrl: url, document: context }
  }
  return await jsonld.expand(document as jsonld.JsonLdDocument, { documentLoader, safe: true } as jsonld.Options.Expand) as Array<Record<string, unknown>>
}

type Node = Record<string, Array<Record<string, unknown>>>
const value = (node: Node, term: string): unknown => node[`${SCHEMA}${term}`]?.[0]?.['@value'] ?? node[`${SCHEMA}${term}`]?.[0]?.['@id']

t.test('the sample article as a schema.org NewsArticle, by ?format or by Accept, expanded by a JSON-LD processor', async (t) => {
  const app = await build(t, { PUBLIC_API_URL: 'https://api.example.org', PUBLIC_BASE_URL: 'https://www.example.org', PUBLISHER_NAME: 'Beispiel-Rundfunk Köln' })
  const byQuery = await app.inject({ url: `${ITEM}?format=jsonld` })
  t.equal(byQuery.statusCode, 200)
  t.match(byQuery.headers['content-type'], /^application\/ld\+json/)
  t.match(byQuery.headers.vary, /Accept/)
  const doc = byQuery.json()
  t.match(doc, {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Wenig Substanz, aber PR-Erfolg für Kim',
    alternativeHeadline: 'Bilanz des Kim-Putin-Treffens',
    description: /^Nordkoreas Machthaber Kim sucht die Nähe zu Moskau/,
    inLanguage: 'de',
    url: 'https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim',
    mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim' },
    publisher: { '@type': 'Organization', name: 'Beispiel-Rundfunk Köln', url: 'https://www.example.org' },
    wordCount: 467,
    articleBody: /^Fünf Stunden dauerten die Gespräche[\s\S]*\n\nKeine Erklärungen\n\n/,
    video: [{
      '@type': 'VideoObject',
      '@id': /^https:\/\/api\.example\.org\/v1\/media\/[0-9a-z]{16}$/,
      name: /^Russlands Präsident Putin/,
      description: /^Russlands Präsident Putin/,
      duration: 'PT1M',
      // The sample video may be embedded and has no availability window: the player of PLAYER_BASE_URL.
      embedUrl: /^https:\/\/www\.example\.org\/embed\/[0-9a-z]{16}$/
    }]
  })
  for (const absent of ['datePublished', 'author', 'keywords', 'articleSection']) t.notOk(absent in doc, `no ${absent}: the source gives none`)
  const [video] = doc.video
  for (const absent of ['contentUrl', 'uploadDate', 'expires', 'regionsAllowed', 'isFamilyFriendly', 'thumbnailUrl']) t.notOk(absent in video, `the video has no ${absent}`)

  const [article] = await expand(doc) as Node[]
  t.ok(article, 'expands')
  t.same(article?.['@type'], [`${SCHEMA}NewsArticle`])
  t.equal(value(article!, 'headline'), 'Wenig Substanz, aber PR-Erfolg für Kim', 'German text intact through a JSON-LD processor')
  const expandedVideo = article?.[`${SCHEMA}video`]?.[0] as Node
  t.same(expandedVideo[`${SCHEMA}duration`], [{ '@value': 'PT1M', '@type': `${SCHEMA}Duration` }])

  const byAccept = await app.inject({ url: ITEM, headers: { accept: 'application/ld+json' } })
  t.equal(byAccept.body, byQuery.body)
  const json = await app.inject({ url: ITEM })
  const ninjs = await app.inject({ url: `${ITEM}?format=ninjs` })
  t.equal(new Set([json.headers.etag, ninjs.headers.etag, byQuery.headers.etag]).size, 3, 'each representation has its own ETag')
  for (const [url, etag] of [[`${ITEM}?format=jsonld`, byQuery.headers.etag], [ITEM, json.headers.etag], [`${ITEM}?format=ninjs`, ninjs.headers.etag]]) {
    t.equal((await app.inject({ url: String(url), headers: { 'if-none-match': String(etag) } })).statusCode, 304, `${String(url)} revalidates`)
  }
  t.equal((await app.inject({ url: `${ITEM}?format=jsonld`, headers: { 'if-none-match': String(json.headers.etag) } })).statusCode, 200, 'the JSON\'s ETag does not validate the JSON-LD')
  t.equal((await app.inject({ url: ITEM, headers: { accept: 'application/ld+json', 'if-modified-since': String(byQuery.headers['last-modified']) } })).statusCode, 304)

  const sparse = await app.inject({ url: `${ITEM}?format=jsonld&fields=title` })
  t.equal(sparse.statusCode, 400)
  t.match(problemOf(sparse).detail, /'fields' applies to the JSON representation only/)

  const refused = await app.inject({ url: ITEM, headers: { accept: 'text/html, application/xml' } })
  t.equal(refused.statusCode, 406)
  t.match(refused.headers.vary, /Accept/)
  t.match(problemOf(refused), { code: 'CONTENT_ERR_NOT_ACCEPTABLE', detail: /application\/json.*application\/ninjs\+json.*application\/ld\+json/ })
})

t.test('the safe-mode expansion catches a property schema.org does not have', async (t) => {
  await t.rejects(expand({ '@context': 'https://schema.org', '@type': 'VideoObject', thumbnailURL: 'https://media.example.org/p.jpg' }), 'a misspelt term is an error')
  await t.rejects(expand({ '@context': 'https://schema.org', '@type': 'Videoobject', name: 'x' }), 'an unknown type is an error')
})

t.test('a written article with media: byline, keywords, section, renditions and dates', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false', PUBLIC_BASE_URL: 'https://www.example.org' })
  const created = await app.inject({
    method: 'POST',
    url: '/v1/articles',
    headers: keyHeaders(app, ['content:write']),
    payload: articleWrite({
      byline: 'Von Jörg Weiß',
      publishedAt: '2025-03-01T08:00:00.000Z',
      media: [
        { id: 'v1de0v1de0v1de0v', type: 'video', role: 'lead', caption: 'Tanz am Rheinufer', durationSeconds: 95, date: '2025-02-28T18:00:00.000Z', availableUntil: '2030-01-01T00:00:00.000Z', renditions: [{ url: 'https://media.example.org/fest.mp4', mimeType: 'video/mp4', width: 1280, height: 720 }], thumbnails: [{ url: 'https://media.example.org/fest.jpg', mimeType: 'image/jpeg', width: 640, height: 360 }] },
        { id: 'p1ctur3p1ctur3p1', type: 'image', role: 'inline', caption: 'Das Rheinufer', renditions: [{ url: 'https://media.example.org/rhein.jpg', mimeType: 'image/jpeg', width: 1600, height: 900 }] }
      ]
    })
  })
  t.equal(created.statusCode, 201, 'the article is written')
  const doc = (await app.inject({ url: `/v1/articles/${created.json().id}?format=jsonld` })).json()
  t.match(doc, {
    author: { '@type': 'Person', name: 'Jörg Weiß' },
    datePublished: '2025-03-01T08:00:00.000Z',
    keywords: ['Köln'],
    articleSection: 'Regional',
    image: [{ '@type': 'ImageObject', caption: 'Das Rheinufer', contentUrl: 'https://media.example.org/rhein.jpg' }, 'https://media.example.org/fest.jpg'],
    video: [{
      '@type': 'VideoObject',
      name: 'Tanz am Rheinufer',
      duration: 'PT1M35S',
      uploadDate: '2025-02-28T18:00:00.000Z',
      expires: '2030-01-01T00:00:00.000Z',
      thumbnailUrl: ['https://media.example.org/fest.jpg'],
      contentUrl: 'https://media.example.org/fest.mp4',
      encodingFormat: 'video/mp4',
      width: '1280',
      height: '720'
    }]
  })
  const [article] = await expand(doc) as Node[]
  const video = article?.[`${SCHEMA}video`]?.[0] as Node
  t.equal(value(video, 'contentUrl'), 'https://media.example.org/fest.mp4', 'contentUrl is an IRI')
  t.equal(value(video, 'expires'), '2030-01-01T00:00:00.000Z')
})

t.test('rights fields on a media item become regionsAllowed, isFamilyFriendly and embedUrl; without them nothing is said', async (t) => {
  const app = await build(t)
  const sample = (await app.inject({ url: ITEM })).json() as Article
  const options = { mediaBaseUrl: 'https://api.example.org/v1/media', publisher: { name: 'Beispiel', url: 'https://www.example.org' } }
  const withRules = (fields: Record<string, unknown>) => toJsonLd({ ...sample, media: sample.media.map((m) => ({ ...m, ...fields })) }, options).video as unknown as Array<Record<string, unknown>>
  const embed = { url: 'https://player.example.org/embed/x?autoplay=0&t=1', html: '<iframe></iframe>', width: 640, height: 360 }
  t.match(withRules({ allowedRegions: ['DE', 'AT', 'CH'], ageRating: 0, embed })[0], {
    regionsAllowed: 'DE AT CH',
    isFamilyFriendly: true,
    embedUrl: 'https://player.example.org/embed/x?autoplay=0&t=1'
  })
  t.match(withRules({ ageRating: 16 })[0], { isFamilyFriendly: false })
  t.match(withRules({ kids: true, ageRating: null })[0], { isFamilyFriendly: true })
  // Media the rules do not let play or embed now come with no embed code, and so with no embedUrl.
  const plain = withRules({ kids: false, ageRating: null, allowedRegions: [], embed: null })[0] ?? {}
  for (const absent of ['regionsAllowed', 'isFamilyFriendly', 'embedUrl']) t.notOk(absent in plain, `no ${absent} without the facts`)
  const expanded = await expand(toJsonLd({ ...sample, media: sample.media.map((m) => ({ ...m, allowedRegions: ['DE'], ageRating: 12, embed: { ...embed, url: 'https://player.example.org/embed/z' } })) }, options))
  const video = (expanded[0] as Node)[`${SCHEMA}video`]?.[0] as Node
  t.same(video[`${SCHEMA}isFamilyFriendly`], [{ '@value': false, '@type': `${SCHEMA}Boolean` }])
  t.equal(value(video, 'embedUrl'), 'https://player.example.org/embed/z')
})
