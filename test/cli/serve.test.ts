import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { SAMPLE_ARTICLE_ID } from '../helper.js'
import { ROOT, startServer } from '../process.js'

const CLI = 'src/cli/index.ts'

function tempDir (t: { teardown: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-serve-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

t.test('serve runs the API and stops cleanly on SIGTERM', async (t) => {
  const server = await startServer({ DATABASE_PATH: join(tempDir(t), 'serve.db') }, [CLI, 'serve', '--host', '127.0.0.1'])
  t.teardown(() => server.stop())
  const article = await fetch(`${server.url}/v1/articles/${SAMPLE_ARTICLE_ID}`)
  t.equal(article.status, 200)
  t.equal(await server.stop(), 0)
})

t.test('the package exposes the CLI as its bin, runnable once built', async (t) => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>, scripts: Record<string, string> }
  t.same(pkg.bin, { beitrag: 'dist/cli/index.js' })
  for (const script of ['migrate', 'import', 'openapi']) t.match(pkg.scripts[script], `node dist/cli/index.js ${script}`)
  t.match(readFileSync(join(ROOT, CLI), 'utf8'), /^#!\/usr\/bin\/env node\n/)
  // What `npm start` and the npm scripts do first; dist/ is git-ignored.
  await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT })
  const built = await promisify(execFile)(process.execPath, [join(ROOT, pkg.bin.beitrag ?? ''), 'backup', '--help'], { cwd: ROOT })
  t.match(built.stdout, /^usage: beitrag backup/)
})
