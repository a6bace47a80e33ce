// The publishing rules a write must keep, and the step from what a client sends to what the repository stores.
import { UnprocessableWriteError, type InvalidParam } from '../errors.js'
import { newId } from '../lib/ids.js'
import type { ArticleInput } from '../repositories/article-input.js'
import type { ArticleStatus } from '../schemas/article.js'
import type { ArticleWrite, MediaUpsert } from '../schemas/article-write.js'
import type { MediaInput } from '../repositories/media.js'
import { mediaRuleProblems } from '../media-rules/validate.js'
import { richTextProblems, storedBlocks } from './rich-text.js'

export interface WriteContext {
  id: string
  /** The request's time: "now" for publishing and scheduling. */
  now: string
  /** The slug to store: the client's or one derived from the title, decided by the caller. */
  slug: string
  /** The stored article's status as readers see it now, when there is one. */
  currentStatus?: ArticleStatus
  /** The workflow state as stored, when there is an article: a schedule whose time has come stays `scheduled`. */
  stored?: { status: ArticleStatus, publishedAt: string | null }
  /** Import provenance, kept across writes. */
  source?: { source: string | null, sourceHash: string | null }
}

/** A client's timestamp in the one form the database compares as text. */
export function isoOrNull (value: string | null | undefined): string | null {
  return value === undefined || value === null ? null : new Date(value).toISOString()
}

/** A media item as a client wrote it (absent fields mean none) in the form the repository stores. */
export function mediaInputOf (id: string, write: MediaUpsert): MediaInput {
  return {
    id,
    type: write.type,
    title: write.title ?? null,
    caption: write.caption ?? null,
    durationSeconds: write.durationSeconds ?? null,
    credit: write.credit ?? null,
    copyright: write.copyright ?? null,
    date: isoOrNull(write.date),
    availableFrom: isoOrNull(write.availableFrom),
    availableUntil: isoOrNull(write.availableUntil),
    allowedRegions: write.allowedRegions ?? [],
    ageRating: write.ageRating ?? null,
    kids: write.kids ?? false,
    termsOfUseUrl: write.termsOfUseUrl ?? null,
    embeddable: write.embeddable ?? true,
    syndicatable: write.syndicatable ?? true,
    renditions: write.renditions ?? [],
    thumbnails: write.thumbnails ?? [],
    subtitles: write.subtitles ?? []
  }
}

function problem (pointer: string, message: string): InvalidParam {
  return { location: 'body', pointer, message }
}

/**
 * Checks the workflow rules and returns what to store: a scheduled article needs a future publishedAt, a
 * published one gets now when it has none, a correction needs an article already published, blocks may only
 * reference attached media. Every broken rule is reported, each with a pointer into the body.
 */
export function toArticleInput (write: ArticleWrite, context: WriteContext): { input: ArticleInput, correction?: string } {
  const problems: InvalidParam[] = []
  let publishedAt = write.publishedAt ?? null
  if (publishedAt !== null) publishedAt = new Date(publishedAt).toISOString()

  // The schedule already stored: once its time has come the article is public, and an edit that keeps it is no new schedule.
  const keepsSchedule = context.stored?.status === 'scheduled' && context.stored.publishedAt === publishedAt
  if (write.status === 'scheduled' && (publishedAt === null || (publishedAt <= context.now && !keepsSchedule))) {
    problems.push(problem('/publishedAt', 'must be a time in the future for a scheduled article'))
  }
  if (write.status === 'published') {
    // Publishing an article that is not public yet means now: a schedule left over from before (scheduled, then
    // unpublished or sent back to draft) is not a reason to refuse, and a client never sent it in this write.
    const staleSchedule = context.stored !== undefined && context.stored.status !== 'published' && context.stored.publishedAt === publishedAt
    if (publishedAt === null || (publishedAt > context.now && staleSchedule)) publishedAt = context.now
    else if (publishedAt > context.now) problems.push(problem('/publishedAt', 'is in the future: publish it later with status "scheduled"'))
  }
  if (write.correction !== undefined && !(context.currentStatus === 'published' && write.status === 'published')) {
    problems.push(problem('/correction', 'can only be added to an article that is published and stays published'))
  }

  const media = write.media.map((item) => ({ ...item, id: item.id ?? newId() }))
  const mediaIds = new Set<string>()
  media.forEach((item, index) => {
    problems.push(...mediaRuleProblems(item, `/media/${index}`))
    if (mediaIds.has(item.id)) problems.push(problem(`/media/${index}/id`, 'attaches the same media item twice'))
    mediaIds.add(item.id)
  })
  if (media.filter((item) => item.role === 'lead').length > 1) problems.push(problem('/media', 'has more than one lead media item'))
  write.sections.forEach((section, s) => {
    section.blocks.forEach((block, b) => {
      if (block.type === 'media' && !mediaIds.has(block.mediaId)) {
        problems.push(problem(`/sections/${s}/blocks/${b}/mediaId`, 'references no media item of this article: attach it in "media"'))
      }
    })
  })
  problems.push(...richTextProblems(write.sections))
  if (problems.length > 0) throw new UnprocessableWriteError(problems)

  const input: ArticleInput = {
    id: context.id,
    slug: context.slug,
    kicker: write.kicker ?? null,
    title: write.title,
    byline: write.byline ?? null,
    teaser: write.teaser ?? null,
    language: write.language,
    breadcrumb: write.breadcrumb,
    tags: [...new Set(write.tags)],
    kids: write.kids ?? false,
    status: write.status,
    publishedAt,
    source: context.source?.source ?? null,
    sourceHash: context.source?.sourceHash ?? null,
    sections: write.sections.map((section) => ({ heading: section.heading ?? null, blocks: storedBlocks(section.blocks) })),
    media: media.map(({ role, id, ...item }) => ({ role, media: mediaInputOf(id, item) }))
  }
  return write.correction === undefined ? { input } : { input, correction: write.correction }
}
