// Inputs that passed validation and then failed on the server, or were stored altered: each is a 400 that names
// the mistake once, and changes nothing.
import t from 'tap'
import { articleInput, articleWrite, build, keyHeaders, problemOf } from '../helper.js'

const LEAP = '2030-06-30T23:59:60Z'
const PAST_LEAP = '2016-12-31T23:59:60Z'

t.test('a leap second is a 400 in every timestamp field, never a 500', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const writer = keyHeaders(app, ['content:write', 'content:preview'])
  const image = { id: 'p1ctur3p1ctur3p1', type: 'image', role: 'inline', renditions: [] }
  const bodies: Array<[string, Record<string, unknown>]> = [
    ['publishedAt (scheduled)', articleWrite({ status: 'scheduled', publishedAt: LEAP })],
    ['publishedAt (published)', articleWrite({ publishedAt: PAST_LEAP })],
    ['media date', articleWrite({ media: [{ ...image, date: PAST_LEAP }] })],
    ['media availableFrom', articleWrite({ media: [{ ...image, availableFrom: LEAP }] })],
    ['media availableUntil', articleWrite({ media: [{ ...image, availableUntil: LEAP }] })]
  ]
  for (const [field, payload] of bodies) {
    const response = await app.inject({ method: 'POST', url: '/v1/articles', headers: writer, payload })
    t.equal(response.statusCode, 400, field)
    t.equal(problemOf(response).code, 'CONTENT_ERR_VALIDATION', field)
  }
  for (const field of ['date', 'availableFrom', 'availableUntil']) {
    const response = await app.inject({ method: 'POST', url: '/v1/media', headers: writer, payload: { type: 'video', [field]: LEAP } })
    t.equal(response.statusCode, 400, `POST /v1/media ${field}`)
  }
  const created = await app.inject({ method: 'POST', url: '/v1/articles', headers: writer, payload: articleWrite() })
  const patched = await app.inject({
    method: 'PATCH',
    url: `/v1/articles/${created.json().id as string}`,
    headers: { ...writer, 'if-match': '*', 'content-type': 'application/merge-patch+json' },
    payload: { status: 'scheduled', publishedAt: LEAP }
  })
  t.equal(patched.statusCode, 400, 'a merge patch is checked the same way')
  t.match(problemOf(patched).errors, [{ pointer: '/publishedAt' }])
  t.equal((await app.inject({ url: '/v1/articles?since=2016-12-31T23:59:60Z' })).statusCode, 400, 'a list filter')
})

t.test('a cursor with an impossible timestamp is a 400', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  app.context.articleStore.save(articleInput({ publishedAt: '2024-05-01T08:00:00.000Z' }), new Date().toISOString())
  app.context.articleStore.save(articleInput({ publishedAt: '2024-05-02T08:00:00.000Z' }), new Date().toISOString())
  const page = (await app.inject({ url: '/v1/articles?limit=1' })).json()
  const [list, , id] = JSON.parse(Buffer.from(page.nextCursor, 'base64url').toString('utf8')) as [string, string, string]
  for (const timestamp of ['2024-13-45T99:99:99.999Z', '2024-02-30T08:00:00.000Z', '2016-12-31T23:59:60.000Z']) {
    const cursor = Buffer.from(JSON.stringify([list, timestamp, id])).toString('base64url')
    const response = await app.inject({ url: `/v1/articles?limit=1&cursor=${cursor}` })
    t.equal(response.statusCode, 400, timestamp)
    t.equal(problemOf(response).code, 'CONTENT_ERR_INVALID_CURSOR', timestamp)
  }
  t.equal((await app.inject({ url: `/v1/articles?limit=1&cursor=${page.nextCursor as string}` })).statusCode, 200, 'a real cursor still works')
})

t.test('a control character in an import source is a 400 and nothing is stored', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const writer = keyHeaders(app, ['content:write', 'content:preview'])
  const text = 'Ein Titel für den Test\n\nDer erste Absatz erzählt, was in Köln geschah, und zwar ausführlich genug.\n\nEin zweiter Absatz folgt.'
  for (const source of ['agentur%00meldung', '%00', 'zeile%0Aumbruch']) {
    const response = await app.inject({ method: 'POST', url: `/v1/imports?source=${source}`, headers: { ...writer, 'content-type': 'text/plain' }, payload: text })
    t.equal(response.statusCode, 400, source)
    t.match(problemOf(response).errors, [{ location: 'querystring', pointer: '/source' }], source)
  }
  t.notOk(app.context.articles.hasAny(), 'no article was made')
})

