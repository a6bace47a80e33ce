// JSON-LD is documented for <script type="application/ld+json">: no text an editor writes can end that element.
import * as cheerio from 'cheerio'
import fc from 'fast-check'
import t from 'tap'
import { scriptSafeJson, toJsonLd } from '../../src/syndication/jsonld.js'
import type { Article } from '../../src/schemas/article.js'
import { articleWrite, build, keyHeaders } from '../helper.js'

const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31)
const RUNS = Number(process.env.JSONLD_RUNS ?? 40)

// Pieces that break out of a script element, open a comment in it, or upset an embedder, mixed with German text.
const HOSTILE = ['</script>', '</SCRIPT ', '</scrIpt/', '<!--', '-->', '<script>', '<', '>', '&', '&amp;', '&lt;', '\u2028', '\u2029',
  ']]>', '"', '\\', '\\u003c', '\'', 'ä', 'ß', 'Grüße', ' ', '/', '\u00a0']
// A letter first: required texts may not be empty, and trimming must leave something.
const hostileText = fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 8 }).map((parts) => `A${parts.join('')}`)
// Labels and tags must say something besides spaces; breadcrumb labels may not contain "/".
const hostileLabel = hostileText.map((text) => text.replaceAll('/', '|'))

/** A failure message as printable ASCII: raw line separators in a hostile counterexample would garble the TAP output. */
function printable (text: string): string {
  return text.slice(0, 3000).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

const UNSAFE = /[<>&\u2028\u2029]/

function assertScriptSafe (t: { notOk: (value: unknown, message: string) => void }, text: string, label: string): void {
  t.notOk(UNSAFE.test(text), `${label}: no <, >, &, U+2028 or U+2029 in the bytes`)
  t.notOk(/<\/script|<!--/i.test(text), `${label}: no </script or <!--`)
}

t.test('scriptSafeJson is JSON.stringify without the characters a script element cannot hold', async (t) => {
  const value = fc.oneof(fc.jsonValue(), fc.dictionary(hostileText, hostileText), fc.array(hostileText))
  fc.assert(fc.property(value, (v) => {
    const text = scriptSafeJson(v)
    return !UNSAFE.test(text) && JSON.stringify(JSON.parse(text)) === JSON.stringify(v)
  }), { seed, numRuns: 2000 })
  t.equal(scriptSafeJson({ a: '</script><!-- & \u2028\u2029 \\<' }), '{"a":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 \\\\\\u003c"}')
})

t.test('hostile titles, kickers, captions, bylines, tags and categories stay inside an embedding script element', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false', PUBLIC_API_URL: 'https://api.example.org', PUBLIC_BASE_URL: 'https://www.example.org', PUBLISHER_NAME: 'Beispiel-Rundfunk <Köln> & Co' })
  const options = { mediaBaseUrl: 'https://api.example.org/v1/media', publisher: { name: 'Beispiel-Rundfunk <Köln> & Co', url: 'https://www.example.org' } }
  const headers = keyHeaders(app, ['content:write'])
  const fields = fc.record({
    title: hostileText,
    kicker: hostileText,
    teaser: hostileText,
    byline: hostileText.map((text) => `Von ${text}`),
    tags: fc.array(hostileLabel, { minLength: 1, maxLength: 3 }),
    breadcrumb: fc.array(hostileLabel, { minLength: 1, maxLength: 3 }),
    heading: hostileText,
    paragraph: hostileText,
    quote: hostileText,
    attribution: hostileText,
    mediaTitle: hostileText,
    caption: hostileText,
    credit: hostileText,
    copyright: hostileText,
    videoCaption: hostileText
  })
  let runs = 0
  await fc.assert(fc.asyncProperty(fields, async (f) => {
    runs++
    // Media of their own per article: changing a shared item through an article write would need its ETag.
    const pictureId = `p1ctur3${String(runs).padStart(9, '0')}`
    const videoId = `v1de0${String(runs).padStart(11, '0')}`
    const written = await app.inject({
      method: 'POST',
      url: '/v1/articles',
      headers,
      payload: articleWrite({
        title: f.title,
        kicker: f.kicker,
        teaser: f.teaser,
        byline: f.byline,
        tags: [...new Set(f.tags)],
        breadcrumb: f.breadcrumb,
        publishedAt: '2025-03-01T08:00:00.000Z',
        sections: [{ heading: f.heading, blocks: [{ type: 'paragraph', text: f.paragraph }, { type: 'quote', text: f.quote, attribution: f.attribution }, { type: 'media', mediaId: pictureId }] }],
        media: [
          { id: pictureId, type: 'image', role: 'inline', title: f.mediaTitle, caption: f.caption, credit: f.credit, copyright: f.copyright, renditions: [{ url: 'https://media.example.org/rhein.jpg?a=1&b=2', mimeType: 'image/jpeg', width: 1600, height: 900 }] },
          { id: videoId, type: 'video', role: 'lead', caption: f.videoCaption, durationSeconds: 95, thumbnails: [{ url: 'https://media.example.org/fest.jpg', mimeType: 'image/jpeg', width: 640, height: 360 }] }
        ]
      })
    })
    if (written.statusCode !== 201) throw new Error(`write refused (${written.statusCode}): ${written.body}`)
    const { id } = written.json() as { id: string }
    const article = (await app.inject({ url: `/v1/articles/${id}` })).json() as Article
    const first = await app.inject({ url: `/v1/articles/${id}?format=jsonld` })
    // The second answer comes from the body cache: it must be the same bytes.
    const again = await app.inject({ url: `/v1/articles/${id}`, headers: { accept: 'application/ld+json' } })
    if (first.statusCode !== 200 || again.body !== first.body) throw new Error('the JSON-LD answers differ')
    const body = first.body
    if (UNSAFE.test(body) || /<\/script|<!--/i.test(body)) throw new Error(`unsafe character in ${body}`)
    // The same data as the NewsArticle of the article the JSON representation shows.
    if (JSON.stringify(JSON.parse(body)) !== JSON.stringify(toJsonLd(article, options))) throw new Error(`JSON-LD differs from the article's data: ${body}`)
    // Pasted into a page, the script element holds exactly the document and the page goes on after it.
    const $ = cheerio.load(`<!doctype html><html><head><script type="application/ld+json">${body}</script></head><body><p id="after">weiter</p></body></html>`)
    if ($('script').length !== 1 || $('script').text() !== body || $('#after').text() !== 'weiter') throw new Error(`the page around the script breaks: ${body}`)
    return true
  }), { seed, numRuns: RUNS, endOnFailure: true })
    .catch((error: Error) => { t.fail(`fast-check seed ${seed} (rerun with FC_SEED=${seed}): ${printable(`${error.message.split('\n').slice(0, 3).join(' ')} ${String(error.cause)}`)}`) })
  t.equal(runs > 0, true, `${runs} articles written and read back as JSON-LD`)

  // One worked example, the bytes checked directly.
  const created = await app.inject({ method: 'POST', url: '/v1/articles', headers, payload: articleWrite({ title: 'Straßenfest </script><script>alert(1)</script> & <!-- mehr' }) })
  const doc = await app.inject({ url: `/v1/articles/${created.json().id as string}?format=jsonld` })
  assertScriptSafe(t, doc.body, 'a title that closes the script element')
  t.match(doc.body, '"headline":"Straßenfest \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u003c!-- mehr"')
  t.equal(doc.json().headline, 'Straßenfest </script><script>alert(1)</script> & <!-- mehr', 'parses back to the title')
})
