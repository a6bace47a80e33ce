// Turns a page (text scrape, HTML or ninjs) into a stored article, idempotently per source, alone or in batches.
import { createHash } from 'node:crypto'
import type { Db, Transaction } from '../db/open.js'
import { stableId } from '../lib/ids.js'
import type { ArticleRepository } from '../repositories/article.js'
import { canonical, snapshotOf, type ArticleInput } from '../repositories/article-input.js'
import type { Editorial } from '../editorial/service.js'
import type { ArticleWrite } from '../schemas/article-write.js'
import { mediaInputOf } from '../editorial/workflow.js'
import type { ImportResult } from '../schemas/import.js'
import type { Actor } from '../schemas/revision.js'
import { parseHtml } from './html.js'
import { isNinjs, parseNinjs } from './ninjs.js'
import { NotAnArticleError, withWebUrlsOnly, type ImportFormat, type ParsedArticle } from './parsed.js'
import { ParserThread } from './parser-thread.js'
import { parseText } from './text.js'

/** The state a new article is created in; a re-import keeps the state editors gave it. */
export type ImportStatus = 'draft' | 'published'

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

/** Which parser reads `text`: ninjs for JSON with a ninjs shape, HTML for markup, a text scrape otherwise. */
export function detectFormat (text: string): ImportFormat | 'json' {
  const start = text.trimStart()
  if (start.startsWith('{') || start.startsWith('[')) {
    try {
      return isNinjs(JSON.parse(start)) ? 'ninjs' : 'json'
    } catch {
      return 'text'
    }
  }
  return /^<(?:!doctype html|html|head|body|article|main|meta|div|p|h1)\b/i.test(start) ? 'html' : 'text'
}

/** The article in `text`, or an ImportError saying why `source` holds none. */
export function parseArticle (source: string, text: string): ParsedArticle {
  const format = detectFormat(text)
  try {
    switch (format) {
      case 'json':
        throw new NotAnArticleError('JSON, but not a ninjs document (it needs "uri" and a headline or body)')
      case 'ninjs':
        return withWebUrlsOnly(parseNinjs(JSON.parse(text)))
      case 'html':
        return withWebUrlsOnly(parseHtml(text))
      case 'text':
        return parseText(text)
    }
  } catch (error) {
    if (error instanceof NotAnArticleError) throw new ImportError(source, `not an article: ${error.message}`)
    // The parsers walk trees without recursion and limit their depth; should a structure still exhaust the stack,
    // that document is refused and the batch it came in goes on.
    if (error instanceof RangeError && /call stack/i.test(error.message)) throw new ImportError(source, 'not an article: the document is nested too deeply to read')
    throw error
  }
}

/**
 * The sections with each media block's placeholder (`#n`, the n-th parsed media item, as the parsers write it) made
 * the item's id; a block for an item that is not there is left out.
 */
export function withMediaIds (sections: ParsedArticle['sections'], ids: string[]): ParsedArticle['sections'] {
  return sections.map((section) => ({
    ...section,
    blocks: section.blocks.flatMap((block) => {
      if (block.type !== 'media' || !block.mediaId.startsWith('#')) return [block]
      const id = ids[Number(block.mediaId.slice(1))]
      return id === undefined ? [] : [{ ...block, mediaId: id }]
    })
  }))
}

export class Importer {
  readonly #articles: ArticleRepository
  readonly #editorial: Editorial
  readonly #importInTransaction: Transaction<(source: string | null, text: string, parsed: ParsedArticle, now: string, actor: Actor | null, status: ImportStatus) => ImportResult>
  readonly #db: Db
  // Started on the first import that asks for it, stopped by close() or after a while with nothing to do.
  readonly #parser = new ParserThread()

  constructor (db: Db, articles: ArticleRepository, editorial: Editorial) {
    this.#db = db
    this.#articles = articles
    this.#editorial = editorial
    // Looking up the source and the slug and writing happen in one transaction, so two importers cannot race.
    this.#importInTransaction = db.transaction((source: string | null, text: string, parsed: ParsedArticle, now: string, actor: Actor | null, status: ImportStatus) =>
      this.#write(source, text, parsed, now, actor, status))
  }

