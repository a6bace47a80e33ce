// The media rules applied to one request: every per-request decision about media is made here, and what it
// decided (MediaDecisions.fingerprint) is what ETags and any response cache must key on besides the data itself.
import { createHash } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { CachePolicy } from '../lib/http-cache.js'
import { addVary } from '../lib/send.js'
import type { Article, StoredArticle } from '../schemas/article.js'
import type { Media, PlayabilityField, StoredMedia } from '../schemas/media.js'
import { AgeTokenVerifier } from './age-token.js'
import { aspectRatio, embedFor, fit } from './embed.js'
import { countryFromHeader } from './regions.js'
import { playability, type Playability, type RuleFacts, type RuleSettings, type Viewer } from './rules.js'
import { parseYouthWindows } from './youth-windows.js'
import type { Config } from '../config.js'

export type MediaRulesConfig = Pick<Config, 'YOUTH_WINDOWS' | 'YOUTH_TIME_ZONE' | 'COUNTRY_HEADER' | 'DEFAULT_COUNTRY' | 'AGE_TOKEN_HEADER' | 'AGE_TOKEN_SECRET' | 'PLAYER_BASE_URL'>

/** A media item as the rules need it: the facts they read, and its id to remember the answer by. */
export type DecidableMedia = RuleFacts & { id: string }

// The same few outcomes recur on every request for an article: their digest is computed once. Bounded, and
// simply emptied when full, since refilling costs one hash per distinct outcome.
const FINGERPRINTS = new Map<string, string>()

function fingerprintOf (outcomes: string): string {
  let known = FINGERPRINTS.get(outcomes)
  if (known === undefined) {
    known = createHash('sha1').update(outcomes).digest('base64url').slice(0, 10)
    if (FINGERPRINTS.size >= 10_000) FINGERPRINTS.clear()
    FINGERPRINTS.set(outcomes, known)
  }
  return known
}

/** The app-wide part: settings, the token verifier, and how a request's viewer is read. */
export class MediaRules {
  readonly settings: RuleSettings
  readonly countryHeader: string
  readonly tokenHeader: string
  readonly playerBaseUrl: string
  readonly #defaultCountry: string
  readonly #tokens: AgeTokenVerifier
  readonly #viewers = new WeakMap<FastifyRequest, Viewer>()

  constructor (config: MediaRulesConfig) {
    this.settings = { windows: parseYouthWindows(config.YOUTH_WINDOWS), timeZone: config.YOUTH_TIME_ZONE }
    this.countryHeader = config.COUNTRY_HEADER.toLowerCase()
    this.tokenHeader = config.AGE_TOKEN_HEADER.toLowerCase()
    this.playerBaseUrl = config.PLAYER_BASE_URL
    this.#defaultCountry = config.DEFAULT_COUNTRY
    this.#tokens = new AgeTokenVerifier(config.AGE_TOKEN_SECRET)
  }

