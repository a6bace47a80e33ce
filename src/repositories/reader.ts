// What a read route asks of the database, whoever is asking: the public reader (anonymous callers, partners, feeds)
// and the preview reader (keys with content:preview) answer the same questions from separate statements.
import type { Category } from '../schemas/category.js'
import type { ArticleSummary, StoredArticle } from '../schemas/article.js'
import type { RuleFacts, StoredArticleMedia, StoredMedia } from '../schemas/media.js'
import type { Section } from '../schemas/section.js'
import type { ArticleFilters, ArticleSort, ListPosition } from './article-list.js'
import type { Total } from '../schemas/common.js'
import type { SummaryRow } from './article-row.js'
import type { SearchOptions, SearchPage } from './article-search.js'
import type { Highlight } from '../search/query.js'
import type { Snippet } from '../search/snippet.js'

/** What a conditional request is decided on, without loading the article's body. */
export interface ArticleVersion {
  id: string
  version: number
  /**
   * Sum of the versions of the article's media (it grows whenever one of them is edited), plus the state of the
   * articles its body links to as this reader sees them (a linked article published, renamed or hidden changes it).
   */
  mediaVersions: number
  /** The public articles its body links to: their changes change it, so caches key it by them too. */
  linkedIds: string[]
  /** The later of the article's and its media's last change. */
  updatedAt: string
}

/** What the media rules read of an item, for deciding a response's validators before loading it whole. */
export interface MediaRuleFacts extends RuleFacts {
  id: string
  type: StoredMedia['type']
  embeddable: boolean
}

export type { Snippet } from '../search/snippet.js'

export type ArticleKey = { id: string } | { slug: string }

/** The reads of one request: bound to its instant and profile, and to what the caller may see. */
export interface ContentReader {
  /** Whether drafts, scheduled and unpublished articles are visible: true only for the preview reader. */
  readonly preview: boolean
  article: (by: ArticleKey) => StoredArticle | undefined
  version: (by: ArticleKey) => ArticleVersion | undefined
  isVisible: (id: string) => boolean
  sections: (articleId: string) => Section[]
  section: (articleId: string, position: number) => Section | undefined
  articleMedia: (articleId: string) => StoredArticleMedia[]
  ruleFacts: (articleId: string) => MediaRuleFacts[]
  media: (id: string) => { media: StoredMedia, version: number, updatedAt: string } | undefined
  list: (options: { filters: ArticleFilters, sort: ArticleSort, limit: number, after: ListPosition | null }) => { rows: SummaryRow[], next: ListPosition | null }
  /** How many articles `filters` match: exact up to a bound, an estimate above (ArticleListRepository.count). */
  count: (filters: ArticleFilters) => Total
  search: (options: SearchOptions) => SearchPage
  /** The snippet of a search hit, from the text this reader may see of that article. */
  snippet: (highlight: Highlight, row: SummaryRow) => Snippet
  categories: () => Category[]
  /** When what this reader sees last changed, or null before anything was written. */
  lastChange: () => string | null
  /** The next instant a scheduled article becomes public, after which lists change by themselves. */
  nextPublication: () => string | null
  summary: (row: SummaryRow) => ArticleSummary
  /** The current slug of the article that once had `slug`, when this reader may see that article. */
  renamedTo: (slug: string) => string | undefined
}
