// What the search index holds for an article, and how its snippets become safe HTML with a section position.
import { blockTexts } from '../lib/rich-text.js'
import type { Block } from '../schemas/section.js'

export interface SearchDocument {
  title: string
  kicker: string
  teaser: string
  caption: string
  /**
   * Sections' headings and the plain text of their blocks (never a link's URL or markup); sections separated by a blank
   * line, so a match's section can be found.
   */
  body: string
}

export const SECTION_SEPARATOR = '\n\n'

function oneLine (text: string): string {
  return text.replace(/\s*\n\s*/g, ' ')
}

export function searchDocument (article: {
  title: string
  kicker: string | null
  teaser: string | null
  sections: Array<{ heading: string | null, blocks: Block[] }>
  captions: Array<string | null>
}): SearchDocument {
  const sectionTexts = article.sections.map((section) => [
    section.heading,
    ...section.blocks.flatMap(blockTexts)
  ].filter((text): text is string => text !== null).map(oneLine).join('\n'))
  return {
    title: oneLine(article.title),
    kicker: oneLine(article.kicker ?? ''),
    teaser: oneLine(article.teaser ?? ''),
    caption: article.captions.filter((c): c is string => c !== null).map(oneLine).join('\n'),
    body: sectionTexts.join(SECTION_SEPARATOR)
  }
}

// snippet() marks matches and cut-offs with private-use characters, replaced after the text is escaped.
export const MARK_OPEN = '\ue000'
export const MARK_CLOSE = '\ue001'
export const ELLIPSIS = '\ue002'

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** The snippet as HTML: the article's text escaped, matches in <mark>…</mark>. */
export function snippetHtml (raw: string): string {
  return raw
    .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string)
    .replaceAll(MARK_OPEN, '<mark>')
    .replaceAll(MARK_CLOSE, '</mark>')
    .replaceAll(ELLIPSIS, '…')
    .replace(/\n+/g, ' ')
}

/** The 1-based position of the section a body snippet came from, or null when it cannot be placed. */
export function sectionOfSnippet (body: string, raw: string): number | null {
  const plain = raw.replaceAll(MARK_OPEN, '').replaceAll(MARK_CLOSE, '').replaceAll(ELLIPSIS, '')
  const firstMark = raw.indexOf(MARK_OPEN)
  // Place the first match, not the start of the snippet, which may lie in the section before.
  const before = raw.slice(0, Math.max(firstMark, 0)).replaceAll(MARK_CLOSE, '').replaceAll(ELLIPSIS, '')
  const start = body.indexOf(plain)
  if (start < 0) return null
  return body.slice(0, start + before.length).split(SECTION_SEPARATOR).length
}
