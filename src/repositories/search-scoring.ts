// Relevance scores for a search's window of matches, bounded in cost however common the words: bm25 when counting
// the words' documents is cheap, else where in the article (title, head, body, only compound parts) the words stand.
import type { Statement } from 'better-sqlite3'
import type { Db } from '../db/open.js'
import { BM25_WEIGHTS } from '../search/document.js'
import { StatementShapes } from './statement-shapes.js'
import type { ReadScope } from './visibility.js'

/**
 * How many doclist entries bm25 may walk for one search. bm25 takes each phrase's IDF from a count of every document
 * that holds it (~35 ns an entry, far more for a phrase of several words, whose positions are compared): a word in
 * most of a million articles costs ~30 ms before a single row is scored.
 */
export const BM25_BUDGET = 150_000
/** A phrase of several words walks every word's positions: it counts this many times its words' entries. */
const PHRASE_COST = 8
/** Estimating a word's documents reads at most this many of its newest entries. */
const ESTIMATE_ENTRIES = 64
/** Phrases beyond this many are not estimated one by one: the search is scored by where its words stand. */
const MAX_ESTIMATED = 24

/**
 * Where the words stand, for searches too common for bm25: the weights follow BM25_WEIGHTS (title 10; kicker,
 * teaser and meta 3 to 5; captions and body 1 to 2), and an article that holds them only as compound parts ranks last.
 */
const PLACES: Array<{ columns: string, weight: number }> = [
  { columns: 'title', weight: 10 },
  { columns: 'kicker teaser meta', weight: 4 },
  { columns: 'caption body', weight: 1 }
]
const PARTS_ONLY = 0.3
/** A window whose rowid range is this many times its size is probed row by row rather than over its range. */
const SPARSE = 1000

