// Turns a page in the seed's text format into a stored article, idempotently per source.
import { createHash } from 'node:crypto'
import type { Db } from '../db/open.js'
import { stableId } from '../lib/ids.js'
import { slugify, uniqueSlug } from '../lib/slug.js'
import type { ArticleRepository } from '../repositories/article.js'
import { NotAnArticleError, parseSeedText, type ParsedArticle } from './seed-text.js'

export type ImportOutcome = 'created' | 'updated' | 'unchanged'

export interface ImportResult {
  source: string
  articleId: string
  slug: string
  outcome: ImportOutcome
  warnings: string[]
}

/** A source that cannot be imported; the message names the source and the reason. */
export class ImportError extends Error {
  override name = 'ImportError'
  constructor (readonly source: string, readonly reason: string) {
    super(`${source}: ${reason}`)
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** The bytes of a source as text, or an ImportError saying why they are not importable text. */
export function decodeText (source: string, bytes: Uint8Array): string {
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    throw new ImportError(source, 'not UTF-8 text')
  }
  if (text.includes('\u0000')) throw new ImportError(source, 'binary data, not text')
  if (text.trim() === '') throw new ImportError(source, 'the file is empty')
  return text.replace(/^\ufeff/, '')
}

/** The article in `text`, or an ImportError saying why `source` holds none. */
export function parseArticle (source: string, text: string): ParsedArticle {
  try {
    return parseSeedText(text)
  } catch (error) {
    if (error instanceof NotAnArticleError) throw new ImportError(source, `not an article: ${error.message}`)
    throw error
  }
}

export class Importer {
  readonly #articles: ArticleRepository
  readonly #importInTransaction: (source: string, text: string, parsed: ParsedArticle, now: string) => ImportResult

  constructor (db: Db, articles: ArticleRepository) {
    this.#articles = articles
    // Looking up the source and the slug and writing happen in one transaction, so two importers cannot race.
    this.#importInTransaction = db.transaction((source: string, text: string, parsed: ParsedArticle, now: string) =>
      this.#write(source, text, parsed, now))
  }

  /** Parses `text` and creates, updates or leaves alone the article for `source` (a stable name of where it came from). */
  importText (source: string, text: string, now: string): ImportResult {
    return this.#importInTransaction(source, text, parseArticle(source, text), now)
  }

  #write (source: string, text: string, parsed: ParsedArticle, now: string): ImportResult {
    const sourceHash = createHash('sha256').update(text).digest('hex')
    const existing = this.#articles.findBySource(source)
    if (existing !== undefined && existing.sourceHash === sourceHash) {
      return { source, articleId: existing.id, slug: existing.slug, outcome: 'unchanged', warnings: parsed.warnings }
    }
    const id = existing?.id ?? stableId(`source:${source}`)
    // A published URL must keep working, so an updated article keeps its slug even when its title changed.
    const slug = existing?.slug ?? uniqueSlug(slugify(parsed.title) || 'artikel', (candidate) =>
      this.#articles.slugOwner(candidate) !== undefined)
    this.#articles.save({
      id,
      slug,
      kicker: parsed.kicker,
      title: parsed.title,
      teaser: parsed.teaser,
      language: parsed.language,
      breadcrumb: parsed.breadcrumb,
      tags: [],
      status: 'published',
      publishedAt: parsed.publishedAt,
      source,
      sourceHash,
      sections: parsed.sections,
      media: parsed.media.map((media, index) => ({
        role: index === 0 ? 'lead' : 'inline',
        media: {
          id: stableId(`source:${source}#media-${index + 1}`),
          type: media.type,
          title: null,
          caption: media.caption,
          durationSeconds: media.durationSeconds,
          credit: null,
          copyright: null,
          date: media.date,
          renditions: [],
          thumbnails: []
        }
      }))
    }, now)
    return { source, articleId: id, slug, outcome: existing === undefined ? 'created' : 'updated', warnings: parsed.warnings }
  }
}
