// Public routes read content only through the public views: every statement an anonymous request (or a partner's
// public change feed) runs is traced, and none may name a content table itself.
import t from 'tap'
import { articleInput, build, keyHeaders, SAMPLE_ARTICLE_ID, SAMPLE_MEDIA_ID, SAMPLE_SLUG } from '../helper.js'

const NOW = '2025-06-01T12:00:00.000Z'

// The tables that hold content or its history. Public reads go through public_* views, search_public and
// upcoming_publications instead; api_keys, app_state and feed_due (the scheduled-instant bookkeeping) hold none, and
// slug_history is read only joined to public_articles (an old slug leads to a public article's current one).
const CONTENT_TABLES = ['articles', 'sections', 'article_links', 'media', 'article_media', 'article_categories', 'article_tags', 'search_hidden', 'article_revisions', 'article_events', 'feed_public']
const NAMES_A_CONTENT_TABLE = new RegExp(`\\b(?:FROM|JOIN|INTO|UPDATE)\\s+(${CONTENT_TABLES.join('|')})\\b`, 'i')
// The content epoch (src/cache/content-epoch.ts) asks for one instant, when the next listed article turns public, as
// upcoming_publications does: it decides how long a kept answer lasts, and no reader ever sees it.
const EPOCH_BOUNDARY = /^\s*SELECT min\(published_at\) FROM articles\s+WHERE published_at > /

const ROUTES = [
  '/v1/articles', '/v1/articles?count=true&tag=k%C3%B6ln,wahl%7Cx&language=de-DE&category=nachrichten', '/v1/articles?include=media,sections&category=Nachrichten', '/v1/articles?tag=K%C3%B6ln&mediaType=video&profile=kids',
  `/v1/articles/${SAMPLE_ARTICLE_ID}`, `/v1/articles/${SAMPLE_ARTICLE_ID}?format=ninjs`, `/v1/articles/${SAMPLE_ARTICLE_ID}?format=jsonld`,
  `/v1/articles/${SAMPLE_ARTICLE_ID}?profile=kids`, `/v1/articles/slug/${SAMPLE_SLUG}`, `/v1/articles/${SAMPLE_ARTICLE_ID}/sections`,
  `/v1/articles/${SAMPLE_ARTICLE_ID}/sections/2`, `/v1/articles/${SAMPLE_ARTICLE_ID}/media`, `/v1/media/${SAMPLE_MEDIA_ID}`,
  `/v1/media/${SAMPLE_MEDIA_ID}?profile=kids`, '/v1/search?q=Gespr%C3%A4che', '/v1/search?q=Kim%20OR%20Geheim&category=Nachrichten&include=media',
  '/v1/categories', '/v1/categories?profile=kids', '/v1/feeds/rss', '/v1/feeds/atom?category=Nachrichten', '/v1/feeds/json',
  `/v1/oembed?url=${encodeURIComponent(`http://127.0.0.1:3000/articles/${SAMPLE_SLUG}`)}`,
  `/v1/oembed?url=${encodeURIComponent(`http://127.0.0.1:3000/v1/media/${SAMPLE_MEDIA_ID}`)}`
]

t.test('every statement of a public route reads the public views, never a content table', async (t) => {
  const traced: string[] = []
  let tracing = false
  const app = await build(t, { WEBHOOK_DISPATCH: 'false' }, { clock: () => new Date(NOW), traceSql: (sql) => { if (tracing) traced.push(sql) } })
  app.context.articleStore.save(articleInput({ status: 'draft', title: 'Geheimer Entwurf', breadcrumb: ['Nachrichten'] }), NOW)
  app.context.articleStore.save(articleInput({ status: 'scheduled', publishedAt: '2030-01-01T00:00:00.000Z', title: 'Geheime Vorschau' }), NOW)
  const partner = keyHeaders(app, ['partner'])

  const requests: Array<{ url: string, headers?: Record<string, string> }> = [
    ...ROUTES.map((url) => ({ url })),
    { url: '/v1/changes', headers: partner },
    { url: '/v1/changes?limit=1', headers: partner }
  ]
  let statements = 0
  for (const { url, headers } of requests) {
    traced.length = 0
    tracing = true
    const response = await app.inject({ url, ...(headers === undefined ? {} : { headers }) })
    tracing = false
    // The sample is not made for children: the kids profile does not show it.
    t.equal(response.statusCode, url.includes('profile=kids') && !url.includes('/v1/articles?') && !url.includes('categories') ? 404 : 200, url)
    t.notOk(response.body.includes('Geheim'), `${url}: nothing hidden`)
    const offending = traced.filter((sql) => NAMES_A_CONTENT_TABLE.test(sql) && !EPOCH_BOUNDARY.test(sql))
    t.same(offending.map((sql) => sql.replace(/\s+/g, ' ').slice(0, 160)), [], `${url} reads content through the public views only`)
    statements += traced.length
  }
  t.ok(statements > requests.length, `${statements} statements traced`)
})

t.test('the public views show nothing outside a read', async (t) => {
  const app = await build(t, {}, { clock: () => new Date(NOW) })
  // Outside PublicReads' own reads the instant is NULL, and NULL is never a time at which anything is public.
  t.same(app.context.db.prepare('SELECT count(*) AS n FROM public_articles').get(), { n: 0 })
  t.same(app.context.db.prepare('SELECT count(*) AS n FROM public_media').get(), { n: 0 })
  t.same(app.context.db.prepare('SELECT count(*) AS n FROM public_sections').get(), { n: 0 })
  t.equal((await app.inject({ url: `/v1/articles/${SAMPLE_ARTICLE_ID}` })).statusCode, 200, 'while a read shows the public article')
})
