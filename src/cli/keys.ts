// `beitrag keys create|list|revoke`: manages API keys in the configured database; a running server sees changes at once.
import { parseArgs } from 'node:util'
import { DATABASE_ENVIRONMENT, EXIT, UsageError, type Command } from './command.js'

export const keysCommand: Command = {
  name: 'keys',
  summary: 'Create, list and revoke API keys',
  help: `usage: beitrag keys create --name <name> --scopes <scope,scope…> [--rate-limit <requests per minute>] [--profile kids]
       beitrag keys list
       beitrag keys revoke <key, key id or prefix>
       npm run keys -- <the same>

API keys let editors' tools and partners call what anonymous callers may not. Changes apply at once to
a server running on the same database.
  create   prints the new key alone on standard output: it is shown this once and stored only as a hash
  list     id, prefix, state, rate limit, scopes and name of every key; never a secret
  revoke   requests with the key are refused from then on

Scopes: content:write, content:preview, partner, admin (admin holds every scope).
--rate-limit sets the key's own requests per minute (0: none); without it, KEY_RATE_LIMIT_PER_MINUTE applies.
--profile kids makes every read with the key see only content for children, as ?profile=kids does, whatever
the request asks for (for a kids' app).

${DATABASE_ENVIRONMENT}

Exit codes: 0 done, 1 no such key to revoke, 64 bad arguments, 78 invalid configuration.`,
  async run (args) {
    const { values, positionals } = parseArgs({
      args,
      options: { name: { type: 'string' }, scopes: { type: 'string' }, 'rate-limit': { type: 'string' }, profile: { type: 'string' } },
      allowPositionals: true
    })
    const [command, target, ...extra] = positionals
    if (command === undefined) throw new UsageError('a subcommand is needed: create, list or revoke')
    if (!['create', 'list', 'revoke'].includes(command)) throw new UsageError(`unknown subcommand ${command}`)
    if (extra.length > 0 || (command !== 'revoke' && target !== undefined)) throw new UsageError(`unexpected argument '${extra[0] ?? target ?? ''}'`)

    const [{ isScope }, { loadConfig }, { ApiKeyRepository }, { openMigrated }] = await Promise.all([
      import('../auth/api-keys.js'), import('../config.js'), import('../repositories/api-key.js'), import('./open.js')
    ])
    // Arguments are checked before the database is opened, so a typo creates nothing.
    let create: { name: string, scopes: Array<Parameters<typeof isScope>[0]>, rateLimitPerMinute: number | null, profile: 'kids' | null } | undefined
    if (command === 'create') {
      const name = values.name?.trim() ?? ''
      if (name === '' || name.length > 100) throw new UsageError('create needs --name, 1 to 100 characters')
      const scopes = (values.scopes ?? '').split(',').map((scope) => scope.trim()).filter((scope) => scope !== '')
      if (scopes.length === 0) throw new UsageError('create needs --scopes')
      const unknown = scopes.filter((scope) => !isScope(scope))
      if (unknown.length > 0) throw new UsageError(`unknown scope ${unknown.join(', ')}`)
      let rateLimitPerMinute: number | null = null
      if (values['rate-limit'] !== undefined) {
        rateLimitPerMinute = Number(values['rate-limit'])
        if (!Number.isSafeInteger(rateLimitPerMinute) || rateLimitPerMinute < 0) throw new UsageError('--rate-limit must be a whole number of requests per minute, 0 for none')
      }
      if (values.profile !== undefined && values.profile !== 'kids') throw new UsageError(`unknown profile ${values.profile}: the only profile is kids`)
      create = { name, scopes, rateLimitPerMinute, profile: values.profile === 'kids' ? 'kids' : null }
    }
    if (command !== 'create' && values.profile !== undefined) throw new UsageError('--profile only goes with create')
    if (command === 'revoke' && target === undefined) throw new UsageError('revoke needs the key, or its id or prefix')

    const { db } = openMigrated(loadConfig())
    const keys = new ApiKeyRepository(db)
    const now = new Date().toISOString()
    try {
      if (create !== undefined) {
        const { apiKey, key } = keys.create({ ...create, scopes: create.scopes.filter(isScope) }, now)
        process.stderr.write(`Created key ${apiKey.id} "${apiKey.name}" (${apiKey.scopes.join(', ')}). Store it now: it is not shown again.\n`)
        process.stdout.write(`${key}\n`)
        return EXIT.OK
      }
      if (command === 'list') {
        for (const key of keys.list()) {
          const limit = key.rateLimitPerMinute === null ? 'default' : `${key.rateLimitPerMinute}/min`
          process.stdout.write(`${key.id}  btr_${key.prefix}_…  ${key.revokedAt === null ? 'active ' : 'revoked'}  ${limit}  ${key.scopes.join(',')}${key.profile === null ? '' : `  profile:${key.profile}`}  ${key.name}\n`)
        }
        return EXIT.OK
      }
      // A whole key, its prefix ("btr_xxxxxxxxxx") or its id all name it.
      const name = (target ?? '').replace(/^btr_/, '').replace(/_.*$/, '')
      if (!keys.revoke(name, now)) {
        process.stderr.write(`No active key with id or prefix ${name}\n`)
        return EXIT.FAILURE
      }
      process.stdout.write(`Revoked ${name}\n`)
      return EXIT.OK
    } finally {
      db.close()
    }
  }
}