  /**
   * Who asks, read once per request: the country from the CDN's header (the default without one), and the age an
   * age-check token vouches for. An expired token counts as none; a forged one too, and it is logged (never the
   * token itself).
   */
  viewerOf (request: FastifyRequest, now: string): Viewer {
    const known = this.#viewers.get(request)
    if (known !== undefined) return known
    const at = Date.parse(now)
    const token = this.#tokens.check(request.headers[this.tokenHeader], at)
    if (token.status === 'forged') request.log.warn({ ageToken: token.why }, 'age-check token refused: it does not verify')
    const viewer: Viewer = {
      now: at,
      country: countryFromHeader(request.headers[this.countryHeader], this.#defaultCountry),
      verifiedAge: token.status === 'valid' ? token.age : null,
      verifiedUntil: token.status === 'valid' ? token.expiresAt : null
    }
    this.#viewers.set(request, viewer)
    return viewer
  }

  /** A fresh set of decisions for one response to `request`. */
  for (request: FastifyRequest, now: string): MediaDecisions {
    return new MediaDecisions(this, this.viewerOf(request, now))
  }

  /**
   * Decisions for output that no request asked for (webhook payloads, files written in the background): the
   * viewer a request without country header or age-check token would be.
   */
  forAnonymous (now: string): MediaDecisions {
    return new MediaDecisions(this, { now: Date.parse(now), country: this.#defaultCountry, verifiedAge: null, verifiedUntil: null })
  }
}

/**
 * The decisions behind one response. Present every media item through it (present, presentArticle), or decide
 * from the facts alone (decide) where only validators are needed; then let it set the cache headers.
 */
export class MediaDecisions {
  readonly #rules: MediaRules
  readonly viewer: Viewer
  readonly #decided = new Map<string, Playability>()

  constructor (rules: MediaRules, viewer: Viewer) {
    this.#rules = rules
    this.viewer = viewer
  }

  /** The rules' answer for one media item (the same answer for the same item within a response). */
  decide (media: DecidableMedia): Playability {
    let decided = this.#decided.get(media.id)
    if (decided === undefined) {
      decided = playability(media, this.viewer, this.#rules.settings)
      this.#decided.set(media.id, decided)
    }
    return decided
  }

  /**
   * The media item as this request may see it: its metadata always, its playable parts (renditions, subtitles,
   * embed code) only while it is playable, with why not and from when.
   */
  present<T extends StoredMedia> (media: T, size?: { maxWidth?: number, maxHeight?: number }): T & Pick<Media, PlayabilityField> {
    const decided = this.decide(media)
    const embeddable = decided.playable && media.type === 'video' && media.embeddable && this.#rules.playerBaseUrl !== ''
    return {
      ...media,
      renditions: decided.playable ? media.renditions : [],
      subtitles: decided.playable ? media.subtitles : [],
      playable: decided.playable,
      reason: decided.reason,
      playableFrom: decided.playableFrom,
      embed: embeddable ? embedFor(media, this.#rules.playerBaseUrl, fit(aspectRatio(media), size?.maxWidth, size?.maxHeight)) : null
    }
  }

  presentAll<T extends StoredMedia> (items: T[]): Array<T & Pick<Media, PlayabilityField>> {
    return items.map((item) => this.present(item))
  }

  presentArticle (article: StoredArticle): Article {
    return { ...article, media: this.presentAll(article.media) }
  }

  /** What was decided, in a few characters: responses that differ in it differ in their bodies. Empty without media. */
  get fingerprint (): string {
    if (this.#decided.size === 0) return ''
    const outcomes = [...this.#decided].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, d]) => `${id}:${d.reason ?? 'ok'}:${d.playableFrom ?? ''}`)
    return fingerprintOf(outcomes.join('|'))
  }

  /** The next instant any decision can change (epoch ms), or null. */
  get nextChange (): number | null {
    let next: number | null = null
    for (const decided of this.#decided.values()) {
      if (decided.nextChange !== null && (next === null || decided.nextChange < next)) next = decided.nextChange
    }
    return next
  }

  /**
   * A response's Last-Modified: its data's last change, or the last instant a decision about its media changed by
   * time (a window opening or closing), whichever is later. A date validator must not outlive a decision.
   */
  lastModified (dataChangedAt: string): string {
    let latest = Date.parse(dataChangedAt)
    for (const decided of this.#decided.values()) {
      if (decided.lastChange !== null && decided.lastChange > latest) latest = decided.lastChange
    }
    return new Date(latest).toISOString()
  }

  #secondsUntilChange (now: number): number {
    const next = this.nextChange
    // Rounded down: a copy must be gone by the instant of the change, not a fraction of a second after it.
    return next === null ? Infinity : Math.max(0, Math.floor((next - now) / 1000))
  }

  /** Seconds a copy of the response may be used: the policy's, cut at the next change and at `capSeconds`. */
  maxAge (policy: CachePolicy, capSeconds?: number, now = this.viewer.now): number {
    return Math.max(0, Math.min(policy.maxAge, this.#secondsUntilChange(now), capSeconds ?? Infinity))
  }

  /**
   * Vary and Cache-Control for what was decided: a copy must not outlive the next change of any decision (nor be
   * served stale past it), must be kept per country when a geo rule applied, per age-check token when a youth
   * protection window applied, and only by the viewer when a token made something playable. `capSeconds` is the
   * route's own limit (a list's next scheduled publication). `now` (epoch ms) is the viewer's instant unless an
   * answer built earlier is sent again, before any of its decisions changed.
   */
  setCacheHeaders (reply: FastifyReply, policy: CachePolicy, capSeconds?: number, now = this.viewer.now): void {
    const decided = [...this.#decided.values()]
    if (decided.some((d) => d.dependsOnCountry)) addVary(reply, this.#rules.countryHeader)
    if (decided.some((d) => d.dependsOnAge)) addVary(reply, this.#rules.tokenHeader)
    const untilChange = this.#secondsUntilChange(now)
    const maxAge = this.maxAge(policy, capSeconds, now)
    if (decided.some((d) => d.usedToken)) {
      reply.header('cache-control', `private, max-age=${maxAge}`)
      return
    }
    const stale = Math.max(0, Math.min(policy.staleWhileRevalidate, untilChange - maxAge))
    reply.header('cache-control', `public, max-age=${maxAge}, stale-while-revalidate=${stale}`)
  }
}
