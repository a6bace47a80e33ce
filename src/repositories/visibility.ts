// The one rule for what anonymous callers may see, as SQL over an `articles` row aliased `a`.

/**
 * Published articles, and scheduled ones whose time has come: a scheduled article turns public at its
 * `published_at` instant by this comparison alone, with no job that could run late. `@now` is an ISO
 * timestamp; an undated published article ('' sorts before any timestamp) is public.
 */
export const PUBLIC_ARTICLE = `(a.status IN ('published', 'scheduled') AND coalesce(a.published_at, '') <= @now)`
