// Media items and their attachment to articles: prepared statements and the row <-> JSON mapping.
import type { Db } from '../db/open.js'
import { toIsoDuration } from '../lib/duration.js'
import type { ArticleMedia, Media, MediaRole, MediaType, Rendition, Thumbnail } from '../schemas/media.js'
import { VISIBLE_ARTICLE, viewParams, type View } from './visibility.js'

interface MediaRow {
  id: string
  type: MediaType
  title: string | null
  caption: string | null
  duration_seconds: number | null
  credit: string | null
  available_from: string | null
  available_until: string | null
  copyright: string | null
  date: string | null
  renditions: string
  thumbnails: string
}

interface ArticleMediaRow extends MediaRow {
  role: MediaRole
}

/** What a write supplies for one media item; the server keeps its own timestamps. */
export type MediaInput = Omit<Media, 'duration'>

export interface AttachedMediaInput {
  media: MediaInput
  role: MediaRole
}

const MEDIA_COLUMNS = 'm.id, m.type, m.title, m.caption, m.duration_seconds, m.credit, m.copyright, m.date, m.available_from, m.available_until, m.renditions, m.thumbnails'

export function rowToMedia (row: MediaRow): Media {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    caption: row.caption,
    durationSeconds: row.duration_seconds,
    duration: row.duration_seconds === null ? null : toIsoDuration(row.duration_seconds),
    credit: row.credit,
    copyright: row.copyright,
    date: row.date,
    availableFrom: row.available_from,
    availableUntil: row.available_until,
    renditions: JSON.parse(row.renditions) as Rendition[],
    thumbnails: JSON.parse(row.thumbnails) as Thumbnail[]
  }
}

function rowToArticleMedia (row: ArticleMediaRow): ArticleMedia {
  return { ...rowToMedia(row), role: row.role }
}

export class MediaRepository {
  readonly #getVisible
  readonly #listByArticle
  readonly #upsert
  readonly #unlinkAll
  readonly #link
  readonly #articlesShowing
  readonly #versionOf

  constructor (db: Db) {
    // A media item is public while at least one public article shows it; a preview sees every one.
    this.#getVisible = db.prepare<{ id: string, now: string, preview: 0 | 1 }, MediaRow & { version: number, updated_at: string }>(`
      SELECT ${MEDIA_COLUMNS}, m.version, m.updated_at FROM media m
      WHERE m.id = @id AND (@preview = 1 OR EXISTS (
        SELECT 1 FROM article_media am JOIN articles a ON a.id = am.article_id
        WHERE am.media_id = m.id AND ${VISIBLE_ARTICLE}))`)
    this.#articlesShowing = db.prepare<[string], { article_id: string }>('SELECT article_id FROM article_media WHERE media_id = ?')
    this.#versionOf = db.prepare<[string], { version: number }>('SELECT version FROM media WHERE id = ?')
    this.#listByArticle = db.prepare<[string], ArticleMediaRow>(`
      SELECT ${MEDIA_COLUMNS}, am.role FROM article_media am JOIN media m ON m.id = am.media_id
      WHERE am.article_id = ? ORDER BY am.position`)
    this.#upsert = db.prepare(`
      INSERT INTO media (id, type, title, caption, duration_seconds, credit, copyright, date, available_from, available_until, renditions, thumbnails, created_at, updated_at)
      VALUES (@id, @type, @title, @caption, @durationSeconds, @credit, @copyright, @date, @availableFrom, @availableUntil, @renditions, @thumbnails, @now, @now)
      ON CONFLICT (id) DO UPDATE SET
        type = excluded.type, title = excluded.title, caption = excluded.caption,
        duration_seconds = excluded.duration_seconds, credit = excluded.credit, copyright = excluded.copyright,
        date = excluded.date, available_from = excluded.available_from, available_until = excluded.available_until, renditions = excluded.renditions, thumbnails = excluded.thumbnails,
        version = media.version + 1, updated_at = excluded.updated_at
      -- Saving an article re-saves its media: only a real change is a new version.
      WHERE (media.type, media.title, media.caption, media.duration_seconds, media.credit, media.copyright, media.date, media.available_from, media.available_until, media.renditions, media.thumbnails)
        IS NOT (excluded.type, excluded.title, excluded.caption, excluded.duration_seconds, excluded.credit, excluded.copyright, excluded.date, excluded.available_from, excluded.available_until, excluded.renditions, excluded.thumbnails)`)
    this.#unlinkAll = db.prepare<[string]>('DELETE FROM article_media WHERE article_id = ?')
    this.#link = db.prepare<[string, string, number, MediaRole]>(
      'INSERT INTO article_media (article_id, media_id, position, role) VALUES (?, ?, ?, ?)'
    )
  }

  getVisible (id: string, view: View): Media | undefined {
    return this.getVisibleWithVersion(id, view)?.media
  }

  /** The media item with what conditional requests need: its version and last change. */
  getVisibleWithVersion (id: string, view: View): { media: Media, version: number, updatedAt: string } | undefined {
    const row = this.#getVisible.get({ id, ...viewParams(view) })
    return row === undefined ? undefined : { media: rowToMedia(row), version: row.version, updatedAt: row.updated_at }
  }

  /** The stored version of a media item, whoever may see it; undefined when there is none. */
  versionOf (id: string): number | undefined {
    return this.#versionOf.get(id)?.version
  }

  /** Ids of the articles that show the media item. */
  articlesShowing (id: string): string[] {
    return this.#articlesShowing.all(id).map((row) => row.article_id)
  }

  /** Creates or updates one media item (a new version only when something changed). Call inside a transaction. */
  upsert (media: MediaInput, now: string): void {
    this.#upsert.run({ ...media, renditions: JSON.stringify(media.renditions), thumbnails: JSON.stringify(media.thumbnails), now })
  }

  /** The article's media, lead first. The caller has checked that the article may be shown. */
  listByArticle (articleId: string): ArticleMedia[] {
    return this.#listByArticle.all(articleId).map(rowToArticleMedia)
  }

  /** Writes the media items and makes them, in this order, the article's only attachments. Call inside a transaction. */
  replaceForArticle (articleId: string, items: AttachedMediaInput[], now: string): void {
    this.#unlinkAll.run(articleId)
    items.forEach(({ media, role }, index) => {
      this.upsert(media, now)
      this.#link.run(articleId, media.id, index + 1, role)
    })
  }
}
