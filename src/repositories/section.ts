// Sections of articles: prepared statements and the row <-> JSON mapping.
import type { Db } from '../db/open.js'
import type { Block, Section } from '../schemas/section.js'

export interface SectionRow {
  position: number
  heading: string | null
  blocks: string
}

export interface SectionInput {
  heading: string | null
  blocks: Block[]
}

export function rowToSection (row: SectionRow): Section {
  return { position: row.position, heading: row.heading, blocks: JSON.parse(row.blocks) as Block[] }
}

export class SectionRepository {
  readonly #listByArticle
  readonly #get
  readonly #deleteForArticle
  readonly #insert

  constructor (db: Db) {
    this.#listByArticle = db.prepare<[string], SectionRow>(
      'SELECT position, heading, blocks FROM sections WHERE article_id = ? ORDER BY position'
    )
    this.#get = db.prepare<[string, number], SectionRow>(
      'SELECT position, heading, blocks FROM sections WHERE article_id = ? AND position = ?'
    )
    this.#deleteForArticle = db.prepare<[string]>('DELETE FROM sections WHERE article_id = ?')
    this.#insert = db.prepare<[string, number, string | null, string]>(
      'INSERT INTO sections (article_id, position, heading, blocks) VALUES (?, ?, ?, ?)'
    )
  }

  /** The article's sections in order, as stored. The caller has checked that the article may be shown. */
  listByArticle (articleId: string): Section[] {
    return this.#listByArticle.all(articleId).map(rowToSection)
  }

  /** The stored rows, for readers that resolve article links (see ArticleLinks). */
  rowsByArticle (articleId: string): SectionRow[] {
    return this.#listByArticle.all(articleId)
  }

  row (articleId: string, position: number): SectionRow | undefined {
    return this.#get.get(articleId, position)
  }

  get (articleId: string, position: number): Section | undefined {
    const row = this.#get.get(articleId, position)
    return row === undefined ? undefined : rowToSection(row)
  }

  /** Replaces all sections of an article; positions are numbered from 1 in the given order. Call inside a transaction. */
  replaceForArticle (articleId: string, sections: SectionInput[]): void {
    this.#deleteForArticle.run(articleId)
    this.insertForArticle(articleId, sections)
  }

  /** Writes the sections of an article that has none (a new one). Call inside a transaction. */
  insertForArticle (articleId: string, sections: SectionInput[]): void {
    sections.forEach((section, index) => {
      this.#insert.run(articleId, index + 1, section.heading, JSON.stringify(section.blocks))
    })
  }
}
