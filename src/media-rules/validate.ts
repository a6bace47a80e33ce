// What the schemas cannot say about a written media item: its regions must be real countries, its window must not end
// before it starts; and its URLs are checked again for writes that do not pass the request schemas (restores, imports).
import type { InvalidParam } from '../errors.js'
import { isWebUrl, WEB_URL_MESSAGE } from '../lib/web-url.js'
import { isCountryCode } from './regions.js'

interface WrittenRules {
  termsOfUseUrl?: string | null | undefined
  renditions?: Array<{ url: string }> | undefined
  thumbnails?: Array<{ url: string }> | undefined
  subtitles?: Array<{ url: string }> | undefined
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
  for (const files of ['renditions', 'thumbnails', 'subtitles'] as const) {
    media[files]?.forEach((file, index) => {
      if (!isWebUrl(file.url)) problems.push({ location: 'body', pointer: `${pointer}/${files}/${index}/url`, message: WEB_URL_MESSAGE })
    })
  }
  if (media.termsOfUseUrl != null && !isWebUrl(media.termsOfUseUrl)) problems.push({ location: 'body', pointer: `${pointer}/termsOfUseUrl`, message: WEB_URL_MESSAGE })
  const from = media.availableFrom ?? null
  const until = media.availableUntil ?? null
  if (from !== null && until !== null && Date.parse(until) <= Date.parse(from)) {
    problems.push({ location: 'body', pointer: `${pointer}/availableUntil`, message: 'must be after availableFrom' })
  }
  return problems
}
