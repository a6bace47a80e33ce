// Query parameters no route reads: tracking and cache-busting ones a shared link or an HTTP client adds, and typos.

/**
 * Parameters that social networks, ad platforms, newsletters and HTTP clients append to links. They say where a
 * reader came from (or force a fresh fetch), never what to answer: on a GET or HEAD they are dropped before
 * validation, so a shared link never fails, and they change no ETag, Vary or Surrogate-Key. Dropping beats
 * accepting-and-documenting per route: one list, applied everywhere, and the edge (deploy/varnish) strips the same.
 */
export const TRACKING_PARAMS: readonly string[] = [
  '_', 'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'igshid', 'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'rb_clickid',
  's_cid', 'vero_id', 'wickedid', 'at_medium', 'at_campaign', 'ref_src', 'ref_url', 'cb', 'cachebuster', 'nocache'
]

/** Prefixes of tracking families: Google Analytics (`utm_`), Matomo (`pk_`, `mtm_`, `matomo_`), Piwik PRO (`piwik_`). */
export const TRACKING_PREFIXES: readonly string[] = ['utm_', 'pk_', 'mtm_', 'matomo_', 'piwik_']

const EXACT = new Set(TRACKING_PARAMS)

/** Whether a query parameter only tracks or busts caches. Names compare case-insensitively (`UTM_Source`). */
export function isTrackingParam (name: string): boolean {
  const lower = name.toLowerCase()
  return EXACT.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix))
}

/** Removes tracking parameters from a parsed query in place; returns whether any was there. */
export function dropTrackingParams (query: Record<string, unknown>): boolean {
  let dropped = false
  for (const name of Object.keys(query)) {
    if (isTrackingParam(name)) {
      Reflect.deleteProperty(query, name)
      dropped = true
    }
  }
  return dropped
}

/** Edit distance with transpositions (optimal string alignment), small strings only. */
export function editDistance (a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min((d[i - 1]?.[j] ?? 0) + 1, (d[i]?.[j - 1] ?? 0) + 1, (d[i - 1]?.[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (d[i - 2]?.[j - 2] ?? 0) + 1)
      ;(d[i] as number[])[j] = best
    }
  }
  return d[a.length]?.[b.length] ?? 0
}

/**
 * The known name a mistyped one most likely meant: same letters in another case, a plural or singular, or at most
 * two edits away (one for short names); undefined when nothing is that close.
 */
export function closestName (name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase()
  let best: { name: string, distance: number } | undefined
  for (const candidate of known) {
    const other = candidate.toLowerCase()
    if (other === lower || `${other}s` === lower || `${lower}s` === other) return candidate
    const distance = editDistance(lower, other)
    const allowed = Math.min(2, Math.floor(Math.min(lower.length, other.length) / 3))
    if (distance <= allowed && (best === undefined || distance < best.distance)) best = { name: candidate, distance }
  }
  return best?.name
}
