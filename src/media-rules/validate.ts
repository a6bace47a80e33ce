// What the schemas cannot say about a written media item: its regions must be real countries, its window must not end before it starts.
import type { InvalidParam } from '../errors.js'
import { isCountryCode } from './regions.js'

interface WrittenRules {
  allowedRegions?: string[] | undefined
  availableFrom?: string | null | undefined
  availableUntil?: string | null | undefined
}

/** Every broken rule of one written media item, each pointing into the body below `pointer` ('' for the body itself). */
export function mediaRuleProblems (media: WrittenRules, pointer: string): InvalidParam[] {
  const problems: InvalidParam[] = []
  media.allowedRegions?.forEach((code, index) => {
    if (!isCountryCode(code)) problems.push({ location: 'body', pointer: `${pointer}/allowedRegions/${index}`, message: `'${code}' is not an ISO 3166-1 alpha-2 country code` })
  })
  const from = media.availableFrom ?? null
  const until = media.availableUntil ?? null
  if (from !== null && until !== null && Date.parse(until) <= Date.parse(from)) {
    problems.push({ location: 'body', pointer: `${pointer}/availableUntil`, message: 'must be after availableFrom' })
  }
  return problems
}
