// `beitrag migrate`: brings the configured database up to the newest schema.
import { DATABASE_ENVIRONMENT, EXIT, UsageError, type Command } from './command.js'

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Apply pending database migrations',
  help: `usage: beitrag migrate

Applies the migrations in migrations/ that DATABASE_PATH has not had yet, each in its own transaction,
creating the database when it does not exist. The server does the same at start; run this to migrate
ahead of a deployment. Prints what it applied, or that the database is up to date.

${DATABASE_ENVIRONMENT}

Exit codes: 0 done, 64 bad arguments, 78 invalid configuration.`,
  async run (args) {
    if (args.length > 0) throw new UsageError(`unexpected argument '${args[0] ?? ''}'`)
    const [{ loadConfig }, { openMigrated }] = await Promise.all([import('../config.js'), import('./open.js')])
    const config = loadConfig()
    const { db, applied } = openMigrated(config)
    db.close()
    process.stdout.write(applied.length === 0
      ? `${config.DATABASE_PATH} is up to date\n`
      : `${config.DATABASE_PATH}: applied ${applied.join(', ')}\n`)
    return EXIT.OK
  }
}
