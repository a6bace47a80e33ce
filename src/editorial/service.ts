// The editorial workflow in one place: every write (an article, a media item, a restore, an import) goes through
// here, so slugs, slug conflicts, workflow rules, shared media and the actor are decided once, whoever writes.
import jsonMergePatch from 'json-merge-patch'
import { ConflictError, NotFoundError, UnprocessableWriteError } from '../errors.js'
import { slugify, uniqueSlug } from '../lib/slug.js'
import type { ArticleRepository } from '../repositories/article.js'
import type { ArticleInput } from '../repositories/article-input.js'
import type { ArticleStore } from '../repositories/article-store.js'
import type { MediaRepository } from '../repositories/media.js'
import type { Actor } from '../schemas/revision.js'
import type { RevisionRepository } from '../repositories/revision.js'
import type { ArticleWrite, MediaUpsert } from '../schemas/article-write.js'
import { mediaRuleProblems } from '../media-rules/validate.js'
import { resolveMediaReferences, type MediaLookup } from './media-references.js'
import { validateBody } from './validate.js'
import { mediaInputOf, toArticleInput } from './workflow.js'

/** Who writes, when, and the version the write is based on (from If-Match): a 412 when it is no longer current. */
export interface WriteBy {
  at: string
  actor: Actor | null
  expectedVersion?: number
}

export interface EditorialParts {
  articles: ArticleRepository
  store: ArticleStore
  media: MediaRepository
  revisions: RevisionRepository
}

/** How a write names a media item's version: the ETag GET /v1/media/{id} gives, and whether a given one matches. */
export interface MediaVersions {
  etagOf: (id: string, version: number) => string
  matches: (given: string, current: string) => boolean
}

const FALLBACK_SLUG = 'artikel'

export class Editorial {
  readonly #articles: ArticleRepository
  readonly #store: ArticleStore
  readonly #revisions: RevisionRepository
  readonly #media: MediaRepository
  readonly #versions: MediaVersions

  constructor (parts: EditorialParts, versions: MediaVersions) {
    this.#articles = parts.articles
    this.#store = parts.store
    this.#revisions = parts.revisions
    this.#media = parts.media
    this.#versions = versions
  }

