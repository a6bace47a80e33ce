// How an article write treats media items that already exist: naming one attaches it as it is; changing one that
// other articles show (or that this article does not show yet) needs that item's own ETag.
import { PreconditionFailedError, PreconditionRequiredError, UnprocessableWriteError } from '../errors.js'
import { completeMedia } from '../repositories/media.js'
import type { ArticleWrite, MediaWrite } from '../schemas/article-write.js'
import type { StoredMedia } from '../schemas/media.js'
import { mediaInputOf } from './workflow.js'

/** What the rules read of the stored media. */
export interface MediaLookup {
  /** The stored item and its version, whoever may see it. */
  stored: (id: string) => { media: StoredMedia, version: number } | undefined
  /** Ids of the articles that show the item. */
  articlesShowing: (id: string) => string[]
  /** The item's current ETag, as GET /v1/media/{id} gives it. */
  etagOf: (id: string, version: number) => string
  /** Whether `given` names the same stored version as `current` (the media rules' part aside). */
  matches: (given: string, current: string) => boolean
}

// A media entry with only these members names an item; it says nothing about its caption, files or ratings.
const REFERENCE_MEMBERS = new Set(['id', 'type', 'role', 'etag'])

// The stored metadata of an item, in the order the comparison uses.
const STORED_FIELDS = ['type', 'title', 'caption', 'durationSeconds', 'credit', 'copyright', 'termsOfUseUrl', 'embeddable', 'syndicatable',
  'date', 'availableFrom', 'availableUntil', 'allowedRegions', 'ageRating', 'kids', 'renditions', 'thumbnails', 'subtitles'] as const

function metadataOf (media: Partial<Record<typeof STORED_FIELDS[number], unknown>>): string {
  return JSON.stringify(STORED_FIELDS.map((field) => media[field] ?? null))
}

/**
 * The write with every reference to an existing item filled in from the stored item, so saving the article
 * leaves the item exactly as it was. An entry that would change an existing item is allowed when this article
 * alone shows it (the article's If-Match covers it); otherwise it needs the item's current ETag in `etag`
 * (428 without it, 412 when the item changed since). A reference whose type is not the item's is a 400.
 * With `keepShared` (a restore: old metadata is no reason to change what other articles show), such an entry
 * attaches the item as it is now instead.
 */
export function resolveMediaReferences (write: ArticleWrite, articleId: string, lookup: MediaLookup, options: { keepShared?: boolean } = {}): ArticleWrite {
  const media = write.media.map((entry: MediaWrite, index) => {
    if (entry.id === undefined) return entry
    const stored = lookup.stored(entry.id)
    if (stored === undefined) return entry
    const { duration: _duration, ...item } = stored.media
    if (Object.keys(entry).every((member) => REFERENCE_MEMBERS.has(member))) {
      if (entry.type !== item.type) {
        throw new UnprocessableWriteError([{ location: 'body', pointer: `/media/${index}/type`, message: `is '${entry.type}', but media item ${entry.id} is of type '${item.type}'` }])
      }
      return { ...item, role: entry.role }
    }
    const { id, role: _role, etag: _etag, ...fields } = entry
    if (metadataOf(completeMedia(mediaInputOf(id, fields))) === metadataOf(item)) return entry
    const showing = lookup.articlesShowing(id)
    if (showing.length === 1 && showing[0] === articleId) return entry
    if (options.keepShared === true) return { ...item, role: entry.role }
    const current = lookup.etagOf(id, stored.version)
    const where = showing.filter((other) => other !== articleId).length > 0 ? 'other articles show it too' : 'this article does not show it yet'
    if (entry.etag === undefined) {
      throw new PreconditionRequiredError(`media/${index} changes media item ${id}, and ${where}: send its ETag (from GET /v1/media/${id}) in "etag" to change it, or only "id", "type" and "role" to attach it as it is`)
    }
    // "*" says, as in If-Match, that the change is meant whatever the item holds now.
    if (entry.etag.trim() !== '*' && !lookup.matches(entry.etag, current)) {
      throw new PreconditionFailedError(`media/${index}: media item ${id} has changed since that ETag was issued; its ETag is now ${current}`)
    }
    return entry
  })
  return { ...write, media }
}
