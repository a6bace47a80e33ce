// The body as simple, safe HTML for ninjs body_html and feed content: every text escaped, only http(s) and mailto links,
// media where they stand; what our importer reads back into the same blocks.
import { isLinkUrl, isWebUrl } from '../lib/web-url.js'
import type { Inline, Mark } from '../schemas/rich-text.js'
import type { Block, Section } from '../schemas/section.js'

/** What the body needs of the article's media to place them: the media the reader may see. */
export interface BodyMedia {
  id: string
  type: string
  caption: string | null
  renditions: Array<{ url: string }>
  thumbnails: Array<{ url: string }>
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

export function escapeHtml (text: string): string {
  return text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c] as string)
}

function open (mark: Mark): [string, string] {
  switch (mark.type) {
    case 'emphasis':
      return ['<em>', '</em>']
    case 'strong':
      return ['<strong>', '</strong>']
    case 'link':
      // Stored links were checked on the way in; checking again keeps a script URL out whatever the way in was.
      return isLinkUrl(mark.href) ? [`<a href="${escapeHtml(mark.href)}">`, '</a>'] : ['', '']
    case 'articleLink':
      // Without href the linked article is not public: its words stay, the link goes.
      return mark.href !== undefined && isWebUrl(mark.href) ? [`<a href="${escapeHtml(mark.href)}">`, '</a>'] : ['', '']
  }
}

/** Inline nodes as HTML: marks nested outermost first, line breaks as <br>. */
export function inlineHtml (content: readonly Inline[]): string {
  return content.map((node) => {
    if (node.type === 'break') return '<br>'
    const tags = (node.marks ?? []).map(open)
    return tags.map(([start]) => start).join('') + escapeHtml(node.text) + tags.map(([, end]) => end).reverse().join('')
  }).join('')
}

function richOrPlain (holder: { text: string, content?: Inline[] }): string {
  return holder.content === undefined ? escapeHtml(holder.text) : inlineHtml(holder.content)
}

function mediaHtml (block: Block & { type: 'media' }, media: readonly BodyMedia[]): string {
  const item = media.find((m) => m.id === block.mediaId)
  // Media the reader may not see (or withheld from this output) leave no trace in the body.
  if (item === undefined) return ''
  const still = item.type === 'image' ? item.renditions[0]?.url ?? item.thumbnails[0]?.url : item.thumbnails[0]?.url
  const image = still === undefined || !isWebUrl(still) ? '' : `<img src="${escapeHtml(still)}" alt="${escapeHtml(block.alt ?? '')}">`
  const caption = item.caption === null ? '' : `<figcaption>${escapeHtml(item.caption)}</figcaption>`
  return `<figure data-media-id="${escapeHtml(item.id)}">${image}${caption}</figure>`
}

export function blockHtml (block: Block, media: readonly BodyMedia[]): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${richOrPlain(block)}</p>`
    case 'quote':
      return `<blockquote><p>${richOrPlain(block)}</p>${block.attribution === null ? '' : `<footer>${escapeHtml(block.attribution)}</footer>`}</blockquote>`
    case 'subheading':
      return `<h3>${escapeHtml(block.text)}</h3>`
    case 'list': {
      const tag = block.style === 'ordered' ? 'ol' : 'ul'
      return `<${tag}>${block.items.map((item) => `<li>${richOrPlain(item)}</li>`).join('')}</${tag}>`
    }
    case 'embed': {
      if (!isWebUrl(block.url)) return ''
      const url = escapeHtml(block.url)
      return `<figure class="embed" data-provider="${escapeHtml(block.provider)}"><a href="${url}">${escapeHtml(block.title ?? block.url)}</a></figure>`
    }
    case 'table': {
      const row = (cells: string[], tag: string): string => `<tr>${cells.map((cell) => `<${tag}>${escapeHtml(cell)}</${tag}>`).join('')}</tr>`
      return '<table>' +
        (block.caption === null ? '' : `<caption>${escapeHtml(block.caption)}</caption>`) +
        (block.header.length === 0 ? '' : `<thead>${row(block.header, 'th')}</thead>`) +
        `<tbody>${block.rows.map((cells) => row(cells, 'td')).join('')}</tbody></table>`
    }
    case 'media':
      return mediaHtml(block, media)
  }
}

/** The body as HTML: sub-headings, paragraphs with their marks, quotes, lists, tables, embeds as links, media where they stand. */
export function bodyHtml (article: { sections: Section[], media: readonly BodyMedia[] }): string {
  return article.sections.map((section) => [
    section.heading === null ? '' : `<h2>${escapeHtml(section.heading)}</h2>`,
    ...section.blocks.map((block) => blockHtml(block, article.media))
  ].join('')).join('')
}
