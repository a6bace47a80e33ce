// A batch write (ArticleStore.saveAll) leaves what single saves leave: the same rows, revisions, events, change feed,
// search entries, categories and tags, seen through the API and in the tables alike.
import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { unpackJson } from '../../src/db/packed-json.js'
import { stableId } from '../../src/lib/ids.js'
import type { ArticleInput } from '../../src/repositories/article-input.js'
import type { ArticleStatus } from '../../src/schemas/article.js'
import { articleInput, build, keyHeaders } from '../helper.js'

const NOW = '2025-05-01T10:00:00.000Z'
// Without the sample article, which is written at the real time of start-up.
const EMPTY = { SEED_SAMPLE: 'false' }
const SHARED_MEDIA = stableId('save-all-shared-media')

function media (id: string, caption: string, ageRating?: 6): ArticleInput['media'][number] {
  return {
    role: 'lead',
    media: {
      id,
      type: 'image',
      title: null,
      caption,
      durationSeconds: null,
      credit: 'Redaktion',
      copyright: null,
      date: null,
      availableFrom: null,
      availableUntil: null,
      renditions: [{ url: `https://media.example.org/${id}.jpg`, mimeType: 'image/jpeg', width: 1200, height: 800 }],
      thumbnails: [],
      ...(ageRating === undefined ? {} : { ageRating })
    }
  }
}

/** Articles of every status, with umlauts, categories, tags, several sections, own and shared media. */
function inputs (): ArticleInput[] {
  const statuses: Array<[ArticleStatus, string | null]> = [
    ['published', '2025-04-30T08:00:00.000Z'], ['draft', null], ['scheduled', '2099-06-01T06:00:00.000Z'],
    ['unpublished', '2025-04-01T08:00:00.000Z'], ['published', null], ['published', '2099-07-01T08:00:00.000Z']
  ]
  return statuses.map(([status, publishedAt], n) => articleInput({
    id: stableId(`save-all-${n}`),
    slug: `stapel-${n}-gruesse-aus-koeln`,
    kicker: n % 2 === 0 ? 'Stadtleben' : null,
    title: `Straßenfest Nummer ${n}: Grüße aus Köln`,
    byline: 'Von Jörg Müller',
    breadcrumb: n % 3 === 0 ? ['Nachrichten', 'Regionales', 'Köln'] : ['Kultur', 'Bühne'],
    tags: n % 2 === 0 ? ['Köln', 'Straßenfest'] : ['Theater'],
    // Made for children: counted for the kids profile when every media item is fit for them (the fourth's is).
    kids: n === 3 || n === 4,
    status,
    publishedAt,
    sections: [
      { heading: null, blocks: [{ type: 'paragraph', text: `Tausende feiern das Straßenfest am Rheinufer, Nummer ${n}.` }, { type: 'media', mediaId: stableId(`save-all-media-${n}`) }] },
      { heading: 'Großes Programm', blocks: [{ type: 'paragraph', text: 'Musik, Essen und Führungen für Groß und Klein.' }, { type: 'quote', text: 'Schön wie nie.', attribution: 'Käthe Schäfer' }] }
    ],
    media: n < 2
      ? [media(stableId(`save-all-media-${n}`), 'Das Ufer'), media(SHARED_MEDIA, 'Der Dom bei Nacht')]
      : [media(stableId(`save-all-media-${n}`), `Bild ${n}`, n === 4 ? 6 : undefined)]
  }))
}

const TABLES: Record<string, string> = {
  articles: 'SELECT * FROM articles ORDER BY seq',
  sections: 'SELECT article_id, position, heading, blocks FROM sections ORDER BY article_id, position',
  media: 'SELECT * FROM media ORDER BY id',
  article_media: 'SELECT * FROM article_media ORDER BY article_id, position',
  article_categories: 'SELECT * FROM article_categories ORDER BY article_id, path',
  category_members: 'SELECT * FROM category_members ORDER BY article_id',
  category_counts: 'SELECT * FROM category_counts ORDER BY path',
  article_tags: 'SELECT * FROM article_tags ORDER BY article_id, tag',
  article_links: 'SELECT * FROM article_links ORDER BY article_id, target_id',
  article_revisions: 'SELECT article_id, version, status, snapshot, created_at, key_id, key_name FROM article_revisions ORDER BY article_id, version',
  article_events: 'SELECT * FROM article_events ORDER BY seq',
  feed_public: 'SELECT * FROM feed_public ORDER BY article_id',
  feed_due: 'SELECT * FROM feed_due ORDER BY article_id',
  slug_history: 'SELECT * FROM slug_history ORDER BY slug',
  search_public: 'SELECT rowid FROM search_public ORDER BY rowid',
  search_hidden: 'SELECT rowid FROM search_hidden ORDER BY rowid'
}

function rows (app: FastifyInstance): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {}
  for (const [table, sql] of Object.entries(TABLES)) {
    out[table] = app.context.db.prepare(sql).all().map((row) => {
      const record = row as Record<string, unknown>
      return record.snapshot instanceof Uint8Array ? { ...record, snapshot: JSON.parse(unpackJson(record.snapshot)) } : record
    })
  }
  return out
}

