// Links between articles in bodies, resolved on every read to the linked article's current public URL.
import type { Db } from '../db/open.js'
import { everyInline, resolveArticleLinks } from '../lib/rich-text.js'
import type { Block, Section } from '../schemas/section.js'
import { rowToSection, type SectionRow } from './section.js'

/**
 * The state of the linked articles a reader sees (each public one's id, version and publication time) as a number to
 * add to an article's version for caches and ETags: a linked article published, renamed or hidden changes it. 0 for none.
 */
export function linkState (links: string): number {
  if (links === '') return 0
  // FNV-1a, 32 bits: a collision would need two states of the same article's links to hash alike.
  let hash = 0x811c9dc5
  for (let i = 0; i < links.length; i++) hash = Math.imul(hash ^ links.charCodeAt(i), 0x01000193) >>> 0
  return hash
}

/** The ids of the public articles named in a link state (see linkStateSql): each entry is `id.version.publishedAt`. */
export function linkedIdsOf (links: string): string[] {
  return links === '' ? [] : links.split(' ').map((entry) => entry.split('.')[0] ?? '')
}

/** SQL for the state of the public articles `a.id` links to, as `links`; `targets` is the view or table of articles to read. */
export function linkStateSql (links: string, targets: string, visible: string): string {
  return `coalesce((SELECT group_concat(t.id || '.' || t.version || '.' || coalesce(t.published_at, ''), ' ' ORDER BY t.id)
    FROM ${links} l JOIN ${targets} t ON t.id = l.target_id WHERE l.article_id = a.id AND ${visible}), '') AS links`
}

/** The ids of the articles blocks link to. */
export function linkedArticleIds (sections: ReadonlyArray<{ blocks: Block[] }>): string[] {
  const ids = new Set<string>()
  everyInline(sections, (content) => {
    for (const node of content) if (node.type === 'text') for (const mark of node.marks ?? []) if (mark.type === 'articleLink') ids.add(mark.articleId)
  })
  return [...ids]
}

// A cheap test on the stored JSON spares the walk for the bodies (nearly all) that link to no article.
const LINKS_AN_ARTICLE = '"articleLink"'

export class ArticleLinks {
  readonly #publicSlug: (id: string, now: string) => string | undefined
  readonly #publicBaseUrl: string
  readonly #keepHidden: boolean
  readonly #deleteFor
  readonly #insert

  /**
   * `public`: reads inside PublicReads' instant, through the public_articles view, and hidden links become plain text.
   * `preview`: the same test on the table at the given instant; hidden links keep their mark without href.
   */
  constructor (db: Db, view: 'public' | 'preview', options: { publicBaseUrl: string }) {
    this.#publicBaseUrl = options.publicBaseUrl
    this.#keepHidden = view === 'preview'
    this.#deleteFor = db.prepare<[string]>('DELETE FROM article_links WHERE article_id = ?')
    this.#insert = db.prepare<[string, string]>('INSERT OR IGNORE INTO article_links (article_id, target_id) VALUES (?, ?)')
    // The public view already holds only what is public at the reader's instant; @now is for the table's own test.
    if (view === 'public') {
      const statement = db.prepare<{ id: string }, { slug: string }>('SELECT slug FROM public_articles WHERE id = @id')
      this.#publicSlug = (id: string) => statement.get({ id })?.slug
    } else {
      const statement = db.prepare<{ id: string, now: string }, { slug: string }>(`SELECT slug FROM articles
        WHERE id = @id AND status IN ('published', 'scheduled') AND coalesce(published_at, '') <= @now`)
      this.#publicSlug = (id: string, now: string) => statement.get({ id, now })?.slug
    }
  }

  /** Records which articles the body links to. Call inside the transaction that saves the sections. */
  replaceForArticle (articleId: string, sections: ReadonlyArray<{ blocks: Block[] }>): void {
    this.#deleteFor.run(articleId)
    this.insertForArticle(articleId, sections)
  }

  /** Records the links of an article that has none recorded (a new one). Call inside the transaction that saves it. */
  insertForArticle (articleId: string, sections: ReadonlyArray<{ blocks: Block[] }>): void {
    for (const target of linkedArticleIds(sections)) this.#insert.run(articleId, target)
  }

  /** The stored sections as readers at `now` see them: article links resolved. Call inside the reader's instant. */
  sections (rows: SectionRow[], now: string): Section[] {
    const sections = rows.map(rowToSection)
    if (!rows.some((row) => row.blocks.includes(LINKS_AN_ARTICLE))) return sections
    const urlOf = (id: string): string | undefined => {
      const slug = this.#publicSlug(id, now)
      return slug === undefined ? undefined : `${this.#publicBaseUrl}/articles/${slug}`
    }
    return sections.map((section) => ({ ...section, blocks: resolveArticleLinks(section.blocks, urlOf, this.#keepHidden) }))
  }
}
