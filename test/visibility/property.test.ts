// The visibility promise as a property: after any editorial history (drafts, schedules in the future and the past,
// publishing, unpublishing, deleting, restoring, re-imports, edits while hidden, shared media, media windows opening
// and closing, time passing), no anonymous route or query shape shows a marker word of anything not public now, in
// its body or its headers. VISIBILITY_HISTORIES and VISIBILITY_STEPS make the run longer by hand.
import fc from 'fast-check'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import t from 'tap'
import { build, keyHeaders } from '../helper.js'
import { History, MARKER, stepArbitrary, TestClock } from './history.js'

const HISTORIES = Number(process.env.VISIBILITY_HISTORIES ?? 12)
const MAX_STEPS = Number(process.env.VISIBILITY_STEPS ?? 10)
const START = '2025-06-01T10:00:00.000Z'

interface Finding {
  request: string
  marker: string
  where: string
}

let requests = 0

/** Every marker in the response that is neither public content now nor part of the request itself. */
function leaks (request: string, response: LightMyRequestResponse, allowed: Set<string>): Finding[] {
  const asked = new Set(decodeURIComponent(request).match(MARKER) ?? [])
  const findings: Finding[] = []
  const parts: Array<[string, string]> = [['body', response.body], ...Object.entries(response.headers).map(([name, value]): [string, string] => [`header ${name}`, decodeURIComponent(String(value))])]
  for (const [where, text] of parts) {
    for (const marker of text.match(MARKER) ?? []) {
      if (!allowed.has(marker) && !asked.has(marker)) findings.push({ request, marker, where })
    }
  }
  return findings
}

