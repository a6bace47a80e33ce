// Reads IPTC ninjs documents, 3.x (camelCase), 2.x (lowercase) and 1.x (headline, body_text), into an article, so content syndicated
// out of one system comes back into another unchanged.
import type { CheerioAPI } from 'cheerio'
import type { Element } from 'domhandler'
import { loadMarkup, textOf } from './markup.js'
import { embeddedPostOf, embedOf, listOf, richTextOf, tableOf } from './rich-html.js'
import type { MediaType } from '../schemas/media.js'
import type { Block } from '../schemas/section.js'
import { cleanText, emptyMedia, headlineOrFirstSentence, isoInstant, sectionsFrom, type ParsedArticle, type ParsedMedia } from './parsed.js'

type Json = Record<string, unknown>

function objects (value: unknown): Json[] {
  if (Array.isArray(value)) return value.filter((v): v is Json => typeof v === 'object' && v !== null)
  // ninjs 2.x keeps associations and renditions in objects keyed by name.
  if (typeof value === 'object' && value !== null) return Object.values(value).filter((v): v is Json => typeof v === 'object' && v !== null)
  return []
}

/** The value of the entry with one of `roles` (in order of preference), else of the first entry without a role. */
function byRole (entries: Json[], roles: string[]): string | null {
  for (const role of roles) {
    const entry = entries.find((e) => cleanText(e.role)?.toLowerCase() === role)
    if (entry !== undefined) return cleanText(entry.value)
  }
  return cleanText(entries.find((e) => e.role === undefined)?.value ?? entries[0]?.value)
}

/** Whether a JSON document looks like ninjs: a uri plus a headline or body in either version's names. */
export function isNinjs (value: unknown): value is Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const doc = value as Json
  return typeof doc.uri === 'string' && ['headlines', 'headline', 'bodies', 'body_text', 'body_html'].some((key) => key in doc)
}

// What our own body_html writes and other systems' HTML commonly holds; elements inside these are read with them.
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, blockquote, ul, ol, table, figure'
const HOLDERS = 'blockquote, li, table, figure'

/**
 * The body_html as headings and blocks: h1/h2 start sections, h3–h6 are sub-headings, text keeps its marks, lists,
 * tables and embeds their shape. A figure naming a media item (`data-media-id`, as our export writes it) becomes a
 * media block `@id`, matched to the associations by parseNinjs.
 */
function blocksOfHtml (html: string): Array<{ heading: string } | Block> {
  const $ = loadMarkup(html)
  const items: Array<{ heading: string } | Block> = []
  $(BLOCKS).each((_, element) => {
    if ($(element).parents(HOLDERS).length > 0) return
    const name = element.tagName.toLowerCase()
    if (name === 'blockquote') {
      const post = embeddedPostOf($, element)
      if (post !== undefined) {
        if (post !== null) items.push(post)
        return
      }
      const attribution = cleanText(textOf($(element).find('footer, cite').first().toArray()))
      $(element).find('footer, cite').remove()
      const quoted = richTextOf(element, null)
      if (quoted !== null) items.push({ type: 'quote', ...quoted, attribution })
      return
    }
    if (name === 'ul' || name === 'ol') {
      const list = listOf($, element, null) ?? richList($, element)
      if (list !== null) items.push(list)
      return
    }
    if (name === 'table') {
      const table = tableOf($, element)
      if (table !== null) items.push(table)
      return
    }
    if (name === 'figure') {
      const figure = figureOf($, element)
      if (figure !== null) items.push(figure)
      return
    }
    if (/^h[12]$/.test(name)) {
      const heading = cleanText(textOf(element))
      if (heading !== null) items.push({ heading })
      return
    }
    const rich = richTextOf(element, null)
    if (rich === null) return
    if (/^h\d$/.test(name) && rich.text.length <= 300) items.push({ type: 'subheading', text: rich.text.replace(/\n/g, ' ') })
    else items.push({ type: 'paragraph', ...rich })
  })
  return items
}

/** A list whose items hold blocks of their own, read as items of plain text. */
function richList ($: CheerioAPI, element: Element): Block | null {
  const items = $(element).children('li').toArray().map((li) => cleanText(textOf(li))).filter((text): text is string => text !== null)
  return items.length === 0 ? null : { type: 'list', style: element.tagName.toLowerCase() === 'ol' ? 'ordered' : 'unordered', items: items.map((text) => ({ text })) }
}

function figureOf ($: CheerioAPI, element: Element): Block | null {
  const figure = $(element)
  const mediaId = cleanText(figure.attr('data-media-id'))
  if (mediaId !== null) {
    const alt = cleanText(figure.find('img').attr('alt'))
    return { type: 'media', mediaId: `@${mediaId}`, ...(alt === null ? {} : { alt }) }
  }
  // An embed as our export writes it (a link in a figure of class "embed"), or a player in a frame.
  const iframe = figure.find('iframe[src]').first()
  const link = figure.hasClass('embed') ? figure.find('a[href]').first() : figure.find('a[href]').slice(0, 0)
  if (iframe.length === 0 && link.length === 0) return null
  const url = iframe.attr('src') ?? link.attr('href')
  const text = cleanText(iframe.attr('title')) ?? cleanText(textOf(link.toArray()))
  return embedOf(url, text === url?.trim() ? null : text, figure.attr('data-provider'))
}

function blocksOfText (text: string): Array<{ heading: string } | Block> {
  return text.split(/\n\s*\n/).map(cleanText).filter((p): p is string => p !== null).map((p) => ({ type: 'paragraph', text: p }))
}

