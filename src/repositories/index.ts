// Every repository over one database, each built once: what the app's context, the command line and the bench share.
import type { Db } from '../db/open.js'
import { ContentEpoch } from '../cache/content-epoch.js'
import { EpochMemo } from '../cache/epoch-memo.js'
import { ApiKeyRepository } from './api-key.js'
import { ArticleRepository } from './article.js'
import { ArticleLinks } from './article-links.js'
import { ArticleStore } from './article-store.js'
import { CategoryRepository } from './category.js'
import type { ChangeRepository } from './change.js'
import { EdgeNodeRepository } from './edge-node.js'
import { MediaRepository } from './media.js'
import { PublicReads } from './public-reads.js'
import { RevisionRepository } from './revision.js'
import { SearchRepository } from './search.js'
import { SectionRepository } from './section.js'
import { SlugHistoryRepository } from './slug-history.js'
import { WebhookRepository } from './webhook.js'

export interface Repositories {
  /** Editors' and previews' reads: every article whatever its status. */
  articles: ArticleRepository
  /** Article and media writes, each in one transaction. */
  articleStore: ArticleStore
  /** What anonymous readers, partners and feeds may read: the public views only. */
  publicReads: PublicReads
  sections: SectionRepository
  media: MediaRepository
  categories: CategoryRepository
  search: SearchRepository
  revisions: RevisionRepository
  changes: ChangeRepository
  slugs: SlugHistoryRepository
  apiKeys: ApiKeyRepository
  webhooks: WebhookRepository
  edgeNodes: EdgeNodeRepository
  /** Moves whenever what anonymous readers see may have changed: what in-memory public answers are keyed by. */
  contentEpoch: ContentEpoch
}

/** The two ways content is read: anonymous readers through the public views, keys with content:preview through the base tables. */
export interface Readers {
  public: PublicReads
  preview: ArticleRepository
}

export interface RepositoryOptions {
  /** Origin of the website that renders articles: article URLs are built from it. */
  publicBaseUrl: string
  /** Where clients reach this API: webhook payloads link to it. */
  publicApiUrl: string
}

export function openRepositories (db: Db, options: RepositoryOptions): Repositories {
  const sections = new SectionRepository(db)
  const media = new MediaRepository(db)
  const slugs = new SlugHistoryRepository(db)
  const categories = new CategoryRepository(db)
  const search = new SearchRepository(db)
  const revisions = new RevisionRepository(db)
  const links = new ArticleLinks(db, 'preview', { publicBaseUrl: options.publicBaseUrl })
  // The epoch asks the public reads when the next article turns public; they remember answers per epoch.
  const contentEpoch: ContentEpoch = new ContentEpoch(db, (now: string): string | null => publicReads.nextPublicationAt(now))
  const publicReads: PublicReads = new PublicReads(db, { publicBaseUrl: options.publicBaseUrl, memo: new EpochMemo(contentEpoch) })
  const articles = new ArticleRepository(db, { publicBaseUrl: options.publicBaseUrl }, { sections, media, slugs, links })
  return {
    articles,
    articleStore: new ArticleStore(db, { articles, sections, links, media, categories, search, revisions, slugs }),
    publicReads,
    sections,
    media,
    categories,
    search,
    revisions,
    changes: revisions.changes,
    slugs,
    apiKeys: new ApiKeyRepository(db),
    webhooks: new WebhookRepository(db, { publicApiUrl: options.publicApiUrl }),
    edgeNodes: new EdgeNodeRepository(db),
    contentEpoch
  }
}
