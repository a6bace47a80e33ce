// Turns a reader's search text into a safe FTS5 query over the stemmed index: words, "phrases", prefix*, AND/OR/NOT
// and parentheses, with German spelling variants and stems, so "gespraeche", "Gesprächen" and "Gespräch" meet.
import { fold, stem } from './german.js'

/** The search text cannot be searched; the message says why, for a 400. */
export class SearchQueryError extends Error {
  override name = 'SearchQueryError'
}

type Node =
  | { kind: 'term', words: string[], prefix: boolean }
  | { kind: 'and' | 'or' | 'not', left: Node, right: Node }

type Token =
  | { kind: 'word', words: string[], prefix: boolean }
  | { kind: 'phrase', words: string[] }
  | { kind: 'op', op: 'AND' | 'OR' | 'NOT' }
  | { kind: 'open' | 'close' }

export const MAX_TERMS = 32
const MAX_VARIANTS = 16

/** Words as the index's tokenizer sees them: runs of letters and digits. */
function wordsOf (text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
}

function tokenize (text: string): Token[] {
  const tokens: Token[] = []
  const pattern = /\s*(?:(")([^"]*)(")?|(\()|(\))|([^\s"()]+))/gy
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text)) !== null && match[0] !== '') {
    if (match[1] !== undefined) {
      if (match[3] === undefined) throw new SearchQueryError('q has an opening quote without a closing one')
      const words = wordsOf(match[2] ?? '')
      if (words.length > 0) tokens.push({ kind: 'phrase', words })
    } else if (match[4] !== undefined) {
      tokens.push({ kind: 'open' })
    } else if (match[5] !== undefined) {
      tokens.push({ kind: 'close' })
    } else {
      const raw = match[6] ?? ''
      if (raw === 'AND' || raw === 'OR' || raw === 'NOT') {
        tokens.push({ kind: 'op', op: raw })
        continue
      }
      const words = wordsOf(raw)
      // Pure punctuation carries nothing to search for; it is skipped like a space.
      if (words.length > 0) tokens.push({ kind: 'word', words, prefix: raw.endsWith('*') })
    }
  }
  return tokens
}

class Parser {
  #index = 0
  constructor (readonly tokens: Token[]) {}

  parse (): Node {
    const node = this.#or()
    const rest = this.tokens[this.#index]
    if (rest !== undefined) {
      throw new SearchQueryError(rest.kind === 'close' ? 'q has a closing parenthesis without an opening one' : 'q could not be read')
    }
    return node
  }

  #peek (): Token | undefined {
    return this.tokens[this.#index]
  }

  #isOp (op: 'AND' | 'OR' | 'NOT'): boolean {
    const token = this.#peek()
    return token?.kind === 'op' && token.op === op
  }

  #or (): Node {
    let node = this.#and()
    while (this.#isOp('OR')) {
      this.#index++
      node = { kind: 'or', left: node, right: this.#and() }
    }
    return node
  }

  #and (): Node {
    let node = this.#not()
    for (;;) {
      if (this.#isOp('AND')) {
        this.#index++
      } else {
        const next = this.#peek()
        if (next === undefined || next.kind === 'close' || next.kind === 'op') break
      }
      node = { kind: 'and', left: node, right: this.#not() }
    }
    return node
  }

  #not (): Node {
    let node = this.#primary()
    while (this.#isOp('NOT')) {
      this.#index++
      node = { kind: 'not', left: node, right: this.#primary() }
    }
    return node
  }

  #primary (): Node {
    const token = this.#peek()
    if (token === undefined) throw new SearchQueryError('q ends where a word was expected')
    this.#index++
    switch (token.kind) {
      case 'word':
        return { kind: 'term', words: token.words, prefix: token.prefix }
      case 'phrase':
        return { kind: 'term', words: token.words, prefix: false }
      case 'open': {
        const inner = this.#or()
        if (this.#peek()?.kind !== 'close') throw new SearchQueryError('q has an opening parenthesis without a closing one')
        this.#index++
        return inner
      }
      case 'close':
        throw new SearchQueryError('q has an empty or unopened parenthesis')
      case 'op':
        throw new SearchQueryError(token.op === 'NOT'
          ? 'NOT needs a word before it, as in "Kim NOT Putin"'
          : `${token.op} needs a word on each side`)
    }
  }
}

/**
 * German spellings of one word as the index stores them: the index folds ä to a, so "ae" may stand for "ä";
 * "ss" and "ß" stand for each other.
 */
export function spellingVariants (word: string): string[] {
  let variants = ['']
  let choices = 0
  for (let i = 0; i < word.length; i++) {
    const pair = word.slice(i, i + 2)
    const canVary = choices < 4 && (/^(ae|oe|ue|ss)$/.test(pair) && !(pair === 'ue' && word[i - 1] === 'q'))
    if (canVary) {
      const alternative = pair === 'ss' ? 'ß' : pair[0] as string
      variants = variants.flatMap((v) => [v + pair, v + alternative])
      choices++
      i++
    } else if (word[i] === 'ß' && choices < 4) {
      variants = variants.flatMap((v) => [`${v}ß`, `${v}ss`])
      choices++
    } else {
      variants = variants.map((v) => v + (word[i] as string))
    }
  }
  return variants
}

