// What syndication formats say about where and for whom a media item may be played and how it is embedded, read from the item.
import type { ArticleMedia } from '../schemas/media.js'

/**
 * The rights and playback fields a media item may carry besides its core ones. Each is optional: formats say
 * what a media item has and leave out what it does not.
 */
export interface MediaRightsFields {
  /** ISO 3166 country codes the item may be played in; absent or empty: everywhere. */
  allowedRegions?: readonly string[] | null
  /** Minimum age (FSK-style: 0, 6, 12, 16, 18), as a number or a text holding one. */
  ageRating?: number | string | null
  /** Made for children. */
  kids?: boolean | null
  /** The player page that embeds the item; or its iframe embed code, whose src is that page. */
  embedUrl?: string | null
  embedCode?: string | null
  embed?: { url?: string | null, html?: string | null } | null
}

export interface PlaybackRules {
  regionsAllowed?: string
  isFamilyFriendly?: boolean
  embedUrl?: string
}

// Ages up to which content is shown to a family audience (FSK 0 and 6).
const FAMILY_AGE = 6

function age (rating: number | string | null | undefined): number | undefined {
  if (typeof rating === 'number') return Number.isFinite(rating) ? rating : undefined
  const digits = typeof rating === 'string' ? /\d+/.exec(rating)?.[0] : undefined
  return digits === undefined ? undefined : Number(digits)
}

function iframeSrc (html: string | null | undefined): string | undefined {
  const src = html == null ? undefined : /<iframe\b[^>]*\bsrc="([^"]+)"/i.exec(html)?.[1]
  return src?.replaceAll('&amp;', '&')
}

/** The playback facts a media item states, in the terms syndication formats use; absent facts stay absent. */
export function playbackRules (media: ArticleMedia): PlaybackRules {
  const fields = media as ArticleMedia & MediaRightsFields
  const rules: PlaybackRules = {}
  if (Array.isArray(fields.allowedRegions) && fields.allowedRegions.length > 0) {
    // schema.org and search engines take ISO 3166 codes separated by spaces.
    rules.regionsAllowed = fields.allowedRegions.map((region) => region.toUpperCase()).join(' ')
  }
  const minimumAge = age(fields.ageRating)
  if (fields.kids === true) rules.isFamilyFriendly = true
  // Not being made for children says nothing about suitability: only a rating decides then.
  else if (minimumAge !== undefined) rules.isFamilyFriendly = minimumAge <= FAMILY_AGE
  const embedUrl = fields.embedUrl ?? fields.embed?.url ?? iframeSrc(fields.embedCode ?? fields.embed?.html)
  if (typeof embedUrl === 'string' && embedUrl !== '') rules.embedUrl = embedUrl
  return rules
}
