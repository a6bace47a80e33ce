// Parses a text scrape of a German broadcaster's article page (the sample's format) into an article.
import { countWords, normalizeSpace } from '../lib/text.js'
import type { Block } from '../schemas/section.js'
import { parseGermanDate, parseGermanDuration } from './german-dates.js'

export interface ParsedMedia {
  type: 'video'
  caption: string | null
  durationSeconds: number | null
  date: string | null
}

export interface ParsedSection {
  heading: string | null
  blocks: Block[]
}

export interface ParsedArticle {
  kicker: string | null
  title: string
  teaser: string | null
  language: string
  breadcrumb: string[]
  publishedAt: string | null
  sections: ParsedSection[]
  /** Lead media first. */
  media: ParsedMedia[]
  /** What the page did not say and the parser could not find, for the person running the import. */
  warnings: string[]
}

/** The text cannot be made into an article; the message says why. */
export class NotAnArticleError extends Error {
  override name = 'NotAnArticleError'
}

// The first line of the site's player and page UI: everything from here on is not the article.
const SITE_CHROME_START = [/^Gemerkt auf Mein ZDF/i, /^Embed-Code kopieren/i, /^Merken\b.*\bBewerten\b/i]

// Single lines of UI text that can also stand elsewhere in a scrape.
const BOILERPLATE_LINES = [
  /\bMein ZDF\b/i,
  /Embed-Code/i,
  /HTML-Code zum Einbetten/i,
  /Bitte beachten Sie die Nutzungsbedingungen/i,
  /nutzen wir Cookies/i,
  /Altersprüfung durchführen/i,
  /Sendungen mit einer Altersbeschränkung/i,
  /wechseln in den Kinderbereich/i,
  /mit Ihrem Kinderprofil/i
]

const BREADCRUMB = /^Sie sind hier:?\s*(.*)$/i
const DATE = /^Datum:?\s*(.*)$/i
const DURATION = /^Beitragslänge:?\s*(.*)$/i
// Kicker and headline share the title line, joined by a spaced dash, colon or bar.
const TITLE_SEPARATOR = /^(.+?)\s+[-–—:|]\s+(.+)$/
const BREADCRUMB_SEPARATOR = /\s*[>›»/|]\s*/

type Chunk =
  | { kind: 'breadcrumb', items: string[] }
  | { kind: 'date', value: string | null }
  | { kind: 'video', durationSeconds: number | null, date: string | null }
  | { kind: 'text', text: string }

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

/** Groups lines into blocks separated by blank lines. */
function paragraphs (lines: string[]): string[][] {
  const groups: string[][] = []
  let current: string[] = []
  for (const line of lines) {
    if (line === '') {
      if (current.length > 0) groups.push(current)
      current = []
    } else {
      current.push(line)
    }
  }
  if (current.length > 0) groups.push(current)
  return groups
}

/** The value of a "Label:" line: the rest of that line, or else the line after it when that is not another label. */
function labelValue (lines: string[], index: number, pattern: RegExp): string {
  const sameLine = pattern.exec(lines[index] ?? '')?.[1] ?? ''
  if (sameLine !== '') return sameLine
  const next = lines[index + 1]
  return next !== undefined && !DATE.test(next) && !DURATION.test(next) ? next : ''
}

function classify (group: string[]): Chunk {
  const first = group[0] ?? ''
  const breadcrumb = BREADCRUMB.exec(first)
  if (breadcrumb !== null) {
    const items = [breadcrumb[1] ?? '', ...group.slice(1)]
      .flatMap((item) => item.split(BREADCRUMB_SEPARATOR))
      .filter((item) => item !== '')
    return { kind: 'breadcrumb', items }
  }
  const durationIndex = group.findIndex((line) => DURATION.test(line))
  if (durationIndex >= 0) {
    const dateIndex = group.findIndex((line) => DATE.test(line))
    return {
      kind: 'video',
      durationSeconds: parseGermanDuration(labelValue(group, durationIndex, DURATION)),
      date: dateIndex >= 0 ? parseGermanDate(labelValue(group, dateIndex, DATE)) : null
    }
  }
  if (DATE.test(first)) return { kind: 'date', value: parseGermanDate(labelValue(group, 0, DATE)) }
  return { kind: 'text', text: group.join(' ') }
}

/** A sub-heading: a short line without closing punctuation, followed by body text. */
function isHeading (text: string, next: string | undefined): boolean {
  return next !== undefined &&
    text.length <= 80 &&
    countWords(text) <= 10 &&
    !/[.!?:;,…"“”„«»)]$/.test(text)
}

function splitTitle (line: string): { kicker: string | null, title: string } {
  const match = TITLE_SEPARATOR.exec(line)
  return match === null
    ? { kicker: null, title: line }
    : { kicker: match[1] ?? null, title: match[2] ?? line }
}

export function parseSeedText (text: string): ParsedArticle {
  const chunks = paragraphs(articleLines(text)).map(classify)
  const warnings: string[] = []

  let index = 0
  let breadcrumb: string[] = []
  const first = chunks[0]
  if (first?.kind === 'breadcrumb') {
    breadcrumb = first.items
    index++
  }

  const titleIndex = chunks.findIndex((chunk, i) => i >= index && chunk.kind === 'text')
  const titleChunk = chunks[titleIndex]
  if (titleChunk?.kind !== 'text') throw new NotAnArticleError('no title line found')
  const { kicker, title } = splitTitle(titleChunk.text)

  const rest = chunks.slice(titleIndex + 1)
  const videoIndex = rest.findIndex((chunk) => chunk.kind === 'video')
  const video = rest[videoIndex]
  // The text just before the video's length line is its caption.
  const captionChunk = video === undefined ? undefined : rest[videoIndex - 1]
  const caption = captionChunk?.kind === 'text' ? captionChunk.text : null
  const captionIndex = caption === null ? -1 : videoIndex - 1

  let publishedAt: string | null = null
  let teaser: string | null = null
  const body: string[] = []
  rest.forEach((chunk, i) => {
    if (chunk.kind === 'date' && publishedAt === null && chunk.value !== null && (videoIndex < 0 || i < videoIndex)) {
      publishedAt = chunk.value
    }
    if (chunk.kind !== 'text' || i === captionIndex) return
    if (teaser === null && body.length === 0 && (videoIndex < 0 || i < videoIndex)) {
      teaser = chunk.text
    } else {
      body.push(chunk.text)
    }
  })

  const sections: ParsedSection[] = []
  let current: ParsedSection = { heading: null, blocks: [] }
  body.forEach((text, i) => {
    if (isHeading(text, body[i + 1])) {
      if (current.blocks.length > 0 || current.heading !== null) sections.push(current)
      current = { heading: text, blocks: [] }
    } else {
      current.blocks.push({ type: 'paragraph', text })
    }
  })
  if (current.blocks.length > 0) sections.push(current)
  if (sections.length === 0) throw new NotAnArticleError('no body paragraphs found after the title')

  if (publishedAt === null) warnings.push('no publication date found')
  if (teaser === null) warnings.push('no teaser found')

  const media: ParsedMedia[] = video?.kind === 'video'
    ? [{
        type: 'video',
        caption,
        durationSeconds: video.durationSeconds,
        date: video.date
      }]
    : []

  return { kicker, title, teaser, language: 'de', breadcrumb, publishedAt, sections, media, warnings }
}
