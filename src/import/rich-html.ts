// Reads the rich parts of imported HTML into typed blocks: marked-up text (emphasis, strong, links, line breaks), lists,
// tables and embeds. Trees are walked with a stack, never by recursion, so deep markup cannot overflow it.
import type { CheerioAPI } from 'cheerio'
import { isTag, type AnyNode, type Element } from 'domhandler'
import { inlineText, tidyInline } from '../lib/rich-text.js'
import { isLinkUrl, isWebUrl } from '../lib/web-url.js'
import type { Inline, Mark } from '../schemas/rich-text.js'
import type { Block, EmbedBlock, ListBlock, TableBlock } from '../schemas/section.js'
import { textOf } from './markup.js'
import { cleanText } from './parsed.js'

/** Plain text, and its rich version when it has marks or line breaks. */
export interface RichText {
  text: string
  content?: Inline[]
}

const STYLE_MARKS: Record<string, Mark> = { em: { type: 'emphasis' }, i: { type: 'emphasis' }, strong: { type: 'strong' }, b: { type: 'strong' } }
const WHITESPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g

/** An href as a link may keep it: absolute http(s) or mailto as written, a relative one resolved against `base`; else undefined. */
export function linkHref (href: string | undefined, base: string | null): string | undefined {
  const raw = href?.trim()
  if (raw === undefined || raw === '') return undefined
  if (isLinkUrl(raw)) return raw
  if (base === null || /^[a-z][a-z0-9+.-]*:/i.test(raw)) return undefined
  try {
    const resolved = new URL(raw, base).href
    return isWebUrl(resolved) ? resolved : undefined
  } catch {
    return undefined
  }
}

function markOf (element: Element, base: string | null): Mark | undefined {
  const name = element.tagName.toLowerCase()
  if (name !== 'a') return STYLE_MARKS[name]
  const href = linkHref(element.attribs.href, base)
  return href === undefined ? undefined : { type: 'link', href }
}

/**
 * The text of `nodes` with its marks. Text without marks or breaks is exactly what the plain importers read
 * (cleanText of the text), so plain pages import as they always did; marked text has its whitespace collapsed as a
 * browser shows it. Null when there is no text.
 */
export function richTextOf (nodes: AnyNode | AnyNode[], base: string | null): RichText | null {
  const raw: Inline[] = []
  const stack: Array<{ node: AnyNode, marks: Mark[] }> = [nodes].flat().reverse().map((node) => ({ node, marks: [] }))
  while (stack.length > 0) {
    const { node, marks } = stack.pop() as { node: AnyNode, marks: Mark[] }
    if (node.type === 'text') {
      raw.push(marks.length === 0 ? { type: 'text', text: node.data } : { type: 'text', text: node.data, marks })
      continue
    }
    if (!isTag(node)) continue
    if (node.tagName.toLowerCase() === 'br') {
      raw.push({ type: 'break' })
      continue
    }
    const mark = markOf(node, base)
    const inner = mark === undefined || marks.some((m) => JSON.stringify(m) === JSON.stringify(mark)) ? marks : [...marks, mark]
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as AnyNode, marks: inner })
  }
  if (!raw.some((node) => node.type === 'break' || node.marks !== undefined)) {
    const text = cleanText(textOf(nodes))
    return text === null ? null : { text }
  }
  const content = tidyInline(collapse(raw)) ?? []
  const text = inlineText(content)
  if (text.trim() === '') return null
  // Marks on nothing but whitespace leave plain text behind; more spans than a write accepts keep the words alone.
  return content.length <= 2000 && content.some((node) => node.type === 'break' || node.marks !== undefined) ? { text, content } : { text }
}

/** Whitespace as a browser renders it: runs as one space, none at the ends of a line. */
function collapse (raw: Inline[]): Inline[] {
  const out: Inline[] = []
  let afterSpace = true
  const trimEnd = (): void => {
    const last = out.at(-1)
    if (last?.type !== 'text') return
    const text = last.text.replace(/ $/, '')
    if (text === '') out.pop()
    else out[out.length - 1] = { ...last, text }
  }
  for (const node of raw) {
    if (node.type === 'break') {
      trimEnd()
      if (out.length > 0) out.push(node)
      afterSpace = true
      continue
    }
    let text = node.text.replace(WHITESPACE, ' ')
    if (afterSpace) text = text.replace(/^ /, '')
    if (text === '') continue
    afterSpace = text.endsWith(' ')
    out.push({ ...node, text })
  }
  trimEnd()
  while (out.at(-1)?.type === 'break') out.pop()
  return out
}

