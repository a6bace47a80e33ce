// The cursor of a deep list page, computed from the corpus directly rather than by paging through it.
import type { Database } from 'better-sqlite3'
import { encodeCursor } from '../src/lib/cursor.js'
import { filtersKey } from '../src/routes/article-query.js'

/**
 * The cursor that GET /v1/articles?limit=`limit` (no filters, newest first) hands out for page `page`, or for the
 * last page when the corpus has fewer; the page it reaches comes back with it.
 */
export function deepPageCursor (db: Database, now: string, page: number, limit: number): { page: number, cursor: string } {
  const { count } = db.prepare<{ now: string }, { count: number }>(
    "SELECT count(*) AS count FROM articles WHERE status IN ('published', 'scheduled') AND coalesce(published_at, '') <= @now").get({ now }) ?? { count: 0 }
  const reached = Math.max(2, Math.min(page, Math.ceil(count / limit)))
  const row = db.prepare<{ now: string, offset: number }, { listed_at: string, id: string }>(`
    SELECT listed_at, id FROM articles WHERE status IN ('published', 'scheduled') AND coalesce(published_at, '') <= @now
    ORDER BY listed_at DESC, id DESC LIMIT 1 OFFSET @offset`).get({ now, offset: (reached - 1) * limit - 1 })
  if (row === undefined) throw new Error(`the corpus has no page ${reached}`)
  return { page: reached, cursor: encodeCursor(`articles.-publishedAt.${filtersKey({})}`, [row.listed_at, row.id]) }
}
