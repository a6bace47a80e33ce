// Reads a text scrape line by line: drops the site's UI, splits off furniture run into text, joins author boxes,
// keeps paragraphs apart, and says which lines are metadata (dates, running times, credits, bylines) rather than text.
import { normalizeSpace } from '../lib/text.js'
import { parseAvailableUntil, parseGermanDate, parseGermanDuration } from './german-dates.js'

// The first line of the site's player and page UI: everything from here on is not the article.
const SITE_CHROME_START = [/^Gemerkt auf Mein ZDF/i, /^Embed-Code kopieren/i, /^Merken\b.*\bBewerten\b/i, /^Mehr zum Thema\b/i, /^Alle Rechte vorbehalten\b/i]

// Single lines of UI text that can also stand elsewhere in a scrape.
const BOILERPLATE_LINES = [
  /\bMein ZDF\b/i,
  /Embed-Code/i,
  /HTML-Code zum Einbetten/i,
  /Bitte beachten Sie die Nutzungsbedingungen/i,
  /nutzen wir Cookies/i,
  /Cookie-Einstellungen/i,
  /Altersprüfung durchführen/i,
  /Sendungen mit einer Altersbeschränkung/i,
  /wechseln in den Kinderbereich/i,
  /mit Ihrem Kinderprofil/i,
  /^(Startseite|Menü|Suche|Navigation|Teilen|Drucken|Merken|Bewerten|Kommentieren|Artikel teilen|Link kopieren|Zur Startseite|Nach oben)$/i,
  /^(Facebook|X|Twitter|WhatsApp|E-Mail|Threads|Bluesky)$/i
]

