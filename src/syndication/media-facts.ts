// What syndication formats say about where and for whom a media item may be played and how it is embedded.
import type { Article } from '../schemas/article.js'
import type { ArticleMedia } from '../schemas/media.js'

export interface PlaybackRules {
  regionsAllowed?: string
  isFamilyFriendly?: boolean
  embedUrl?: string
}

// Ages up to which content is shown to a family audience (FSK 0 and 6, as in the kids profile).
const FAMILY_AGE = 6

/**
 * The playback facts of a media item as presented to one request, in the terms syndication formats use; absent
 * facts stay absent. The embed URL is there only when the media rules let the item be embedded and played now.
 */
export function playbackRules (media: ArticleMedia): PlaybackRules {
  const rules: PlaybackRules = {}
  // schema.org and search engines take ISO 3166 codes separated by spaces; no list means everywhere.
  if (media.allowedRegions.length > 0) rules.regionsAllowed = media.allowedRegions.join(' ')
  if (media.kids) rules.isFamilyFriendly = true
  // Not being made for children says nothing about suitability: only a rating decides then.
  else if (media.ageRating !== null) rules.isFamilyFriendly = media.ageRating <= FAMILY_AGE
  if (media.embed !== null) rules.embedUrl = media.embed.url
  return rules
}

/**
 * The article as partners may take it into their own products: media whose rights do not allow syndication are
 * left out of the partner formats (ninjs and the feeds). The article's own page markup (JSON-LD) keeps them.
 */
export function forPartners (article: Article): Article {
  if (article.media.every((media) => media.syndicatable)) return article
  return { ...article, media: article.media.filter((media) => media.syndicatable) }
}
