// Turns a reader's search text into a safe FTS5 query: words, "phrases", prefix*, AND/OR/NOT and parentheses,
// with German spelling variants, so "gespraeche", "gesprache" and "Gespräche" find the same articles.

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

function termToFts (words: string[], prefix: boolean): string {
  let phrases = [[] as string[]]
  for (const word of words) {
    phrases = phrases.flatMap((phrase) => spellingVariants(word).map((variant) => [...phrase, variant])).slice(0, MAX_VARIANTS)
  }
  const alternatives = phrases.map((phrase) => quote(phrase.join(' ')) + (prefix ? '*' : ''))
  return alternatives.length === 1 ? alternatives[0] as string : `(${alternatives.join(' OR ')})`
}

function toFts (node: Node): string {
  switch (node.kind) {
    case 'term':
      return termToFts(node.words, node.prefix)
    case 'and':
      return `(${toFts(node.left)} AND ${toFts(node.right)})`
    case 'or':
      return `(${toFts(node.left)} OR ${toFts(node.right)})`
    case 'not':
      return `(${toFts(node.left)} NOT ${toFts(node.right)})`
  }
}

function countTerms (node: Node): number {
  return node.kind === 'term' ? 1 : countTerms(node.left) + countTerms(node.right)
}

/** The FTS5 MATCH expression for `text`, or a SearchQueryError saying what is wrong with it. */
export function toFtsQuery (text: string): string {
  const tokens = tokenize(text)
  if (tokens.length === 0) throw new SearchQueryError('q has no words to search for')
  if (tokens.every((token) => token.kind === 'op' || token.kind === 'open' || token.kind === 'close')) {
    throw new SearchQueryError('q has only operators and no words to search for')
  }
  const tree = new Parser(tokens).parse()
  if (countTerms(tree) > MAX_TERMS) throw new SearchQueryError(`q has more than ${MAX_TERMS} search terms`)
  return toFts(tree)
}
