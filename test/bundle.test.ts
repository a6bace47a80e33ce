// The bundled server (scripts/bundle.js, what `npm run build` makes dist/server.js): it serves, finds its
// migrations, sample and spec beside it, and stops cleanly, as the server built file by file does.
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { SAMPLE_ARTICLE_ID } from './helper.js'
import { ROOT, startServer } from './process.js'

t.test('the bundled server serves the sample article and its spec, and stops cleanly on SIGTERM', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-bundle-'))
  // Beside the real bundle (dist/), where it finds what it reads relative to its compiled files.
  const bundle = join(ROOT, 'dist', `server-bundle-test-${process.pid}.js`)
  t.teardown(() => {
    rmSync(dir, { recursive: true, force: true })
    rmSync(bundle, { force: true })
    rmSync(`${bundle}.map`, { force: true })
  })
  await promisify(execFile)(process.execPath, [join(ROOT, 'scripts', 'bundle.js'), bundle], { cwd: ROOT })

  const server = await startServer({ DATABASE_PATH: join(dir, 'bundle.db'), HOST: '127.0.0.1' }, [bundle])
  t.teardown(() => server.stop())
  const article = await fetch(`${server.url}/v1/articles/${SAMPLE_ARTICLE_ID}`)
  t.equal(article.status, 200)
  t.match(await article.text(), /Grüße|ü|ß/, 'umlauts survive')
  const spec = await fetch(`${server.url}/openapi.json`)
  t.equal(spec.status, 200)
  const document = await spec.json() as { paths: Record<string, unknown> }
  t.ok('/v1/feeds/rss' in document.paths)
  t.equal((await fetch(`${server.url}/docs`)).status, 200, 'the Swagger UI finds its assets')
  const invalid = await fetch(`${server.url}/v1/articles?limit=1000`)
  t.equal(invalid.status, 400)
  t.match(invalid.headers.get('content-type'), /^application\/problem\+json/)
  t.equal(await server.stop(), 0)
})
