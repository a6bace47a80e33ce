import { readFileSync } from 'node:fs'
import t from 'tap'
import { htmlDepth, MAX_HTML_DEPTH } from '../../src/import/markup.js'
import { ParserThread } from '../../src/import/parser-thread.js'
import { parseArticle } from '../../src/import/importer.js'
import { build, keyHeaders, problemOf, SAMPLE_ARTICLE_ID } from '../helper.js'

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8')

/** An article page whose body sits `levels` elements deep; `padding` makes each level's tag longer. */
function nested (levels: number, padding = ''): string {
  return `<html><body><article><h1>Tief verschachtelt</h1>${`<div class="ebene${padding}">`.repeat(levels)}<p>Ein Absatz ganz unten.</p>${'</div>'.repeat(levels)}</article></body></html>`
}

t.test('nesting is counted without building a tree, as a browser would nest', async (t) => {
  t.equal(htmlDepth('<html><body><p>a<p>b<ul><li>x<li>y</ul><br><img src=x><hr/></body></html>'), 4, 'implied end tags and void elements')
  t.equal(htmlDepth('<div><script>"<div><div><div>"</script><!-- <div><div> --><textarea><div></textarea></div>'), 1, 'raw text and comments hold no elements')
  t.equal(htmlDepth(`<div>${'<span>'.repeat(10_000)}`), MAX_HTML_DEPTH + 1, 'counting stops past the limit')
  t.equal(htmlDepth('<a title=">"><b>x</b></a>'), 2, 'a quoted > is no tag end')
})

t.test('a page nested deeper than the limit is no article, in every format that carries HTML', async (t) => {
  t.throws(() => parseArticle('tief.html', nested(5_000)), /tief\.html: not an article: the HTML nests elements more than 512 levels deep/)
  t.throws(() => parseArticle('tief.json', JSON.stringify({ uri: 'urn:x', headline: 'Titel', body_html: nested(5_000) })), /more than 512 levels deep/)
  t.match(parseArticle('flach.html', nested(MAX_HTML_DEPTH - 10)), { title: 'Tief verschachtelt', sections: [{ blocks: [{ text: 'Ein Absatz ganz unten.' }] }] })
})

t.test('POST /v1/imports: HTML 5,000 and 100,000 levels deep are a 400 problem, never a 500', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  const headers = { ...keyHeaders(app, ['content:write']), 'content-type': 'text/html' }
  for (const [levels, padding] of [[5_000, ''], [100_000, '-'.repeat(24)]] as const) {
    const payload = nested(levels, padding)
    const response = await app.inject({ method: 'POST', url: '/v1/imports', headers, payload })
    t.equal(response.statusCode, 400, `${levels} levels, ${(payload.length / 1e6).toFixed(1)} MB`)
    t.match(problemOf(response), { code: 'CONTENT_ERR_NOT_AN_ARTICLE', detail: 'request body: not an article: the HTML nests elements more than 512 levels deep' })
  }
  t.equal((app.context.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n, 0, 'nothing stored')
  const fine = await app.inject({ method: 'POST', url: '/v1/imports', headers, payload: fixture('article.html') })
  t.equal(fine.statusCode, 201, 'the next import is served as before')
})

t.test('reads are answered while an import is being parsed', async (t) => {
  const app = await build(t)
  const headers = { ...keyHeaders(app, ['content:write']), 'content-type': 'text/html' }
  // A flat page of 30,000 elements takes the parser seconds; the server's event loop is not where it happens.
  const heavy = `<html><body><article><h1>Viele Elemente</h1>${'<div><span>Ein Wort.</span></div>'.repeat(30_000)}<p>Der einzige Absatz.</p></article></body></html>`
  let settled = false
  const importing = app.inject({ method: 'POST', url: '/v1/imports', headers, payload: heavy }).finally(() => { settled = true })
  const statuses: number[] = []
  // Paced reads, at most 100 (the rate limit would answer a tight loop with 429s).
  while (!settled && statuses.length < 100) {
    statuses.push((await app.inject({ url: `/v1/articles/${SAMPLE_ARTICLE_ID}` })).statusCode)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  t.ok(statuses.length > 3, `${statuses.length} reads answered during one import`)
  t.same([...new Set(statuses)], [200], 'every one of them in full')
  t.ok([201, 400].includes((await importing).statusCode), 'the import itself got an answer')
})

t.test('the parser thread: a time budget, a fresh thread after a refusal, errors never thrown at the caller', async (t) => {
  const parser = new ParserThread({ timeoutMs: 300 })
  t.teardown(() => parser.close())
  // Unclosed paragraphs by the ten thousand: slow to parse, far slower than 300 ms allows.
  const slow = `<html><body><h1>Langsam</h1>${'<p>Satz. '.repeat(100_000)}`
  const [refused, after] = await Promise.all([parser.parse('langsam.html', slow), parser.parse('danach.txt', fixture('video-lines.txt'))])
  t.match(refused, { reason: /^not an article: reading it took longer than 0\.3 s/ })
  t.match(after, { parsed: { title: 'Was der Streik für Pendler bedeutet' } }, 'the document queued behind it is parsed on a new thread')
  t.match(await parser.parse('leer.txt', 'Nur ein Titel\n'), { reason: 'not an article: no body paragraphs found after the title' })
})

t.test('the parser thread reads on while its caller is busy, and never counts that time against a document', async (t) => {
  const parser = new ParserThread({ timeoutMs: 300 })
  t.teardown(() => parser.close())
  const text = fixture('video-lines.txt')
  t.match(await parser.parse('erste.txt', text), { parsed: { title: 'Was der Streik für Pendler bedeutet' } }, 'the thread is up')
  const queued = Array.from({ length: 20 }, async (_, n) => await parser.parse(`datei-${n}.txt`, text))
  // Busy for twice the budget, as the import command is while it writes a batch: the thread parses meanwhile.
  for (const until = Date.now() + 600; Date.now() < until;);
  const outcomes = await Promise.all(queued)
  t.equal(outcomes.filter((outcome) => 'parsed' in outcome && outcome.parsed.title === 'Was der Streik für Pendler bedeutet').length, 20, 'every one parsed, none refused')
  // A slow document among others: it alone is refused; the ones handed over behind it are read by the next thread.
  const slow = `<html><body><h1>Langsam</h1>${'<p>Satz. '.repeat(100_000)}`
  const mixed = await Promise.all([parser.parse('vorher.txt', text), parser.parse('langsam.html', slow), parser.parse('danach-1.txt', text), parser.parse('danach-2.txt', text)])
  t.match(mixed, [{ parsed: {} }, { reason: /^not an article: reading it took longer than 0\.3 s/ }, { parsed: {} }, { parsed: {} }])
})
