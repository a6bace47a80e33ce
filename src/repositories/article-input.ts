// A whole article as a write hands it to the store, and the comparisons a write makes against what is stored.
import { blockTexts } from '../lib/rich-text.js'
import { countWords } from '../lib/text.js'
import type { ArticleStatus, Correction } from '../schemas/article.js'
import type { ArticleWrite } from '../schemas/article-write.js'
import { completeMedia, type AttachedMediaInput } from './media.js'
import type { EventType } from '../schemas/change.js'
import type { Actor } from '../schemas/revision.js'
import type { SectionInput } from './section.js'

/** A whole article as a write supplies it: everything but the server's own fields. */
export interface ArticleInput {
  id: string
  slug: string
  kicker: string | null
  title: string
  byline: string | null
  teaser: string | null
  language: string
  breadcrumb: string[]
  tags: string[]
  /** Made for children; absent means not. */
  kids?: boolean
  status: ArticleStatus
  publishedAt: string | null
  source: string | null
  sourceHash: string | null
  sections: SectionInput[]
  media: AttachedMediaInput[]
}

export interface SaveOptions {
  /** The key making the change; null for imports and the command line. */
  actor?: Actor | null
  /** Refuse the write (412) unless the stored article is at this version. */
  expectedVersion?: number
  /** A public correction note to append. */
  correction?: string
  /** Record the change as this event instead of the one its status change implies. */
  event?: EventType
}

/** The article as a write would send it: what revisions keep and merge patches apply to. */
export function snapshotOf (input: ArticleInput): ArticleWrite {
  return {
    slug: input.slug,
    kicker: input.kicker,
    title: input.title,
    byline: input.byline,
    teaser: input.teaser,
    language: input.language,
    breadcrumb: input.breadcrumb,
    tags: input.tags,
    kids: input.kids ?? false,
    status: input.status,
    publishedAt: input.publishedAt,
    sections: input.sections.map((section) => ({ heading: section.heading, blocks: section.blocks })),
    media: input.media.map(({ media, role }) => ({ ...completeMedia(media), role }))
  }
}

// Objects compared by content, whatever order their keys were written in (a write's media and a stored item's differ).
export function canonical (value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : v))
}

/** The fields of `after` that differ from `before`; every field for a new article. */
export function changedFields (before: ArticleWrite | undefined, after: ArticleWrite): string[] {
  if (before === undefined) return Object.keys(after)
  return (Object.keys(after) as Array<keyof ArticleWrite>).filter((key) => canonical(before[key]) !== canonical(after[key]))
}

/** The event a save records when no other is asked for: the status it moved to, or 'updated'. */
export function eventFor (before: ArticleStatus | undefined, after: ArticleStatus): EventType {
  if (before === after || after === 'draft') return 'updated'
  return after
}

/** Listed articles (published or scheduled) are searched through the public half of the index. */
export function isListed (status: ArticleStatus): boolean {
  return status === 'published' || status === 'scheduled'
}

export function bodyWordCount (sections: SectionInput[]): number {
  let words = 0
  for (const section of sections) {
    if (section.heading !== null) words += countWords(section.heading)
    for (const block of section.blocks) {
      for (const text of blockTexts(block)) words += countWords(text)
    }
  }
  return words
}

/** The named parameters of an article's own row, as both the insert of a new article and the upsert bind them. */
export function articleRowParams (input: ArticleInput, corrections: Correction[], now: string): Record<string, string | number | null> {
  return {
    id: input.id,
    slug: input.slug,
    kicker: input.kicker,
    title: input.title,
    byline: input.byline,
    teaser: input.teaser,
    language: input.language,
    breadcrumb: JSON.stringify(input.breadcrumb),
    tags: JSON.stringify(input.tags),
    kids: input.kids === true ? 1 : 0,
    status: input.status,
    publishedAt: input.publishedAt,
    source: input.source,
    sourceHash: input.sourceHash,
    wordCount: bodyWordCount(input.sections),
    corrections: JSON.stringify(corrections),
    now
  }
}
