// The full-text index: one FTS5 row per article (rowid = articles.seq), written in the article's own transaction, in
// search_public while the article is listed (published or scheduled) and in search_hidden otherwise. Both are
// contentless (migration 0013): they hold stems, and snippets are cut from the article's own text.
import type { Statement } from 'better-sqlite3'
import type { Db } from '../db/open.js'
import { SEARCH_COLUMNS, type SearchDocument } from '../search/document.js'
import type { Highlight } from '../search/query.js'
import { snippetOf, type Snippet } from '../search/snippet.js'
import type { Block } from '../schemas/section.js'
import type { ReadScope } from './visibility.js'
import type { SummaryRow } from './article-row.js'

export class SearchRepository {
  readonly #delete: Statement[]
  readonly #insert: Record<'public' | 'hidden', Statement>

  constructor (db: Db) {
    this.#delete = ['search_public', 'search_hidden'].map((table) => db.prepare<[number]>(`DELETE FROM ${table} WHERE rowid = ?`))
    const insert = (table: string): Statement => db.prepare<{ seq: number } & SearchDocument>(
      `INSERT INTO ${table} (rowid, ${SEARCH_COLUMNS.join(', ')}) VALUES (@seq, ${SEARCH_COLUMNS.map((c) => `@${c}`).join(', ')})`)
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

  /** index() for a seq that has no entry yet (a new article's). */
  add (seq: number, document: SearchDocument, listed: boolean): void {
    this.#insert[listed ? 'public' : 'hidden'].run({ seq, ...document })
  }

  remove (seq: number): void {
    for (const statement of this.#delete) statement.run(seq)
  }
}

interface SectionTextRow { position: number, heading: string | null, blocks: string }

/**
 * Snippets for search hits, cut from the hit's own text as its reader sees it: for the public reader through the
 * public views (so only an article public at the request's instant has any text here), for previews from the tables.
 */
export class SnippetReader {
  readonly #sections: Statement<[string], SectionTextRow>
  readonly #captions: Statement<[string], { caption: string | null }>

  constructor (db: Db, scope: ReadScope) {
    this.#sections = db.prepare(`SELECT position, heading, blocks FROM ${scope === 'public' ? 'public_sections' : 'sections'} WHERE article_id = ? ORDER BY position`)
    this.#captions = db.prepare(scope === 'public'
      ? 'SELECT caption FROM public_attached_media WHERE article_id = ? ORDER BY position'
      : 'SELECT m.caption FROM article_media am JOIN media m ON m.id = am.media_id WHERE am.article_id = ? ORDER BY am.position')
  }

  /** The snippet for one hit. */
  snippet (highlight: Highlight, row: SummaryRow): Snippet {
    return snippetOf({
      title: row.title,
      kicker: row.kicker,
      teaser: row.teaser,
      sections: this.#sections.all(row.id).map((section) => ({ position: section.position, heading: section.heading, blocks: JSON.parse(section.blocks) as Block[] })),
      captions: this.#captions.all(row.id).map((media) => media.caption)
    }, highlight)
  }
}
