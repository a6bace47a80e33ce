// Slugs articles no longer hold, so an old URL keeps leading to the article: retired when a write changes an
// article's slug, given up as soon as any article takes the slug again (current slugs always win).
import type { Db } from '../db/open.js'
import { kidsNarrowing, kidsParam, PREVIEW_TABLES, type View } from './visibility.js'

export class SlugHistoryRepository {
  readonly #retire
  readonly #claim
  readonly #currentSlug

  constructor (db: Db) {
    this.#retire = db.prepare<[string, string, string]>(`
      INSERT INTO slug_history (slug, article_id, retired_at) VALUES (?, ?, ?)
      ON CONFLICT (slug) DO UPDATE SET article_id = excluded.article_id, retired_at = excluded.retired_at`)
    this.#claim = db.prepare<[string]>('DELETE FROM slug_history WHERE slug = ?')
    // The preview's lookup (any article, the kids profile narrowing it); the public one is PublicReads'.
    this.#currentSlug = db.prepare<{ slug: string, kids: 0 | 1 }, { slug: string }>(`
      SELECT a.slug FROM slug_history h JOIN articles a ON a.id = h.article_id WHERE h.slug = @slug AND ${kidsNarrowing(PREVIEW_TABLES)}`)
  }

  /** Records that `articleId` held `slug` until `now`. Call inside the transaction that changes its slug. */
  retire (slug: string, articleId: string, now: string): void {
    this.#retire.run(slug, articleId, now)
  }

  /** The slug is an article's current one again: it no longer redirects. Call inside the transaction that takes it. */
  claim (slug: string): void {
    this.#claim.run(slug)
  }

  /** The current slug of the article that once had `slug`, whatever its status (the preview's read). */
  currentSlug (slug: string, view: View): string | undefined {
    return this.#currentSlug.get({ slug, ...kidsParam(view.kids) })?.slug
  }
}
