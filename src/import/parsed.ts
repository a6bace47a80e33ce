// What every importer produces: an article as a page gave it, before it is stored.
import { normalizeSpace } from '../lib/text.js'
import { isWebUrl } from '../lib/web-url.js'
import type { MediaRole, MediaType, Rendition, Thumbnail } from '../schemas/media.js'
import type { ImportResult } from '../schemas/import.js'
import type { Block } from '../schemas/section.js'

/** How a document was read; the import result reports it. */
export type ImportFormat = ImportResult['format']

export interface ParsedMedia {
  type: MediaType
  role: MediaRole
  title: string | null
  caption: string | null
  credit: string | null
  copyright: string | null
  durationSeconds: number | null
  date: string | null
  availableFrom: string | null
  availableUntil: string | null
  renditions: Rendition[]
  thumbnails: Thumbnail[]
}

export interface ParsedSection {
  heading: string | null
  /** Media blocks name their item as `#n`, the n-th of `media`: the importer gives it its id. */
  blocks: Block[]
}

export interface ParsedArticle {
  format: ImportFormat
  kicker: string | null
  title: string
  byline: string | null
  teaser: string | null
  language: string
  breadcrumb: string[]
  tags: string[]
  publishedAt: string | null
  /** The page's own address, when it names one: the import's identity across re-imports. */
  canonicalUrl: string | null
  sections: ParsedSection[]
  /** Lead media first. */
  media: ParsedMedia[]
  /** What the page did not say and the parser had to guess or leave out, for the person running the import. */
  warnings: string[]
}

/** The input cannot be made into an article; the message says why. */
export class NotAnArticleError extends Error {
  override name = 'NotAnArticleError'
}

export function emptyMedia (type: MediaType, role: MediaRole): ParsedMedia {
  return {
    type,
    role,
    title: null,
    caption: null,
    credit: null,
    copyright: null,
    durationSeconds: null,
    date: null,
    availableFrom: null,
    availableUntil: null,
    renditions: [],
    thumbnails: []
  }
}

/**
 * The article with only its media files at http(s) URLs: a page's `javascript:`, `data:` or relative URL is left
 * out (the API shows no other kind) and named in a warning.
 */
export function withWebUrlsOnly (parsed: ParsedArticle): ParsedArticle {
  const warnings = [...parsed.warnings]
  const keep = (file: { url: string }): boolean => {
    if (isWebUrl(file.url)) return true
    warnings.push(`media file left out: '${file.url.slice(0, 100)}' is not an http or https URL`)
    return false
  }
  const media = parsed.media.map((item) => ({ ...item, renditions: item.renditions.filter(keep), thumbnails: item.thumbnails.filter(keep) }))
  return { ...parsed, media, warnings }
}

/** Sections from a run of headings and blocks; refuses a body with no text. */
export function sectionsFrom (items: Array<{ heading: string } | Block>): ParsedSection[] {
  const sections: ParsedSection[] = []
  let current: ParsedSection = { heading: null, blocks: [] }
  for (const item of items) {
    if ('heading' in item) {
      if (current.blocks.length > 0 || current.heading !== null) sections.push(current)
      current = { heading: item.heading, blocks: [] }
    } else {
      current.blocks.push(item)
    }
  }
  if (current.blocks.length > 0) sections.push(current)
  if (!sections.some((section) => section.blocks.some((block) => block.type !== 'media'))) {
    throw new NotAnArticleError('no body paragraphs found after the title')
  }
  return sections
}

/** A headline made from the first sentence of a page that has none. */
export function titleFromText (text: string): string {
  const sentence = /^(.+?[.!?])(?:\s|$)/u.exec(text)?.[1] ?? text
  if (sentence.length <= 120) return sentence.replace(/[.!?]$/, '')
  const cut = sentence.slice(0, 121)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60)).trim()} …`
}

/** A string value from structured data, whitespace normalised; null for anything else or nothing. */
export function cleanText (value: unknown): string | null {
  if (typeof value !== 'string') return null
  const cleaned = normalizeSpace(value)
  return cleaned === '' ? null : cleaned
}

/** A timestamp from structured data as ISO 8601 UTC; null when it is none. */
export function isoInstant (value: unknown): string | null {
  const raw = cleanText(value)
  const date = raw === null ? null : new Date(raw)
  return date === null || Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** The document's headline, or else one made from its first paragraph, with a warning; neither is not an article. */
export function headlineOrFirstSentence (headline: string | null, body: Array<{ heading: string } | Block>, warnings: string[], nothing: string): string {
  if (headline !== null) return headline
  const first = body.find((item): item is Block & { type: 'paragraph' } => 'type' in item && item.type === 'paragraph')
  if (first === undefined) throw new NotAnArticleError(nothing)
  warnings.push('no title found: title derived from the first sentence')
  return titleFromText(first.text)
}
