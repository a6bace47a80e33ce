// One form of the byline for every syndication format: the author as named, without the page's "Von" or "By".

/**
 * "Von Jürgen Weiß, WDR" reads well on a page; a feed reader, an oEmbed consumer and schema.org want the author:
 * "Jürgen Weiß, WDR". JSON-LD, RSS, Atom, JSON Feed and oEmbed name the author this way; ninjs keeps the
 * byline whole in `by`, which that standard defines as the byline text (and the importer reads back).
 */
export function authorOf (byline: string): string {
  return byline.replace(/^\s*(?:von|by)\s+/i, '').trim() || byline.trim()
}
