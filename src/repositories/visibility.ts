// The one rule for what a caller may see, as SQL over an `articles` row aliased `a`.

/** Who is looking and when: anonymous readers see public articles; keys with the preview scope see everything. */
export interface View {
  /** ISO timestamp of the request. */
  now: string
  /** Drafts, scheduled and unpublished articles too. */
  preview: boolean
  /** The kids profile: only articles made for children, all of whose media are fit for them. */
  kids?: boolean
}

/**
 * Published articles, and scheduled ones whose time has come: a scheduled article turns public at its
 * `published_at` instant by this comparison alone, with no job that could run late. An undated published
 * article ('' sorts before any timestamp) is public.
 */
export const PUBLIC_ARTICLE = `(a.status IN ('published', 'scheduled') AND coalesce(a.published_at, '') <= @now)`

/** A media item `m` fit for children: rated FSK 0 or 6, or unrated and made for children. */
// Never NULL (an unrated item is not "unknown" here), so NOT KIDS_MEDIA catches every item that is not fit.
export const KIDS_MEDIA = `(coalesce(m.age_rating, -1) IN (0, 6) OR (m.age_rating IS NULL AND m.kids = 1))`

/** An article for the kids profile: made for children, with no media that are not fit for them. */
export const KIDS_ARTICLE = `(a.kids = 1 AND NOT EXISTS (
  SELECT 1 FROM article_media kam JOIN media m ON m.id = kam.media_id WHERE kam.article_id = a.id AND NOT ${KIDS_MEDIA}))`

/**
 * PUBLIC_ARTICLE, or anything for a preview; in the kids profile only KIDS_ARTICLE, previews included. Statements
 * using it take the parameters viewParams() gives.
 */
export const VISIBLE_ARTICLE = `((@preview = 1 OR ${PUBLIC_ARTICLE}) AND (@kids = 0 OR ${KIDS_ARTICLE}))`

export function viewParams (view: View): { now: string, preview: 0 | 1, kids: 0 | 1 } {
  return { now: view.now, preview: view.preview ? 1 : 0, kids: view.kids === true ? 1 : 0 }
}
