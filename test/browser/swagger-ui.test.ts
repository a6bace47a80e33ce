// The Swagger UI in a real headless Chromium, as a developer uses it: find every operation, try one, read the answer.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import t from 'tap'
import { SAMPLE_ARTICLE_ID } from '../helper.js'
import { ROOT, run, startServer } from '../process.js'

/** Debian's Chromium, which scripts/ensure-chromium.sh installs; never a browser Playwright downloads. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
/** Git-ignored; CI keeps what the test leaves here. */
export const ARTIFACTS = join(ROOT, 'test-artifacts')
const TITLE = 'Wenig Substanz, aber PR-Erfolg für Kim'

interface Spec {
  tags: Array<{ name: string }>
  paths: Record<string, Record<string, { operationId: string, tags: string[] }>>
}
const spec = JSON.parse(readFileSync(join(ROOT, 'openapi/openapi.json'), 'utf8')) as Spec

t.test('the Swagger UI shows every operation and runs GET /v1/articles/{id} against the server', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-browser-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  mkdirSync(ARTIFACTS, { recursive: true })
  const server = await startServer({ DATABASE_PATH: join(dir, 'browser.db') })
  t.teardown(() => server.stop())

  // A fresh profile each run; no background traffic, which this machine's closed network would refuse anyway.
  const browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 }
  })
  t.teardown(() => browser.close())
  const page = browser.pages()[0] ?? await browser.newPage()
  const pageErrors: string[] = []
  const elsewhere: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('request', (request) => { if (!request.url().startsWith(server.url)) elsewhere.push(request.url()) })

  await page.goto(`${server.url}/docs`)
  await page.locator('.opblock-tag-section').first().waitFor()
  await page.screenshot({ path: join(ARTIFACTS, 'swagger-ui-overview.png') })

  for (const { name } of spec.tags) {
    t.ok(await page.locator(`#operations-tag-${name}`).isVisible(), `tag ${name} is shown`)
  }
  for (const [path, operations] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const block = page.locator(`#operations-${operation.tags[0] ?? 'default'}-${operation.operationId}`)
      t.ok(await block.isVisible(), `${method.toUpperCase()} ${path} is shown`)
      // The UI breaks long paths with zero-width spaces.
      t.equal((await block.locator('.opblock-summary-path').innerText()).replace(/\u200b/g, '').trim(), path)
    }
  }

  const operation = page.locator('#operations-articles-getArticle')
  await operation.locator('.opblock-summary').click()
  await operation.getByRole('button', { name: 'Try it out' }).click()
  await operation.locator('input[placeholder="id"]').fill(SAMPLE_ARTICLE_ID)
  await operation.getByRole('button', { name: 'Execute' }).click()
  const live = operation.locator('.live-responses-table')
  const body = live.locator('.response-col_description .highlight-code').first()
  await body.waitFor()
  t.equal((await live.locator('.response .response-col_status').first().innerText()).trim(), '200')
  t.match(await body.innerText(), `"title": "${TITLE}"`, 'the article\'s title is in the rendered response')
  t.match(await live.innerText(), /x-request-id: [0-9a-f-]{36}/, 'the response headers show the request id')

  // The operation from its header down to the end of the live response, for the README.
  const scrollY = await page.evaluate('window.scrollY') as number
  const top = await operation.boundingBox()
  const bottom = await body.boundingBox()
  if (top === null || bottom === null) throw new Error('the operation is not rendered')
  await page.screenshot({
    path: join(ARTIFACTS, 'swagger-ui-get-article.png'),
    fullPage: true,
    clip: { x: top.x, y: top.y + scrollY, width: top.width, height: Math.min(bottom.y + bottom.height - top.y, 2400) }
  })

  t.same(pageErrors, [], 'no script errors in the page')
  t.same(elsewhere, [], 'the page loads nothing from other hosts')
})

t.test('Authorize in the Swagger UI sends the key to read routes where it changes the answer', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-browser-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const server = await startServer({ DATABASE_PATH: join(dir, 'browser.db') })
  t.teardown(() => server.stop())
  const created = await run('src/cli/index.ts', ['keys', 'create', '--name', 'vorschau', '--scopes', 'content:preview'], { DATABASE_PATH: join(dir, 'browser.db') })
  t.equal(created.code, 0, created.stderr)
  const key = created.stdout.trim()

  const browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
  t.teardown(() => browser.close())
  const page = browser.pages()[0] ?? await browser.newPage()
  const sent: Array<string | undefined> = []
  page.on('request', (request) => { if (request.url().startsWith(`${server.url}/v1/articles`)) sent.push(request.headers().authorization) })
  await page.goto(`${server.url}/docs`)
  await page.locator('.opblock-tag-section').first().waitFor()

  await page.locator('.auth-wrapper .authorize').click()
  await page.locator('.auth-container input').fill(key)
  await page.locator('.auth-btn-wrapper button.authorize').click()
  await page.locator('.auth-btn-wrapper button.btn-done').click()

  // Drafts are listed only for a key with the preview scope; without the key this is a 401.
  const operation = page.locator('#operations-articles-listArticles')
  await operation.locator('.opblock-summary').click()
  await operation.getByRole('button', { name: 'Try it out' }).click()
  await operation.locator('tr[data-param-name="status"] select').selectOption('draft')
  await operation.getByRole('button', { name: 'Execute' }).click()
  const status = operation.locator('.live-responses-table .response .response-col_status').first()
  await status.waitFor()
  t.equal((await status.innerText()).trim(), '200', 'the list of drafts is answered')
  t.same(sent, [`Bearer ${key}`], 'the key went with the request')
})
