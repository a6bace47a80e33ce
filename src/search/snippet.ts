// Snippets for search hits: a passage of the article's own text with every word form the query matched marked, found
// the way the index matched it (stem, compound part or prefix), escaped as HTML.
import { analyzeWord, fold, wordsIn } from './german.js'
import type { Highlight } from './query.js'
import { sectionText } from './document.js'
import type { Block } from '../schemas/section.js'

/** Words around the match a snippet shows. */
export const SNIPPET_WORDS = 16

export interface Snippet {
  /** HTML: the article's text escaped, matches in <mark>…</mark>. */
  html: string
  /** The section the match is in; null when it is in the title, kicker, teaser or a caption. */
  sectionPosition: number | null
}

/** The text a snippet may be taken from: what a reader of the article sees, nothing else. */
export interface SnippetSource {
  title: string
  kicker: string | null
  teaser: string | null
  sections: Array<{ position: number, heading: string | null, blocks: Block[] }>
  captions: Array<string | null>
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

function escapeHtml (text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string).replace(/\s*\n\s*/g, ' ')
}

/** Whether the index matched `word` for the query: its stem, a part of it, or a prefix of it. */
export function isMatch (word: string, highlight: Highlight): boolean {
  const { stem: stemmed, parts } = analyzeWord(word)
  if (highlight.stems.has(stemmed)) return true
  if (highlight.prefixes.length > 0) {
    const folded = fold(word)
    if (highlight.prefixes.some((prefix) => folded.startsWith(prefix) || stemmed.startsWith(prefix))) return true
  }
  for (const part of parts) {
    if (highlight.stems.has(part) || highlight.prefixes.some((prefix) => part.startsWith(prefix))) return true
  }
  return false
}

/** Marks the words where a phrase of the query stands, word after word. */
function markPhrases (stems: string[], highlight: Highlight, hits: boolean[]): void {
  for (const phrase of highlight.phrases) {
    for (let start = 0; start + phrase.length <= stems.length; start++) {
      if (phrase.every((forms, i) => forms.has(stems[start + i] as string))) {
        for (let i = 0; i < phrase.length; i++) hits[start + i] = true
      }
    }
  }
}

/** The passage of `text` with the most matches, marked, or null when nothing in it matches. */
export function markedPassage (text: string, highlight: Highlight, marked = true): string | null {
  const words = [...wordsIn(text)]
  const hits = words.map((w) => marked && isMatch(w.word, highlight))
  if (marked && highlight.phrases.length > 0) markPhrases(words.map((w) => analyzeWord(w.word).stem), highlight, hits)
  if (marked && !hits.includes(true)) return null
  if (words.length === 0) return null
  // The window of SNIPPET_WORDS words with the most matches, the earliest of equals; a little context before the first.
  let best = 0
  let bestCount = -1
  for (let start = 0; start < Math.max(1, words.length - SNIPPET_WORDS + 1); start++) {
    let count = 0
    for (let i = start; i < Math.min(words.length, start + SNIPPET_WORDS); i++) if (hits[i] === true) count++
    if (count > bestCount) {
      best = start
      bestCount = count
    }
  }
  const firstHit = hits.indexOf(true, best)
  const start = Math.max(0, Math.min(best, firstHit < 0 ? best : firstHit - 3))
  const end = Math.min(words.length, start + SNIPPET_WORDS)
  let html = start === 0 ? '' : '…'
  let at = start === 0 ? 0 : (words[start] as { start: number }).start
  for (let i = start; i < end; i++) {
    const w = words[i] as { word: string, start: number, end: number }
    html += escapeHtml(text.slice(at, w.start))
    html += hits[i] === true ? `<mark>${escapeHtml(w.word)}</mark>` : escapeHtml(w.word)
    at = w.end
  }
  html += end === words.length ? escapeHtml(text.slice(at)) : ' …'
  return html.trim()
}

/**
 * The snippet of a hit: from the first section whose text matches (so the reader can jump there), else from the
 * teaser, kicker, captions or title; when only tags, categories or the byline matched, the start of the teaser.
 */
export function snippetOf (source: SnippetSource, highlight: Highlight): Snippet {
  for (const section of source.sections) {
    const html = markedPassage(sectionText(section).join('\n'), highlight)
    if (html !== null) return { html, sectionPosition: section.position }
  }
  for (const text of [source.teaser, source.kicker, ...source.captions, source.title]) {
    if (text === null) continue
    const html = markedPassage(text, highlight)
    if (html !== null) return { html, sectionPosition: null }
  }
  return { html: markedPassage(source.teaser ?? source.title, highlight, false) ?? '', sectionPosition: null }
}
