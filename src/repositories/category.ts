// Categories: every level of an article's breadcrumb, kept for filtering and for the category tree.
import type { Db } from '../db/open.js'
import type { Category } from '../schemas/category.js'
import { CATEGORY_SEPARATOR, categoryId, categorySlug, rememberedMatchKey } from '../lib/match-keys.js'
import type { ReadScope } from './visibility.js'
import { KIDS_MEDIA, kidsParam } from './visibility.js'

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

/** The categories of articles: written with each article, counted as they are written (migrations/0015). */
export class CategoryRepository {
  readonly #deleteForArticle
  readonly #insert
  readonly #memberOf
  readonly #addMember
  readonly #addPath
  readonly #dropMember
  readonly #adjust
  readonly #dropEmpty
  readonly #keys = new Map<string, CategoryKeys>()

  constructor (db: Db) {
    this.#deleteForArticle = db.prepare<[string]>('DELETE FROM article_categories WHERE article_id = ?')
    this.#insert = db.prepare<[string, string, string, number, string, string, string]>(
      'INSERT OR IGNORE INTO article_categories (article_id, path, label, depth, category_id, slug, label_key) VALUES (?, ?, ?, ?, ?, ?, ?)'
    )
    // What the article counts as now: the same predicates as public_articles (listed) and kidsNarrowing (kids). Read,
    // then inserted as values: an INSERT ... SELECT opens a statement journal, which cost ~15x the row in a bulk write.
    this.#memberOf = db.prepare<[string], { listed: number, kids: number }>(`
      SELECT a.status IN ('published', 'scheduled') AS listed, a.kids = 1 AND NOT EXISTS (
        SELECT 1 FROM article_media am JOIN media m ON m.id = am.media_id WHERE am.article_id = a.id AND NOT ${KIDS_MEDIA}) AS kids
      FROM articles a WHERE a.id = ?`)
    this.#addMember = db.prepare<[string, number, number]>('INSERT INTO category_members (article_id, listed, kids) VALUES (?, ?, ?)')
    this.#dropMember = db.prepare<[string]>('DELETE FROM category_members WHERE article_id = ?')
    // Adds (+1) or takes away (-1) what the member row says the article counted as, on each of its paths.
    this.#adjust = db.prepare<{ id: string, sign: 1 | -1 }>(`
      INSERT INTO category_counts (path, label, depth, articles, kids_articles, listed, kids_listed)
      SELECT c.path, c.label, c.depth, @sign, @sign * m.kids, @sign * m.listed, @sign * m.listed * m.kids
      FROM article_categories c JOIN category_members m ON m.article_id = c.article_id WHERE c.article_id = @id
      ON CONFLICT (path) DO UPDATE SET
        articles = articles + excluded.articles, kids_articles = kids_articles + excluded.kids_articles,
        listed = listed + excluded.listed, kids_listed = kids_listed + excluded.kids_listed`)
    // The same for one path of an article whose member row is known: a new article's, counted as it is written.
    this.#addPath = db.prepare<[string, string, number, number, number, number]>(`
      INSERT INTO category_counts (path, label, depth, articles, kids_articles, listed, kids_listed) VALUES (?, ?, ?, 1, ?, ?, ?)
      ON CONFLICT (path) DO UPDATE SET
        articles = articles + excluded.articles, kids_articles = kids_articles + excluded.kids_articles,
        listed = listed + excluded.listed, kids_listed = kids_listed + excluded.kids_listed`)
    this.#dropEmpty = db.prepare<[string]>(
      'DELETE FROM category_counts WHERE articles = 0 AND path IN (SELECT path FROM article_categories WHERE article_id = ?)')
  }

  /**
   * Makes the breadcrumb's levels the article's categories and counts it as it now stands (status, kids, media).
   * Call inside a transaction, after the article's row and media are written.
   */
  replaceForArticle (articleId: string, breadcrumb: string[]): void {
    this.uncount(articleId)
    this.#deleteForArticle.run(articleId)
    this.insertForArticle(articleId, breadcrumb)
  }

  /** Writes the categories of an article that has none (a new one). Call inside a transaction. */
  insertForArticle (articleId: string, breadcrumb: string[]): void {
    const member = this.#member(articleId)
    let path = ''
    breadcrumb.forEach((label, index) => {
      path = index === 0 ? label : `${path}${CATEGORY_SEPARATOR}${label}`
      const keys = this.#keysOf(path)
      const inserted = this.#insert.run(articleId, path, label, index + 1, keys.id, keys.slug, rememberedMatchKey(label)).changes
      // Counted as #adjust would count the rows it finds: the ones written here.
      if (member !== undefined && inserted > 0) this.#addPath.run(path, label, index + 1, member.kids, member.listed, member.listed * member.kids)
    })
  }

  /** Counts the article again: its media changed, and with them what the kids profile shows. Call inside a transaction. */
  recount (articleId: string): void {
    this.uncount(articleId)
    this.#count(articleId)
  }

  /** Takes the article out of the counts, as it was counted; before it is deleted. Call inside a transaction. */
  uncount (articleId: string): void {
    this.#adjust.run({ id: articleId, sign: -1 })
    this.#dropEmpty.run(articleId)
    this.#dropMember.run(articleId)
  }

  #count (articleId: string): void {
    if (this.#member(articleId) !== undefined) this.#adjust.run({ id: articleId, sign: 1 })
  }

  /** Records what the article counts as now (none when it does not exist), and returns it. */
  #member (articleId: string): { listed: number, kids: number } | undefined {
    const member = this.#memberOf.get(articleId)
    if (member !== undefined) this.#addMember.run(articleId, member.listed, member.kids)
    return member
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
}

/**
 * The breadcrumb tree of the articles a reader sees, from the counts the writes keep: previews count every article;
 * public readers the listed ones, less those whose publication is still ahead at the read's instant.
 */
export class CategoryTree {
  readonly #counts

  constructor (db: Db, scope: ReadScope) {
    const counts = scope === 'public'
      // Less the few listed articles still ahead of the instant, per path: one range read of articles_by_published_at.
      ? `WITH ahead AS MATERIALIZED (SELECT path, count(*) AS n FROM upcoming_categories WHERE @kids = 0 OR kids = 1 GROUP BY path)
         SELECT k.path, k.label, k.depth, CASE WHEN @kids = 1 THEN k.kids_listed ELSE k.listed END - coalesce(a.n, 0) AS articles
         FROM category_counts k LEFT JOIN ahead a ON a.path = k.path`
      : 'SELECT k.path, k.label, k.depth, CASE WHEN @kids = 1 THEN k.kids_articles ELSE k.articles END AS articles FROM category_counts k'
    this.#counts = db.prepare<{ kids: 0 | 1 }, CountRow>(`SELECT path, label, depth, articles FROM (${counts}) WHERE articles > 0 ORDER BY depth, path`)
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
