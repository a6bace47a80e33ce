// What the command-line tools share: a migrated database.
import type { Config } from '../config.js'
import { migrate } from '../db/migrate.js'
import { openDatabase, type Db } from '../db/open.js'

export function openMigrated (config: Config): { db: Db, applied: string[] } {
  const db = openDatabase(config.DATABASE_PATH)
  return { db, applied: migrate(db) }
}
