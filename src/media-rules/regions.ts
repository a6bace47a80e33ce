// ISO 3166-1 alpha-2 country codes: the one list geo rules, writes and configuration check against.
// The package's entry without its country names: the default one loads and registers names in some eighty
// languages (most of a megabyte of JSON) at start-up, and only the codes are used here.
import countries from 'i18n-iso-countries/index.js'

/** Whether `code` is an assigned ISO 3166-1 alpha-2 code, in upper case as the API stores them ("DE", not "de"). */
export function isCountryCode (code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code)
}

/**
 * The viewer's country from a CDN's header value: upper-cased when it is a country, null when it names none (the
 * "XX" or "T1" some CDNs send for unknown origins and Tor), so geo-restricted media stay blocked for it.
 */
export function countryFromHeader (value: string | string[] | undefined, fallback: string): string | null {
  if (value === undefined) return fallback
  const code = (Array.isArray(value) ? value[0] ?? '' : value).trim().toUpperCase()
  if (code === '') return fallback
  return isCountryCode(code) ? code : null
}
