// Loads HTML for the importers only when its nesting is within what a browser builds, and reads text out of the tree
// without recursion: a page nested thousands of levels deep is refused before it can overflow a stack or take minutes.
import type { CheerioAPI } from 'cheerio'
import type { AnyNode } from 'domhandler'
import { load } from '../lib/cheerio.js'
import { NotAnArticleError } from './parsed.js'

/**
 * The deepest nesting an imported page may have. Browsers stop nesting at 512 (Chromium's parser flattens beyond it),
 * real article pages stay under a hundred, and building a tree costs time in proportion to its depth per element.
 */
export const MAX_HTML_DEPTH = 512

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr'])
// Elements whose content is text up to their end tag: a "<div>" inside a script is not an element.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext'])
// Elements an HTML parser closes when the next one of their kind opens ("<li>a<li>b" are siblings).
// Elements whose start closes an open paragraph ("<p>text<div>" makes the div the paragraph's sibling).
const CLOSES_P = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'pre', 'section', 'table', 'ul'])
const SELF_CLOSING_SIBLINGS = new Map([['p', 'p'], ['li', 'li'], ['dt', 'd'], ['dd', 'd'], ['option', 'option'], ['tr', 'tr'], ['td', 't'], ['th', 't']])

/**
 * How deeply `html` nests its elements, counted up to `limit + 1` in one pass over the markup without building a
 * tree: void elements, raw text, comments and the end tags parsers imply are taken into account.
 */
export function htmlDepth (html: string, limit = MAX_HTML_DEPTH): number {
  const stack: string[] = []
  let deepest = 0
  const tag = /<(?:!--[\s\S]*?(?:-->|$)|![^>]*>?|\?[^>]*>?|(\/?)([A-Za-z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)(>|$))/y
  let at = html.indexOf('<')
  while (at !== -1 && at < html.length) {
    tag.lastIndex = at
    const match = tag.exec(html)
    if (match === null) {
      at = html.indexOf('<', at + 1)
      continue
    }
    const [whole, closing, rawName, attributes] = match
    at = html.indexOf('<', at + Math.max(whole.length, 1))
    if (rawName === undefined) continue
    const name = rawName.toLowerCase()
    if (closing === '/') {
      const open = stack.lastIndexOf(name)
      if (open !== -1) stack.length = open
      continue
    }
    if (VOID.has(name) || attributes?.trimEnd().endsWith('/') === true) continue
    if (RAW_TEXT.has(name)) {
      const end = new RegExp(`</${name}`, 'gi')
      end.lastIndex = tag.lastIndex
      at = end.exec(html)?.index ?? -1
      continue
    }
    const kind = SELF_CLOSING_SIBLINGS.get(name)
    const top = stack.at(-1)
    if (top !== undefined && ((kind !== undefined && SELF_CLOSING_SIBLINGS.get(top) === kind) || (top === 'p' && CLOSES_P.has(name)))) stack.pop()
    stack.push(name)
    if (stack.length > deepest) deepest = stack.length
    if (deepest > limit) return deepest
  }
  return deepest
}

/** The page as a cheerio document; NotAnArticleError when it nests deeper than a browser would build. */
export function loadMarkup (html: string): CheerioAPI {
  if (htmlDepth(html) > MAX_HTML_DEPTH) throw new NotAnArticleError(`the HTML nests elements more than ${MAX_HTML_DEPTH} levels deep`)
  return load(html)
}

/** The text of nodes and all their descendants, in document order, walked with a stack instead of recursion. */
export function textOf (nodes: AnyNode | AnyNode[]): string {
  const parts: string[] = []
  const stack: AnyNode[] = [nodes].flat().reverse()
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode
    if (node.type === 'text') parts.push(node.data)
    else if (node.type !== 'comment' && node.type !== 'directive' && 'children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode)
  }
  return parts.join('')
}

/** Whether `node` lies inside `ancestor` (not being it). */
export function isInside (node: AnyNode, ancestor: AnyNode): boolean {
  for (let parent = node.parent; parent !== null; parent = parent.parent) if (parent === ancestor) return true
  return false
}
