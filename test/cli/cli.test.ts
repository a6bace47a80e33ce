import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { SAMPLE_ARTICLE_ID } from '../helper.js'
import { ROOT, run, startServer } from '../process.js'

const CLI = 'src/cli/index.ts'
const SUBCOMMANDS = ['serve', 'migrate', 'import', 'backup', 'openapi', 'keys']

function tempDir (t: { teardown: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-cli-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

t.test('beitrag --help lists every subcommand', async (t) => {
  const help = await run(CLI, ['--help'], {})
  t.equal(help.code, 0)
  for (const name of SUBCOMMANDS) t.match(help.stdout, new RegExp(`^  ${name} +\\S`, 'm'), name)
  const none = await run(CLI, [], {})
  t.equal(none.code, 64, 'no command is a usage error')
  t.match(none.stderr, /usage: beitrag <command>/)
  const version = await run(CLI, ['--version'], {})
  t.equal(version.stdout, `${(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n`)
})

t.test('every subcommand has --help', async (t) => {
  for (const name of SUBCOMMANDS) {
    const help = await run(CLI, [name, '--help'], {})
    t.equal(help.code, 0, `${name} --help exits 0`)
    t.match(help.stdout, new RegExp(`^usage: beitrag ${name}`), `${name} --help starts with its usage`)
    t.match(help.stdout, /Exit codes:|exits with code/, `${name} --help tells its exit codes`)
    if (name === 'backup') t.equal((await run(CLI, ['help', name], {})).stdout, help.stdout, '`beitrag help backup` says the same')
  }
})

t.test('mistakes are usage errors with exit code 64', async (t) => {
  const unknown = await run(CLI, ['frobnicate'], {})
  t.equal(unknown.code, 64)
  t.match(unknown.stderr, /unknown command 'frobnicate'/)
  const option = await run(CLI, ['migrate', '--fast'], {})
  t.equal(option.code, 64)
  t.match(option.stderr, /^beitrag migrate: .*'--fast'/)
  t.match(option.stderr, /usage: beitrag migrate/)
  const config = await run(CLI, ['migrate'], { LOG_LEVEL: 'loud' })
  t.equal(config.code, 78, 'an invalid configuration is exit code 78')
  t.match(config.stderr, /LOG_LEVEL="loud"/)
})

t.test('keys is not available in this version: exit code 69', async (t) => {
  const help = await run(CLI, ['keys', '--help'], {})
  for (const planned of ['create', 'list', 'revoke']) t.match(help.stdout, new RegExp(`beitrag keys ${planned}`))
  for (const args of [[], ['create', 'newsroom'], ['list']]) {
    const result = await run(CLI, ['keys', ...args], {})
    t.equal(result.code, 69, `keys ${args.join(' ')}`)
    t.match(result.stderr, /not available in this version/)
  }
})

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
