// The media rules as one pure function: may this viewer play this media item now, and if not, why and from when.
// Every output format (the API's JSON, ninjs, oEmbed, and any to come) withholds playable parts by its answer.
import type { RuleFacts, UnplayableReason } from '../schemas/media.js'
import { nextOpenAt, windowFor, windowState, type YouthWindow } from './youth-windows.js'

export type { RuleFacts }

/** Who asks, and when. */
export interface Viewer {
  /** Epoch milliseconds. */
  now: number
  /** ISO 3166-1 alpha-2, or null when the CDN could not tell. */
  country: string | null
  /** The age a valid age-check token vouches for, or null without one. */
  verifiedAge: number | null
  /** When that token expires (epoch milliseconds); null without one. */
  verifiedUntil: number | null
}

export interface RuleSettings {
  windows: YouthWindow[]
  /** IANA zone of the windows' wall-clock times. */
  timeZone: string
}

export interface Playability {
  playable: boolean
  /** Why not; null when playable. Precedence: expired, geo-blocked, not-yet-available, age-restricted. */
  reason: UnplayableReason | null
  /** The next instant it becomes playable for this viewer (ISO), when there is one; null when playable or never. */
  playableFrom: string | null
  /** The next instant the answer can change (epoch ms), for caches; null when it cannot change by time alone. */
  nextChange: number | null
  /**
   * The last instant at or before now at which the answer may have changed by time alone (epoch ms), or null: a
   * response's Last-Modified may not be older, or If-Modified-Since would call a copy from before it current.
   */
  lastChange: number | null
  /** The answer depends on the viewer's country: caches must keep one copy per country. */
  dependsOnCountry: boolean
  /** The answer depends on an age-check token: caches must not hand one viewer's copy to another. */
  dependsOnAge: boolean
  /** A token was what made it playable. */
  usedToken: boolean
}

function instant (iso: string | null): number | null {
  return iso === null ? null : Date.parse(iso)
}

/** Decides playability of one media item for one viewer; pure: the same facts, viewer and settings give the same answer. */
export function playability (facts: RuleFacts, viewer: Viewer, settings: RuleSettings): Playability {
  const { now } = viewer
  const from = instant(facts.availableFrom)
  const until = instant(facts.availableUntil)
  const dependsOnCountry = facts.allowedRegions.length > 0
  const window = windowFor(settings.windows, facts.ageRating)
  const dependsOnAge = window !== undefined
  const base = { dependsOnCountry, dependsOnAge }

  if (until !== null && now >= until) {
    return { ...base, playable: false, reason: 'expired', playableFrom: null, nextChange: null, lastChange: until, usedToken: false }
  }
  const changes: number[] = []
  const past: number[] = []
  if (until !== null) changes.push(until)
  if (from !== null && now < from) changes.push(from)
  if (from !== null && from <= now) past.push(from)

  const tokenCovers = window !== undefined && viewer.verifiedAge !== null && facts.ageRating !== null && viewer.verifiedAge >= facts.ageRating
  let windowOpen = true
  if (window !== undefined) {
    if (tokenCovers && viewer.verifiedUntil !== null) changes.push(viewer.verifiedUntil)
    if (!tokenCovers) {
      const state = windowState(window, now, settings.timeZone)
      windowOpen = state.open
      changes.push(state.nextChange)
      past.push(state.lastChange)
    }
  }
  const nextChange = changes.length === 0 ? null : Math.min(...changes)
  const lastChange = past.length === 0 ? null : Math.max(...past)

  let reason: UnplayableReason | null = null
  if (dependsOnCountry && (viewer.country === null || !facts.allowedRegions.includes(viewer.country))) reason = 'geo-blocked'
  else if (from !== null && now < from) reason = 'not-yet-available'
  else if (!windowOpen) reason = 'age-restricted'
  if (reason === null) return { ...base, playable: true, reason: null, playableFrom: null, nextChange, lastChange, usedToken: tokenCovers }

  let playableFrom: string | null = null
  if (reason !== 'geo-blocked') {
    let start = from !== null && from > now ? from : now
    if (window !== undefined && !tokenCovers) start = nextOpenAt(window, start, settings.timeZone)
    if (until === null || start < until) playableFrom = new Date(start).toISOString()
  }
  return { ...base, playable: false, reason, playableFrom, nextChange, lastChange, usedToken: false }
}
