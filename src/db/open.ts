// Opens the SQLite database with the settings every connection needs.
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { addPackedJsonFunctions } from './packed-json.js'

export type Db = Database.Database
/** A function wrapped in db.transaction(); writers call its `.immediate` form, which takes the write lock first. */
export type Transaction<F extends (...args: never[]) => unknown> = Database.Transaction<F>

/** SQLite page cache for a database file unless the caller names another size (the server's DB_CACHE_MB). */
export const DEFAULT_CACHE_MIB = 64

/**
 * `trace` hears the SQL of every statement as it runs (tests check which tables a route reads); `cacheMiB` is the
 * page cache for a database file.
 */
export function openDatabase (path: string, trace?: (sql: string) => void, cacheMiB = DEFAULT_CACHE_MIB): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const db = new Database(path, trace === undefined ? {} : { verbose: (sql) => { trace(String(sql)) } })
  // 8 KiB pages hold three or four packed revisions each where 4 KiB pages held one (a page holds whole rows of
  // that size, and two do not fit in 4 KiB). Only a new, empty database takes it; an existing one keeps its size.
  db.pragma('page_size = 8192')
  // WAL lets readers run beside the single writer; NORMAL sync is durable across process crashes in WAL mode.
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
  // 64 MiB of page cache by default instead of SQLite's 2 MiB: at a million articles a common word's doclist and the
  // indexes' upper levels no longer fit in 2 MiB, and every search read them back from the OS, a system call per page.
  // It is filled as pages are read, so a small archive's process never holds more than the file.
  if (path !== ':memory:') db.pragma(`cache_size = ${-Math.round(cacheMiB * 1024)}`)
  // Wait for a concurrent writer (the CLI importing while the server runs) instead of failing at once.
  // Writes begin IMMEDIATE, so a second writer waits here for the lock instead of failing when it upgrades a read;
  // one still waiting when this runs out is answered 503 with Retry-After (see plugins/problems.ts).
  db.pragma('busy_timeout = 5000')
  // Revision snapshots are stored packed; SQL that reads inside them unpacks them with unpack_json().
  addPackedJsonFunctions(db)
  return db
}
