// The rules a rich body must keep beyond its schema: rich content says the same words as its plain text, links lead
// only to http(s) or mailto URLs, and what the server resolves on reads (article links' hrefs) is never stored.
import type { InvalidParam } from '../errors.js'
import { everyInline, inlineText, mapInline } from '../lib/rich-text.js'
import { isLinkUrl, isWebUrl, LINK_URL_MESSAGE, WEB_URL_MESSAGE } from '../lib/web-url.js'
import type { Inline } from '../schemas/rich-text.js'
import type { Block } from '../schemas/section.js'

type Sections = ReadonlyArray<{ blocks: Block[] }>

function shorten (text: string): string {
  return JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…` : text)
}

/**
 * Every broken rule of the body's rich text, each with its pointer. Text is text: markup in it is neither refused nor
 * interpreted, and every HTML output escapes it, so `<script>` in a span is shown as those characters.
 */
export function richTextProblems (sections: Sections): InvalidParam[] {
  const problems: InvalidParam[] = []
  const problem = (pointer: string, message: string): void => { problems.push({ location: 'body', pointer, message }) }
  everyInline(sections, (content, pointer) => {
    const holder = pointer.replace(/\/content$/, '')
    const plain = inlineText(content)
    const text = textAt(sections, holder)
    if (text !== undefined && text !== plain) problem(`${holder}/text`, `must be the plain text of its content (spans joined, a break as "\\n"): ${shorten(plain)}`)
    content.forEach((node, n) => {
      if (node.type !== 'text') return
      node.marks?.forEach((mark, m) => {
        if (mark.type === 'link' && !isLinkUrl(mark.href)) problem(`${pointer}/${n}/marks/${m}/href`, LINK_URL_MESSAGE)
      })
    })
  })
  sections.forEach((section, s) => section.blocks.forEach((block, b) => {
    if (block.type === 'embed' && !isWebUrl(block.url)) problem(`/sections/${s}/blocks/${b}/url`, WEB_URL_MESSAGE)
    if (block.type === 'table') {
      const width = Math.max(block.header.length, ...block.rows.map((row) => row.length))
      if (width === 0) problem(`/sections/${s}/blocks/${b}/rows`, 'has no cells')
    }
  }))
  return problems
}

function textAt (sections: Sections, pointer: string): string | undefined {
  const [, , s, , b, , i] = pointer.split('/')
  const block = sections[Number(s)]?.blocks[Number(b)]
  if (block === undefined) return undefined
  if (block.type === 'list') return block.items[Number(i)]?.text
  return block.type === 'paragraph' || block.type === 'quote' ? block.text : undefined
}

/** The inline nodes without what reads add (an article link's href): a client writing back what it read stores the link alone. */
function withoutResolved (content: Inline[]): Inline[] {
  return content.map((node) => node.type === 'text' && node.marks?.some((mark) => mark.type === 'articleLink' && mark.href !== undefined) === true
    ? { ...node, marks: node.marks.map((mark) => mark.type === 'articleLink' ? { type: 'articleLink', articleId: mark.articleId } : mark) }
    : node)
}

/** The blocks as they are stored. */
export function storedBlocks (blocks: Block[]): Block[] {
  return blocks.map((block) => mapInline(block, withoutResolved))
}
