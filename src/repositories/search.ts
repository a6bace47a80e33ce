// The full-text index: one FTS5 row per article (rowid = articles.seq), written in the article's own transaction.
import type { Db } from '../db/open.js'
import { ELLIPSIS, MARK_CLOSE, MARK_OPEN, sectionOfSnippet, snippetHtml, type SearchDocument } from '../search/document.js'

export interface Snippet {
  /** HTML: the article's text escaped, matches in <mark>…</mark>. */
  html: string
  /** The section the match is in; null when it is in the title, kicker, teaser or a caption. */
  sectionPosition: number | null
}

// bm25 weights per column: title, kicker, teaser, caption, body.
export const BM25_WEIGHTS = '10.0, 4.0, 3.0, 2.0, 1.0'
const BODY_COLUMN = 4
const SNIPPET_TOKENS = 16

export class SearchRepository {
  readonly #delete
  readonly #insert
  readonly #snippets

  constructor (db: Db) {
    this.#delete = db.prepare<[number]>('DELETE FROM article_search WHERE rowid = ?')
    this.#insert = db.prepare<{ seq: number } & SearchDocument>(
      'INSERT INTO article_search (rowid, title, kicker, teaser, caption, body) VALUES (@seq, @title, @kicker, @teaser, @caption, @body)'
    )
    const marks = `'${MARK_OPEN}', '${MARK_CLOSE}', '${ELLIPSIS}', ${SNIPPET_TOKENS}`
    // better-sqlite3 binds a JS number as a REAL, and FTS5 ignores a rowid constraint on a REAL beside a MATCH:
    // every matching row came back and .get() took the lowest, which could be a hidden article's. The CAST (and the
    // BigInt the caller binds) keeps the constraint.
    this.#snippets = db.prepare<{ query: string, seq: bigint }, { body: string, inBody: string, best: string }>(`
      SELECT body, snippet(article_search, ${BODY_COLUMN}, ${marks}) AS inBody, snippet(article_search, -1, ${marks}) AS best
      FROM article_search WHERE article_search MATCH @query AND rowid = CAST(@seq AS INTEGER)`)
  }

  /** Indexes (or re-indexes) an article. Call inside the transaction that writes it. */
  index (seq: number, document: SearchDocument): void {
    this.#delete.run(seq)
    this.#insert.run({ seq, ...document })
  }

  remove (seq: number): void {
    this.#delete.run(seq)
  }

  /** The snippet for one hit of `query`: from the body where it matches there, so the section is known. */
  snippet (query: string, seq: number): Snippet {
    const row = this.#snippets.get({ query, seq: BigInt(seq) })
    if (row === undefined) return { html: '', sectionPosition: null }
    if (row.inBody.includes(MARK_OPEN)) {
      return { html: snippetHtml(row.inBody), sectionPosition: sectionOfSnippet(row.body, row.inBody) }
    }
    return { html: snippetHtml(row.best), sectionPosition: null }
  }
}
