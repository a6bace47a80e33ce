// Parses an HTML article page with a real HTML parser: structured data (JSON-LD, OpenGraph, <time>) first,
// then the document's headings, paragraphs with their links and emphasis, lists, quotes, tables, embeds and figures
// (placed where they stand, with their alt text); navigation, sharing, consent and scripts are dropped.
import type { CheerioAPI } from 'cheerio'
import { isTag, type AnyNode, type Element } from 'domhandler'
import { inlineText, tidyInline } from '../lib/rich-text.js'
import type { Block } from '../schemas/section.js'
import { isInside, loadMarkup, textOf } from './markup.js'
import { embeddedPostOf, embedOf, listOf, richTextOf, tableOf, type RichText } from './rich-html.js'
import { cleanText, emptyMedia, headlineOrFirstSentence, isoInstant, sectionsFrom, type ParsedArticle, type ParsedMedia } from './parsed.js'

type Json = Record<string, unknown>

// Page furniture, not article: removed before the body is read.
// Iframes stay: an embedded player or post is content, read as an embed block.
const DROP = 'script, style, noscript, template, nav, header, footer, aside, form, svg, button, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]'
const DROP_BY_NAME = /\b(share|sharing|social|cookie|consent|bookmark|merken|rating|bewert|newsletter|comment|kommentar|related|empfehlung|teaser-?list|advert|ad-|werbung|paywall|breadcrumb|player-?controls|subscribe|abo)\b/i
const KICKER = /\b(kicker|dachzeile|overline|topline|roofline|eyebrow)\b/i

/** ISO 8601 durations as schema.org uses them: PT1M30S → 90. */
function isoDurationSeconds (value: unknown): number | null {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(cleanText(value) ?? '')
  if (match === null || match[0] === 'P') return null
  const [, d, h, m, s] = match
  return Number(d ?? 0) * 86400 + Number(h ?? 0) * 3600 + Number(m ?? 0) * 60 + Math.round(Number(s ?? 0))
}

function nameOf (value: unknown): string | null {
  if (Array.isArray(value)) return value.map(nameOf).filter((n): n is string => n !== null).join(', ') || null
  if (typeof value === 'object' && value !== null) return cleanText((value as Json).name)
  return cleanText(value)
}

function typesOf (node: Json): string[] {
  return [node['@type']].flat().filter((t): t is string => typeof t === 'string')
}

/** Every JSON-LD object on the page, @graph members included; broken blocks are skipped. */
function jsonLd ($: CheerioAPI): Json[] {
  const nodes: Json[] = []
  $('script[type="application/ld+json"]').each((_, element) => {
    try {
      const parsed: unknown = JSON.parse(textOf(element))
      for (const item of [parsed].flat()) {
        if (typeof item !== 'object' || item === null) continue
        nodes.push(item as Json)
        const graph = (item as Json)['@graph']
        if (Array.isArray(graph)) nodes.push(...graph.filter((g): g is Json => typeof g === 'object' && g !== null))
      }
    } catch {
      // A page's broken structured data is no reason to refuse the page.
    }
  })
  return nodes
}

function videoFrom (node: Json, role: 'lead' | 'inline'): ParsedMedia {
  const item = emptyMedia('video', role)
  item.title = cleanText(node.name)
  item.caption = cleanText(node.description)
  item.durationSeconds = isoDurationSeconds(node.duration)
  item.date = isoInstant(node.uploadDate)
  item.availableUntil = isoInstant(node.expires)
  const url = cleanText(node.contentUrl)
  if (url !== null) item.renditions.push({ url, mimeType: cleanText(node.encodingFormat) ?? 'video/mp4', width: null, height: null })
  const thumbnail = cleanText([node.thumbnailUrl].flat()[0])
  if (thumbnail !== null) item.thumbnails.push({ url: thumbnail, mimeType: 'image/jpeg', width: null, height: null })
  return item
}