function quote (text: string): string {
  return `"${text.replaceAll('"', '""')}"`
}

/** What snippets mark: words whose stem (or a compound part's) is one of `stems`, or that start with a prefix. */
export interface Highlight {
  stems: Set<string>
  prefixes: string[]
  /** Phrases: for each word in turn, the stems it may have. Marked only where the words stand in that order. */
  phrases: Array<Array<Set<string>>>
}

/** A query ready to run: the FTS5 MATCH expression and what its hits' snippets mark. */
export interface SearchQuery {
  match: string
  highlight: Highlight
}

/** The stems a query word stands for: each spelling's stem, and the stem of its plural ("Zins" → "zin", "zins"). */
function wordStems (word: string): string[] {
  const found = new Set<string>()
  for (const variant of spellingVariants(word)) {
    const folded = fold(variant)
    found.add(stem(folded))
    if (!/\d/.test(folded) && folded.length >= 3) found.add(stem(folded.endsWith('e') ? `${folded}n` : `${folded}en`))
  }
  return [...found].slice(0, MAX_VARIANTS)
}

function termToFts (words: string[], prefix: boolean, highlight: Highlight | null): string {
  if (prefix) {
    // The index holds stems: "Gespräche*" must find "gesprach", and "Gesundheit*" "gesundheitsminist".
    const prefixes = new Set<string>()
    let phrases = [[] as string[]]
    words.forEach((word, i) => {
      const last = i === words.length - 1
      const forms = last
        ? spellingVariants(word).flatMap((variant) => [fold(variant), stem(fold(variant))])
        : wordStems(word)
      if (last && highlight !== null) for (const form of forms) prefixes.add(form)
      phrases = phrases.flatMap((phrase) => [...new Set(forms)].map((form) => [...phrase, form])).slice(0, MAX_VARIANTS)
    })
    if (highlight !== null) highlight.prefixes.push(...prefixes)
    const alternatives = [...new Set(phrases.map((phrase) => `${quote(phrase.join(' '))}*`))]
    return alternatives.length === 1 ? alternatives[0] as string : `(${alternatives.join(' OR ')})`
  }
  let phrases = [[] as string[]]
  const positions: Array<Set<string>> = []
  for (const word of words) {
    // Within a phrase each word keeps its spellings' stems; the plural's stem is for single words only.
    const forms = words.length === 1 ? wordStems(word) : [...new Set(spellingVariants(word).map((variant) => stem(fold(variant))))]
    positions.push(new Set(forms))
    phrases = phrases.flatMap((phrase) => forms.map((form) => [...phrase, form])).slice(0, MAX_VARIANTS)
  }
  if (highlight !== null) {
    if (words.length === 1) for (const found of positions[0] ?? []) highlight.stems.add(found)
    else highlight.phrases.push(positions)
  }
  const alternatives = [...new Set(phrases.map((phrase) => quote(phrase.join(' '))))]
  return alternatives.length === 1 ? alternatives[0] as string : `(${alternatives.join(' OR ')})`
}

// Words after NOT are searched but never marked: they are not in the hits.
function toFts (node: Node, highlight: Highlight | null): string {
  switch (node.kind) {
    case 'term':
      return termToFts(node.words, node.prefix, highlight)
    case 'and':
      return `(${toFts(node.left, highlight)} AND ${toFts(node.right, highlight)})`
    case 'or':
      return `(${toFts(node.left, highlight)} OR ${toFts(node.right, highlight)})`
    case 'not':
      return `(${toFts(node.left, highlight)} NOT ${toFts(node.right, null)})`
  }
}

function countTerms (node: Node): number {
  return node.kind === 'term' ? 1 : countTerms(node.left) + countTerms(node.right)
}

/** The query for `text`, or a SearchQueryError saying what is wrong with it. */
export function parseSearch (text: string): SearchQuery {
  const tokens = tokenize(text)
  if (tokens.length === 0) throw new SearchQueryError('q has no words to search for')
  if (tokens.every((token) => token.kind === 'op' || token.kind === 'open' || token.kind === 'close')) {
    throw new SearchQueryError('q has only operators and no words to search for')
  }
  const tree = new Parser(tokens).parse()
  if (countTerms(tree) > MAX_TERMS) throw new SearchQueryError(`q has more than ${MAX_TERMS} search terms`)
  const highlight: Highlight = { stems: new Set(), prefixes: [], phrases: [] }
  return { match: toFts(tree, highlight), highlight }
}

/** The FTS5 MATCH expression for `text`, or a SearchQueryError saying what is wrong with it. */
export function toFtsQuery (text: string): string {
  return parseSearch(text).match
}
