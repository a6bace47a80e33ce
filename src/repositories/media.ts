// Media items and their attachment to articles: prepared statements and the row <-> JSON mapping.
import type { Db } from '../db/open.js'
import { toIsoDuration } from '../lib/duration.js'
import { isWebUrl } from '../lib/web-url.js'
import type { MediaRole, MediaType, Rendition, StoredArticleMedia, StoredMedia, Subtitle, Thumbnail } from '../schemas/media.js'
import type { MediaRuleFacts } from './reader.js'
import { KIDS_MEDIA, kidsNarrowing, kidsParam, PREVIEW_TABLES, type View } from './visibility.js'

export interface MediaRow {
  id: string
  type: MediaType
  title: string | null
  caption: string | null
  duration_seconds: number | null
  credit: string | null
  available_from: string | null
  available_until: string | null
  copyright: string | null
  terms_url: string | null
  embeddable: number
  syndicatable: number
  date: string | null
  allowed_regions: string
  age_rating: number | null
  kids: number
  renditions: string
  thumbnails: string
  subtitles: string
}

export interface ArticleMediaRow extends MediaRow {
  role: MediaRole
}

/** Fields added with the media rules; a write that leaves them out gets the defaults (worldwide, unrated, embeddable). */
type RuleDefaults = 'subtitles' | 'allowedRegions' | 'ageRating' | 'kids' | 'termsOfUseUrl' | 'embeddable' | 'syndicatable'

/** What a write supplies for one media item; the server keeps its own timestamps. */
export type MediaInput = Omit<StoredMedia, 'duration' | RuleDefaults> & Partial<Pick<StoredMedia, RuleDefaults>>

export interface AttachedMediaInput {
  media: MediaInput
  role: MediaRole
}

export const MEDIA_COLUMNS = `m.id, m.type, m.title, m.caption, m.duration_seconds, m.credit, m.copyright, m.terms_url, m.embeddable, m.syndicatable,
  m.date, m.available_from, m.available_until, m.allowed_regions, m.age_rating, m.kids, m.renditions, m.thumbnails, m.subtitles`

// Files stored before bitrate, codec, language and alt existed read back with them as null: one shape for clients.
function rendition (r: Rendition): Rendition {
  return { url: r.url, mimeType: r.mimeType, width: r.width, height: r.height, bitrate: r.bitrate ?? null, codec: r.codec ?? null, language: r.language ?? null }
}

function thumbnail (t: Thumbnail): Thumbnail {
  return { url: t.url, mimeType: t.mimeType, width: t.width, height: t.height, alt: t.alt ?? null }
}

/** A media item as it is stored and read back: the rules' defaults filled in, every file with every field. */
export function completeMedia<T extends MediaInput> (media: T): T & Required<Pick<StoredMedia, RuleDefaults>> {
  return {
    ...media,
    termsOfUseUrl: media.termsOfUseUrl ?? null,
    embeddable: media.embeddable ?? true,
    syndicatable: media.syndicatable ?? true,
    allowedRegions: media.allowedRegions ?? [],
    ageRating: media.ageRating ?? null,
    kids: media.kids ?? false,
    renditions: media.renditions.map(rendition),
    thumbnails: media.thumbnails.map(thumbnail),
    subtitles: media.subtitles ?? []
  }
}

/**
 * Rows written before only http(s) URLs were accepted may hold `javascript:` and the like: they are left out here,
 * where every read of a media item passes (public routes, previews, formats, feeds, oEmbed, edits), so none is shown.
 */
function webOnly<T extends { url: string }> (files: T[]): T[] {
  return files.filter((file) => isWebUrl(file.url))
}

export function rowToMedia (row: MediaRow): StoredMedia {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    caption: row.caption,
    durationSeconds: row.duration_seconds,
    duration: row.duration_seconds === null ? null : toIsoDuration(row.duration_seconds),
    credit: row.credit,
    copyright: row.copyright,
    termsOfUseUrl: isWebUrl(row.terms_url) ? row.terms_url : null,
    embeddable: row.embeddable === 1,
    syndicatable: row.syndicatable === 1,
    date: row.date,
    availableFrom: row.available_from,
    availableUntil: row.available_until,
    allowedRegions: JSON.parse(row.allowed_regions) as string[],
    ageRating: row.age_rating as StoredMedia['ageRating'],
    kids: row.kids === 1,
    renditions: webOnly(JSON.parse(row.renditions) as Rendition[]).map(rendition),
    thumbnails: webOnly(JSON.parse(row.thumbnails) as Thumbnail[]).map(thumbnail),
    subtitles: webOnly(JSON.parse(row.subtitles) as Subtitle[])
  }
}

export function rowToArticleMedia (row: ArticleMediaRow): StoredArticleMedia {
  return { ...rowToMedia(row), role: row.role }
}

export interface FactsRow {
  id: string
  type: MediaType
  embeddable: number
  available_from: string | null
  available_until: string | null
  allowed_regions: string
  age_rating: number | null
}

export function rowToFacts (row: FactsRow): MediaRuleFacts {
  return {
    id: row.id,
    type: row.type,
    embeddable: row.embeddable === 1,
    availableFrom: row.available_from,
    availableUntil: row.available_until,
    allowedRegions: JSON.parse(row.allowed_regions) as string[],
    ageRating: row.age_rating
  }
}

