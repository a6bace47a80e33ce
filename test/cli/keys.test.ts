import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { articleWrite } from '../helper.js'
import { run, startServer } from '../process.js'

const dir = mkdtempSync(join(tmpdir(), 'beitrag-keys-'))
t.teardown(() => rmSync(dir, { recursive: true, force: true }))
const env = { DATABASE_PATH: join(dir, 'keys.db') }

t.test('a key made with the CLI works at once against the running server, and stops when revoked', async (t) => {
  const server = await startServer(env)
  t.teardown(() => server.stop())

  const created = await run('src/cli/index.ts', ['keys', 'create', '--name', 'cms-redaktion', '--scopes', 'content:write,content:preview'], env)
  t.equal(created.code, 0, created.stderr)
  const lines = created.stdout.trim().split('\n')
  t.equal(lines.length, 1, 'the key alone on standard output')
  const key = lines[0] ?? ''
  t.match(key, /^btr_[0-9a-z]{10}_[A-Za-z0-9_-]{43}$/)
  t.match(created.stderr, /Store it now: it is not shown again/)

  const post = (authorization: string) => fetch(`${server.url}/v1/articles`, {
    method: 'POST',
    headers: { authorization: `Bearer ${authorization}`, 'content-type': 'application/json' },
    body: JSON.stringify(articleWrite())
  })
  t.equal((await post(key)).status, 201)

  const list = await run('src/cli/index.ts', ['keys', 'list'], env)
  t.match(list.stdout, /active .*content:write,content:preview {2}cms-redaktion/)
  t.notMatch(list.stdout, new RegExp(key.slice(16)), 'list never shows secrets')

  const revoked = await run('src/cli/index.ts', ['keys', 'revoke', key], env)
  t.equal(revoked.code, 0, revoked.stderr)
  t.equal((await post(key)).status, 401)
  t.match((await run('src/cli/index.ts', ['keys', 'list'], env)).stdout, /revoked/)
  t.equal((await run('src/cli/index.ts', ['keys', 'revoke', key], env)).code, 1, 'revoking twice finds nothing to revoke')
})

t.test('bad key commands explain themselves', async (t) => {
  const cases: Array<[string[], RegExp]> = [
    [['create', '--scopes', 'partner'], /create needs --name/],
    [['create', '--name', 'x'], /create needs --scopes/],
    [['create', '--name', 'x', '--scopes', 'root'], /unknown scope root/],
    [['create', '--name', 'x', '--scopes', 'partner', '--rate-limit=-5'], /--rate-limit must be a whole number/],
    [['create', '--name', 'x', '--scopes', 'partner', '--rate-limit', '-5'], /--rate-limit/],
    [['list', '--colour'], /Unknown option '--colour'/],
    [['list', 'extra'], /unexpected argument 'extra'/],
    [['revoke'], /revoke needs the key, or its id or prefix/],
    [['frobnicate'], /unknown subcommand frobnicate/],
    [['create', '--name', 'x', '--scopes', 'partner', '--profile', 'adults'], /unknown profile adults: the only profile is kids/],
    [['list', '--profile', 'kids'], /--profile only goes with create/],
    [[], /a subcommand is needed/]
  ]
  for (const [args, message] of cases) {
    const result = await run('src/cli/index.ts', ['keys', ...args], env)
    t.equal(result.code, 64, args.join(' '))
    t.match(result.stderr, message)
    t.match(result.stderr, /usage: beitrag keys/)
  }
  const kids = await run('src/cli/index.ts', ['keys', 'create', '--name', 'kinder-app', '--scopes', 'partner', '--profile', 'kids'], env)
  t.equal(kids.code, 0, kids.stderr)
  t.match((await run('src/cli/index.ts', ['keys', 'list'], env)).stdout, /partner {2}profile:kids {2}kinder-app/)
  const help = await run('src/cli/index.ts', ['keys', '--help'], env)
  t.equal(help.code, 0)
  t.match(help.stdout, /content:write, content:preview, partner, admin/)
})