/** Quoted words without the quotation marks around them, in the plain text and in its first and last span. */
function quoteOf (rich: RichText | null): RichText | null {
  if (rich === null) return null
  const OPENING = /^[„"»«‚“]\s*/
  const CLOSING = /\s*[“”"«»‘]$/
  const text = rich.text.replace(OPENING, '').replace(CLOSING, '')
  if (text === '') return null
  if (rich.content === undefined) return { text }
  const content = [...rich.content]
  const first = content[0]
  if (first?.type === 'text' && OPENING.test(first.text)) content[0] = { ...first, text: first.text.replace(OPENING, '') }
  const last = content.at(-1)
  if (last?.type === 'text' && CLOSING.test(last.text)) content[content.length - 1] = { ...last, text: last.text.replace(CLOSING, '') }
  const tidy = tidyInline(content)
  return tidy === undefined || inlineText(tidy) !== text ? { text } : { text, content: tidy }
}

export function parseHtml (html: string): ParsedArticle {
  const $ = loadMarkup(html)
  const warnings: string[] = []
  const ld = jsonLd($)
  const article = ld.find((node) => typesOf(node).some((t) => /(?:^|\b)(?:News|Reportage|Analysis|Opinion|Report)?Article$|^BlogPosting$/.test(t)))
  const crumbs = ld.find((node) => typesOf(node).includes('BreadcrumbList'))
  const meta = (property: string): string | null => cleanText($(`meta[property="${property}"]`).attr('content') ?? $(`meta[name="${property}"]`).attr('content'))

  const canonicalUrl = cleanText($('link[rel=canonical]').attr('href')) ?? meta('og:url') ?? cleanText(article?.url) ?? cleanText((article?.mainEntityOfPage as Json | undefined)?.['@id'] ?? article?.mainEntityOfPage)
  const language = (cleanText($('html').attr('lang')) ?? cleanText(article?.inLanguage) ?? meta('og:locale')?.replace('_', '-') ?? 'de').toLowerCase().split('-')[0] ?? 'de'

  // Structured data first: the page's own statement of what it is.
  const root = $('article').first().length > 0 ? $('article').first() : $('main').first().length > 0 ? $('main').first() : $('body')
  // cheerio's find() compares each child of the element it starts from with all the others, which takes minutes on a
  // page of a hundred thousand siblings; selecting in the document and keeping what lies inside the root does not.
  const rootElement = root.get(0)
  const within = (selector: string) => $(selector).filter((_, el): el is Element => isTag(el) && rootElement !== undefined && isInside(el, rootElement))
  const kickerElement = within('*').filter((_, el) => KICKER.test(`${$(el).attr('class') ?? ''} ${$(el).attr('id') ?? ''}`)).first()
  let kicker = cleanText(textOf(kickerElement.toArray()))
  const h1 = within('h1').first().length > 0 ? within('h1').first() : $('h1').first()
  if (kicker !== null && h1.find(kickerElement).length > 0) h1.find(kickerElement).remove()
  const title = cleanText(article?.headline) ?? cleanText(textOf(h1.toArray())) ?? meta('og:title') ?? cleanText(textOf($('title').toArray()))
  const teaser = cleanText(article?.description) ?? meta('og:description') ?? meta('description')
  const byline = nameOf(article?.author) ?? cleanText(textOf(within('[rel=author], .author, .byline, [itemprop=author]').first().toArray()))
  const publishedAt = isoInstant(article?.datePublished) ?? isoInstant(meta('article:published_time')) ?? isoInstant(within('time[datetime]').first().attr('datetime') ?? $('time[datetime]').first().attr('datetime'))
  const breadcrumb = Array.isArray(crumbs?.itemListElement)
    ? (crumbs.itemListElement as Json[]).map((item) => nameOf(item) ?? nameOf(item.item)).filter((n): n is string => n !== null && !n.includes('/'))
    : [cleanText(article?.articleSection)].filter((n): n is string => n !== null)
  const keywords = article?.keywords
  const tags = (Array.isArray(keywords) ? keywords : typeof keywords === 'string' ? keywords.split(',') : [])
    .map(cleanText).filter((k): k is string => k !== null)

  const media: ParsedMedia[] = []
  for (const node of ld.filter((n) => typesOf(n).includes('VideoObject')).concat([article?.video].flat().filter((v): v is Json => typeof v === 'object' && v !== null))) {
    if (!media.some((m) => m.title === cleanText(node.name) && m.durationSeconds === isoDurationSeconds(node.duration))) media.push(videoFrom(node, media.length === 0 ? 'lead' : 'inline'))
  }

  // Then the document: what is left of the article element once the page furniture and the byline are gone.
  within(DROP).remove()
  within('[rel=author], .author, .byline, [itemprop=author]').remove()
  within('*').filter((_, el) => DROP_BY_NAME.test(`${$(el).attr('class') ?? ''} ${$(el).attr('id') ?? ''}`)).remove()
  if (kicker !== null) kickerElement.remove()
  const body: Array<{ heading: string } | Block> = []
  // Walked with a stack of pending nodes rather than by recursion, in document order; containers only pass on their
  // children, so no text is read more than once.
  const pending: AnyNode[] = root.children().toArray().reverse()
  const CONTAINERS = new Set(['div', 'section', 'ul', 'ol', 'li', 'span', 'main', 'article', 'dl'])
  while (pending.length > 0) {
    const node = pending.pop() as AnyNode
    if (node.type !== 'tag') continue
    const element = node as Element
    const name = element.tagName.toLowerCase()
    if (name === 'h1') continue
    if (name === 'ul' || name === 'ol') {
      const list = listOf($, element, canonicalUrl)
      if (list === null) continue
      if (list !== undefined) {
        body.push(list)
        continue
      }
    }
    if (CONTAINERS.has(name) && !(name === 'li' && $(element).children('p, div, ul, ol').length === 0)) {
      for (let i = element.children.length - 1; i >= 0; i--) pending.push(element.children[i] as AnyNode)
      continue
    }
    if (name === 'iframe') {
      // A hidden or pixel-sized frame is tracking, not content.
      const { width, height, hidden, style } = element.attribs
      if (hidden !== undefined || /^[01](?:px)?$/.test(width ?? '') || /^[01](?:px)?$/.test(height ?? '') || /display:\s*none|visibility:\s*hidden/i.test(style ?? '')) continue
      const embed = embedOf(element.attribs.src, cleanText(element.attribs.title))
      if (embed !== null) body.push(embed)
      continue
    }
    const content = cleanText(textOf(element))
    if (content === null && name !== 'figure' && name !== 'video') continue
    if (/^h[2-6]$/.test(name)) {
      body.push({ heading: content ?? '' })
    } else if (name === 'p') {
      const rich = richTextOf(element, canonicalUrl)
      if (rich !== null && content !== teaser) body.push({ type: 'paragraph', ...rich })
    } else if (name === 'blockquote') {
      const post = embeddedPostOf($, element)
      if (post !== undefined) {
        if (post !== null) body.push(post)
        continue
      }
      const cite = $(element).find('cite, footer, figcaption').first()
      const attribution = cleanText(textOf(cite.toArray()))?.replace(/^[-–—]\s*/, '') ?? null
      cite.remove()
      const quoted = quoteOf(richTextOf(element, canonicalUrl))
      if (quoted !== null) body.push({ type: 'quote', ...quoted, attribution })
    } else if (name === 'table') {
      const table = tableOf($, element)
      if (table !== null) body.push(table)
    } else if (name === 'figure' && $(element).find('iframe[src]').length > 0) {
      const iframe = $(element).find('iframe[src]').first()
      const embed = embedOf(iframe.attr('src'), cleanText(iframe.attr('title')) ?? cleanText(textOf($(element).find('figcaption').toArray())))
      if (embed !== null) body.push(embed)
    } else if (name === 'figure' || name === 'video') {
      const caption = $(element).find('figcaption').first()
      const credit = cleanText(textOf(caption.find('.credit, .copyright, small, cite').first().toArray()))
      caption.find('.credit, .copyright, small, cite').remove()
      const isVideo = name === 'video' || $(element).find('video').length > 0
      const item = emptyMedia(isVideo ? 'video' : 'image', media.length === 0 && body.length === 0 ? 'lead' : 'inline')
      item.caption = cleanText(textOf(caption.toArray())) ?? cleanText($(element).find('img').attr('alt'))
      item.credit = credit
      const src = cleanText($(element).find('img').attr('src') ?? $(element).find('video source, video').attr('src') ?? $(element).attr('src'))
      if (src !== null && /^https?:\/\//.test(src)) {
        const width = Number($(element).find('img').attr('width'))
        const height = Number($(element).find('img').attr('height'))
        item.renditions.push({ url: src, mimeType: isVideo ? 'video/mp4' : /\.png$/i.test(src) ? 'image/png' : 'image/jpeg', width: width > 0 ? width : null, height: height > 0 ? height : null })
      }
      if (isVideo && media.some((m) => m.type === 'video' && m.caption === item.caption)) continue
      media.push(item)
      // Inline media stay where they stood (the importer gives the block the item's id); the lead is shown above the body.
      const alt = cleanText($(element).find('img').attr('alt'))
      if (item.role === 'inline') body.push({ type: 'media', mediaId: `#${media.length - 1}`, ...(alt === null ? {} : { alt }) })
    } else if (name === 'li') {
      const rich = richTextOf(element, canonicalUrl)
      if (rich !== null) body.push({ type: 'paragraph', ...rich })
    }
  }

  // No paragraphs in the markup: a JSON-LD articleBody is the body.
  if (!body.some((item) => 'type' in item) && cleanText(article?.articleBody) !== null) {
    for (const paragraph of String(article?.articleBody).split(/\n\s*\n/)) {
      const content = cleanText(paragraph)
      if (content !== null) body.push({ type: 'paragraph', text: content })
    }
  }
  const headline = headlineOrFirstSentence(title, body, warnings, 'no title and no body found in the HTML')
  const sections = sectionsFrom(body)
  if (kicker === null && article !== undefined && cleanText(article.alternativeHeadline) !== null) kicker = cleanText(article.alternativeHeadline)
  if (publishedAt === null) warnings.push('no publication date found')
  if (teaser === null) warnings.push('no teaser found')
  if (article === undefined) warnings.push('no JSON-LD article data: read from the markup')
  return { format: 'html', kicker, title: headline, byline, teaser, language, breadcrumb, tags, publishedAt, canonicalUrl, sections, media, warnings }
}
