// German word analysis for the search index and its queries: folding, Snowball stems and compound parts.
import { readFileSync } from 'node:fs'
import { stemmer } from '@orama/stemmers/german'

/** Words as the index sees them: runs of letters and digits. */
export const WORD = /[\p{L}\p{N}]+/gu

/** Lower case with umlauts and ß folded, as readers type them without a German keyboard: "Straße" → "strasse". */
export function fold (word: string): string {
  return word.toLowerCase()
    .replace(/[äöüß]/g, (c) => c === 'ß' ? 'ss' : c === 'ä' ? 'a' : c === 'ö' ? 'o' : 'u')
    .normalize('NFKD').replace(/\p{M}/gu, '')
}

// German vocabulary is bounded, so stems and splits of words seen before are looked up, not recomputed: indexing
// and snippets meet the same few thousand words again and again. The caches are cleared when full: a stream of
// words never seen again (typos, names, made-up queries) must not hold more than a few MiB each.
const CACHE_LIMIT = 50_000
const stems = new Map<string, string>()
const splits = new Map<string, string[]>()

/** Only the inflectional endings cut: for long words Snowball would shorten to a stem that is another word. */
function inflectionStem (folded: string): string {
  return folded.replace(/(?:ern|em|er|en|es|e|s|n)$/, '')
}

/** The Snowball German stem of a folded word: "gesprachen" → "gesprach", "tempolimits" → "tempolimit". */
export function stem (folded: string): string {
  let result = stems.get(folded)
  if (result === undefined) {
    // Numbers, very short words and abbreviations stay as they are; Snowball would only cut their endings wrongly.
    result = folded.length < 4 || /\d/.test(folded) ? folded : stemmer(folded)
    // Snowball keeps the -s of plurals after a vowel ("Autos", "Handys"): cut it for -os and -ys, where it is one.
    if (result.length >= 5 && /[oy]s$/.test(result)) result = result.slice(0, -1)
    // "Sicherheit" → "sich", "Krankenhaus" → "krank": a long word cut down to a short one would meet unrelated words.
    if (result.length < 5 && folded.length >= 8) result = inflectionStem(folded)
    if (stems.size >= CACHE_LIMIT) stems.clear()
    stems.set(folded, result)
  }
  return result
}

// The nouns of the Hunspell German dictionary (igerman98), folded: the parts a compound may be built from. Forms the
// dictionary marks for use inside compounds ("Straßen", "Änderungs") are nouns here too, linking letters included.
function loadNouns (): Set<string> {
  const heads = new Set<string>()
  // The package's own entry reads its files with a top-level await; the word list is read directly, once, when the
  // first compound is split.
  const text = readFileSync(new URL('index.dic', import.meta.resolve('dictionary-de')), 'utf8')
  for (const line of text.split('\n')) {
    const entry = /^(\p{Lu}\p{Ll}+)(?:\/(\S*))?/u.exec(line)
    if (entry === null) continue
    const folded = fold(entry[1] as string)
    if (folded.length < 3) continue
    heads.add(folded)
    // Flag J makes the -ung noun of a verb: "Regieren/SJm" stands for "Regierung" too.
    if (entry[2]?.includes('J') === true) {
      if (/[lr]n$/.test(folded)) heads.add(`${folded.slice(0, -1)}ung`)
      else if (folded.endsWith('en')) heads.add(`${folded.slice(0, -2)}ung`)
    }
  }
  return heads
}

let nouns: Set<string> | undefined
function lexicon (): Set<string> {
  nouns ??= loadNouns()
  return nouns
}
// Letters that join the parts of a compound: Haushalt-s-ausschuss, Straße-n-bahn, Tag-es-zeit, Kind-er-garten.
const LINKS = ['', 's', 'es', 'n', 'en', 'e', 'er']
const MIN_PART = 3
const MAX_PARTS = 4
/** Compounds shorter than this are not split: short words are rarely compounds, and their splits mostly wrong. */
const MIN_COMPOUND = 7

/** Whether `text` can end a compound: a noun, inflected or not ("…ausschüssen", "…bahnen"). */
function isTail (text: string): boolean {
  const heads = lexicon()
  if (heads.has(text)) return true
  const bare = inflectionStem(text)
  return bare.length >= MIN_PART && (heads.has(bare) || heads.has(`${bare}e`))
}

