import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { ROOT, run } from '../process.js'

const CLI = 'src/cli/index.ts'
const SUBCOMMANDS = ['serve', 'migrate', 'import', 'backup', 'openapi', 'keys', 'edge']

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

t.test('keys --help describes create, list and revoke', async (t) => {
  const help = await run(CLI, ['keys', '--help'], {})
  for (const sub of ['create', 'list', 'revoke']) t.match(help.stdout, new RegExp(`beitrag keys ${sub}`))
})