/** Every answer the API gives about the articles, to a preview key, a partner and an anonymous reader. */
async function answers (app: FastifyInstance, ids: string[]): Promise<Record<string, unknown>> {
  const preview = keyHeaders(app, ['content:preview'], { name: 'redaktion' })
  const partner = keyHeaders(app, ['partner'], { name: 'agentur' })
  const out: Record<string, unknown> = {}
  const get = async (url: string, headers: Record<string, string> = {}): Promise<void> => {
    const response = await app.inject({ url, headers })
    out[`${Object.keys(headers).length === 0 ? 'public' : headers === preview ? 'preview' : 'partner'} ${url}`] = { status: response.statusCode, etag: response.headers.etag, body: response.body }
  }
  for (const id of ids) {
    for (const path of ['', '/sections', '/media', '/revisions', '/revisions/1', '/events']) await get(`/v1/articles/${id}${path}`, preview)
    await get(`/v1/articles/${id}`)
  }
  for (const query of ['koeln', 'Straßenfest', 'Grüße', 'Dom']) {
    await get(`/v1/search?q=${encodeURIComponent(query)}`)
    await get(`/v1/search?q=${encodeURIComponent(query)}`, preview)
  }
  await get('/v1/changes?view=all', partner)
  await get('/v1/changes', partner)
  await get('/v1/categories')
  await get('/v1/articles?limit=50')
  await get('/v1/articles?limit=50&category=koeln')
  await get('/v1/articles?limit=50&tag=strassenfest')
  return out
}

t.test('saveAll leaves exactly what save leaves, in the tables and through the API', async (t) => {
  const batch = await build(t, EMPTY)
  const single = await build(t, EMPTY)
  const articles = inputs()
  t.equal(batch.context.articleStore.saveAll(articles, NOW), articles.length)
  for (const input of articles) single.context.articleStore.save(input, NOW)

  const written = rows(batch)
  t.same(written, rows(single), 'every table holds the same rows')
  t.equal((written.article_revisions as unknown[]).length, articles.length, 'one revision each')
  t.same(await answers(batch, articles.map((a) => a.id)), await answers(single, articles.map((a) => a.id)), 'every API answer is the same')

  const search = await batch.inject({ url: '/v1/search?q=strassenfest' })
  t.equal(search.json().items.length, 2, 'the public articles are found, the draft, unpublished and future ones not')
  const revision = (await batch.inject({ url: `/v1/articles/${articles[0]!.id}/revisions/1`, headers: keyHeaders(batch, ['content:preview']) })).json()
  t.equal(revision.article.title, 'Straßenfest Nummer 0: Grüße aus Köln', 'the revision holds the article as written')
  t.equal(revision.article.sections.length, 2)
})

t.test('an article saveAll wrote reads back as it was written: saving it again changes nothing, editing it goes on from there', async (t) => {
  const batch = await build(t, EMPTY)
  const single = await build(t, EMPTY)
  const articles = inputs()
  batch.context.articleStore.saveAll(articles, NOW)
  for (const input of articles) single.context.articleStore.save(input, NOW)
  for (const input of articles) t.equal(batch.context.articleStore.save(input, NOW), 1, `${input.slug}: no new version`)

  const later = '2025-05-02T10:00:00.000Z'
  const edits = [{ ...articles[0]!, title: 'Straßenfest: neue Grüße aus Köln', slug: 'neue-gruesse' }, { ...articles[1]!, status: 'published' as const, publishedAt: later }]
  batch.context.articleStore.saveAll(edits, later)
  for (const input of edits) single.context.articleStore.save(input, later)
  t.same(rows(batch), rows(single), 'edits after a batch leave what edits after single saves leave')
})

t.test('saveAll of an article deleted before continues its history; one batch may create and then change an article', async (t) => {
  const app = await build(t, EMPTY)
  const store = app.context.articleStore
  const [first, second] = inputs()
  store.save(first!, NOW)
  store.save({ ...first!, title: 'Zweite Fassung' }, NOW)
  store.delete(first!.id, NOW)
  store.saveAll([first!, second!, { ...second!, title: 'Gleich geändert' }], NOW)
  const versions = app.context.db.prepare<[string], { version: number }>('SELECT version FROM article_revisions WHERE article_id = ? ORDER BY version')
  t.same(versions.all(first!.id).map((r) => r.version), [1, 2, 3], 'the deleted article comes back as version 3')
  t.same(versions.all(second!.id).map((r) => r.version), [1, 2], 'created, then changed in the same batch')
  const seqs = app.context.db.prepare<[], { seq: number }>('SELECT seq FROM articles ORDER BY seq').all().map((r) => r.seq)
  t.equal(new Set(seqs).size, seqs.length, 'every article has a seq of its own')
  const events = app.context.revisions.events(second!.id).map((e) => [e.type, e.version])
  t.same(events, [['created', 1], ['updated', 2]], 'a draft: created, then updated')
})
