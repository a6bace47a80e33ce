// Text helpers shared by the importer and the repositories.

// Spaces that scraped pages carry besides the ordinary one: no-break, narrow no-break, figure, thin, zero-width, BOM.
const ODD_SPACES = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff\t\f\v]/g

/** Collapses every run of whitespace (including no-break spaces) into one space and trims the ends. */
export function normalizeSpace (text: string): string {
  return text.replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim()
}

/** Words as a reader counts them: runs of letters or digits, with inner hyphens and apostrophes ("PR-Erfolg" is one). */
export function countWords (text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0
}

export const WORDS_PER_MINUTE = 200

export function readingTimeMinutes (wordCount: number): number {
  return wordCount === 0 ? 0 : Math.ceil(wordCount / WORDS_PER_MINUTE)
}
