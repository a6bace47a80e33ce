// What the server and the command-line tools share: the validated configuration and a migrated database.
import { ConfigError, loadConfig, type Config } from '../config.js'
import { migrate } from '../db/migrate.js'
import { openDatabase, type Db } from '../db/open.js'

/** Loads the configuration or exits with its error message; command-line tools have no one to throw to. */
export function configOrExit (): Config {
  try {
    return loadConfig()
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    process.stderr.write(`${error.message}\n`)
    process.exit(78) // EX_CONFIG
  }
}

export function openMigrated (config: Config): { db: Db, applied: string[] } {
  const db = openDatabase(config.DATABASE_PATH)
  return { db, applied: migrate(db) }
}