  /** A slug no article holds, made from `title`. */
  newSlug (title: string): string {
    return uniqueSlug(slugify(title) || FALLBACK_SLUG, (candidate) => this.#articles.slugOwner(candidate) !== undefined)
  }

  /**
   * Creates or replaces the article `id` from a client's write: the workflow rules checked, shared media resolved,
   * the slug chosen (409 when the one asked for belongs to another article).
   */
  saveArticle (id: string, write: ArticleWrite, by: WriteBy): void {
    const view = { now: by.at, preview: true }
    const current = this.#articles.getById(id, view)
    const { input, correction } = toArticleInput(resolveMediaReferences(write, id, this.#mediaLookup(by.at)), {
      id,
      now: by.at,
      slug: this.#chooseSlug(write, id, current?.slug),
      ...(current === undefined ? {} : { currentStatus: current.status, stored: this.#articles.workflowState(id), source: this.#articles.provenance(id) })
    })
    this.#save(input, by, correction === undefined ? {} : { correction })
  }

  /** Applies an RFC 7396 merge patch to the article as PUT would send it, then saves it as saveArticle() does. */
  patchArticle (id: string, patch: unknown, by: WriteBy): void {
    const current = this.#articles.writeShape(id)
    if (current === undefined) throw new NotFoundError(`No article with id '${id}'`)
    const patched = jsonMergePatch.apply(structuredClone(current), patch) as ArticleWrite
    const problems = validateBody('ArticleWrite', patched)
    if (problems.length > 0) throw new UnprocessableWriteError(problems)
    this.saveArticle(id, patched, by)
  }

  /** Deletes the article, leaving its revisions and a tombstone event; 404 when there is none. */
  deleteArticle (id: string, by: WriteBy): void {
    const deleted = this.#store.delete(id, by.at, { actor: by.actor, ...(by.expectedVersion === undefined ? {} : { expectedVersion: by.expectedVersion }) })
    if (!deleted) throw new NotFoundError(`No article with id '${id}'`)
  }

  /**
   * Saves a revision's content as the article's newest version, recorded as `restored`. A restore brings back
   * content: the article keeps its workflow state (status and publication time), which changes only when a write
   * asks for it. A deleted article comes back in the state the revision had; a scheduled time that has passed
   * meanwhile publishes it now. Its old slug may have gone to another article meanwhile; then it gets a numbered one.
   */
  restoreRevision (id: string, version: number, by: WriteBy): void {
    const revision = this.#revisions.get(id, version)
    if (revision === undefined) throw new NotFoundError(`Article '${id}' has no revision ${version}`)
    const currentStatus = this.#articles.getById(id, { now: by.at, preview: true })?.status
    const state = this.#articles.workflowState(id)
    const slug = uniqueSlug(revision.article.slug ?? FALLBACK_SLUG, (candidate) => {
      const owner = this.#articles.slugOwner(candidate)
      return owner !== undefined && owner !== id
    })
    const write = state !== undefined
      ? { ...revision.article, status: state.status, publishedAt: state.publishedAt }
      : revision.article.status === 'scheduled' && (revision.article.publishedAt ?? '') <= by.at
        ? { ...revision.article, status: 'published' as const }
        : revision.article
    // Old metadata is no reason to change what other articles show: shared items are attached as they are now.
    const { input } = toArticleInput(resolveMediaReferences(write, id, this.#mediaLookup(by.at), { keepShared: true }), {
      id,
      now: by.at,
      slug,
      ...(currentStatus === undefined || state === undefined ? {} : { currentStatus, stored: state, source: this.#articles.provenance(id) })
    })
    this.#save(input, by, { event: 'restored' })
  }

  /** Creates or replaces a media item on its own; every article showing it changes with it. */
  saveMedia (id: string, write: MediaUpsert, by: WriteBy): void {
    const problems = mediaRuleProblems(write, '')
    if (problems.length > 0) throw new UnprocessableWriteError(problems)
    this.#store.saveMedia(mediaInputOf(id, write), by.at, { actor: by.actor, ...(by.expectedVersion === undefined ? {} : { expectedVersion: by.expectedVersion }) })
  }

  /**
   * Saves an imported article and records what its source gave (the base of the next re-import's merge). Call
   * inside the import's transaction. Returns the article's version.
   */
  saveImported (input: ArticleInput, sourceSnapshot: ArticleWrite, at: string, actor: Actor | null): number {
    const version = this.#store.save(input, at, { actor })
    this.#store.setImportBase(input.id, sourceSnapshot)
    return version
  }

  /** The slug to store: the one asked for (409 when another article holds it), else the current one, else one from the title. */
  #chooseSlug (write: ArticleWrite, id: string, current: string | undefined): string {
    if (write.slug !== undefined) {
      this.#assertSlugFree(write.slug, id)
      return write.slug
    }
    // A published URL keeps working: an article that has a slug keeps it unless a new one is sent.
    return current ?? this.newSlug(write.title)
  }

  #assertSlugFree (slug: string, id: string): void {
    const owner = this.#articles.slugOwner(slug)
    if (owner !== undefined && owner !== id) throw new ConflictError(`The slug '${slug}' belongs to article ${owner}`, owner)
  }

  #save (input: ArticleInput, by: WriteBy, options: { correction?: string, event?: 'restored' }): void {
    try {
      this.#store.save(input, by.at, { actor: by.actor, ...options, ...(by.expectedVersion === undefined ? {} : { expectedVersion: by.expectedVersion }) })
    } catch (error) {
      // Another writer took the slug between the check and the write.
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') this.#assertSlugFree(input.slug, input.id)
      throw error
    }
  }

  #mediaLookup (at: string): MediaLookup {
    return {
      stored: (id) => this.#media.getVisibleWithVersion(id, { now: at, preview: true }),
      articlesShowing: (id) => this.#media.articlesShowing(id),
      etagOf: this.#versions.etagOf,
      matches: this.#versions.matches
    }
  }
}
