// The edit-loop lane: runs with tap every test file that stays in one process (app.inject, in-memory databases,
// loopback receivers in the same process). Files that start programs (test/process.ts, node:child_process, varnishd)
// or a browser (playwright-core), and the hostile sweeps that drive every slot of every operation with thousands of
// requests (test/hostile/requests.ts), run only in the full suite, `npm test`, which CI runs. Extra arguments go to tap.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

// What keeps a test out of the lane: the helpers that spawn the real programs, child processes, a browser, varnishd
// (src/edge/varnish.ts starts it), and the hostile sweeps' request generator (minutes of load, not an edit-loop check).
const FULL_SUITE_ONLY = /(?:from\s+|import\(\s*)'(?:[./]+\/process\.js|node:child_process|playwright-core|[./]+\/src\/edge\/varnish\.js|\.\/requests\.js|[./]+\/hostile\/requests\.js)'/

function testFiles (dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testFiles(path)
    return entry.name.endsWith('.test.ts') ? [path] : []
  })
}

const files = testFiles(join(root, 'test'))
  .filter((file) => !FULL_SUITE_ONLY.test(readFileSync(file, 'utf8')))
  .map((file) => relative(root, file))
  .sort()

if (process.argv.includes('--list')) {
  process.stdout.write(`${files.join('\n')}\n`)
  process.exit(0)
}

const args = process.argv.slice(2)
const result = spawnSync('npx', ['tap', ...args, ...files], { cwd: root, stdio: 'inherit' })
process.exit(result.status ?? 1)
