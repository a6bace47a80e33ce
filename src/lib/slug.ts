// URL slugs with German transliteration (ä → ae, ö → oe, ü → ue, ß → ss).
import slugifyText from '@sindresorhus/slugify'

export const MAX_SLUG_LENGTH = 100
// Room for a "-2" style suffix when two articles would share a slug.
const BASE_SLUG_LENGTH = MAX_SLUG_LENGTH - 8

/** A slug for `text`; empty when the text has no letters or digits that transliterate. */
export function slugify (text: string): string {
  // decamelize off: "GROß" must become "gross", not "gr-oss".
  // "&" reads "und" in a German headline, not "and".
  const slug = slugifyText(text, { locale: 'de', decamelize: false, customReplacements: [['&', ' und ']] })
  if (slug.length <= BASE_SLUG_LENGTH) return slug
  // Cut at a word boundary so a long headline does not end in half a word.
  const cut = slug.slice(0, BASE_SLUG_LENGTH + 1)
  const lastDash = cut.lastIndexOf('-')
  return (lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, BASE_SLUG_LENGTH)).replace(/-+$/, '')
}

/** `slug`, or `slug-2`, `slug-3` … : the first candidate `isTaken` says is free. */
export function uniqueSlug (base: string, isTaken: (candidate: string) => boolean): string {
  if (!isTaken(base)) return base
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`
    if (!isTaken(candidate)) return candidate
  }
}
