// Parses text scrapes of German broadcaster and news pages (ZDF, ARD, BR, DW, Deutschlandfunk shapes) into an article:
// captions, credits, bylines, video and date lines become metadata; the site's UI text is dropped.
import { countWords } from '../lib/text.js'
import type { Block } from '../schemas/section.js'
import { emptyMedia, NotAnArticleError, sectionsFrom, titleFromText, type ParsedArticle, type ParsedMedia } from './parsed.js'
import { articleLines, ATTRIBUTION, BREADCRUMB, BREADCRUMB_SEPARATOR, metaOf, PARAGRAPH_BREAK, QUOTED, type Meta } from './text-lines.js'

// Kicker and headline share the title line, joined by a spaced dash or bar, or a colon with a space on either side
// ("Kicker - Titel", "Kicker: Titel", "Kicker : Titel", "Kicker :Titel").
const TITLE_SEPARATOR = /^(.{1,80}?)\s+(?:[-–—|]\s+|:\s*)(\S.*)$|^(.{1,60}?)[:|]\s+(.+)$/

// `adjacent`: the text stood on the line right after the chunk before it, with no blank line between.
type Chunk = { kind: 'breadcrumb', items: string[] } | { kind: 'text', text: string, adjacent?: boolean } | Meta

/** Splits the page into blank-line separated groups, then each group into runs of text lines and of metadata lines. */
function chunksOf (lines: string[]): Chunk[] {
  const chunks: Chunk[] = []
  let text: string[] = []
  let meta: Meta | undefined
  let adjacent = false
  let textAdjacent = false
  const flush = (): void => {
    if (text.length > 0) chunks.push({ kind: 'text', text: text.join(' '), ...(textAdjacent ? { adjacent: true } : {}) })
    if (meta !== undefined) chunks.push(meta)
    text = []
    meta = undefined
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (line === '' || line === PARAGRAPH_BREAK) {
      flush()
      adjacent = line === PARAGRAPH_BREAK
      continue
    }
    if (text.length === 0) textAdjacent = adjacent
    adjacent = false
    const breadcrumb = chunks.length === 0 && text.length === 0 ? BREADCRUMB.exec(line) : null
    if (breadcrumb !== null) {
      const items: string[] = [breadcrumb[1] ?? '']
      while (lines[i + 1] !== undefined && lines[i + 1] !== '') items.push(lines[++i] ?? '')
      chunks.push({ kind: 'breadcrumb', items: items.flatMap((item) => item.split(BREADCRUMB_SEPARATOR)).filter((item) => item !== '') })
      continue
    }
    const found = metaOf(line, lines[i + 1] === '' || lines[i + 1] === PARAGRAPH_BREAK ? undefined : lines[i + 1])
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
    // A date line after a picture's credit is the article's date, not the picture's.
    if (chunk.kind === 'meta' && previous?.kind === 'meta' && (chunk.video || previous.video)) {
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
  // Text followed by a running time, availability or credit is a caption, never the headline.
  const isCaption = (i: number): boolean => {
    const next = rest[i + 1]
    return rest[i]?.kind === 'text' && next?.kind === 'meta' && (next.video || next.credit !== undefined)
  }
  const anyText = rest.findIndex((chunk) => chunk.kind === 'text')
  if (anyText === -1) throw new NotAnArticleError('no title line found')
  const firstText = rest.findIndex((chunk, i) => chunk.kind === 'text' && !isCaption(i))
  const first = rest[firstText === -1 ? anyText : firstText] as Chunk & { kind: 'text' }

  let kicker: string | null = null
  let title: string
  let titleIndex = -1
  let titleLines = 1
  if (firstText !== -1 && looksLikeTitle(first.text)) {
    ({ kicker, title } = splitTitle(first.text))
    titleIndex = firstText
    // A short line right above the headline, on a line of its own, is its kicker ("Hochwasser" / "Pegel steigt").
    const below = rest[firstText + 1]
    if (kicker === null && below?.kind === 'text' && below.adjacent === true && !isCaption(firstText + 1) && looksLikeTitle(below.text) && countWords(first.text) <= 8) {
      kicker = first.text
      title = below.text
      titleLines = 2
    }
  } else {
    // The scrape starts mid-page, with a picture's caption, or is a video's description alone: the first paragraph
    // (or the description) is body, and the headline has to come from it.
    title = titleFromText(first.text)
    warnings.push('no title found: title derived from the first sentence')
  }

  let publishedAt: string | null = null
  let byline: string | null = null
  let teaser: string | null = null
  const media: ParsedMedia[] = []
  const body: Array<{ heading: string } | Block> = []
  const items = rest.filter((_, i) => titleIndex === -1 || i < titleIndex || i >= titleIndex + titleLines)
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
      // The text right under the headline is its teaser even when the lead video's furniture runs into it.
      if (teaser === null && texts.length === 0 && body.length === 0 && media.length === 0 && titleIndex !== -1 && next.video) {
        teaser = chunk.text
        texts.push(chunk.text)
      }
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
    if (teaser === null && body.length === 0 && texts.length === 0 && titleIndex !== -1) {
      teaser = chunk.text
      texts.push(chunk.text)
      // A standfirst stands apart: a date, byline or picture follows it. Without such a break, the teaser is only
      // the first paragraph, and the body keeps it.
      const after = items[i + 1]
      const apart = after?.kind === 'meta' || (after?.kind === 'text' && items[i + 2]?.kind === 'meta' && ((items[i + 2] as Meta).video || (items[i + 2] as Meta).credit !== undefined))
      if (apart) continue
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

  // A video page: the description under the player is all the text there is, and so it is the body as well.
  if (!body.some((item) => 'type' in item)) {
    for (const item of media) if (item.type === 'video' && item.caption !== null) body.push({ type: 'paragraph', text: item.caption })
  }
  const sections = sectionsFrom(body)
  const last = sections.at(-1)?.blocks.at(-1)
  if (last?.type === 'paragraph' && !/[.!?…"“”»)]$/.test(last.text)) warnings.push('the text seems cut off mid-sentence')
  if (publishedAt === null) warnings.push('no publication date found')
  if (teaser === null) warnings.push('no teaser found')
  return { format: 'text', kicker, title, byline, teaser, language: 'de', breadcrumb, tags: [], publishedAt, canonicalUrl: null, sections, media, warnings }
}