export const BREADCRUMB = /^Sie sind hier:?\s*(.*)$/i
const DATE = /^(?:Datum|Stand|Veröffentlicht(?: am)?|Aktualisiert(?: am)?|Zuletzt aktualisiert(?: am)?)(?::\s*|\s+|$)(.*)$/i
const DURATION = /^Beitragslänge:?\s*(.*)$/i
const AVAILABLE = /^(?:Video|Audio|Beitrag|Sendung)?\s*verfügbar bis:?\s*(.+)$/i
const CREDIT = /^(?:(?:Quelle|Foto|Fotos|Bild|Bildquelle|Copyright|Credit):\s*\S.*|©\s*\S.*|\((?:©\s*)?(?:IMAGO|dpa|AP|AFP|Reuters|picture alliance|epa|Getty Images|ZDF|ARD|BR|DW|Deutschlandfunk)\b[^)]*\))$/i
// "(AGENTUR / Fotograf)": an agency and a photographer, whoever they are.
const AGENCY_CREDIT = /^\((?:©\s*)?[^()/]{1,60}\/[^()]{1,80}\)$/u
const BYLINE = /^(?:Von|Ein Beitrag von|Eine Analyse von|Ein Kommentar von|Autor(?:in)?:|Text:)\s+\p{Lu}/u
const DATE_IN_TEXT = /\d{1,2}\.\d{1,2}\.\d{4}(?:\s*,?\s*\d{1,2}[:.]\d{2}(?![.:]?\d)(?:\s*Uhr)?)?/
// A token starts where a run of digits starts: tried inside a long run, it would cost time in the run's length squared.
const DURATION_TOKEN = /(?<!\d)\d+(?::[0-5]\d){0,2}\s*(?:min|minuten|sek|sekunden|s|std|stunden)\b\.?/gi
export const BREADCRUMB_SEPARATOR = /\s*[>›»/|]\s*/
export const QUOTED = /^[„"»«‚'“]\s*(.+?)\s*[“”"«»‘']\.?$/u
export const ATTRIBUTION = /^[-–—]\s*(\S.{0,118})$/

export type Meta = {
  kind: 'meta'
  date?: string | null
  durationSeconds?: number | null
  video: boolean
  availableUntil?: string | null
  credit?: string
  byline?: string
}

// Player furniture: availability ("Verfügbarkeit: Video verfügbar bis 14.05.2022"), labels and download links.
const AVAILABILITY_TOKEN = /(?:Verfügbarkeit:?\s*)?(?:(?:Video|Audio|Beitrag|Sendung)\s+)?verfügbar\s+bis:?\s*(\d{1,2}\.\d{1,2}\.\d{4}(?:\s*,?\s*\d{1,2}[:.]\d{2}(?![.:]?\d)(?:\s*Uhr)?)?)/gi
const DATES = new RegExp(DATE_IN_TEXT.source, 'g')
const PLAYER_LABELS = /\b(?:Video|Audio|Länge|Dauer|Verfügbarkeit|herunterladen|Download|Untertitel|UT|Audiodeskription|Gebärdensprache|HD|abspielen|Play|vom)\b:?/gi

/**
 * A line of nothing but player furniture, its tokens in any order and said any number of times ("0:52 min",
 * "11.02.2023 | 3 min", "3 min 3 min 14.05.2020 14.05.2020 Verfügbarkeit: Video verfügbar bis 14.05.2022 Video
 * herunterladen"): a video's running time, date and availability; undefined for any other line.
 */
function videoLine (line: string): { date: string | null, durationSeconds: number | null, availableUntil?: string | null } | undefined {
  const available = [...line.matchAll(AVAILABILITY_TOKEN)][0]?.[1]
  let rest = line.replace(AVAILABILITY_TOKEN, ' ')
  const durations = rest.match(DURATION_TOKEN)
  if (durations === null && available === undefined) return undefined
  rest = rest.replace(DURATION_TOKEN, ' ')
  // Durations first: "12.05.2021 12:05 min" is a date and a running time, not a date at 12:05.
  const date = rest.match(DATES)?.[0]
  rest = rest.replace(DATES, ' ').replace(PLAYER_LABELS, ' ').replace(/[|·•,:\s–-]+/g, '')
  if (rest !== '') return undefined
  return {
    date: date === undefined ? null : parseGermanDate(date),
    durationSeconds: durations === null ? null : parseGermanDuration(durations[0] ?? ''),
    ...(available === undefined ? {} : { availableUntil: parseAvailableUntil(available) })
  }
}

// A credit in parentheses at the end of a caption: "(AGENTUR / Fotograf)", "(© Sender / Name)".
const TRAILING_CREDIT = /^(.*\S)\s*\(((?:©\s*)?[^()/]{1,60}\/[^()]{1,80})\)$/u

/**
 * A caption or teaser that runs straight into furniture ("…sagte er.03.04.2021 | 1:15 min", "… äußern. (AGENTUR /
 * Fotograf)"): the text and the furniture as two lines; one line when there is none.
 */
function splitTrailingFurniture (line: string): string[] {
  const credit = TRAILING_CREDIT.exec(line)
  if (credit !== null && /[.!?…"“”»]$/u.test(credit[1] ?? '')) return [credit[1] ?? '', `(${credit[2] ?? ''})`]
  // Furniture is short: only the end of a line is searched, so a long line costs no more than a short one.
  const tail = Math.max(0, line.length - 160)
  for (let at = line.length - 1; at > tail; at--) {
    if (!/[.!?…"“”»]/u.test(line[at] ?? '') || !/[\s\d]/.test(line[at + 1] ?? '')) continue
    const furniture = line.slice(at + 1).trim()
    if (furniture === '' || !/\d/.test(furniture[0] ?? '')) continue
    // Only an unmistakable video line: a date, or a running time in minutes and seconds.
    if (videoLine(furniture) !== undefined && (DATE_IN_TEXT.test(furniture) || /\d:[0-5]\d/.test(furniture))) {
      const before = splitTrailingFurniture(line.slice(0, at + 1))
      return [...before, furniture]
    }
  }
  return [line]
}

/** A line of the page, whitespace normalised, and how far the original was indented. */
interface Line { text: string, indent: number }

// An author box as a scrape gives it, a part to a line: "von", "Anna Beispiel", "|", "Update".
const AUTHOR_NAME_PART = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+(?:von\s+|van\s+|de\s+|zu\s+)?\p{Lu}[\p{L}'’.-]+){1,3}`
const AUTHOR_NAMES = new RegExp(String.raw`^${AUTHOR_NAME_PART}(?:\s*(?:,|und|&)\s*${AUTHOR_NAME_PART})*(?:,\s*[\p{Lu}][\p{L}.&-]*(?:\s+[\p{Lu}][\p{L}.&-]*){0,3})?$`, 'u')
const AUTHOR_VON = /^von(?:\s+(.+))?$/iu
const AUTHOR_LABEL = /^(?:Update|Aktualisiert|Analyse|Kommentar|Meinung|Eilmeldung|Liveblog|Exklusiv|Hintergrund|Interview|Newsletter|Briefing|Faktencheck|Korrespondent(?:in)?|Redakteur(?:in)?|Autor(?:in)?|Text|Recherche)$/iu
const AUTHOR_SEPARATOR = /^[|·•/]$/

/** The byline an author box makes ("Von Anna Beispiel"), or undefined when the parts are not one. */
function authorBox (parts: string[]): string | undefined {
  const names: string[] = []
  let marked = parts.some((part) => /[|·•]/u.test(part))
  for (const part of parts.flatMap((line) => line.split(/\s+[|·•]\s+|\s*[|·•]$|^[|·•]\s*/u)).filter((p) => p !== '')) {
    const von = AUTHOR_VON.exec(part)
    if (von !== null) {
      marked = true
      if (von[1] !== undefined) {
        if (!AUTHOR_NAMES.test(von[1])) return undefined
        names.push(von[1])
      }
    } else if (AUTHOR_SEPARATOR.test(part)) {
      marked = true
    } else if (AUTHOR_NAMES.test(part)) {
      // One name part to a box: a second is the heading or paragraph after it ("von" "Anna Beispiel" "Neue Regeln").
      if (names.length > 0) return undefined
      names.push(part)
    } else if (!AUTHOR_LABEL.test(part) && (parseGermanDate(part) === null || part.replace(DATE_IN_TEXT, '').replace(/[\s,|]|Uhr/g, '') !== '')) {
      return undefined
    }
  }
  // Always "Von …": the byline line the parser recognises, as the page's own "Von …" lines are.
  return marked && names.length > 0 ? `Von ${names.join(', ')}` : undefined
}

/** Lines whose author box parts stand one to a line (blank lines between allowed) become one "Von …" line. */
function joinAuthorBoxes (lines: Line[]): Line[] {
  const out: Line[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.text ?? ''
    const isPart = (candidate: string): boolean => metaOf(candidate, undefined) === undefined && (AUTHOR_VON.test(candidate) || AUTHOR_SEPARATOR.test(candidate) || AUTHOR_LABEL.test(candidate) || AUTHOR_NAMES.test(candidate) || candidate.includes('|'))
    if (line === '' || !isPart(line) || BYLINE.test(line)) {
      out.push(lines[i] as Line)
      continue
    }
    // The longest run of parts (and blank lines) from here that reads as an author box.
    let end = i
    for (let j = i; j < lines.length && j < i + 12; j++) {
      const candidate = lines[j]?.text ?? ''
      // Player or date lines inside a box are kept, after it; any other text ends the box.
      if (candidate !== '' && !isPart(candidate) && metaOf(candidate, undefined) === undefined) break
      if (candidate !== '') end = j
    }
    let found: string | undefined
    // Only a run with a "von" or a separator, and a name, in it can be an author box.
    const run = lines.slice(i, end + 1).map((l) => l.text)
    if (!run.some((l) => AUTHOR_VON.test(l) || /[|·•]/u.test(l)) || !run.some((l) => AUTHOR_NAMES.test(l) || /^von\s+\S/iu.test(l) || l.includes('|'))) end = i - 1
    for (; end >= i; end--) {
      // A box ends with a name or a label, never with "von" or a bar.
      const last = lines[end]?.text ?? ''
      if (last === '' || AUTHOR_SEPARATOR.test(last) || /^von$/iu.test(last)) continue
      found = authorBox(lines.slice(i, end + 1).map((l) => l.text).filter((l) => l !== '' && (isPart(l) || metaOf(l, undefined) === undefined)))
      if (found !== undefined) break
    }
    if (found === undefined) {
      out.push(lines[i] as Line)
      continue
    }
    out.push({ text: found, indent: lines[i]?.indent ?? 0 })
    for (const inside of lines.slice(i, end + 1)) if (inside.text !== '' && !isPart(inside.text)) out.push({ text: '', indent: 0 }, inside)
    i = end
  }
  return out
}

const ENDS_SENTENCE = /[.!?:;…"“”»)]$/u

/** Stands between two lines of text that were consecutive in the page but are not one paragraph. */
export const PARAGRAPH_BREAK = '\u0000'

/**
 * Blank lines where one line of text ends a paragraph and the next begins another: a scrape's paragraphs often stand
 * on consecutive lines. Lines stay together only when the text is hard-wrapped (many lines of similar width, most
 * of them ending mid-sentence) or when a line plainly continues the one before it (no closing punctuation, and a
 * lower-case start or a line too long for a heading); a more deeply indented line always begins a paragraph.
 */
function withParagraphBreaks (lines: Line[]): string[] {
  const out: string[] = []
  const isText = (line: string, next: string | undefined): boolean => line !== '' && metaOf(line, next) === undefined && !BREADCRUMB.test(line) && !ATTRIBUTION.test(line)
  for (let start = 0; start < lines.length;) {
    if (lines[start]?.text === '' || !isText(lines[start]?.text ?? '', lines[start + 1]?.text)) {
      out.push(lines[start]?.text ?? '')
      start++
      continue
    }
    let end = start
    while (end + 1 < lines.length && isText(lines[end + 1]?.text ?? '', lines[end + 2]?.text)) end++
    const run = lines.slice(start, end + 1)
    const width = run.reduce((widest, line) => Math.max(widest, line.text.length), 0)
    const notLast = run.slice(0, -1)
    const wrapped = run.length >= 2 && width <= 120 && width >= 40 &&
      notLast.filter((line) => line.text.length >= 0.7 * width).length >= 0.7 * notLast.length &&
      notLast.filter((line) => ENDS_SENTENCE.test(line.text)).length < 0.5 * notLast.length
    run.forEach((line, index) => {
      const previous = run[index - 1]
      if (previous !== undefined) {
        const joins = line.indent <= previous.indent && (
          (wrapped && previous.text.length >= 0.6 * width) ||
          // A line that stops mid-sentence continues in the next, unless it is short enough to be a heading.
          (!ENDS_SENTENCE.test(previous.text) && (/^\p{Ll}/u.test(line.text) || previous.text.length > 80)))
        if (!joins) out.push(PARAGRAPH_BREAK)
      }
      out.push(line.text)
    })
    start = end + 1
  }
  return out
}

/** Lines of the article proper: normalised, with the site's UI removed, furniture split off and paragraphs apart. */
export function articleLines (text: string): string[] {
  const lines: Line[] = []
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = normalizeSpace(raw)
    if (SITE_CHROME_START.some((pattern) => pattern.test(line))) break
    if (BOILERPLATE_LINES.some((pattern) => pattern.test(line))) continue
    const indent = line === '' ? 0 : (/^[\s\u00a0]*/.exec(raw.replace(/\t/g, '    '))?.[0].length ?? 0)
    for (const part of line === '' ? [''] : splitTrailingFurniture(line)) lines.push({ text: part, indent })
  }
  // A line of nothing but separators ("|", "·", "–") left over from an author box is layout, never text.
  return withParagraphBreaks(joinAuthorBoxes(lines).filter((line) => line.text === '' || /[\p{L}\p{N}]/u.test(line.text)))
}

/** A line that is a date and nothing more ("14.03.2024, 09:15 Uhr", "Do 14.03.2024 | 09:15"). */
function isDateOnly (line: string): boolean {
  return DATE_IN_TEXT.test(line) && line.replace(DATES, '').replace(/\b(?:Uhr|Mo|Di|Mi|Do|Fr|Sa|So|\p{L}+tag|Mittwoch)\b\.?|\d{1,2}[:.]\d{2}|[\s,|·-]/gu, '') === ''
}

/** The meta fields one line carries, or undefined for a line of text. */
export function metaOf (line: string, next: string | undefined): { meta: Omit<Meta, 'kind' | 'video'> & { video?: boolean }, consumesNext: boolean } | undefined {
  // A label's value may stand on its own line after it ("Beitragslänge:" / "1 min").
  const valueOf = (match: RegExpExecArray): { value: string, consumesNext: boolean } => {
    const sameLine = match[1] ?? ''
    if (sameLine !== '' || next === undefined || (metaOf(next, undefined) !== undefined && !videoLine(next))) return { value: sameLine, consumesNext: false }
    return isDateOnly(next) || videoLine(next) !== undefined ? { value: next, consumesNext: true } : { value: '', consumesNext: false }
  }
  let match = DURATION.exec(line)
  if (match !== null) {
    const { value, consumesNext } = valueOf(match)
    return { meta: { durationSeconds: parseGermanDuration(value), video: true }, consumesNext }
  }
  match = DATE.exec(line)
  // "Stand: 14.03.2024" is a date line; "Stand der Dinge ist …" is a sentence.
  if (match !== null && (match[1] === '' || isDateOnly(match[1] ?? ''))) {
    const { value, consumesNext } = valueOf(match)
    return { meta: { date: parseGermanDate(value) }, consumesNext }
  }
  const video = videoLine(line)
  if (video !== undefined) return { meta: { ...video, video: true }, consumesNext: false }
  match = AVAILABLE.exec(line)
  if (match !== null && parseAvailableUntil(match[1] ?? '') !== null) return { meta: { availableUntil: parseAvailableUntil(match[1] ?? ''), video: true }, consumesNext: false }
  if (CREDIT.test(line) || AGENCY_CREDIT.test(line)) return { meta: { credit: line.replace(/^\((.*)\)$/, '$1') }, consumesNext: false }
  if (BYLINE.test(line) && line.length <= 120 && !/[.!?]$/.test(line)) return { meta: { byline: line }, consumesNext: false }
  return undefined
}