t.test('bytes that are not UTF-8 in a JSON body are a 400, never stored as U+FFFD', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const writer = keyHeaders(app, ['content:write', 'content:preview'])
  const json = JSON.stringify(articleWrite({ title: 'Grüße aus XX' }))
  const [before, after] = json.split('XX') as [string, string]
  const payload = Buffer.concat([Buffer.from(before), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(after)])
  const created = await app.inject({ method: 'POST', url: '/v1/articles', headers: { ...writer, 'content-type': 'application/json' }, payload })
  t.equal(created.statusCode, 400)
  t.equal(problemOf(created).code, 'CONTENT_ERR_INVALID_JSON')
  t.notOk(app.context.articles.hasAny(), 'nothing stored')

  const good = await app.inject({ method: 'POST', url: '/v1/articles', headers: writer, payload: articleWrite() })
  const patch = Buffer.concat([Buffer.from('{"title":"Stra'), Buffer.from([0xc3, 0x28]), Buffer.from('e"}')])
  const patched = await app.inject({ method: 'PATCH', url: `/v1/articles/${good.json().id as string}`, headers: { ...writer, 'if-match': '*', 'content-type': 'application/merge-patch+json' }, payload: patch })
  t.equal(patched.statusCode, 400, 'merge patches too')
  t.equal(problemOf(patched).code, 'CONTENT_ERR_INVALID_JSON')
  const imported = await app.inject({ method: 'POST', url: '/v1/imports', headers: { ...writer, 'content-type': 'text/plain' }, payload: Buffer.concat([Buffer.from('Titel\n\nAbsatz mit '), Buffer.from([0xff]), Buffer.from(' Fehler, lang genug für einen Absatz.')]) })
  t.equal(imported.statusCode, 400, 'imports too')
  t.equal((await app.inject({ url: `/v1/articles/${good.json().id as string}`, headers: writer })).json().title, 'Grüße aus Köln: Straßenfest am Rhein', 'unchanged')
})

t.test('one bad block is one message', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const writer = keyHeaders(app, ['content:write', 'content:preview'])
  const cases: Array<[unknown, Array<{ pointer: string, message: RegExp }>]> = [
    [{ type: 'paragraph', text: '' }, [{ pointer: '/sections/0/blocks/0/text', message: /fewer than 1/ }]],
    [{ type: 'quote', text: 'Ja.' }, [{ pointer: '/sections/0/blocks/0/attribution', message: /required/ }]],
    [{ type: 'bild', text: 'x' }, [{ pointer: '/sections/0/blocks/0/type', message: /paragraph, quote, media/ }]]
  ]
  for (const [block, expected] of cases) {
    for (const request of [
      { method: 'POST' as const, url: '/v1/articles', headers: writer, payload: articleWrite({ sections: [{ blocks: [block] }], media: [] }) }
    ]) {
      const response = await app.inject(request)
      t.equal(response.statusCode, 400)
      const errors = problemOf(response).errors ?? []
      t.equal(errors.length, 1, `one message for ${JSON.stringify(block)}: ${JSON.stringify(errors)}`)
      t.match(errors, expected)
    }
  }
  // A merge patch is validated after it is applied, by a validator of its own: the same one message.
  const article = (await app.inject({ method: 'POST', url: '/v1/articles', headers: writer, payload: articleWrite() })).json()
  const patched = await app.inject({ method: 'PATCH', url: `/v1/articles/${article.id as string}`, headers: { ...writer, 'if-match': '*', 'content-type': 'application/merge-patch+json' }, payload: { sections: [{ blocks: [{ type: 'quote', text: 'Ja.' }] }], media: [] } })
  t.equal(problemOf(patched).errors?.length, 1, JSON.stringify(problemOf(patched).errors))
})

t.test('the fields error names each field once', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  for (const url of ['/v1/articles?fields=titel,titel', '/v1/search?q=Köln&fields=titel']) {
    const detail = problemOf(await app.inject({ url })).detail
    for (const name of ['sections', 'media', 'titel']) t.equal(detail.split(name).length - 1, 1, `${url}: '${name}' once in: ${detail}`)
  }
})

t.test('the 428 on a restore names the URL the ETag comes from', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const writer = keyHeaders(app, ['content:write', 'content:preview'])
  const article = (await app.inject({ method: 'POST', url: '/v1/articles', headers: writer, payload: articleWrite() })).json()
  const response = await app.inject({ method: 'POST', url: `/v1/articles/${article.id as string}/revisions/1/restore`, headers: writer })
  t.equal(response.statusCode, 428)
  t.match(problemOf(response).detail, `GET /v1/articles/${article.id as string},`)
})
