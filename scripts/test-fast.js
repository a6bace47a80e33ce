// The edit-loop lane: runs with tap every test file that stays in one process (app.inject, in-memory databases,
// loopback receivers in the same process). Files that start programs (test/process.ts, node:child_process, varnishd)
// or a browser (playwright-core) run only in the full suite, `npm test`, which CI runs. Extra arguments go to tap.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

// What makes a test leave the process: the helpers that spawn the real programs, child processes, a browser,
// varnishd (src/edge/varnish.ts starts it).
const OUT_OF_PROCESS = /(?:from\s+|import\(\s*)'(?:[./]+\/process\.js|node:child_process|playwright-core|[./]+\/src\/edge\/varnish\.js)'/

function testFiles (dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testFiles(path)
    return entry.name.endsWith('.test.ts') ? [path] : []
  })
}

const files = testFiles(join(root, 'test'))
  .filter((file) => !OUT_OF_PROCESS.test(readFileSync(file, 'utf8')))
  .map((file) => relative(root, file))
  .sort()

if (process.argv.includes('--list')) {
  process.stdout.write(`${files.join('\n')}\n`)
  process.exit(0)
}

const args = process.argv.slice(2)
const result = spawnSync('npx', ['tap', ...args, ...files], { cwd: root, stdio: 'inherit' })
process.exit(result.status ?? 1)
