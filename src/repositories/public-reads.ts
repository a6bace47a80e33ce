// The one way anonymous readers, partners and feeds read content. Every statement here reads the public_* views of
// migration 0008 (and search_public), never the content tables themselves, so whatever a statement's own WHERE says
// it can only see what is public at the request's instant. That instant reaches the views through the application
// function public_instant(), set for the duration of each read and NULL (nothing public) outside one.
import type { EpochMemo } from '../cache/epoch-memo.js'
import type { Db } from '../db/open.js'
import type { Correction, StoredArticle } from '../schemas/article.js'
import type { Category } from '../schemas/category.js'
import type { Section } from '../schemas/section.js'
import { ArticleLinks, linkedIdsOf, linkState, linkStateSql } from './article-links.js'
import { ArticleListRepository } from './article-list.js'
import { PUBLIC_ARTICLE_COLUMNS, rowToSummary, type ArticleRow } from './article-row.js'
import { CategoryTree } from './category.js'
import { MEDIA_COLUMNS, rowToArticleMedia, rowToFacts, rowToMedia, type ArticleMediaRow, type FactsRow, type MediaRow } from './media.js'
import type { ArticleKey, ArticleVersion, ContentReader } from './reader.js'
import { SnippetReader } from './search.js'
import type { SectionRow } from './section.js'
import { KIDS_MEDIA, kidsNarrowing, kidsParam, PUBLIC_TABLES } from './visibility.js'

interface VersionRow {
  id: string
  version: number
  updated_at: string
  media_versions: number
  /** The state of the linked public articles, see linkState(). */
  links: string
}

type Kids = { kids: 0 | 1 }

/** The public reader: what every reader reads, plus what only syndication needs. */
export interface PublicReader extends ContentReader {
  /** When the article first became public, as the API recorded it: the date feeds give an article without one. */
  firstPublished: (articleId: string) => string | null
}

export class PublicReads {
  readonly #publicBaseUrl: string
  readonly #memo: EpochMemo | undefined
  #instant: string | null = null
  readonly #byId
  readonly #bySlug
  readonly #versionById
  readonly #versionBySlug
  readonly #visible
  readonly #sections
  readonly #section
  readonly #articleMedia
  readonly #facts
  readonly #media
  readonly #lastEvent
  readonly #lastPublication
  readonly #nextPublication
  readonly #renamed
  readonly #firstPublished
  readonly #lists: ArticleListRepository
  readonly #snippets: SnippetReader
  readonly #categories: CategoryTree
  readonly #links: ArticleLinks

