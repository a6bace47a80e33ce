// Prefix searches ("Regier*") as the words the index holds: FTS5 answers a prefix by merging the whole doclist of
// every word it begins into one list before the first row (seconds for a common prefix at a million articles), while
// the same words as alternatives stream newest first and stop at the search's limit.
import type { Statement } from 'better-sqlite3'
import { commitProbe } from '../cache/content-epoch.js'
import type { Db } from '../db/open.js'
import type { ReadScope } from './visibility.js'

/**
 * Words a prefix is expanded to, at most. A prefix that begins more stays FTS5's own prefix query: the public index
 * also holds scheduled articles' words, so a cap that dropped words would let an unpublished word change which
 * public articles a prefix finds. Below the cap an unpublished word only adds an alternative that finds nothing.
 */
export const MAX_EXPANSIONS = 64
/** Prefixes remembered, with the words each stood for, until the index changes. */
const REMEMBERED = 1000

/** A quoted phrase of a MATCH expression as search/query.ts writes it, with a trailing * when its last word is a prefix. */
const PREFIX_PHRASE = /"((?:[^"]|"")*)"\*/g

function quote (text: string): string {
  return `"${text.replaceAll('"', '""')}"`
}

/** The first string after every string that begins with `prefix` (a prefix of only U+FFFF has none: open-ended). */
function successor (prefix: string): string | null {
  for (let i = prefix.length - 1; i >= 0; i--) {
    const code = prefix.charCodeAt(i)
    if (code < 0xffff) return prefix.slice(0, i) + String.fromCharCode(code + 1)
  }
  return null
}

export class SearchPrefixes {
  /** Per half the search reads: the words in a range, and those from a word on (for a prefix with no successor). */
  readonly #ranges: Array<{ bounded: Statement, openEnded: Statement }>
  readonly #version: () => string
  readonly #remembered = new Map<string, string[]>()
  #rememberedAt = ''

  constructor (db: Db, scope: ReadScope) {
    // The vocabulary of each half the search reads (public searches: the listed articles' only). Temporary tables
    // of this connection: they hold nothing, they read the index, in the index's order of words.
    const indexes = scope === 'public' ? ['search_public'] : ['search_public', 'search_hidden']
    this.#ranges = indexes.map((index) => {
      db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${index}_terms USING fts5vocab(main, ${index}, 'row')`)
      return {
        bounded: db.prepare(`SELECT term FROM temp.${index}_terms WHERE term >= @from AND term < @to LIMIT ${MAX_EXPANSIONS + 1}`),
        openEnded: db.prepare(`SELECT term FROM temp.${index}_terms WHERE term >= @from LIMIT ${MAX_EXPANSIONS + 1}`)
      }
    })
    // Any commit, by this connection or another process, may add words: what was remembered holds until then.
    const probe = commitProbe(db)
    this.#version = () => probe().join('.')
  }

  /**
   * `match` with each prefix phrase replaced by the phrases it stands for; a prefix no word begins, or more than
   * MAX_EXPANSIONS, stays as it is.
   */
  expand (match: string): string {
    if (!match.includes('"*')) return match
    const version = this.#version()
    if (version !== this.#rememberedAt) {
      this.#remembered.clear()
      this.#rememberedAt = version
    }
    return match.replace(PREFIX_PHRASE, (whole, inner: string) => {
      const words = inner.replaceAll('""', '"').split(' ')
      const last = words.pop() ?? ''
      const terms = this.#wordsBeginning(last)
      if (terms.length === 0) return whole
      const phrases = terms.map((term) => quote([...words, term].join(' ')))
      return phrases.length === 1 ? phrases[0] as string : `(${phrases.join(' OR ')})`
    })
  }

  #wordsBeginning (prefix: string): string[] {
    let terms = this.#remembered.get(prefix)
    if (terms === undefined) {
      const to = successor(prefix)
      const found = new Set<string>()
      for (const range of this.#ranges) {
        const rows = (to === null ? range.openEnded.all({ from: prefix }) : range.bounded.all({ from: prefix, to })) as Array<{ term: string }>
        for (const row of rows) found.add(row.term)
      }
      // More words than the cap: none are listed, and the prefix stays as it is.
      terms = found.size > MAX_EXPANSIONS ? [] : [...found]
      if (this.#remembered.size >= REMEMBERED) this.#remembered.clear()
      this.#remembered.set(prefix, terms)
    }
    return terms
  }
}
