// Parses text scrapes of German broadcaster and news pages (ZDF, ARD, BR, DW, Deutschlandfunk shapes) into an article:
// captions, credits, bylines, video and date lines become metadata; the site's UI text is dropped.
import { countWords, normalizeSpace } from '../lib/text.js'
import type { Block } from '../schemas/section.js'
import { parseAvailableUntil, parseGermanDate, parseGermanDuration } from './german-dates.js'
import { emptyMedia, NotAnArticleError, sectionsFrom, titleFromText, type ParsedArticle, type ParsedMedia } from './parsed.js'

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

const BREADCRUMB = /^Sie sind hier:?\s*(.*)$/i
const DATE = /^(?:Datum|Stand|Veröffentlicht(?: am)?|Aktualisiert(?: am)?|Zuletzt aktualisiert(?: am)?):?\s*(.*)$/i
const DURATION = /^Beitragslänge:?\s*(.*)$/i
const AVAILABLE = /^(?:Video|Audio|Beitrag|Sendung)?\s*verfügbar bis:?\s*(.+)$/i
const CREDIT = /^(?:(?:Quelle|Foto|Fotos|Bild|Bildquelle|Copyright|Credit):\s*\S.*|©\s*\S.*|\((?:©\s*)?(?:IMAGO|dpa|AP|AFP|Reuters|picture alliance|epa|Getty Images|ZDF|ARD|BR|DW|Deutschlandfunk)\b[^)]*\))$/i
const BYLINE = /^(?:Von|Ein Beitrag von|Eine Analyse von|Ein Kommentar von|Autor(?:in)?:|Text:)\s+\p{Lu}/u
const DATE_IN_TEXT = /\d{1,2}\.\d{1,2}\.\d{4}(?:\s*,?\s*\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?/
const DURATION_TOKEN = /\d+(?::[0-5]\d){0,2}\s*(?:min|minuten|sek|sekunden|s|std|stunden)\b\.?/gi
// Kicker and headline share the title line, joined by a spaced dash, colon or bar.
const TITLE_SEPARATOR = /^(.{1,80}?)\s+[-–—:|]\s+(.+)$|^(.{1,60}?):\s+(.+)$/
const BREADCRUMB_SEPARATOR = /\s*[>›»/|]\s*/
const QUOTED = /^[„"»«‚'“]\s*(.+?)\s*[“”"«»‘']\.?$/u
const ATTRIBUTION = /^[-–—]\s*(\S.{0,118})$/

type Meta = {
  kind: 'meta'
  date?: string | null
  durationSeconds?: number | null
  video: boolean
  availableUntil?: string | null
  credit?: string
  byline?: string
}
type Chunk = { kind: 'breadcrumb', items: string[] } | { kind: 'text', text: string } | Meta

/** A line like "0:52 min", "11.02.2023 | 3 min", "Video 23:21 min 23:21 min": a video's date and running time. */
function videoLine (line: string): { date: string | null, durationSeconds: number | null } | undefined {
  const durations = line.match(DURATION_TOKEN)
  if (durations === null) return undefined
  const rest = line.replace(DURATION_TOKEN, '').replace(DATE_IN_TEXT, '').replace(/\b(?:Video|Audio|Länge|Dauer)\b:?/gi, '').replace(/[|·,\s-]+/g, '')
  if (rest !== '') return undefined
  return { date: parseGermanDate(line), durationSeconds: parseGermanDuration(durations[0] ?? '') }
}

/** Lines of the article proper: normalised, with the site's UI removed. */
function articleLines (text: string): string[] {
  const lines: string[] = []
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = normalizeSpace(raw)
    if (SITE_CHROME_START.some((pattern) => pattern.test(line))) break
    if (BOILERPLATE_LINES.some((pattern) => pattern.test(line))) continue
    lines.push(line)
  }
  return lines
}

/** The meta fields one line carries, or undefined for a line of text. */
function metaOf (line: string, next: string | undefined): { meta: Omit<Meta, 'kind' | 'video'> & { video?: boolean }, consumesNext: boolean } | undefined {
  // A label's value may stand on its own line after it ("Beitragslänge:" / "1 min").
  const valueOf = (match: RegExpExecArray): { value: string, consumesNext: boolean } => {
    const sameLine = match[1] ?? ''
    if (sameLine !== '' || next === undefined || metaOf(next, undefined) !== undefined && !videoLine(next)) return { value: sameLine, consumesNext: false }
    return DATE_IN_TEXT.test(next) || videoLine(next) !== undefined ? { value: next, consumesNext: true } : { value: '', consumesNext: false }
  }
  let match = DURATION.exec(line)
  if (match !== null) {
    const { value, consumesNext } = valueOf(match)
    return { meta: { durationSeconds: parseGermanDuration(value), video: true }, consumesNext }
  }
  match = DATE.exec(line)
  if (match !== null) {
    const { value, consumesNext } = valueOf(match)
    return { meta: { date: parseGermanDate(value) }, consumesNext }
  }
  match = AVAILABLE.exec(line)
  if (match !== null) return { meta: { availableUntil: parseAvailableUntil(match[1] ?? ''), video: true }, consumesNext: false }
  const video = videoLine(line)
  if (video !== undefined) return { meta: { ...video, video: true }, consumesNext: false }
  if (CREDIT.test(line)) return { meta: { credit: line.replace(/^\((.*)\)$/, '$1') }, consumesNext: false }
  if (BYLINE.test(line) && line.length <= 120 && !/[.!?]$/.test(line)) return { meta: { byline: line }, consumesNext: false }
  return undefined
}

/** Splits the page into blank-line separated groups, then each group into runs of text lines and of metadata lines. */
function chunksOf (lines: string[]): Chunk[] {
  const chunks: Chunk[] = []
  let text: string[] = []
  let meta: Meta | undefined
  const flush = (): void => {
    if (text.length > 0) chunks.push({ kind: 'text', text: text.join(' ') })
    if (meta !== undefined) chunks.push(meta)
    text = []
    meta = undefined
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (line === '') {
      flush()
      continue
    }
    const breadcrumb = chunks.length === 0 && text.length === 0 ? BREADCRUMB.exec(line) : null
    if (breadcrumb !== null) {
      const items: string[] = [breadcrumb[1] ?? '']
      while (lines[i + 1] !== undefined && lines[i + 1] !== '') items.push(lines[++i] ?? '')
      chunks.push({ kind: 'breadcrumb', items: items.flatMap((item) => item.split(BREADCRUMB_SEPARATOR)).filter((item) => item !== '') })
      continue
    }
    const found = metaOf(line, lines[i + 1] === '' ? undefined : lines[i + 1])
    if (found === undefined) {
      if (meta !== undefined) flush()
      // "„Zitat“" / "– Sprecherin" on consecutive lines: the attribution is its own chunk, to pair with the quote.
      if (ATTRIBUTION.test(line) && text.length > 0 && QUOTED.test(text.join(' '))) {
        flush()
        chunks.push({ kind: 'text', text: line })
        continue
      }
      text.push(line)
      continue
    }
    if (text.length > 0) {
      chunks.push({ kind: 'text', text: text.join(' ') })
      text = []
    }
    meta ??= { kind: 'meta', video: false }
    // A running time repeated on the next line ("3 min" / "3 min") is the same video, said twice.
    if (found.meta.durationSeconds !== undefined && meta.durationSeconds !== undefined && meta.durationSeconds !== null) delete found.meta.durationSeconds
    if (found.meta.date !== undefined && meta.date !== undefined && meta.date !== null) delete found.meta.date
    Object.assign(meta, found.meta, { video: meta.video || found.meta.video === true })
    if (found.consumesNext) i++
  }
  flush()
  // Metadata lines split by blank lines ("3 min", then "Video verfügbar bis …") describe the same thing.
  const merged: Chunk[] = []
  for (const chunk of chunks) {
    const previous = merged.at(-1)
    if (chunk.kind === 'meta' && previous?.kind === 'meta') {
      merged[merged.length - 1] = { ...chunk, ...previous, video: previous.video || chunk.video, ...(previous.credit === undefined && chunk.credit !== undefined ? { credit: chunk.credit } : {}), ...(previous.availableUntil === undefined && chunk.availableUntil !== undefined ? { availableUntil: chunk.availableUntil } : {}) }
    } else {
      merged.push(chunk)
    }
  }
  return merged
}

function looksLikeTitle (text: string): boolean {
  return text.length <= 200 && countWords(text) <= 30 && !/[.!?;,…]["“”]?$/.test(text)
}

function splitTitle (line: string): { kicker: string | null, title: string } {
  const match = TITLE_SEPARATOR.exec(line)
  if (match === null) return { kicker: null, title: line }
  const kicker = match[1] ?? match[3] ?? ''
  const title = match[2] ?? match[4] ?? line
  // "Interview: Was jetzt?" has a kicker; a long first clause is part of the headline.
  return countWords(kicker) <= 8 ? { kicker, title } : { kicker: null, title: line }
}

/** A sub-heading: a short line without closing punctuation, followed by body text. */
function isHeading (text: string, next: Chunk | undefined): boolean {
  return next?.kind === 'text' && text.length <= 80 && countWords(text) <= 10 && !/[.!?:;,…"“”„«»)]$/.test(text)
}

export function parseText (text: string): ParsedArticle {
  const chunks = chunksOf(articleLines(text))
  const warnings: string[] = []
  let breadcrumb: string[] = []
  let index = 0
  if (chunks[0]?.kind === 'breadcrumb') {
    breadcrumb = chunks[0].items
    index = 1
  }
  const rest = chunks.slice(index)
  const firstText = rest.findIndex((chunk) => chunk.kind === 'text')
  const first = rest[firstText]
  if (first?.kind !== 'text') throw new NotAnArticleError('no title line found')

  let kicker: string | null = null
  let title: string
  let bodyStart: number
  if (looksLikeTitle(first.text)) {
    ({ kicker, title } = splitTitle(first.text))
    bodyStart = firstText + 1
  } else {
    // The scrape starts mid-page: the first paragraph is body, and the headline has to come from it.
    title = titleFromText(first.text)
    warnings.push('no title found: title derived from the first sentence')
    bodyStart = firstText
  }

  let publishedAt: string | null = null
  let byline: string | null = null
  let teaser: string | null = null
  const media: ParsedMedia[] = []
  const body: Array<{ heading: string } | Block> = []
  const items = rest.slice(bodyStart)
  const texts: string[] = []
  for (let i = 0; i < items.length; i++) {
    const chunk = items[i] as Chunk
    const next = items[i + 1]
    if (chunk.kind === 'breadcrumb') continue
    if (chunk.kind === 'meta') {
      if (chunk.byline !== undefined) byline ??= chunk.byline
      if (!chunk.video && chunk.credit === undefined && chunk.date !== undefined && chunk.date !== null) publishedAt ??= chunk.date
      continue
    }
    // Text followed by metadata is a caption: of a video (running time or availability) or a picture (credit).
    if (next?.kind === 'meta' && (next.video || next.credit !== undefined)) {
      const item = emptyMedia(next.video ? 'video' : 'image', media.length === 0 && body.length === 0 ? 'lead' : 'inline')
      item.caption = chunk.text
      item.credit = next.credit ?? null
      item.durationSeconds = next.durationSeconds ?? null
      item.date = next.date ?? null
      item.availableUntil = next.availableUntil ?? null
      media.push(item)
      i++
      continue
    }
    const quote = QUOTED.exec(chunk.text)
    const attribution = next?.kind === 'text' ? ATTRIBUTION.exec(next.text) : null
    if (quote !== null && attribution !== null) {
      body.push({ type: 'quote', text: quote[1] ?? chunk.text, attribution: attribution[1] ?? null })
      i++
      continue
    }
    if (teaser === null && body.length === 0 && texts.length === 0 && bodyStart > firstText) {
      teaser = chunk.text
      texts.push(chunk.text)
      continue
    }
    texts.push(chunk.text)
    body.push(isHeading(chunk.text, next) ? { heading: chunk.text } : { type: 'paragraph', text: chunk.text })
  }
  // Media without a caption still count: a running time line with nothing before it.
  for (const chunk of items) {
    if (chunk.kind === 'meta' && chunk.video && !media.some((m) => m.type === 'video')) {
      const item = emptyMedia('video', media.length === 0 ? 'lead' : 'inline')
      item.durationSeconds = chunk.durationSeconds ?? null
      item.availableUntil = chunk.availableUntil ?? null
      item.date = chunk.date ?? null
      media.push(item)
      warnings.push('video without a caption')
    }
  }

  const sections = sectionsFrom(body)
  const last = sections.at(-1)?.blocks.at(-1)
  if (last?.type === 'paragraph' && !/[.!?…"“”»)]$/.test(last.text)) warnings.push('the text seems cut off mid-sentence')
  if (publishedAt === null) warnings.push('no publication date found')
  if (teaser === null) warnings.push('no teaser found')
  return { format: 'text', kicker, title, byline, teaser, language: 'de', breadcrumb, tags: [], publishedAt, canonicalUrl: null, sections, media, warnings }
}
