// Applies the numbered SQL files in migrations/ in order, each in its own transaction, tracked by PRAGMA user_version.
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { categoryId, categorySlug, matchKey } from '../lib/match-keys.js'
import type { Db } from './open.js'
import { addPackedJsonFunctions } from './packed-json.js'

// Both src/db and dist/db sit two levels below the project root, where migrations/ lives.
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url))

export interface Migration {
  version: number
  name: string
  sql: string
}

export function loadMigrations (dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => /^\d{4}-[a-z0-9-]+\.sql$/.test(file))
    .map((file) => ({ version: Number(file.slice(0, 4)), name: file, sql: readFileSync(dir + file, 'utf8') }))
    .sort((a, b) => a.version - b.version)
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} is out of sequence: expected number ${index + 1}`)
    }
  })
  return migrations
}

/** Brings the database up to the newest migration; returns the names of the migrations it applied. */
export function migrate (db: Db, migrations: Migration[] = loadMigrations()): string[] {
  const current = db.pragma('user_version', { simple: true }) as number
  const latest = migrations.length
  if (current > latest) {
    throw new Error(`Database schema version ${current} is newer than this release knows (${latest}); refusing to run`)
  }
  const applied: string[] = []
  // What migrations may compute that SQL cannot (transliteration, hashing); no view or index depends on them.
  const deterministic = { deterministic: true }
  db.function('match_key', deterministic, (text: unknown) => matchKey(String(text)))
  db.function('category_id', deterministic, (path: unknown) => categoryId(String(path)))
  db.function('category_slug', deterministic, (path: unknown) => categorySlug(String(path)))
  addPackedJsonFunctions(db)
  for (const migration of migrations.slice(current)) {
    // user_version is part of the database header, so it commits or rolls back with the migration itself.
    db.transaction(() => {
      db.exec(migration.sql)
      db.pragma(`user_version = ${migration.version}`)
    })()
    applied.push(migration.name)
  }
  return applied
}
