// Prefix searches ("Regier*") as the words the index holds: FTS5 answers a prefix by merging the whole doclist of
// every word it begins into one list before the first row (seconds for a common prefix at a million articles), while
// the same words as alternatives stream newest first and stop at the search's limit.
import type { Statement } from 'better-sqlite3'
import type { Db } from '../db/open.js'
import type { ReadScope } from './visibility.js'

/**
 * Words a prefix stands for, at most: the first in the index's order, as search engines cap a prefix's expansions
 * (Elasticsearch's max_expansions is 50). A prefix that begins more words matches only these.
 */
export const MAX_EXPANSIONS = 50
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
        bounded: db.prepare(`SELECT term FROM temp.${index}_terms WHERE term >= @from AND term < @to LIMIT ${MAX_EXPANSIONS}`),
        openEnded: db.prepare(`SELECT term FROM temp.${index}_terms WHERE term >= @from LIMIT ${MAX_EXPANSIONS}`)
      }
    })
    // Any commit, by this connection or another process, may add words: what was remembered holds until then.
    const dataVersion = db.prepare<[], [number]>('PRAGMA data_version').raw()
    const changes = db.prepare<[], [number]>('SELECT total_changes()').raw()
    this.#version = () => `${(dataVersion.get() as [number])[0]}.${(changes.get() as [number])[0]}`
  }

  /** `match` with each prefix phrase replaced by the phrases it stands for; a prefix no word begins stays as it is. */
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
      // Both halves' first words, merged into the index's order (bytewise, as SQLite compares), the first kept.
      terms = [...found].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))).slice(0, MAX_EXPANSIONS)
      if (this.#remembered.size >= REMEMBERED) this.#remembered.clear()
      this.#remembered.set(prefix, terms)
    }
    return terms
  }
}
