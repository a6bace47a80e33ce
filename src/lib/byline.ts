// One form of the byline for every syndication format: the author as named, without the page's "Von" or "By".

/**
 * "Von Jürgen Weiß, WDR" reads well on a page; a feed reader, an oEmbed consumer and schema.org want the author:
 * "Jürgen Weiß, WDR". Every format (JSON-LD, RSS, Atom, JSON Feed, ninjs, oEmbed) names the author this way.
 */
export function authorOf (byline: string): string {
  return byline.replace(/^\s*(?:von|by)\s+/i, '').trim() || byline.trim()
}
