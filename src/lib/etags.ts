// Articles' and media items' ETags, and the If-Match check every write to an existing one must pass.
import type { FastifyRequest } from 'fastify'
import { PreconditionFailedError, PreconditionRequiredError } from '../errors.js'
import { sameEntity } from './http-cache.js'

/** What an article's ETag is made of: its id, its version and the sum of its media items' versions. */
export interface EtagVersion {
  id: string
  version: number
  mediaVersions: number
}

/**
 * Changes with the article's version, its media's versions, the representation (release, URLs), the fields asked
 * for, and what the media rules decided for the request (`rules`, after a "~": the same stored version reads
 * differently once a video's window opens).
 */
export function articleEtag (version: EtagVersion, representation: string, fields: Set<string> | null = null, rules = ''): string {
  const sparse = fields === null ? '' : `.${[...fields].join('.')}`
  return `"a.${version.id}.${version.version}.${version.mediaVersions}.${representation}${sparse}${rules === '' ? '' : `~${rules}`}"`
}

// The media rules' part of an ETag names how the stored version was shown, not another version: If-Match ignores it.
function storedVersionOf (tag: string): string {
  return tag.replace(/~[A-Za-z0-9_-]*(?=(?:-br|-gz)?"$)/, '')
}

/** Whether a list of ETags (an If-Match value) names `currentEtag`'s stored version; weak tags never match. */
export function matchesEtag (given: string, currentEtag: string): boolean {
  const tags = given.split(',').map((tag) => tag.trim())
  return tags.some((tag) => !tag.startsWith('W/') && sameEntity(storedVersionOf(tag), storedVersionOf(currentEtag)))
}

/**
 * Optimistic concurrency: the write must name, in If-Match, the ETag of the article it was based on (428
 * without it, 412 when the article has changed since). Weak tags never match, as RFC 9110 asks. `etagFrom` is where
 * the client gets the ETag, when that is not the URL it wrote to (a restore takes the article's).
 */
export function checkIfMatch (request: FastifyRequest, currentEtag: string, etagFrom = request.url.split('?')[0] ?? ''): void {
  const header = request.headers['if-match']
  if (header === undefined) {
    throw new PreconditionRequiredError(`Send If-Match with the ETag from GET ${etagFrom}, so a concurrent change is not overwritten`)
  }
  if (header.trim() === '*') return
  if (!matchesEtag(header, currentEtag)) {
    throw new PreconditionFailedError(`It has changed since that ETag was issued; its ETag is now ${currentEtag}`)
  }
}

/** A media item's ETag: its version, the representation and (after a "~") what the media rules decided for the request. */
export function mediaEtag (id: string, version: number, representation: string, rules = ''): string {
  return `"m.${id}.${version}.${representation}${rules === '' ? '' : `~${rules}`}"`
}