const STORED = ['type', 'title', 'caption', 'duration_seconds', 'credit', 'copyright', 'terms_url', 'embeddable', 'syndicatable', 'date',
  'available_from', 'available_until', 'allowed_regions', 'age_rating', 'kids', 'renditions', 'thumbnails', 'subtitles']

export class MediaRepository {
  readonly #getVisible
  readonly #listByArticle
  readonly #factsByArticle
  readonly #upsert
  readonly #unlinkAll
  readonly #link
  readonly #articlesShowing
  readonly #versionOf

  constructor (db: Db) {
    // A preview sees every media item. The kids profile sees it only when it is fit for children itself and an
    // article of the profile shows it, whatever else that article shows.
    this.#getVisible = db.prepare<{ id: string, kids: 0 | 1 }, MediaRow & { version: number, updated_at: string }>(`
      SELECT ${MEDIA_COLUMNS}, m.version, m.updated_at FROM media m
      WHERE m.id = @id AND (@kids = 0 OR (${KIDS_MEDIA} AND EXISTS (
        SELECT 1 FROM article_media am JOIN articles a ON a.id = am.article_id
        WHERE am.media_id = m.id AND ${kidsNarrowing(PREVIEW_TABLES)})))`)
    this.#articlesShowing = db.prepare<[string], { article_id: string }>('SELECT article_id FROM article_media WHERE media_id = ?')
    this.#versionOf = db.prepare<[string], { version: number }>('SELECT version FROM media WHERE id = ?')
    this.#listByArticle = db.prepare<[string], ArticleMediaRow>(`
      SELECT ${MEDIA_COLUMNS}, am.role FROM article_media am JOIN media m ON m.id = am.media_id
      WHERE am.article_id = ? ORDER BY am.position`)
    this.#factsByArticle = db.prepare<[string], FactsRow>(`
      SELECT m.id, m.type, m.embeddable, m.available_from, m.available_until, m.allowed_regions, m.age_rating
      FROM article_media am JOIN media m ON m.id = am.media_id WHERE am.article_id = ? ORDER BY am.position`)
    this.#upsert = db.prepare(`
      INSERT INTO media (id, ${STORED.join(', ')}, created_at, updated_at)
      VALUES (@id, @type, @title, @caption, @durationSeconds, @credit, @copyright, @termsOfUseUrl, @embeddable, @syndicatable, @date,
              @availableFrom, @availableUntil, @allowedRegions, @ageRating, @kids, @renditions, @thumbnails, @subtitles, @now, @now)
      ON CONFLICT (id) DO UPDATE SET
        ${STORED.map((column) => `${column} = excluded.${column}`).join(', ')},
        version = media.version + 1, updated_at = excluded.updated_at
      -- Saving an article re-saves its media: only a real change is a new version.
      WHERE (${STORED.map((column) => `media.${column}`).join(', ')}) IS NOT (${STORED.map((column) => `excluded.${column}`).join(', ')})`)
    this.#unlinkAll = db.prepare<[string]>('DELETE FROM article_media WHERE article_id = ?')
    this.#link = db.prepare<[string, string, number, MediaRole]>(
      'INSERT INTO article_media (article_id, media_id, position, role) VALUES (?, ?, ?, ?)'
    )
  }

  /**
   * The media item, whatever shows it, with its version and last change: the editor's and the preview's read (public
   * reads go through PublicReads). The kids profile narrows it.
   */
  getVisibleWithVersion (id: string, view: View): { media: StoredMedia, version: number, updatedAt: string } | undefined {
    if (!view.preview) throw new Error('MediaRepository reads are the editors\' and the preview\'s; public reads go through PublicReads')
    const row = this.#getVisible.get({ id, ...kidsParam(view.kids) })
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
  upsert (input: MediaInput, now: string): void {
    const media = completeMedia(input)
    this.#upsert.run({
      ...media,
      embeddable: media.embeddable ? 1 : 0,
      syndicatable: media.syndicatable ? 1 : 0,
      allowedRegions: JSON.stringify(media.allowedRegions),
      kids: media.kids ? 1 : 0,
      renditions: JSON.stringify(media.renditions),
      thumbnails: JSON.stringify(media.thumbnails),
      subtitles: JSON.stringify(media.subtitles),
      now
    })
  }

  /** The article's media, lead first. The caller has checked that the article may be shown. */
  listByArticle (articleId: string): StoredArticleMedia[] {
    return this.#listByArticle.all(articleId).map(rowToArticleMedia)
  }

  /** What the media rules read of the article's media, lead first: enough to decide a response's ETag. */
  ruleFactsByArticle (articleId: string): MediaRuleFacts[] {
    return this.#factsByArticle.all(articleId).map(rowToFacts)
  }

  /**
   * Writes the media items and makes them, in this order, the article's only attachments; returns the ids of the
   * items that existed and changed (other articles showing them read differently now). Call inside a transaction.
   */
  replaceForArticle (articleId: string, items: AttachedMediaInput[], now: string): string[] {
    this.#unlinkAll.run(articleId)
    return this.attach(articleId, items, now)
  }

  /** replaceForArticle for an article that has no attachments yet (a new one). Call inside a transaction. */
  attach (articleId: string, items: AttachedMediaInput[], now: string): string[] {
    const changed: string[] = []
    items.forEach(({ media, role }, index) => {
      const before = this.versionOf(media.id)
      this.upsert(media, now)
      if (before !== undefined && this.versionOf(media.id) !== before) changed.push(media.id)
      this.#link.run(articleId, media.id, index + 1, role)
    })
    return changed
  }
}
