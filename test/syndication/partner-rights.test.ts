// Partner formats carry only media whose rights allow syndication, and only the files the media rules let play now.
import t from 'tap'
import { articleWrite, build, keyHeaders } from '../helper.js'

const ENV = { SEED_SAMPLE: 'false', PUBLIC_API_URL: 'https://api.example.org', PUBLIC_BASE_URL: 'https://www.example.org' }
const NOW = '2026-06-01T12:00:00.000Z'

const OPEN = {
  id: 'fre1fre1fre1fre1',
  type: 'video',
  role: 'lead',
  caption: 'Frei für Partner',
  durationSeconds: 60,
  renditions: [{ url: 'https://media.example.org/frei.mp4', mimeType: 'video/mp4', width: 1280, height: 720 }]
}
const HOUSE_ONLY = {
  id: 'haus1haus1haus1h',
  type: 'image',
  role: 'inline',
  caption: 'Nur für das eigene Angebot',
  syndicatable: false,
  renditions: [{ url: 'https://media.example.org/haus.jpg', mimeType: 'image/jpeg', width: 1600, height: 900 }]
}
const EXPIRED = {
  id: 'alt1alt1alt1alt1',
  type: 'video',
  role: 'inline',
  caption: 'Abgelaufen',
  durationSeconds: 30,
  availableUntil: '2026-01-01T00:00:00.000Z',
  renditions: [{ url: 'https://media.example.org/alt.mp4', mimeType: 'video/mp4', width: 1280, height: 720 }]
}

t.test('media that may not be syndicated stay out of ninjs and the feeds; files of unplayable media are withheld', async (t) => {
  const app = await build(t, ENV, { clock: () => new Date(NOW) })
  const created = await app.inject({
    method: 'POST',
    url: '/v1/articles',
    headers: keyHeaders(app, ['content:write']),
    payload: articleWrite({
      title: 'Rechte für Partner: Grüße aus Köln',
      publishedAt: '2026-05-01T08:00:00.000Z',
      sections: [{ heading: null, blocks: [{ type: 'paragraph', text: 'Ein Absatz über Straßen.' }] }],
      media: [OPEN, HOUSE_ONLY, EXPIRED]
    })
  })
  t.equal(created.statusCode, 201, 'the article is written')
  const { id } = created.json() as { id: string }

  const own = (await app.inject({ url: `/v1/articles/${id}` })).json() as { media: Array<{ id: string, renditions: unknown[], playable: boolean }> }
  t.same(own.media.map((m) => m.id), [OPEN.id, HOUSE_ONLY.id, EXPIRED.id], 'the API\'s own JSON shows every media item')

  const ninjs = (await app.inject({ url: `/v1/articles/${id}?format=ninjs` })).json() as { associations: Array<{ uri: string, renditions?: Array<{ href: string }> }> }
  t.same(ninjs.associations.map((a) => a.uri.split('/').at(-1)), [OPEN.id, EXPIRED.id], 'ninjs leaves out the item partners may not syndicate')
  const hrefs = ninjs.associations.flatMap((a) => a.renditions ?? []).map((r) => r.href)
  t.ok(hrefs.includes('https://media.example.org/frei.mp4'), 'the playable video\'s file is there')
  t.notOk(hrefs.includes('https://media.example.org/alt.mp4'), 'the expired video\'s file is withheld')

  const feed = (await app.inject({ url: '/v1/feeds/json' })).json() as { items: Array<{ attachments?: Array<{ url: string }> }> }
  t.same(feed.items[0]?.attachments?.map((a) => a.url), ['https://media.example.org/frei.mp4'], 'the JSON Feed attaches only the playable, syndicatable file')
  const rss = (await app.inject({ url: '/v1/feeds/rss' })).body
  t.notOk(rss.includes('haus.jpg'), 'RSS does not carry the item partners may not syndicate')
  t.notOk(rss.includes('alt.mp4'), 'RSS does not carry the expired file')
})
