// Which URLs the API stores and shows for media: http and https only, so no feed, page or player gets a script URL.

/**
 * An http or https URL with a host. Anything else (`javascript:`, `data:`, `vbscript:`, `file:`, a relative or
 * scheme-relative reference) would run script or reach something else where a partner puts it in a link, a player
 * or an `<img>`. Lower-case scheme, as URLs are written; the `uri` format checks the rest.
 */
export const WEB_URL_PATTERN = '^https?://[^\\s/?#]'

const WEB_URL = new RegExp(WEB_URL_PATTERN, 'u')

/** What a 400 says about a URL that is not one: in words, not the pattern. */
export const WEB_URL_MESSAGE = 'must be an http:// or https:// URL'

/** True for an http(s) URL that a browser parses to the same scheme; the test used on stored data before it is shown. */
export function isWebUrl (value: unknown): boolean {
  if (typeof value !== 'string' || !WEB_URL.test(value)) return false
  try {
    const { protocol, hostname } = new URL(value)
    return (protocol === 'http:' || protocol === 'https:') && hostname !== ''
  } catch {
    return false
  }
}

/**
 * A URL a body link may lead to: http(s) as above, or mailto: with an address. Nothing that could run script
 * (`javascript:`, `data:`, `vbscript:`) or reach local resources.
 */
export const LINK_URL_PATTERN = '^(?:https?://[^\\s/?#]|mailto:[^\\s/?#])'

const LINK_URL = new RegExp(LINK_URL_PATTERN, 'u')

export const LINK_URL_MESSAGE = 'must be an http://, https:// or mailto: URL'

/** True for a link target a body may carry: an http(s) URL (see isWebUrl) or a mailto: URL. */
export function isLinkUrl (value: unknown): boolean {
  if (typeof value !== 'string' || !LINK_URL.test(value)) return false
  if (!value.startsWith('mailto:')) return isWebUrl(value)
  try {
    return new URL(value).protocol === 'mailto:'
  } catch {
    return false
  }
}
