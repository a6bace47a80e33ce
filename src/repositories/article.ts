// Articles as editors and previews read them: one article by id or slug, the facts HTTP caching needs, and what
// writes consult (workflow state, provenance, slug owners). Writes are the ArticleStore's.
import type { Db } from '../db/open.js'
import { unpackJson } from '../db/packed-json.js'
import type { ArticleStatus, ArticleSummary, Correction, StoredArticle } from '../schemas/article.js'
import type { ArticleWrite } from '../schemas/article-write.js'
import { ArticleLinks, linkedIdsOf, linkState, linkStateSql } from './article-links.js'
import { ArticleListRepository } from './article-list.js'
import { ARTICLE_COLUMNS, CONTENT_CHANGED_AT, rowToSummary, type ArticleRow, type SummaryRow } from './article-row.js'
import { CategoryTree } from './category.js'
import type { MediaRepository } from './media.js'
import { SnippetReader } from './search.js'
import type { SectionRepository } from './section.js'
import type { ArticleKey, ArticleVersion, ContentReader } from './reader.js'
import type { SlugHistoryRepository } from './slug-history.js'
import { kidsNarrowing, kidsParam, PREVIEW_TABLES, type View } from './visibility.js'

export type { ArticleVersion }

interface VersionRow {
  id: string
  version: number
  updated_at: string
  media_versions: number
  /** The state of the linked articles, see linkState(). */
  links: string
}

function editorParams (view: View): { now: string, kids: 0 | 1 } {
  // These reads see every article whatever its status. A caller asking for the public view here would show it
  // drafts: refuse loudly, so the mistake is a failing test and never a leak.
  if (!view.preview) throw new Error("ArticleRepository reads are the editors' and the preview's; public reads go through PublicReads")
  return { now: view.now, ...kidsParam(view.kids) }
}

/** The repositories an article read assembles it from. */
export interface ArticleParts {
  sections: SectionRepository
  media: MediaRepository
  slugs: SlugHistoryRepository
  /** Article links, resolved as at the read's instant. */
  links: ArticleLinks
}

export class ArticleRepository {
  readonly #sections: SectionRepository
  readonly #media: MediaRepository
  readonly #slugs: SlugHistoryRepository
  readonly #links: ArticleLinks
  readonly #lists: ArticleListRepository
  readonly #snippets: SnippetReader
  readonly #tree: CategoryTree
  readonly #publicBaseUrl: string
  readonly #getById
  readonly #getBySlug
  readonly #versionById
  readonly #isVisible
  readonly #versionBySlug
  readonly #current
  readonly #provenance
  readonly #lastChange
  readonly #nextPublication
  readonly #findBySource
  readonly #slugOwner
  readonly #hasAny
  readonly #importBase

