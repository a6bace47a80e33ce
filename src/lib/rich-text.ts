// The plain text of rich body blocks: what word counts, the search index, JSON-LD and text-only clients read.
import type { Inline, Mark } from '../schemas/rich-text.js'
import type { Block } from '../schemas/section.js'

/** The text inline nodes stand for: their spans joined, a line break as "\n". */
export function inlineText (content: readonly Inline[]): string {
  return content.map((node) => node.type === 'text' ? node.text : '\n').join('')
}

/** Every text of a block as a reader would read it aloud, in order; no URLs, no markup. Media blocks have none. */
export function blockTexts (block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'quote':
    case 'subheading':
      return [block.text]
    case 'list':
      return block.items.map((item) => item.text)
    case 'table':
      return [block.caption, block.header.join(' '), ...block.rows.map((row) => row.join(' '))].filter((text): text is string => text !== null && text !== '')
    case 'embed':
      // The URL is where the content lives, not words of the article.
      return block.title === null ? [] : [block.title]
    case 'media':
      return []
  }
}

/** Runs `visit` on every list of inline nodes of the sections' blocks (paragraphs, quotes, list items). */
export function everyInline (sections: ReadonlyArray<{ blocks: Block[] }>, visit: (content: Inline[], pointer: string) => void): void {
  sections.forEach((section, s) => {
    section.blocks.forEach((block, b) => {
      const at = `/sections/${s}/blocks/${b}`
      if ((block.type === 'paragraph' || block.type === 'quote') && block.content !== undefined) visit(block.content, `${at}/content`)
      if (block.type === 'list') block.items.forEach((item, i) => { if (item.content !== undefined) visit(item.content, `${at}/items/${i}/content`) })
    })
  })
}

/** The blocks with each inline list replaced by `map`'s result (absent when it gives undefined); untouched blocks are kept as they are. */
export function mapInline (block: Block, map: (content: Inline[]) => Inline[] | undefined): Block {
  const withContent = <T extends { content?: Inline[] }>(holder: T): T => {
    if (holder.content === undefined) return holder
    const { content, ...rest } = holder
    const mapped = map(content)
    return (mapped === undefined ? rest : { ...rest, content: mapped }) as T
  }
  if (block.type === 'paragraph') return withContent(block)
  if (block.type === 'quote') return withContent(block)
  if (block.type === 'list') return { ...block, items: block.items.map(withContent) }
  return block
}

/** Whether two mark lists are the same marks in the same order. */
export function sameMarks (a: readonly Mark[] | undefined, b: readonly Mark[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? [])
}

/**
 * Inline nodes in their one canonical form: adjacent spans with the same marks joined, empty mark lists left out.
 * Content that is then a single unmarked span says nothing its plain text does not: undefined.
 */
export function tidyInline (content: readonly Inline[]): Inline[] | undefined {
  const tidy: Inline[] = []
  for (const node of content) {
    if (node.type === 'text' && node.text === '') continue
    const last = tidy.at(-1)
    if (node.type === 'text' && last?.type === 'text' && sameMarks(last.marks, node.marks)) {
      tidy[tidy.length - 1] = { ...last, text: last.text + node.text }
      continue
    }
    tidy.push(node.type === 'text' && node.marks !== undefined && node.marks.length === 0 ? { type: 'text', text: node.text } : node)
  }
  if (tidy.every((node) => node.type === 'text' && node.marks === undefined)) return undefined
  return tidy
}

/**
 * The blocks with each article link resolved by `urlOf` (the linked article's public URL, or undefined while it is not
 * public). An unresolved link becomes plain text when `keepHidden` is false (public reads: nothing may show that a
 * hidden article exists), and keeps its mark without `href` otherwise (editors' previews, so a write-back keeps it).
 */
export function resolveArticleLinks (blocks: Block[], urlOf: (articleId: string) => string | undefined, keepHidden: boolean): Block[] {
  const resolve = (content: Inline[]): Inline[] | undefined => tidyInline(content.map((node) => {
    if (node.type !== 'text' || node.marks === undefined || !node.marks.some((mark) => mark.type === 'articleLink')) return node
    const marks = node.marks.flatMap((mark): Mark[] => {
      if (mark.type !== 'articleLink') return [mark]
      const href = urlOf(mark.articleId)
      if (href !== undefined) return [{ type: 'articleLink', articleId: mark.articleId, href }]
      return keepHidden ? [{ type: 'articleLink', articleId: mark.articleId }] : []
    })
    return marks.length === 0 ? { type: 'text', text: node.text } : { ...node, marks }
  }))
  return blocks.map((block) => mapInline(block, resolve))
}
