// Public answers every anonymous reader gets alike (feeds, the category tree), kept in memory until public content
// changes: each entry remembers the content epoch it was built at and is used only while the epoch is the same and
// its own deadline (a media decision that turns with time) has not passed. Bounded by bytes, least recent first.
import type { FastifyReply } from 'fastify'
import { LRUCache } from 'lru-cache'
import { keepCompressed } from './compressed-bodies.js'

/** What a route built once and may send again: the bytes and every header the route set with them. */
export interface PublicAnswer {
  /** Encoded once: a feed is ~100 KB, and encoding a string of that size again for every request is measurable. */
  body: Buffer
  contentType: string
  /** The strong ETag of `body`, so a repeated request and its 304 hash nothing. */
  etag: string
  /** Headers that hold as long as the answer does (Last-Modified, Surrogate-Key). */
  headers: Record<string, string>
  /** Sets what depends on the request's instant (Cache-Control cut at the next change, Vary), as the route did. */
  stamp?: (reply: FastifyReply, nowMs: number) => void
}

/** Sends a kept (or just built) answer; the HTTP cache hook turns it into a 304 for a current If-None-Match. */
export function sendAnswer (reply: FastifyReply, answer: PublicAnswer, nowMs: number): FastifyReply {
  answer.stamp?.(reply, nowMs)
  for (const [name, value] of Object.entries(answer.headers)) reply.header(name, value)
  reply.header('etag', answer.etag)
  return reply.type(answer.contentType).send(answer.body)
}

interface Entry<T extends PublicAnswer> {
  answer: T
  epoch: number
  /** Epoch milliseconds from which the answer may differ without any write; null when only a write changes it. */
  until: number | null
}

export class PublicAnswers<T extends PublicAnswer = PublicAnswer> {
  readonly #entries: LRUCache<string, Entry<T>> | null

  constructor (options: { maxBytes: number }) {
    this.#entries = options.maxBytes <= 0
      ? null
      : new LRUCache<string, Entry<T>>({
        maxSize: options.maxBytes,
        // The body's bytes, with room for the key and the headers kept beside the body.
        sizeCalculation: (entry, key) => entry.answer.body.byteLength + key.length * 2 + 512
      })
  }

  /** The answer kept under `key` at this epoch and instant, if any. `key` names everything the bytes depend on. */
  get (key: string, epoch: number, nowMs: number): T | undefined {
    const entry = this.#entries?.get(key)
    if (entry === undefined) return undefined
    if (entry.epoch !== epoch || (entry.until !== null && nowMs >= entry.until)) {
      this.#entries?.delete(key)
      return undefined
    }
    return entry.answer
  }

  set (key: string, epoch: number, answer: T, until: number | null = null): void {
    if (this.#entries === null) return
    keepCompressed(answer.body)
    this.#entries.set(key, { answer, epoch, until })
  }

  get size (): number {
    return this.#entries?.size ?? 0
  }

  clear (): void {
    this.#entries?.clear()
  }
}