  /** With a `memo`, version lookups and rule facts (what every GET of an article and every 304 needs) are remembered per epoch. */
  constructor (db: Db, options: { publicBaseUrl: string, memo?: EpochMemo }) {
    this.#publicBaseUrl = options.publicBaseUrl
    this.#memo = options.memo
    // Deterministic within one statement: SQLite evaluates it once per run, not once per row.
    db.function('public_instant', { deterministic: true }, () => this.#instant)
    const kids = kidsNarrowing(PUBLIC_TABLES)
    this.#byId = db.prepare<{ id: string } & Kids, ArticleRow>(`SELECT ${PUBLIC_ARTICLE_COLUMNS} FROM public_articles a WHERE a.id = @id AND ${kids}`)
    this.#bySlug = db.prepare<{ slug: string } & Kids, ArticleRow>(`SELECT ${PUBLIC_ARTICLE_COLUMNS} FROM public_articles a WHERE a.slug = @slug AND ${kids}`)
    // Subqueries rather than a join: SQLite pushes the article's id into the view instead of materialising it.
    const version = `SELECT a.id, a.version,
        max(a.updated_at, coalesce((SELECT max(pm.updated_at) FROM public_attached_media pm WHERE pm.article_id = a.id), '')) AS updated_at,
        coalesce((SELECT sum(pm.version) FROM public_attached_media pm WHERE pm.article_id = a.id), 0) AS media_versions,
        ${linkStateSql('public_article_links', 'public_articles', '1')}
      FROM public_articles a`
    this.#versionById = db.prepare<{ id: string } & Kids, VersionRow>(`${version} WHERE a.id = @id AND ${kids}`)
    this.#versionBySlug = db.prepare<{ slug: string } & Kids, VersionRow>(`${version} WHERE a.slug = @slug AND ${kids}`)
    this.#visible = db.prepare<{ id: string } & Kids, { found: number }>(`SELECT 1 AS found FROM public_articles a WHERE a.id = @id AND ${kids}`)
    this.#sections = db.prepare<[string], SectionRow>('SELECT position, heading, blocks FROM public_sections WHERE article_id = ? ORDER BY position')
    this.#section = db.prepare<[string, number], SectionRow>('SELECT position, heading, blocks FROM public_sections WHERE article_id = ? AND position = ?')
    this.#articleMedia = db.prepare<[string], ArticleMediaRow>(`SELECT ${MEDIA_COLUMNS}, m.role FROM public_attached_media m WHERE m.article_id = ? ORDER BY m.position`)
    this.#facts = db.prepare<[string], FactsRow>(`
      SELECT m.id, m.type, m.embeddable, m.available_from, m.available_until, m.allowed_regions, m.age_rating
      FROM public_attached_media m WHERE m.article_id = ? ORDER BY m.position`)
    // The kids profile sees a media item only when it is fit for children itself and an article of the profile shows it.
    this.#media = db.prepare<{ id: string } & Kids, MediaRow & { version: number, updated_at: string }>(`
      SELECT ${MEDIA_COLUMNS}, m.version, m.updated_at FROM public_media m
      WHERE m.id = @id AND (@kids = 0 OR (${KIDS_MEDIA} AND EXISTS (
        SELECT 1 FROM public_attached_media shown JOIN public_articles a ON a.id = shown.article_id
        WHERE shown.id = m.id AND ${kids})))`)
    // What anonymous readers see changes with public events (publication, an edit of a public article, its removal)
    // and when a scheduled article's time comes; edits of hidden articles change neither.
    this.#lastEvent = db.prepare<[], { at: string }>('SELECT at FROM public_events ORDER BY public_seq DESC LIMIT 1')
    // The newest date at or before the instant, found by a seek: every public date is at or before it, and max()
    // over the view would step over the scheduled articles dated after it first.
    this.#lastPublication = db.prepare<[], { at: string | null }>(
      'SELECT published_at AS at FROM public_articles WHERE published_at <= public_instant() ORDER BY published_at DESC LIMIT 1')
    this.#nextPublication = db.prepare<[], { at: string | null }>('SELECT min(published_at) AS at FROM upcoming_publications')
    // An old slug leads only to a public article: it must not reveal where a hidden one moved.
    this.#renamed = db.prepare<{ slug: string } & Kids, { slug: string }>(`
      SELECT a.slug FROM slug_history h JOIN public_articles a ON a.id = h.article_id WHERE h.slug = @slug AND ${kids}`)
    this.#firstPublished = db.prepare<[string], { at: string | null }>(`
      SELECT min(at) AS at FROM public_events WHERE article_id = ? AND type IN ('published', 'publication_reached')`)
    this.#lists = new ArticleListRepository(db, 'public')
    this.#snippets = new SnippetReader(db, 'public')
    this.#categories = new CategoryTree(db, 'public')
    this.#links = new ArticleLinks(db, 'public', options)
  }

  /** Runs `read` with the views showing what is public at `now`; outside it they show nothing. */
  #at<T> (now: string, read: () => T): T {
    const outer = this.#instant
    this.#instant = now
    try {
      return read()
    } finally {
      this.#instant = outer
    }
  }

  /** When the next listed article turns public after `now`, or null: until then, time changes nothing public. */
  nextPublicationAt (now: string): string | null {
    return this.#at(now, () => this.#nextPublication.get()?.at ?? null)
  }

  /** The reads of one request made at `now`, narrowed to the kids profile when `kids`. */
  reader (now: string, kids: boolean | undefined): PublicReader {
    const params = kidsParam(kids)
    const at = <T>(read: () => T): T => this.#at(now, read)
    let remembered: (<T>(key: string, load: () => T) => T) | undefined
    // The epoch is read at the first remembered read of the request, not for reads that need none.
    const remember = <T>(key: string, load: () => T): T => {
      if (this.#memo === undefined) return load()
      remembered ??= this.#memo.at(now)
      return remembered(key, load)
    }
    const version = (by: ArticleKey): ArticleVersion | undefined => remember(
      'id' in by ? `v${params.kids}:${by.id}` : `s${params.kids}:${by.slug}`,
      () => at(() => {
        const row = 'id' in by ? this.#versionById.get({ id: by.id, ...params }) : this.#versionBySlug.get({ slug: by.slug, ...params })
        return row === undefined ? undefined : { id: row.id, version: row.version, mediaVersions: row.media_versions + linkState(row.links), linkedIds: linkedIdsOf(row.links), updatedAt: row.updated_at }
      }))
    return {
      preview: false,
      article: (by) => at(() => {
        const row = 'id' in by ? this.#byId.get({ id: by.id, ...params }) : this.#bySlug.get({ slug: by.slug, ...params })
        return row === undefined ? undefined : this.#toArticle(row, now)
      }),
      version,
      isVisible: (id) => at(() => this.#visible.get({ id, ...params }) !== undefined),
      sections: (articleId) => at(() => this.#links.sections(this.#sections.all(articleId), now)),
      section: (articleId, position): Section | undefined => at(() => {
        const row = this.#section.get(articleId, position)
        return row === undefined ? undefined : this.#links.sections([row], now)[0]
      }),
      articleMedia: (articleId) => at(() => this.#articleMedia.all(articleId).map(rowToArticleMedia)),
      ruleFacts: (articleId) => remember(`f:${articleId}`, () => at(() => this.#facts.all(articleId).map(rowToFacts))),
      media: (id) => at(() => {
        const row = this.#media.get({ id, ...params })
        return row === undefined ? undefined : { media: rowToMedia(row), version: row.version, updatedAt: row.updated_at }
      }),
      list: (options) => at(() => this.#lists.list(options, now, kids)),
      count: (filters) => at(() => this.#lists.count(filters, now, kids)),
      search: (options) => at(() => this.#lists.search(options, now, kids)),
      snippet: (highlight, row) => at(() => this.#snippets.snippet(highlight, row)),
      categories: (): Category[] => at(() => this.#categories.tree(kids)),
      lastChange: () => at(() => {
        const latest = [this.#lastEvent.get()?.at ?? '', this.#lastPublication.get()?.at ?? ''].sort().at(-1) ?? ''
        return latest === '' ? null : latest
      }),
      nextPublication: () => at(() => this.#nextPublication.get()?.at ?? null),
      summary: (row) => rowToSummary(row, this.#publicBaseUrl),
      renamedTo: (slug) => at(() => this.#renamed.get({ slug, ...params })?.slug),
      firstPublished: (articleId) => at(() => this.#firstPublished.get(articleId)?.at ?? null)
    }
  }

  #toArticle (row: ArticleRow, now: string): StoredArticle {
    // Called inside #at: the sections and media views still show this public article.
    return {
      ...rowToSummary(row, this.#publicBaseUrl),
      createdAt: row.created_at,
      version: row.version,
      // The import's file name is the newsroom's business: public readers learn only that there was a source.
      source: null,
      corrections: JSON.parse(row.corrections) as Correction[],
      sections: this.#links.sections(this.#sections.all(row.id), now),
      media: this.#articleMedia.all(row.id).map(rowToArticleMedia)
    }
  }
}