/** Asks every anonymous route, in every query shape, about everything the history wrote; returns what leaked. */
async function probe (app: FastifyInstance, history: History, partner: { authorization: string }, etags: Map<string, string>): Promise<Finding[]> {
  const { publicIds, allowed, slugs } = await history.publicState()
  const findings: Finding[] = []
  const ask = async (url: string, options: { method?: 'GET' | 'HEAD', headers?: Record<string, string> } = {}): Promise<LightMyRequestResponse> => {
    requests++
    const response = await app.inject({ method: options.method ?? 'GET', url, ...(options.headers === undefined ? {} : { headers: options.headers }) })
    findings.push(...leaks(url, response, allowed))
    if (response.statusCode >= 500) findings.push({ request: url, marker: '', where: `status ${response.statusCode}` })
    return response
  }

  // Words of hidden content to look for: every marker the history wrote that is not public now.
  // Words of hidden content to search for: markers the history wrote that are not public now, spread over the history.
  const candidates = Array.from({ length: history.written }, (_, i) => `qx${i + 1}zv`).filter((marker) => !allowed.has(marker))
  const stride = Math.max(1, Math.floor(candidates.length / 10))
  const hidden = candidates.filter((_, i) => i % stride === 0).slice(0, 10)

  for (const id of history.ids) {
    for (const query of ['', '?format=ninjs', '?format=ninjs&version=2.2', '?format=jsonld', '?fields=title,teaser,media', '?profile=kids']) {
      const response = await ask(`/v1/articles/${id}${query}`)
      if (response.statusCode === 200 && !publicIds.has(id)) findings.push({ request: `/v1/articles/${id}${query}`, marker: '', where: 'a hidden article answered 200' })
      const etag = response.headers.etag
      if (typeof etag === 'string' && query === '') etags.set(id, etag)
    }
    await ask(`/v1/articles/${id}`, { method: 'HEAD' })
    const known = etags.get(id)
    if (known !== undefined) {
      const conditional = await ask(`/v1/articles/${id}`, { headers: { 'if-none-match': known } })
      if (conditional.statusCode === 304 && !publicIds.has(id)) findings.push({ request: `/v1/articles/${id} (If-None-Match)`, marker: '', where: 'a hidden article answered 304' })
    }
    await ask(`/v1/articles/${id}`, { headers: { 'if-modified-since': new Date(Date.parse(START) - 86_400_000).toUTCString() } })
    await ask(`/v1/articles/${id}/sections`)
    await ask(`/v1/articles/${id}/sections/2`)
    await ask(`/v1/articles/${id}/media`)
  }
  for (const slug of slugs) {
    await ask(`/v1/articles/slug/${slug}`)
    await ask(`/v1/oembed?url=${encodeURIComponent(`http://127.0.0.1:3000/articles/${slug}`)}`)
  }
  for (const id of history.media) {
    await ask(`/v1/media/${id}`)
    await ask(`/v1/oembed?url=${encodeURIComponent(`http://127.0.0.1:3000/v1/media/${id}`)}`)
  }

  for (const query of ['', '?include=media,sections', '?sort=publishedAt', '?sort=-updatedAt', '?mediaType=video', '?language=de', '?tag=K%C3%B6ln', '?category=Nachrichten', '?profile=kids', `?since=${START.slice(0, 10)}`]) {
    await ask(`/v1/articles${query}`)
  }
  // Keyset pages, followed to the end.
  let next: string | null = '/v1/articles?limit=2'
  for (let page = 0; next !== null && page < 20; page++) {
    const response: LightMyRequestResponse = await ask(next)
    const cursor = response.statusCode === 200 ? (response.json() as { nextCursor: string | null }).nextCursor : null
    next = cursor === null ? null : `/v1/articles?limit=2&cursor=${cursor}`
  }
  for (const word of hidden) {
    for (const q of [word, `${word} OR Köln`, `Gespräche OR ${word}`, `"Absatz ${word}"`, `${word.slice(0, 4)}*`, 'qx*', `(${word} OR Straße) NOT Zzz`]) {
      await ask(`/v1/search?q=${encodeURIComponent(q)}`)
      await ask(`/v1/search?q=${encodeURIComponent(q)}&category=Nachrichten&include=media`)
    }
    await ask(`/v1/articles?tag=Schlagwort${word}`)
    await ask(`/v1/articles?category=Rubrik${word}`)
    await ask(`/v1/feeds/rss?category=Rubrik${word}`)
  }
  for (const q of ['Köln', 'Gespräche', 'Bericht OR Agenturmeldung', 'Absatz*']) {
    const response = await ask(`/v1/search?q=${encodeURIComponent(q)}&limit=2`)
    const cursor = response.statusCode === 200 ? (response.json() as { nextCursor: string | null }).nextCursor : null
    if (cursor !== null) await ask(`/v1/search?q=${encodeURIComponent(q)}&limit=2&cursor=${cursor}`)
  }
  await ask('/v1/categories')
  await ask('/v1/categories?profile=kids')
  for (const format of ['rss', 'atom', 'json']) {
    await ask(`/v1/feeds/${format}`)
    await ask(`/v1/feeds/${format}?category=Nachrichten&limit=100`)
    await ask(`/v1/feeds/${format}`, { method: 'HEAD' })
  }

  // The public change feed: partners see no event of an article that was never public, and no text at all.
  let since = ''
  for (let page = 0; page < 50; page++) {
    requests++
    const url = `/v1/changes?limit=5${since === '' ? '' : `&since=${since}`}`
    const response = await app.inject({ url, headers: partner })
    findings.push(...leaks(url, response, allowed))
    const body = response.json() as { items: Array<{ articleId: string }>, nextCursor: string }
    for (const item of body.items) if (!history.everPublic.has(item.articleId)) findings.push({ request: url, marker: item.articleId, where: 'change feed names an article that was never public' })
    if (body.items.length < 5) break
    since = body.nextCursor
  }
  return findings
}

t.test('no anonymous route shows anything of a hidden article, whatever the editorial history', async (t) => {
  let histories = 0
  const all: Finding[] = []
  await fc.assert(fc.asyncProperty(fc.array(stepArbitrary, { minLength: 3, maxLength: MAX_STEPS }), async (steps) => {
    histories++
    const clock = new TestClock(START)
    const app = await build(t, { SEED_SAMPLE: 'false', WEBHOOK_DISPATCH: 'false', RATE_LIMIT_PER_MINUTE: '0', KEY_RATE_LIMIT_PER_MINUTE: '0' }, { clock: clock.now })
    try {
      const editor = keyHeaders(app, ['admin'])
      const partner = keyHeaders(app, ['partner'])
      const history = new History(app, clock, editor)
      const etags = new Map<string, string>()
      for (const step of steps) {
        await history.run(step)
        // A scheduled article that went public between two probes was public then: partners may have heard of it.
        for (const id of (await history.publicState()).publicIds) history.everPublic.add(id)
        const findings = await probe(app, history, partner, etags)
        if (findings.length > 0) {
          all.push(...findings)
          throw new Error(`after ${JSON.stringify(steps)}: ${JSON.stringify(findings.slice(0, 5))}`)
        }
      }
    } finally {
      await app.close()
    }
  }), { numRuns: HISTORIES, endOnFailure: true })
  t.same(all, [], 'no findings')
  t.comment(`${histories} histories, ${requests} anonymous requests, ${all.length} findings`)
})
