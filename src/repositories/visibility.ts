// Who sees what, as SQL. Public reads go through the public_* views (migration 0008), whose one predicate decides
// what anonymous readers see at the request's instant; preview reads use the base tables with statements of their own.

/** Which articles a list repository reads: public ones through the views, or every one for previews. */
export type ReadScope = 'public' | 'preview'

/** Who is looking and when: anonymous readers see public articles; keys with the preview scope see everything. */
export interface View {
  /** ISO timestamp of the request. */
  now: string
  /** Drafts, scheduled and unpublished articles too. */
  preview: boolean
  /** The kids profile: only articles made for children, all of whose media are fit for them. */
  kids?: boolean
}

/** The tables a reader's statements read: the public views, or the base tables for previews. */
export interface ReadTables {
  articles: string
  categories: string
  tags: string
  /** Media with their article_id, position and role. */
  attachedMedia: string
}

export const PUBLIC_TABLES: ReadTables = {
  articles: 'public_articles',
  categories: 'public_article_categories',
  tags: 'public_article_tags',
  attachedMedia: 'public_attached_media'
}

export const PREVIEW_TABLES: ReadTables = {
  articles: 'articles',
  categories: 'article_categories',
  tags: 'article_tags',
  attachedMedia: '(SELECT am.article_id AS article_id, am.position AS position, am.role AS role, m.* FROM article_media am JOIN media m ON m.id = am.media_id)'
}

/** A media item `m` fit for children: rated FSK 0 or 6, or unrated and made for children. */
// Never NULL (an unrated item is not "unknown" here), so NOT KIDS_MEDIA catches every item that is not fit.
export const KIDS_MEDIA = '(coalesce(m.age_rating, -1) IN (0, 6) OR (m.age_rating IS NULL AND m.kids = 1))'

/**
 * The kids profile's narrowing of an article `a` (when @kids = 1): made for children, with no media that are not fit
 * for them. It only ever narrows what the reader's tables already show.
 */
export function kidsNarrowing (tables: ReadTables): string {
  return `(@kids = 0 OR (a.kids = 1 AND NOT EXISTS (
    SELECT 1 FROM ${tables.attachedMedia} m WHERE m.article_id = a.id AND NOT ${KIDS_MEDIA})))`
}

export function kidsParam (kids: boolean | undefined): { kids: 0 | 1 } {
  return { kids: kids === true ? 1 : 0 }
}
