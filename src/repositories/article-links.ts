// Links between articles in bodies, resolved on every read to the linked article's current public URL.
import type { Db } from '../db/open.js'
import { resolveArticleLinks } from '../lib/rich-text.js'
import type { Section } from '../schemas/section.js'
import { rowToSection, type SectionRow } from './section.js'

// A cheap test on the stored JSON spares the walk for the bodies (nearly all) that link to no article.
const LINKS_AN_ARTICLE = '"articleLink"'

export class ArticleLinks {
  readonly #publicSlug: (id: string, now: string) => string | undefined
  readonly #publicBaseUrl: string
  readonly #keepHidden: boolean

  /**
   * `public`: reads inside PublicReads' instant, through the public_articles view, and hidden links become plain text.
   * `preview`: the same test on the table at the given instant; hidden links keep their mark without href.
   */
  constructor (db: Db, view: 'public' | 'preview', options: { publicBaseUrl: string }) {
    this.#publicBaseUrl = options.publicBaseUrl
    this.#keepHidden = view === 'preview'
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
