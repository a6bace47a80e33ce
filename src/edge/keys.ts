// Which surrogate keys a public change purges: the README's table ("HTTP caching and CDNs") as code.
import { CATEGORY_SEPARATOR, categoryId } from '../lib/match-keys.js'
import type { PurgeChange } from '../repositories/edge-node.js'

/** Changes that add an article to, or take it from, what the public sees: every list, feed and count may change. */
const MEMBERSHIP = new Set<PurgeChange['type']>(['published', 'publication_reached', 'unpublished', 'deleted'])

/** `category:{id}` for every level of a breadcrumb: the one spelling responses use, however a client named it. */
function categoryKeys (breadcrumb: string[]): string[] {
  return breadcrumb.map((_label, index) => `category:${categoryId(breadcrumb.slice(0, index + 1).join(CATEGORY_SEPARATOR))}`)
}

/**
 * The keys (not yet percent-encoded) whose cached responses `change` makes stale.
 *
 * Always the article's own key (its routes and every list, search and feed page showing it), `articles` (a list
 * sorted by `-updatedAt` reorders on any change, and a list may gain the article on a page that did not show it)
 * and `search` (every save rewrites the article's search entry). A change of membership also purges the feeds,
 * the category counts, the article's categories and its media (a media item is public only while a public
 * article shows it); an update purges its media when they changed, and its categories (before and after) when
 * its breadcrumb did.
 */
export function keysFor (change: PurgeChange): string[] {
  const keys = [`article:${change.articleId}`, 'articles', 'search']
  const membership = MEMBERSHIP.has(change.type)
  if (membership) keys.push('feeds')
  if (membership || change.changes.includes('breadcrumb')) {
    keys.push('categories', ...change.breadcrumbs.flatMap(categoryKeys))
  }
  if (membership || change.changes.includes('media')) keys.push(...change.mediaIds.map((id) => `media:${id}`))
  return [...new Set(keys)]
}
