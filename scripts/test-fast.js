// The edit-loop lane: every test file that stays in one process (app.inject, in-memory databases, loopback
// receivers in the same process), run a few files to a process so the modules they share load once per process
// rather than once per file (tap starts a process, and a TypeScript compiler, for every file). Files that start programs (test/process.ts, node:child_process, varnishd)
// or a browser (playwright-core), and the hostile sweeps that drive every slot of every operation with thousands of
// requests (test/hostile/requests.ts), run only in the full suite, `npm test`, which CI runs.
import { spawn } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
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

// Files shared out to one process per core, largest first onto the lightest process, so they end together.
const jobs = Math.max(1, Math.min(files.length, Number(process.env.TEST_JOBS ?? availableParallelism())))
const groups = Array.from({ length: jobs }, () => ({ files: [], bytes: 0 }))
for (const file of [...files].sort((a, b) => statSync(join(root, b)).size - statSync(join(root, a)).size)) {
  const lightest = groups.reduce((a, b) => (b.bytes < a.bytes ? b : a))
  lightest.files.push(file)
  lightest.bytes += statSync(join(root, file)).size
}

const started = Date.now()
const outputs = await Promise.all(groups.map(({ files }) => new Promise((resolve) => {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/run-tests.js'), ...files], {
    cwd: root,
    env: { ...process.env, TAP_TIMEOUT: '0' },
    stdio: ['ignore', 'pipe', 'inherit']
  })
  let output = ''
  child.stdout.on('data', (chunk) => { output += chunk })
  child.on('close', (code) => { resolve({ code, output }) })
})))

// The whole TAP stream goes to a file; the console gets each failure with its diagnostics and one summary line.
const tap = outputs.map(({ output }) => output).join('\n')
mkdirSync(join(root, 'test-artifacts'), { recursive: true })
writeFileSync(join(root, 'test-artifacts/test-fast.tap'), tap)
const lines = tap.split('\n')
// Assertions are the result lines without a time: a subtest's own result line carries "# time=".
const passed = lines.filter((line) => /^\s*ok \d+/.test(line) && !line.includes('# time=')).length
const failures = lines.flatMap((line, index) => /^\s*not ok \d+/.test(line) && !line.includes('# time=') ? [lines.slice(index, index + 12).join('\n')] : [])
for (const failure of failures) process.stdout.write(`${failure}\n\n`)
const failed = outputs.some(({ code }) => code !== 0)
// A process that died before reporting (a file that throws on import) has no "not ok" line to show.
for (const { code } of outputs) if (code !== 0 && failures.length === 0) process.stdout.write(`a test process exited with code ${code}\n`)
const seconds = ((Date.now() - started) / 1000).toFixed(1)
process.stdout.write(`fast lane: ${files.length} files in ${jobs} processes, ${passed} passed, ${failures.length} failed, ${seconds} s (TAP in test-artifacts/test-fast.tap)\n`)
process.exit(failed || failures.length > 0 ? 1 : 0)