interface Split { parts: string[], cost: number }

/** What starting a compound with `text` costs, or null when it cannot: a noun, a noun with linking letters or without its final -e. */
function headCost (text: string): number | null {
  const heads = lexicon()
  if (heads.has(text)) return 0
  if (heads.has(`${text}e`)) return 1
  for (const link of LINKS) {
    if (link !== '' && text.length - link.length >= MIN_PART && text.endsWith(link) && heads.has(text.slice(0, -link.length))) return link.length
  }
  return null
}

/**
 * The cheapest split of `folded` into nouns, or null: fewest parts first, then fewest linking letters, so
 * "fahrradstrassen" is Fahrrad + Straßen, not Fahrrads + Trassen.
 */
function splitInto (folded: string, depth: number, memo: Map<string, Split | null>): Split | null {
  const known = memo.get(folded)
  if (known !== undefined) return known
  let best: Split | null = folded.length >= MIN_PART && isTail(folded) ? { parts: [folded], cost: 0 } : null
  if (best === null && depth < MAX_PARTS) {
    for (let end = folded.length - MIN_PART; end >= MIN_PART; end--) {
      const head = folded.slice(0, end)
      const cost = headCost(head)
      if (cost === null) continue
      const rest = splitInto(folded.slice(end), depth + 1, memo)
      if (rest === null) continue
      const candidate = { parts: [head, ...rest.parts], cost: 10 + cost + rest.cost }
      if (best === null || candidate.cost < best.cost) best = candidate
    }
  }
  memo.set(folded, best)
  return best
}

/** A part as the index stores it: without linking letters where the bare noun exists, then stemmed. */
function partStem (part: string): string {
  if (!lexicon().has(part)) {
    for (const link of LINKS) {
      if (link !== '' && part.endsWith(link) && lexicon().has(part.slice(0, -link.length))) return stem(part.slice(0, -link.length))
    }
  }
  return stem(part)
}

/**
 * The stems of the parts of a folded compound, or [] when it is not one: "haushaltsausschusses" → ["haushalt",
 * "ausschuss"], "strassenbahn" → ["strass", "bahn"].
 */
export function compoundParts (folded: string): string[] {
  let result = splits.get(folded)
  if (result === undefined) {
    result = []
    if (folded.length >= MIN_COMPOUND && !/\d/.test(folded)) {
      const parts = splitInto(folded, 1, new Map())?.parts ?? []
      if (parts.length > 1) result = parts.map(partStem)
      // A compound of three or more parts also holds its leading and trailing compounds: "Straßenbahnlinie" is a
      // "Straßenbahn", "Hochwasserschutz" protects from "Hochwasser".
      if (parts.length > 2) result.push(partStem(parts.slice(0, -1).join('')), partStem(parts.slice(1).join('')))
    }
    if (splits.size >= CACHE_LIMIT) splits.clear()
    splits.set(folded, result)
  }
  return result
}

/** The words of `text` with their offsets. */
export function * wordsIn (text: string): Generator<{ word: string, start: number, end: number }> {
  for (const match of text.matchAll(WORD)) {
    yield { word: match[0], start: match.index, end: match.index + match[0].length }
  }
}

interface Analysis { stem: string, parts: string[] }
const analyses = new Map<string, Analysis>()

/** A word as it stands in a text, analysed once: its stem and its compound parts' stems. */
export function analyzeWord (word: string): Analysis {
  let result = analyses.get(word)
  if (result === undefined) {
    const folded = fold(word)
    result = { stem: stem(folded), parts: compoundParts(folded) }
    if (analyses.size >= CACHE_LIMIT) analyses.clear()
    analyses.set(word, result)
  }
  return result
}

/** A text as the index stores it: the stem of every word, and separately the stems of every compound's parts. */
export function analyze (text: string): { stems: string, parts: string } {
  let stems = ''
  let parts = ''
  for (const match of text.matchAll(WORD)) {
    const analysis = analyzeWord(match[0])
    stems += stems === '' ? analysis.stem : ` ${analysis.stem}`
    for (const part of analysis.parts) parts += parts === '' ? part : ` ${part}`
  }
  return { stems, parts }
}
