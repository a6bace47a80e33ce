// `npm run keys -- create|list|revoke`: manages API keys in the configured database; a running server sees changes at once.
import { isScope, SCOPES, type Scope } from '../auth/api-keys.js'
import { ApiKeyRepository } from '../repositories/api-key.js'
import { argsOrExit, configOrExit, openMigrated } from './open.js'

const USAGE = `usage:
  npm run keys -- create --name <name> --scopes <scope,scope…> [--rate-limit <requests per minute>]
  npm run keys -- list
  npm run keys -- revoke <key id or prefix>

Scopes: ${SCOPES.join(', ')} (admin holds every scope).
create prints the new key alone on standard output: it is shown this once and stored only as a hash.`

function fail (message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`)
  process.exit(64) // EX_USAGE
}

const { values, positionals } = argsOrExit({
  options: {
    name: { type: 'string' },
    scopes: { type: 'string' },
    'rate-limit': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false }
  },
  allowPositionals: true
}, USAGE)
const [command, ...rest] = positionals
if (values.help) {
  process.stdout.write(`${USAGE}\n`)
  process.exit(0)
}

const config = configOrExit()
const { db } = openMigrated(config)
const keys = new ApiKeyRepository(db)
const now = new Date().toISOString()

switch (command) {
  case 'create': {
    const name = values.name?.trim() ?? ''
    if (name === '' || name.length > 100) fail('create needs --name, 1 to 100 characters')
    const scopes = (values.scopes ?? '').split(',').map((scope) => scope.trim()).filter((scope) => scope !== '')
    const unknown = scopes.filter((scope) => !isScope(scope))
    if (scopes.length === 0) fail('create needs --scopes')
    if (unknown.length > 0) fail(`unknown scope ${unknown.join(', ')}`)
    let rateLimitPerMinute: number | null = null
    if (values['rate-limit'] !== undefined) {
      rateLimitPerMinute = Number(values['rate-limit'])
      if (!Number.isSafeInteger(rateLimitPerMinute) || rateLimitPerMinute < 0) fail('--rate-limit must be a whole number of requests per minute, 0 for none')
    }
    const { apiKey, key } = keys.create({ name, scopes: scopes as Scope[], rateLimitPerMinute }, now)
    process.stderr.write(`Created key ${apiKey.id} "${apiKey.name}" (${apiKey.scopes.join(', ')}). Store it now: it is not shown again.\n`)
    process.stdout.write(`${key}\n`)
    break
  }
  case 'list':
    for (const key of keys.list()) {
      const limit = key.rateLimitPerMinute === null ? 'default' : `${key.rateLimitPerMinute}/min`
      process.stdout.write(`${key.id}  btr_${key.prefix}_…  ${key.revokedAt === null ? 'active ' : 'revoked'}  ${limit}  ${key.scopes.join(',')}  ${key.name}\n`)
    }
    break
  case 'revoke': {
    const target = rest[0]
    if (target === undefined) fail('revoke needs the id or prefix of a key')
    if (!keys.revoke(target.replace(/^btr_/, '').replace(/_.*$/, ''), now)) {
      process.stderr.write(`No active key with id or prefix ${target}\n`)
      process.exitCode = 1
    } else {
      process.stdout.write(`Revoked ${target}\n`)
    }
    break
  }
  default:
    fail(command === undefined ? 'a command is needed' : `unknown command ${command}`)
}
db.close()