const MEDIA_TYPES: Record<string, MediaType> = { video: 'video', picture: 'image', graphic: 'image', image: 'image', audio: 'audio' }

function mediaOf (association: Json, role: 'lead' | 'inline'): ParsedMedia | undefined {
  const type = MEDIA_TYPES[cleanText(association.type) ?? '']
  if (type === undefined) return undefined
  const item = emptyMedia(type, role)
  item.title = byRole(objects(association.headlines), ['main']) ?? cleanText(association.headline) ?? cleanText(association.title)
  item.caption = byRole(objects(association.descriptions), ['caption', 'summary', 'alt']) ?? cleanText(association.description_text) ?? cleanText(association.body_text)
  item.credit = cleanText(association.by) ?? cleanText(association.byline) ?? cleanText(association.copyrightHolder) ?? cleanText(association.copyrightholder)
  item.copyright = cleanText(association.copyrightNotice) ?? cleanText(association.copyrightnotice)
  item.date = isoInstant(association.contentCreated ?? association.firstCreated ?? association.firstcreated)
  item.availableUntil = isoInstant(association.expires)
  for (const rendition of objects(association.renditions)) {
    const url = cleanText(rendition.href)
    if (url === null) continue
    const mimeType = cleanText(rendition.contentType) ?? cleanText(rendition.contenttype) ?? cleanText(rendition.mimetype) ?? (type === 'video' ? 'video/mp4' : 'image/jpeg')
    const width = typeof rendition.width === 'number' ? rendition.width : null
    const height = typeof rendition.height === 'number' ? rendition.height : null
    if (typeof rendition.duration === 'number' && item.durationSeconds === null) item.durationSeconds = Math.round(rendition.duration)
    const target = type !== 'image' && mimeType.startsWith('image/') ? item.thumbnails : item.renditions
    target.push({ url, mimeType, width, height })
  }
  return item
}

export function parseNinjs (doc: Json): ParsedArticle {
  const warnings: string[] = []
  const headlines = objects(doc.headlines)
  const kicker = headlines.length > 0 ? byRole(headlines.filter((h) => h.role !== undefined), ['kicker', 'overline', 'dachzeile', 'sub']) : null
  const mainHeadline = headlines.length > 0 ? byRole(headlines, ['main', 'headline']) : cleanText(doc.headline)
  const bodies = objects(doc.bodies)
  const main = bodies.find((b) => cleanText(b.role) === 'main' || b.role === undefined) ?? bodies[0]
  let items: Array<{ heading: string } | Block> = []
  if (main !== undefined) {
    const value = String(main.value ?? '')
    items = /html/i.test(cleanText(main.contentType) ?? cleanText(main.contenttype) ?? '') || /^\s*</.test(value) ? blocksOfHtml(value) : blocksOfText(value)
  } else if (typeof doc.body_html === 'string') {
    items = blocksOfHtml(doc.body_html)
  } else if (typeof doc.body_text === 'string') {
    items = blocksOfText(doc.body_text)
  }
  const title = headlineOrFirstSentence(mainHeadline, items, warnings, 'the ninjs document has no headline and no body')
  const media: ParsedMedia[] = []
  // Media blocks name associations by the last part of their uri (our export's media ids): as `#n` from here on.
  const placeholders = new Map<string, string>()
  const associations = objects(doc.associations)
  // Our export names associations `lead` and `inline-n`; without such names the first media item leads, as most systems order them.
  const named = associations.some((a) => /^(?:lead|inline-\d+)$/.test(cleanText(a.name) ?? ''))
  for (const association of associations) {
    const item = mediaOf(association, (named ? cleanText(association.name) === 'lead' : media.length === 0) ? 'lead' : 'inline')
    if (item === undefined) continue
    const key = cleanText(association.uri)?.split('/').at(-1)
    if (key !== undefined && !placeholders.has(key)) placeholders.set(key, `#${media.length}`)
    media.push(item)
  }
  items = items.flatMap((item): Array<{ heading: string } | Block> => {
    if (!('type' in item) || item.type !== 'media') return [item]
    const placeholder = placeholders.get(item.mediaId.slice(1))
    return placeholder === undefined ? [] : [{ ...item, mediaId: placeholder }]
  })
  const teaser = objects(doc.descriptions).length > 0 ? byRole(objects(doc.descriptions), ['summary', 'teaser', 'lead', 'abstract']) : cleanText(doc.description_text)
  const subjects = [...objects(doc.subjects), ...objects(doc.subject)]
  const tags = subjects.filter((s) => s.rel !== 'category').map((s) => cleanText(s.name)).filter((n): n is string => n !== null)
  const breadcrumb = subjects.filter((s) => s.rel === 'category').map((s) => cleanText(s.name)).filter((n): n is string => n !== null)
  const publishedAt = isoInstant(doc.contentCreated ?? doc.contentcreated ?? doc.firstCreated ?? doc.firstcreated ?? doc.versionCreated ?? doc.versioncreated)
  if (publishedAt === null) warnings.push('no publication date found')
  return {
    format: 'ninjs',
    kicker,
    title,
    byline: cleanText(doc.by) ?? cleanText(doc.byline),
    teaser,
    language: (cleanText(doc.language) ?? 'de').toLowerCase(),
    breadcrumb,
    tags,
    publishedAt,
    canonicalUrl: cleanText(doc.uri),
    sections: sectionsFrom(items),
    media,
    warnings
  }
}
