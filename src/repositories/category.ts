// Categories: every level of an article's breadcrumb, kept for filtering and for the category tree.
import type { Db } from '../db/open.js'
import type { Category } from '../schemas/category.js'
import { CATEGORY_SEPARATOR, categoryId, categorySlug, matchKey } from '../lib/match-keys.js'
import type { ReadScope } from './visibility.js'
import { kidsNarrowing, kidsParam, PREVIEW_TABLES, PUBLIC_TABLES } from './visibility.js'

export { CATEGORY_SEPARATOR }

interface CountRow {
  path: string
  label: string
  depth: number
  articles: number
}

interface CategoryKeys { id: string, slug: string }

// A category's id, slug and label key for each path written: an archive has few categories and writes them again
// with every article. Bounded, so a stream of distinct paths cannot grow it without end.
const KEYS_LIMIT = 10_000

/** The categories of articles: written with each article, counted per reader. */
export class CategoryRepository {
  readonly #deleteForArticle
  readonly #insert
  readonly #keys = new Map<string, CategoryKeys>()
  readonly #labelKeys = new Map<string, string>()

  constructor (db: Db) {
    this.#deleteForArticle = db.prepare<[string]>('DELETE FROM article_categories WHERE article_id = ?')
    this.#insert = db.prepare<[string, string, string, number, string, string, string]>(
      'INSERT OR IGNORE INTO article_categories (article_id, path, label, depth, category_id, slug, label_key) VALUES (?, ?, ?, ?, ?, ?, ?)'
    )
  }

  /** Makes the breadcrumb's levels the article's categories. Call inside a transaction. */
  replaceForArticle (articleId: string, breadcrumb: string[]): void {
    this.#deleteForArticle.run(articleId)
    this.insertForArticle(articleId, breadcrumb)
  }

  /** Writes the categories of an article that has none (a new one). Call inside a transaction. */
  insertForArticle (articleId: string, breadcrumb: string[]): void {
    let path = ''
    breadcrumb.forEach((label, index) => {
      path = index === 0 ? label : `${path}${CATEGORY_SEPARATOR}${label}`
      const keys = this.#keysOf(path)
      this.#insert.run(articleId, path, label, index + 1, keys.id, keys.slug, this.#labelKey(label))
    })
  }

  #keysOf (path: string): CategoryKeys {
    let keys = this.#keys.get(path)
    if (keys === undefined) {
      keys = { id: categoryId(path), slug: categorySlug(path) }
      if (this.#keys.size >= KEYS_LIMIT) this.#keys.clear()
      this.#keys.set(path, keys)
    }
    return keys
  }

  #labelKey (label: string): string {
    let key = this.#labelKeys.get(label)
    if (key === undefined) {
      key = matchKey(label)
      if (this.#labelKeys.size >= KEYS_LIMIT) this.#labelKeys.clear()
      this.#labelKeys.set(label, key)
    }
    return key
  }
}

/** The breadcrumb tree of the articles a reader sees. */
export class CategoryTree {
  readonly #counts

  constructor (db: Db, scope: ReadScope) {
    const tables = scope === 'public' ? PUBLIC_TABLES : PREVIEW_TABLES
    this.#counts = db.prepare<{ kids: 0 | 1 }, CountRow>(`
      SELECT c.path, c.label, c.depth, count(*) AS articles
      FROM ${tables.categories} c JOIN ${tables.articles} a ON a.id = c.article_id
      WHERE ${kidsNarrowing(tables)}
      GROUP BY c.path ORDER BY c.depth, c.path`)
  }

  /** The breadcrumb tree of visible articles, each node with how many of them sit in it or below it. */
  tree (kids: boolean | undefined): Category[] {
    const roots: Category[] = []
    const byPath = new Map<string, Category>()
    for (const row of this.#counts.all(kidsParam(kids))) {
      const node: Category = { id: categoryId(row.path), slug: categorySlug(row.path), name: row.label, path: row.path, articleCount: row.articles, children: [] }
      byPath.set(row.path, node)
      const parentPath = row.path.slice(0, Math.max(0, row.path.length - row.label.length - 1))
      const parent = row.depth > 1 ? byPath.get(parentPath) : undefined
      if (parent === undefined) roots.push(node)
      else parent.children.push(node)
    }
    return roots
  }
}
