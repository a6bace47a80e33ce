// Re-indexes the articles migration 0013 queued: the stems come from the application, so the index of a database
// written before it is rebuilt when the application starts, in batches, and the queue emptied as it goes.
import type { Db } from '../db/open.js'
import { searchDocument } from '../search/document.js'
import type { ArticleRepository } from './article.js'
import type { SearchRepository } from './search.js'

const BATCH = 500

/** Indexes every queued article; returns how many. Runs before the server listens, so nothing reads meanwhile. */
export function reindexQueued (db: Db, articles: ArticleRepository, search: SearchRepository, now: string): number {
  const next = db.prepare<[number], { seq: number, id: string | null }>(
    'SELECT q.seq, a.id FROM search_reindex q LEFT JOIN articles a ON a.seq = q.seq ORDER BY q.seq LIMIT ?')
  const done = db.prepare<[number]>('DELETE FROM search_reindex WHERE seq = ?')
  const batch = db.transaction((rows: Array<{ seq: number, id: string | null }>) => {
    for (const { seq, id } of rows) {
      const article = id === null ? undefined : articles.getById(id, { now, preview: true })
      if (article !== undefined) {
        search.index(seq, searchDocument({ ...article, captions: article.media.map((item) => item.caption) }),
          article.status === 'published' || article.status === 'scheduled')
      }
      done.run(seq)
    }
  })
  let total = 0
  for (let rows = next.all(BATCH); rows.length > 0; rows = next.all(BATCH)) {
    batch(rows)
    total += rows.length
  }
  return total
}
