// The full-text index: one FTS5 row per article (rowid = articles.seq), written in the article's own transaction, in
// search_public while the article is listed (published or scheduled) and in search_hidden otherwise.
import type { Statement } from 'better-sqlite3'
import type { Db } from '../db/open.js'
import { ELLIPSIS, MARK_CLOSE, MARK_OPEN, sectionOfSnippet, snippetHtml, type SearchDocument } from '../search/document.js'
import type { ReadScope } from './visibility.js'

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

type SnippetRow = { body: string, inBody: string, best: string }

export class SearchRepository {
  readonly #delete: Statement[]
  readonly #insert: Record<'public' | 'hidden', Statement>

  constructor (db: Db) {
    this.#delete = ['search_public', 'search_hidden'].map((table) => db.prepare<[number]>(`DELETE FROM ${table} WHERE rowid = ?`))
    const insert = (table: string): Statement => db.prepare<{ seq: number } & SearchDocument>(
      `INSERT INTO ${table} (rowid, title, kicker, teaser, caption, body) VALUES (@seq, @title, @kicker, @teaser, @caption, @body)`)
    this.#insert = { public: insert('search_public'), hidden: insert('search_hidden') }
  }

  /**
   * Indexes (or re-indexes) an article, in the public half while it is listed (published or scheduled), else in the
   * hidden half. Call inside the transaction that writes it.
   */
  index (seq: number, document: SearchDocument, listed: boolean): void {
    this.remove(seq)
    this.#insert[listed ? 'public' : 'hidden'].run({ seq, ...document })
  }

  remove (seq: number): void {
    for (const statement of this.#delete) statement.run(seq)
  }
}

/** Snippets for search hits: the public reader's from the public half of listed, public articles only. */
export class SnippetReader {
  readonly #statements: Statement[]

  constructor (db: Db, scope: ReadScope) {
    const marks = `'${MARK_OPEN}', '${MARK_CLOSE}', '${ELLIPSIS}', ${SNIPPET_TOKENS}`
    // better-sqlite3 binds a JS number as a REAL, and FTS5 ignores a rowid constraint on a REAL beside a MATCH: every
    // matching row came back and .get() took the lowest. The hit's seq is bound as a BigInt and cast, and the join
    // pins the row to that one article as well.
    const statement = (index: string, articles: string): Statement => db.prepare(`
      SELECT s.body AS body, snippet(${index}, ${BODY_COLUMN}, ${marks}) AS inBody, snippet(${index}, -1, ${marks}) AS best
      FROM ${index} s JOIN ${articles} a ON a.seq = s.rowid
      WHERE ${index} MATCH @query AND s.rowid = CAST(@seq AS INTEGER) AND a.seq = CAST(@seq AS INTEGER)`)
    this.#statements = scope === 'public'
      ? [statement('search_public', 'public_articles')]
      : [statement('search_public', 'articles'), statement('search_hidden', 'articles')]
  }

  /** The snippet for one hit of `query`: from the body where it matches there, so the section is known. */
  snippet (query: string, seq: number): Snippet {
    let row: SnippetRow | undefined
    for (const statement of this.#statements) {
      row = statement.get({ query, seq: BigInt(seq) }) as SnippetRow | undefined
      if (row !== undefined) break
    }
    if (row === undefined) return { html: '', sectionPosition: null }
    if (row.inBody.includes(MARK_OPEN)) {
      return { html: snippetHtml(row.inBody), sectionPosition: sectionOfSnippet(row.body, row.inBody) }
    }
    return { html: snippetHtml(row.best), sectionPosition: null }
  }
}