/** A list element whose items hold only text: a list block (null when it has no text); undefined for lists of blocks. */
export function listOf ($: CheerioAPI, element: Element, base: string | null): ListBlock | null | undefined {
  const items = $(element).children('li')
  if (items.toArray().some((li) => $(li).find('p, div, ul, ol, table, figure, blockquote').length > 0)) return undefined
  // Within what a write accepts, so an editor can save the imported article as it is.
  const texts = items.toArray().map((li) => richTextOf(li, base)).filter((item): item is RichText => item !== null && item.text.length <= 5000).slice(0, 500)
  if (texts.length === 0) return null
  return { type: 'list', style: element.tagName.toLowerCase() === 'ol' ? 'ordered' : 'unordered', items: texts }
}

/** A table as rows of plain-text cells; its first row is the header when it is all <th> or in <thead>. Null when empty. */
export function tableOf ($: CheerioAPI, element: Element): TableBlock | null {
  const rows = $(element).find('tr').toArray().filter((tr) => $(tr).closest('table').get(0) === element)
  const cells = rows.map((tr) => $(tr).children('th, td').toArray())
  const first = rows[0]
  const headed = first !== undefined && ($(first).parent('thead').length > 0 || (cells[0]?.length !== 0 && cells[0]?.every((cell) => cell.tagName.toLowerCase() === 'th') === true))
  const text = (cell: Element): string => (cleanText(textOf(cell)) ?? '').slice(0, 1000)
  const header = headed ? (cells[0] ?? []).map(text).slice(0, 20) : []
  const body = (headed ? cells.slice(1) : cells).map((row) => row.map(text).slice(0, 20)).filter((row) => row.some((cell) => cell !== '')).slice(0, 200)
  if (body.length === 0) return null
  return { type: 'table', caption: cleanText(textOf($(element).children('caption').toArray()))?.slice(0, 300) ?? null, header, rows: body }
}

const PROVIDERS: Array<[RegExp, string]> = [
  [/(?:^|\.)(?:youtube(?:-nocookie)?\.com|youtu\.be)$/, 'YouTube'],
  [/(?:^|\.)twitter\.com$/, 'Twitter'],
  [/(?:^|\.)x\.com$/, 'X'],
  [/(?:^|\.)instagram\.com$/, 'Instagram'],
  [/(?:^|\.)vimeo\.com$/, 'Vimeo'],
  [/(?:^|\.)facebook\.com$/, 'Facebook'],
  [/(?:^|\.)tiktok\.com$/, 'TikTok'],
  [/(?:^|\.)bsky\.app$/, 'Bluesky'],
  [/(?:^|\.)datawrapper\.dwcdn\.net$/, 'Datawrapper']
]

/** Who hosts a URL, by the names readers know (YouTube, Instagram), else its host name. */
export function providerOf (url: string): string {
  const host = new URL(url).hostname.toLowerCase().replace(/^www\./, '')
  return PROVIDERS.find(([pattern]) => pattern.test(host))?.[1] ?? host
}

/** An embed of `url` when it is an http(s) URL; the title shortened to what the schema keeps. */
export function embedOf (url: string | undefined, title: string | null, provider?: string | null): EmbedBlock | null {
  const clean = url?.trim()
  if (clean === undefined || !isWebUrl(clean)) return null
  const name = cleanText(provider ?? undefined) ?? providerOf(clean)
  return { type: 'embed', provider: name.slice(0, 100), url: clean, title: title === null ? null : title.length > 300 ? `${title.slice(0, 299)}…` : title }
}

/** Embedded posts as platforms' embed codes write them: a blockquote with the platform's class and a link to the post. */
export function embeddedPostOf ($: CheerioAPI, element: Element): Block | null | undefined {
  if (!/\b(twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|fb-xfbml-parse-ignore)\b/.test($(element).attr('class') ?? '')) return undefined
  const links = $(element).find('a[href]').toArray().map((a) => a.attribs.href?.trim() ?? '').filter(isWebUrl)
  const url = $(element).attr('cite') ?? $(element).attr('data-instgrm-permalink') ?? links.at(-1)
  return embedOf(url, cleanText(textOf($(element).find('p').first().toArray())))
}