/** The phrases of a MATCH expression as search/query.ts writes it: "quoted words", a prefix with a trailing *. */
function phrasesOf (match: string): string[] {
  return [...new Set(match.match(/"(?:[^"]|"")*"\*?/g) ?? [])]
}

export class SearchScoring {
  readonly #indexes: string[]
  readonly #shapes: StatementShapes
  readonly #bounds: Statement
  readonly #newest: Statement[]
  readonly #budget: number

  /** `bm25Budget` replaces BM25_BUDGET (0: always score by where the words stand, as in a large archive). */
  constructor (db: Db, scope: ReadScope, bm25Budget = BM25_BUDGET) {
    this.#budget = bm25Budget
    // Public searches read the index of listed articles only; previews both halves.
    this.#indexes = scope === 'public' ? ['search_public'] : ['search_public', 'search_hidden']
    this.#shapes = new StatementShapes(db)
    const bound = (index: string, direction: string): string => `(SELECT rowid FROM ${index} ORDER BY rowid ${direction} LIMIT 1)`
    this.#bounds = db.prepare(`SELECT ${this.#indexes.map((index, i) => `${bound(index, 'ASC')} AS first${i}, ${bound(index, 'DESC')} AS last${i}`).join(', ')}`)
    this.#newest = this.#indexes.map((index) => db.prepare(`SELECT count(*) AS n, min(rowid) AS lowest FROM (
      SELECT rowid FROM ${index} WHERE ${index} MATCH @term ORDER BY rowid DESC LIMIT ${ESTIMATE_ENTRIES})`))
  }

  /**
   * Scores (lower is better, as bm25's) for the window's rowids, which all match `query` AND `narrowing` (the
   * filters' phrases, which narrow the index but are never scored: counting a common category costs as much as a
   * common word).
   */
  scores (seqs: number[], query: string, narrowing: string): Map<number, number> {
    const scores = new Map<number, number>()
    if (seqs.length === 0) return scores
    // Bound as integers in SQL: a bound number arrives as REAL, which FTS5 ignores as a rowid bound (and walks it all).
    const range = { lo: Math.min(...seqs), hi: Math.max(...seqs) }
    if (this.#bm25Affordable(phrasesOf(query))) {
      // Scored only for the window's rows (bm25 is computed for the rows the WHERE keeps). `+rowid` keeps that test
      // out of FTS5's hands: as a rowid constraint it would run the query once per row, bm25's count each time.
      const statement = this.#statement('bm25', (index) => `SELECT rowid, bm25(${index}, ${BM25_WEIGHTS}) AS score
        FROM ${index} WHERE ${index} MATCH @query AND rowid BETWEEN CAST(@lo AS INTEGER) AND CAST(@hi AS INTEGER)
        AND +rowid IN (SELECT value FROM json_each(@seqs))`)
      for (const row of statement.all({ query, ...range, seqs: JSON.stringify(seqs) }) as Array<{ rowid: number, score: number }>) scores.set(row.rowid, row.score)
      return scores
    }
    // A dense window is probed over its rowid range, a walk as long as the window's own; a sparse one (a rare filter
    // over common words, whose range spans much of the archive) row by row, a seek each.
    const sparse = range.hi - range.lo + 1 > SPARSE * seqs.length
    const statement = sparse
      ? this.#statement('place-rows', (index) => `SELECT rowid FROM ${index} WHERE ${index} MATCH @probe AND rowid IN (SELECT value FROM json_each(@seqs))`)
      : this.#statement('place', (index) => `SELECT rowid FROM ${index} WHERE ${index} MATCH @probe AND rowid BETWEEN CAST(@lo AS INTEGER) AND CAST(@hi AS INTEGER)`)
    const where = sparse ? { seqs: JSON.stringify(seqs) } : range
    for (const seq of seqs) scores.set(seq, -PARTS_ONLY)
    const placed = new Map<number, number>()
    for (const { columns, weight } of PLACES) {
      // Over a range, the narrowing phrases keep each probe to the rows the window's own search walked.
      const probe = `({${columns}} : (${query}))${narrowing === '' || sparse ? '' : ` AND ${narrowing}`}`
      for (const row of statement.all({ probe, ...where }) as Array<{ rowid: number }>) {
        placed.set(row.rowid, (placed.get(row.rowid) ?? 0) + weight)
      }
    }
    for (const [rowid, weight] of placed) if (scores.has(rowid)) scores.set(rowid, -weight)
    return scores
  }

  #statement (key: string, sql: (index: string) => string): Statement {
    return this.#shapes.get(key, () => this.#indexes.length === 1
      ? sql(this.#indexes[0] as string)
      : this.#indexes.map((index) => `SELECT * FROM (${sql(index)})`).join(' UNION ALL '))
  }

  /** Whether bm25 over `phrases` stays within BM25_BUDGET: always in a small index, else by each word's estimated documents. */
  #bm25Affordable (phrases: string[]): boolean {
    // Prefixes cannot be estimated without merging every word they begin (what the search itself just did), and they
    // were ranked by bm25 before: they keep it.
    if (phrases.some((phrase) => phrase.endsWith('*'))) return true
    const bounds = this.#bounds.get() as Record<string, number | null>
    const sizes = this.#indexes.map((_, i) => {
      const first = bounds[`first${i}`]
      const last = bounds[`last${i}`]
      return first == null || last == null ? 0 : last - first + 1
    })
    const words = phrases.map((phrase) => phrase.slice(1, -1).split(' ').filter((word) => word !== ''))
    const entries = words.reduce((sum, terms) => sum + terms.length * (terms.length > 1 ? PHRASE_COST : 1), 0)
    if (sizes.reduce((a, b) => a + b, 0) * entries <= this.#budget) return true
    if (phrases.length > MAX_ESTIMATED) return false
    let cost = 0
    const known = new Map<string, number>()
    for (const terms of words) {
      for (const term of terms) {
        let documents = known.get(term)
        if (documents === undefined) {
          documents = this.#indexes.reduce((sum, _, i) => sum + this.#documents(i, term, bounds[`last${i}`] ?? 0, sizes[i] ?? 0), 0)
          known.set(term, documents)
        }
        cost += documents * (terms.length > 1 ? PHRASE_COST : 1)
        if (cost > this.#budget) return false
      }
    }
    return true
  }

  /** About how many documents of index `i` hold `term`: exact when few, else from how far back its newest entries reach. */
  #documents (i: number, term: string, last: number, size: number): number {
    const { n, lowest } = this.#newest[i]?.get({ term: `"${term}"` }) as { n: number, lowest: number | null }
    if (n < ESTIMATE_ENTRIES || lowest === null) return n
    return Math.min(size, Math.round(n * size / Math.max(1, last - lowest + 1)))
  }
}
