import t from 'tap'
import { articleInput, build, problemOf, SAMPLE_ARTICLE_ID } from '../helper.js'

type App = Awaited<ReturnType<typeof build>>

/** The samples of one metric: label sets (as written) to values. */
async function scrape (app: App): Promise<{ text: string, value: (series: string) => number | undefined }> {
  const response = await app.inject({ url: '/metrics' })
  if (response.statusCode !== 200) throw new Error(`GET /metrics answered ${response.statusCode}`)
  const text = response.body
  return {
    text,
    value: (series) => {
      const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `))
      return line === undefined ? undefined : Number(line.slice(series.length + 1))
    }
  }
}

// prom-client writes NaN as "Nan" (the Node.js event loop lag before its first sample); Prometheus reads either.
const SERIES_LINE = /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*"(?:,[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*")*\})? (?:-?[0-9.e+-]+|NaN|Nan|[+-]Inf)$/

t.test('GET /metrics answers in the Prometheus text format', async (t) => {
  const app = await build(t)
  const response = await app.inject({ url: '/metrics' })
  t.equal(response.statusCode, 200)
  t.equal(response.headers['content-type'], 'text/plain; version=0.0.4; charset=utf-8')
  for (const line of response.body.split('\n')) {
    if (line === '' || line.startsWith('# HELP ') || line.startsWith('# TYPE ')) continue
    if (!SERIES_LINE.test(line)) t.fail(`not a sample line: ${line}`)
  }
  t.match(response.body, /^process_cpu_seconds_total \d/m, 'Node.js process metrics')
  t.match(response.body, /^nodejs_heap_size_used_bytes \d/m)
})

t.test('requests are counted and timed by method, route pattern and status', async (t) => {
  const app = await build(t)
  for (let i = 0; i < 3; i++) await app.inject({ url: `/v1/articles/${SAMPLE_ARTICLE_ID}` })
  await app.inject({ url: '/v1/articles/abc' })
  await app.inject({ url: '/no/such/route' })
  await app.inject({ url: '/another/unknown/path' })
  const { value } = await scrape(app)
  const labels = (route: string, status: number) => `{method="GET",route="${route}",status_code="${status}"}`
  t.equal(value(`http_request_duration_seconds_count${labels('/v1/articles/:id', 200)}`), 3)
  t.equal(value(`http_request_duration_seconds_count${labels('/v1/articles/:id', 400)}`), 1)
  t.equal(value(`http_request_duration_seconds_count${labels('__unknown__', 404)}`), 2, 'unknown paths share one series')
  t.ok((value(`http_request_duration_seconds_sum${labels('/v1/articles/:id', 200)}`) ?? 0) > 0, 'latency is summed')
  t.equal(value('http_request_duration_seconds_bucket{le="+Inf",method="GET",route="/v1/articles/:id",status_code="200"}'), 3)
})

t.test('each app counts only its own requests', async (t) => {
  const first = await build(t)
  const second = await build(t)
  await first.inject({ url: '/health' })
  await first.inject({ url: '/health' })
  await second.inject({ url: '/health' })
  const series = 'http_request_duration_seconds_count{method="GET",route="/health",status_code="200"}'
  t.equal((await scrape(first)).value(series), 2)
  t.equal((await scrape(second)).value(series), 1)
})

t.test('the database size is sampled at scrape time', async (t) => {
  const app = await build(t)
  const pages = () => (app.context.db.pragma('page_count', { simple: true }) as number) * (app.context.db.pragma('page_size', { simple: true }) as number)
  const before = (await scrape(app)).value('beitrag_database_size_bytes')
  t.equal(before, pages())
  const now = new Date().toISOString()
  const long = 'Ein langer Absatz über die Stadt. '.repeat(400)
  for (let i = 0; i < 20; i++) {
    app.context.articleStore.save(articleInput({ sections: [{ heading: null, blocks: [{ type: 'paragraph', text: long }] }] }), now)
  }
  const after = (await scrape(app)).value('beitrag_database_size_bytes')
  t.equal(after, pages())
  t.ok((after ?? 0) > (before ?? 0), 'it grew with the articles')
})

t.test('cache hits and misses are counted for a cache to feed', async (t) => {
  const app = await build(t)
  const empty = await scrape(app)
  t.equal(empty.value('beitrag_cache_hits_total{cache="responses"}'), 0)
  t.equal(empty.value('beitrag_cache_misses_total{cache="responses"}'), 0)
  t.notMatch(empty.text, /^beitrag_cache_hit_ratio\{/m, 'no ratio before the first lookup')
  app.context.metrics.cache.hit('responses')
  app.context.metrics.cache.hit('responses')
  app.context.metrics.cache.hit('responses')
  app.context.metrics.cache.miss('responses')
  const fed = await scrape(app)
  t.equal(fed.value('beitrag_cache_hits_total{cache="responses"}'), 3)
  t.equal(fed.value('beitrag_cache_misses_total{cache="responses"}'), 1)
  t.equal(fed.value('beitrag_cache_hit_ratio{cache="responses"}'), 0.75)
})

t.test('bad requests to /metrics are problems, not errors', async (t) => {
  const app = await build(t)
  const post = await app.inject({ method: 'POST', url: '/metrics', payload: {} })
  t.equal(post.statusCode, 405)
  t.equal(problemOf(post).code, 'CONTENT_ERR_METHOD_NOT_ALLOWED')
  const query = await app.inject({ url: '/metrics?format=json' })
  t.equal(query.statusCode, 200, 'query parameters are ignored')
})
