// The one rule for what a caller may see, as SQL over an `articles` row aliased `a`.

/** Who is looking and when: anonymous readers see public articles; keys with the preview scope see everything. */
export interface View {
  /** ISO timestamp of the request. */
  now: string
  /** Drafts, scheduled and unpublished articles too. */
  preview: boolean
}

/**
 * Published articles, and scheduled ones whose time has come: a scheduled article turns public at its
 * `published_at` instant by this comparison alone, with no job that could run late. An undated published
 * article ('' sorts before any timestamp) is public.
 */
export const PUBLIC_ARTICLE = `(a.status IN ('published', 'scheduled') AND coalesce(a.published_at, '') <= @now)`

/** PUBLIC_ARTICLE, or anything for a preview. Statements using it take the parameters viewParams() gives. */
export const VISIBLE_ARTICLE = `(@preview = 1 OR ${PUBLIC_ARTICLE})`

export function viewParams (view: View): { now: string, preview: 0 | 1 } {
  return { now: view.now, preview: view.preview ? 1 : 0 }
}