  constructor (db: Db, options: { publicBaseUrl: string }, parts: ArticleParts) {
    this.#publicBaseUrl = options.publicBaseUrl
    this.#sections = parts.sections
    this.#media = parts.media
    this.#slugs = parts.slugs
    this.#links = parts.links
    this.#lists = new ArticleListRepository(db, 'preview')
    this.#snippets = new SnippetReader(db, 'preview')
    this.#tree = new CategoryTree(db, 'preview')
    // Editors' and previews' reads: every article whatever its status (public reads are PublicReads'), the kids
    // profile still narrowing them.
    type ViewParams = { now: string, kids: 0 | 1 }
    const VISIBLE_ARTICLE = kidsNarrowing(PREVIEW_TABLES)
    this.#getById = db.prepare<{ id: string } & ViewParams, ArticleRow>(
      `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = @id AND ${VISIBLE_ARTICLE}`)
    this.#getBySlug = db.prepare<{ slug: string } & ViewParams, ArticleRow>(
      `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.slug = @slug AND ${VISIBLE_ARTICLE}`)
    // Linked articles count as public at the request's instant, as readers of the preview see their links resolved.
    const links = linkStateSql('article_links', 'articles', "t.status IN ('published', 'scheduled') AND coalesce(t.published_at, '') <= @now")
    const version = `SELECT a.id, a.version, max(a.updated_at, coalesce(max(m.updated_at), '')) AS updated_at, coalesce(sum(m.version), 0) AS media_versions,
        ${links}
      FROM articles a LEFT JOIN article_media am ON am.article_id = a.id LEFT JOIN media m ON m.id = am.media_id`
    // Sections and media routes only need to know the article may be shown: no media join.
    this.#isVisible = db.prepare<{ id: string, kids: 0 | 1 }, { found: number }>(
      `SELECT 1 AS found FROM articles a WHERE a.id = @id AND ${VISIBLE_ARTICLE}`)
    this.#versionById = db.prepare<{ id: string } & ViewParams, VersionRow>(
      `${version} WHERE a.id = @id AND ${VISIBLE_ARTICLE} GROUP BY a.id`)
    this.#versionBySlug = db.prepare<{ slug: string } & ViewParams, VersionRow>(
      `${version} WHERE a.slug = @slug AND ${VISIBLE_ARTICLE} GROUP BY a.id`)
    this.#current = db.prepare<[string], { version: number, status: ArticleStatus, published_at: string | null, corrections: string }>(
      'SELECT version, status, published_at, corrections FROM articles WHERE id = ?')
    this.#provenance = db.prepare<[string], { source: string | null, source_hash: string | null }>(
      'SELECT source, source_hash FROM articles WHERE id = ?')
    // Lists change when content is written and when a scheduled article's time comes, whichever was later.
    this.#lastChange = db.prepare<{ now: string, key: string }, { at: string | null }>(`
      SELECT max(coalesce((SELECT value FROM app_state WHERE key = @key), ''),
                 coalesce((SELECT max(published_at) FROM articles WHERE published_at <= @now), '')) AS at`)
    this.#nextPublication = db.prepare<{ now: string }, { at: string | null }>(
      "SELECT min(published_at) AS at FROM articles WHERE published_at > @now AND status IN ('published', 'scheduled')")
    this.#findBySource = db.prepare<[string], { id: string, slug: string, source_hash: string | null }>(
      'SELECT id, slug, source_hash FROM articles WHERE source = ?')
    this.#slugOwner = db.prepare<[string], { id: string }>('SELECT id FROM articles WHERE slug = ?')
    this.#hasAny = db.prepare<[], { found: number }>('SELECT EXISTS (SELECT 1 FROM articles) AS found')
    this.#importBase = db.prepare<[string], { snapshot: Buffer }>('SELECT snapshot FROM import_bases WHERE article_id = ?')
  }

  /**
   * The reads of a request with the content:preview scope: every article whatever its status (`view.preview` is not
   * consulted; anonymous readers go through PublicReads instead), narrowed to the kids profile when it applies.
   */
  reader (view: View): ContentReader {
    if (!view.preview) throw new Error('The preview reader is for keys with content:preview; public reads go through PublicReads')
    const { now, kids } = view
    return {
      preview: true,
      article: (by: ArticleKey) => 'id' in by ? this.getById(by.id, view) : this.getBySlug(by.slug, view),
      version: (by) => this.version(by, view),
      isVisible: (id) => this.isVisible(id, view),
      sections: (articleId) => this.#links.sections(this.#sections.rowsByArticle(articleId), now),
      section: (articleId, position) => {
        const row = this.#sections.row(articleId, position)
        return row === undefined ? undefined : this.#links.sections([row], now)[0]
      },
      articleMedia: (articleId) => this.#media.listByArticle(articleId),
      ruleFacts: (articleId) => this.#media.ruleFactsByArticle(articleId),
      media: (id) => this.#media.getVisibleWithVersion(id, view),
      list: (options) => this.#lists.list(options, now, kids),
      search: (options) => this.#lists.search(options, now, kids),
      count: (filters) => this.#lists.count(filters, now, kids),
      snippet: (highlight, row) => this.#snippets.snippet(highlight, row),
      categories: () => this.#tree.tree(kids),
      lastChange: () => this.lastChange(now),
      nextPublication: () => this.nextPublication(now),
      summary: (row) => this.summary(row),
      renamedTo: (slug) => this.#slugs.currentSlug(slug, view)
    }
  }

  /** The article, whatever its status: the editor's read (see reader()), article links resolved as at `view.now`. */
  getById (id: string, view: View): StoredArticle | undefined {
    const row = this.#getById.get({ id, ...editorParams(view) })
    return row === undefined ? undefined : this.#toArticle(row, view.now)
  }

  getBySlug (slug: string, view: View): StoredArticle | undefined {
    const row = this.#getBySlug.get({ slug, ...editorParams(view) })
    return row === undefined ? undefined : this.#toArticle(row, view.now)
  }

  /** The version of an article whatever its status, found by id or slug: enough to answer a conditional request. */
  version (by: { id: string } | { slug: string }, view: View): ArticleVersion | undefined {
    const params = editorParams(view)
    const row = 'id' in by ? this.#versionById.get({ id: by.id, ...params }) : this.#versionBySlug.get({ slug: by.slug, ...params })
    return row === undefined ? undefined : { id: row.id, version: row.version, mediaVersions: row.media_versions + linkState(row.links), linkedIds: linkedIdsOf(row.links), updatedAt: row.updated_at }
  }

  isVisible (id: string, view: View): boolean {
    return this.#isVisible.get({ id, ...editorParams(view) }) !== undefined
  }

  /** The workflow state as stored (a scheduled article stays `scheduled` after its time); undefined when there is none. */
  workflowState (id: string): { status: ArticleStatus, publishedAt: string | null } | undefined {
    const row = this.#current.get(id)
    return row === undefined ? undefined : { status: row.status, publishedAt: row.published_at }
  }

  /** The stored article, whatever its status, as a write would send it; undefined when there is none. */
  writeShape (id: string): ArticleWrite | undefined {
    const article = this.getById(id, { now: '', preview: true })
    if (article === undefined) return undefined
    return {
      slug: article.slug,
      kicker: article.kicker,
      title: article.title,
      byline: article.byline,
      teaser: article.teaser,
      language: article.language,
      breadcrumb: article.breadcrumb,
      tags: article.tags,
      kids: article.kids,
      status: this.#current.get(id)?.status ?? article.status,
      publishedAt: article.publishedAt,
      // As stored: article links without the hrefs reads resolve.
      sections: this.#sections.listByArticle(id).map((section) => ({ heading: section.heading, blocks: section.blocks })),
      media: article.media.map(({ duration: _duration, ...media }) => media)
    }
  }

  /** When any content last changed (drafts included: the preview's lists), or null before any was written. */
  lastChange (now: string): string | null {
    return this.#lastChange.get({ now, key: CONTENT_CHANGED_AT })?.at || null
  }

  /** The next instant a scheduled article becomes public, after which lists change by themselves. */
  nextPublication (now: string): string | null {
    return this.#nextPublication.get({ now })?.at ?? null
  }

  summary (row: SummaryRow): ArticleSummary {
    return rowToSummary(row, this.#publicBaseUrl)
  }

  /** Where the article was imported from, kept when an editor changes it. */
  provenance (id: string): { source: string | null, sourceHash: string | null } {
    const row = this.#provenance.get(id)
    return { source: row?.source ?? null, sourceHash: row?.source_hash ?? null }
  }

  /** The article imported from `source`, whatever its status. */
  findBySource (source: string): { id: string, slug: string, sourceHash: string | null } | undefined {
    const row = this.#findBySource.get(source)
    return row === undefined ? undefined : { id: row.id, slug: row.slug, sourceHash: row.source_hash }
  }

  /** The id of the article that holds `slug`, whatever its status. */
  slugOwner (slug: string): string | undefined {
    return this.#slugOwner.get(slug)?.id
  }

  /** The article as its source gave it at the last import; undefined for articles imported before this was kept. */
  importBase (id: string): ArticleWrite | undefined {
    const row = this.#importBase.get(id)
    return row === undefined ? undefined : JSON.parse(unpackJson(row.snapshot)) as ArticleWrite
  }

  hasAny (): boolean {
    return this.#hasAny.get()?.found === 1
  }

  #toArticle (row: ArticleRow, now: string): StoredArticle {
    return {
      ...this.summary(row),
      createdAt: row.created_at,
      version: row.version,
      source: row.source,
      corrections: JSON.parse(row.corrections) as Correction[],
      sections: this.#links.sections(this.#sections.rowsByArticle(row.id), now),
      media: this.#media.listByArticle(row.id)
    }
  }
}
