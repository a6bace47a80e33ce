// Filter values as clients write them (several values, any case, regional language tags, Berlin days) made into what lists and search compare.
import { DateTime } from 'luxon'
import { BadRequestError } from '../errors.js'
import { categorySlug, matchKey } from './match-keys.js'

/**
 * A filter with several values: every term must hold (AND), and a term holds when any of its alternatives does (OR).
 * `tag=a,b` and `tag=a&tag=b` ask for both; `tag=a|b` for either; `tag=a|b,c` for (a or b) and c.
 */
export type Terms = string[][]

/** More terms than this in one parameter are a 400: each is a subquery, and no page needs that many. */
export const MAX_TERMS = 10
/** More alternatives than this in one term are a 400. */
export const MAX_ALTERNATIVES = 20

/** The day boundaries of bare dates in `since` and `until`: where the newsroom and its readers are. */
export const FILTER_TIME_ZONE = 'Europe/Berlin'

/** Splits a parameter's values (repeated or comma-separated) into terms and alternatives, each value made a key by `key`. */
export function parseTerms (name: string, values: string | string[] | undefined, key: (value: string) => string): Terms | undefined {
  if (values === undefined) return undefined
  const terms = [values].flat().flatMap((value) => value.split(',')).map((term) => term.split('|').map((v) => v.trim()))
  if (terms.some((term) => term.some((value) => value === ''))) {
    throw new BadRequestError(`query parameter '${name}' has an empty value; separate values with ',' (all of them) or '|' (any of them)`)
  }
  if (terms.length > MAX_TERMS) throw new BadRequestError(`query parameter '${name}' has ${terms.length} values joined by ','; at most ${MAX_TERMS}`)
  if (terms.some((term) => term.length > MAX_ALTERNATIVES)) throw new BadRequestError(`query parameter '${name}' has more than ${MAX_ALTERNATIVES} alternatives joined by '|'`)
  // Sorted and without repeats, so the same filter in another order is the same list (and the same cursor).
  return [...new Map(terms.map((term) => {
    const keys = [...new Set(term.map(key))].sort()
    return [keys.join('|'), keys] as const
  })).values()].sort((a, b) => a.join('|').localeCompare(b.join('|')))
}

const ID = /^[0-9a-z]{16}$/

/**
 * What a category value is compared by: its slug (a path, a label, either in any case or umlaut spelling, or a
 * slug itself), and the value itself when it could be a category id.
 */
export function categoryKeys (value: string): string {
  return ID.test(value) ? value : categorySlug(value)
}

/** Tag values are compared by their match keys: `Verkehr`, `verkehr` and `VERKEHR` are one tag. */
export function tagKey (value: string): string {
  return matchKey(value)
}

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/

/**
 * A BCP 47 language tag as a filter: lower case, and narrowed to its primary language (`de-DE` to `de`), since an
 * article in `de` is what a reader of `de-DE` reads. A primary language matches its regional tags too (`de`, `de-AT`).
 */
export function languageKey (value: string): string {
  const lower = value.toLowerCase().replace(/_/g, '-')
  if (!LANGUAGE_TAG.test(lower)) throw new BadRequestError(`query parameter 'language' value '${value.slice(0, 40)}' is not a BCP 47 language tag such as de or de-DE`)
  return lower.split('-')[0] as string
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

/**
 * An instant for `since` or `until`. A timestamp is taken as written; a bare date is a day in Europe/Berlin: `since`
 * from its first instant, `until` up to the first instant of the next day (so the whole day is included).
 */
export function filterInstant (name: string, value: string, endOfDay: boolean): string {
  if (DAY.test(value)) {
    const day = DateTime.fromISO(value, { zone: FILTER_TIME_ZONE })
    if (!day.isValid) throw new BadRequestError(`query parameter '${name}': '${value}' is not a valid date`)
    const start = endOfDay ? day.plus({ days: 1 }).startOf('day') : day.startOf('day')
    return start.toUTC().toISO() as string
  }
  const instant = DateTime.fromISO(value, { setZone: true })
  // Luxon, unlike Date(), refuses 2024-02-30 and 24:00.
  if (!instant.isValid) throw new BadRequestError(`query parameter '${name}': '${value}' is not a valid date or timestamp`)
  return instant.toUTC().toISO() as string
}
