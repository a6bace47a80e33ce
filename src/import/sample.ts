// Loads the bundled sample article into a database that has never held content.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Db } from '../db/open.js'
import type { ArticleRepository } from '../repositories/article.js'
import { SAMPLE_SOURCE } from '../schemas/examples.js'
import type { ImportResult } from '../schemas/import.js'
import type { Importer } from './importer.js'

export const SAMPLE_PATH = fileURLToPath(new URL('../../samples/000_4cabe8527bb692bf.txt', import.meta.url))

const SEEDED_KEY = 'sample_seeded_at'

/**
 * Imports the sample once in the database's life: not again after its articles were deleted, and never into a
 * database that already holds articles. Returns the import's result when it ran.
 */
export function seedSample ({ db, articles, importer }: { db: Db, articles: ArticleRepository, importer: Importer }, now: string): ImportResult | undefined {
  const seededAt = db.prepare<[string], { value: string }>('SELECT value FROM app_state WHERE key = ?').get(SEEDED_KEY)
  if (seededAt !== undefined) return undefined
  return db.transaction(() => {
    const result = articles.hasAny() ? undefined : importer.importText(SAMPLE_SOURCE, readFileSync(SAMPLE_PATH, 'utf8'), now)
    db.prepare('INSERT INTO app_state (key, value) VALUES (?, ?)').run(SEEDED_KEY, now)
    return result
  })()
}