  /**
   * Parses `text` and creates, updates or leaves alone its article. The source is the page's canonical URL when
   * it names one, else `name` (a file name), else a hash of the content: the same source always means the same article.
   */
  importText (name: string | null, text: string, now: string, actor: Actor | null = null, options: { status?: ImportStatus } = {}): ImportResult {
    // The command line's documented default is published; the API asks for draft unless told otherwise.
    return this.#importInTransaction.immediate(name, text, parseArticle(name ?? 'request body', text), now, actor, options.status ?? 'published')
  }

  /**
   * importText with the parsing done on a worker thread within a time budget, so that the caller's event loop (a
   * server's) goes on answering other requests; a document that takes too long to read is refused as no article.
   */
  async importTextOffThread (name: string | null, text: string, now: string, actor: Actor | null = null, options: { status?: ImportStatus } = {}): Promise<ImportResult> {
    const source = name ?? 'request body'
    const outcome = await this.#parser.parse(source, text)
    if ('reason' in outcome) throw new ImportError(source, outcome.reason)
    return this.#importInTransaction.immediate(name, text, outcome.parsed, now, actor, options.status ?? 'published')
  }

  /** Stops the parser thread, if one runs. */
  async close (): Promise<void> {
    await this.#parser.close()
  }

  /**
   * Imports many sources, `batchSize` to a transaction (a failed one rolls back alone); bad sources are reported,
   * the rest are imported. `onEach` is told of every source as it is done. A source that comes `parsed` already
   * (on a parser thread, say) is not parsed again.
   */
  importMany (sources: Iterable<{ name: string, read: () => string, parsed?: ParsedArticle }>, now: string, options: { batchSize?: number, sourceName?: (name: string) => string, onEach?: (name: string, result: ImportResult | ImportError) => void } = {}): void {
    const batchSize = options.batchSize ?? 500
    let batch: Array<{ name: string, read: () => string, parsed?: ParsedArticle }> = []
    const run = this.#db.transaction((items: typeof batch) => {
      for (const { name, read, parsed } of items) {
        let result: ImportResult | ImportError
        try {
          const source = options.sourceName?.(name) ?? name
          result = parsed === undefined ? this.importText(source, read(), now) : this.#importInTransaction(source, read(), parsed, now, null, 'published')
        } catch (error) {
          if (!(error instanceof ImportError)) throw error
          result = error
        }
        options.onEach?.(name, result)
      }
    })
    for (const source of sources) {
      batch.push(source)
      if (batch.length >= batchSize) {
        run.immediate(batch)
        batch = []
      }
    }
    if (batch.length > 0) run.immediate(batch)
  }

  #write (name: string | null, text: string, parsed: ParsedArticle, now: string, actor: Actor | null, status: ImportStatus): ImportResult {
    const sourceHash = createHash('sha256').update(text).digest('hex')
    const source = parsed.canonicalUrl ?? name ?? `sha256:${sourceHash}`
    const existing = this.#articles.findBySource(source)
    const paragraphs = parsed.sections.reduce((n, s) => n + s.blocks.filter((b) => b.type !== 'media').length, 0)
    const found = {
      title: parsed.title,
      kicker: parsed.kicker !== null,
      teaser: parsed.teaser !== null,
      byline: parsed.byline !== null,
      publishedAt: parsed.publishedAt !== null,
      sections: parsed.sections.length,
      paragraphs,
      media: parsed.media.length
    }
    const base = { source, format: parsed.format, found, warnings: parsed.warnings, conflicts: [] as string[] }
    if (existing !== undefined && existing.sourceHash === sourceHash) {
      return { ...base, articleId: existing.id, slug: existing.slug, outcome: 'unchanged' }
    }
    const id = existing?.id ?? stableId(`source:${source}`)
    // A published URL must keep working, so an updated article keeps its slug even when its title changed.
    const slug = existing?.slug ?? this.#editorial.newSlug(parsed.title)
    const mediaIds = parsed.media.map((_, index) => stableId(`source:${source}#media-${index + 1}`))
    const incoming: ArticleInput = {
      id,
      slug,
      kicker: parsed.kicker,
      title: parsed.title,
      byline: parsed.byline,
      teaser: parsed.teaser,
      language: parsed.language,
      breadcrumb: parsed.breadcrumb.filter((label) => !label.includes('/')).slice(0, 10),
      tags: parsed.tags,
      status,
      publishedAt: parsed.publishedAt,
      source,
      sourceHash,
      sections: withMediaIds(parsed.sections, mediaIds),
      media: parsed.media.map(({ role, ...media }, index) => ({
        role,
        media: { ...media, id: mediaIds[index] as string }
      }))
    }
    const sourceSnapshot = snapshotOf(incoming)
    if (existing === undefined) {
      this.#editorial.saveImported(incoming, sourceSnapshot, now, actor)
      return { ...base, articleId: id, slug, outcome: 'created' }
    }
    const { input, conflicts } = this.#merge(incoming, sourceSnapshot)
    const before = this.#articles.workflowState(id)
    const version = this.#articles.version({ id }, { now, preview: true })?.version
    const saved = this.#editorial.saveImported(input, sourceSnapshot, now, actor)
    const warnings = [...parsed.warnings, ...conflicts.map((field) => `${field}: kept the editors' version; the source changed it too, and its new ${field} was not applied`)]
    const outcome = saved === version && before !== undefined ? 'unchanged' : 'updated'
    return { ...base, warnings, conflicts, articleId: id, slug, outcome }
  }

  /**
   * A re-import as a three-way merge, field by field, of what the source gave last time (the base), what editors
   * made of it (the stored article) and what the source gives now. The workflow state is the editors' alone: a
   * re-import never publishes, unpublishes or reschedules. A field editors changed keeps their version; when the
   * source changed it too, that is a conflict, reported and not applied. Sections and media are one field (blocks
   * reference media). Articles imported before bases were kept have no base: the source's fields apply.
   */
  #merge (incoming: ArticleInput, sourceSnapshot: ArticleWrite): { input: ArticleInput, conflicts: string[] } {
    const current = this.#articles.writeShape(incoming.id)
    const state = this.#articles.workflowState(incoming.id)
    if (current === undefined || state === undefined) return { input: incoming, conflicts: [] }
    const previous = this.#articles.importBase(incoming.id) ?? current
    const conflicts: string[] = []
    const input: ArticleInput = { ...incoming, status: state.status }
    const editorsChanged = (fields: Array<keyof ArticleWrite>): boolean => fields.some((field) => canonical(current[field]) !== canonical(previous[field]))
    const sourceChanged = (fields: Array<keyof ArticleWrite>): boolean => fields.some((field) => canonical(sourceSnapshot[field]) !== canonical(previous[field]))
    const keep = (name: string, fields: Array<keyof ArticleWrite>, apply: () => void): void => {
      if (!editorsChanged(fields)) return
      apply()
      if (sourceChanged(fields)) conflicts.push(name)
    }
    keep('kicker', ['kicker'], () => { input.kicker = current.kicker ?? null })
    keep('title', ['title'], () => { input.title = current.title })
    keep('byline', ['byline'], () => { input.byline = current.byline ?? null })
    keep('teaser', ['teaser'], () => { input.teaser = current.teaser ?? null })
    keep('language', ['language'], () => { input.language = current.language })
    keep('breadcrumb', ['breadcrumb'], () => { input.breadcrumb = current.breadcrumb })
    keep('tags', ['tags'], () => { input.tags = current.tags })
    keep('kids', ['kids'], () => { input.kids = current.kids ?? false })
    keep('body', ['sections', 'media'], () => {
      input.sections = current.sections.map((section) => ({ heading: section.heading ?? null, blocks: section.blocks }))
      input.media = current.media.map(({ id, role, etag: _etag, ...media }) => ({ role, media: mediaInputOf(id ?? '', media) }))
    })
    // The publication time belongs to the workflow once the article is scheduled or public; before, the source's date stands.
    if (state.status !== 'draft' || editorsChanged(['publishedAt'])) input.publishedAt = state.publishedAt
    return { input, conflicts }
  }
}
