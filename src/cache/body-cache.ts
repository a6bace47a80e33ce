// Serialised response bodies of articles, kept in memory so a repeated GET costs a version lookup, not a load and a
// serialisation. Bounded by bytes; least recently used bodies go first.
import { LRUCache } from 'lru-cache'
import { keepCompressed } from './compressed-bodies.js'

/**
 * Everything a body depends on. The version lookup that every request makes anyway (and that applies visibility)
 * supplies `version` and `mediaVersions`, so a write by any process, even another worker on the same database,
 * changes the key at once; invalidate() only frees the memory early.
 */
export interface BodyKey {
  id: string
  version: number
  mediaVersions: number
  /** Release, URLs and format: what the route puts into its ETag besides the versions. */
  representation: string
  /**
   * Anything else the body depends on for this request, e.g. rules that show a media item to some viewers only.
   * Requests that would see the same bytes must give the same variant; '' when the body depends on nothing else.
   */
  variant: string
}

export interface CachedBody {
  /** Encoded once, so a hit sends bytes without encoding the text again. */
  body: Buffer
  contentType: string
  /** The Surrogate-Key header that went with the body: it names the media the body shows. */
  surrogateKey: string
}

export interface BodyCacheOptions {
  /** Bytes of bodies to keep (keys and headers counted as UTF-16 strings); 0 keeps nothing. */
  maxBytes: number
  onHit?: () => void
  onMiss?: () => void
}

export function bodyKeyString (key: BodyKey): string {
  return `${key.id}|${key.version}.${key.mediaVersions}|${key.representation}|${key.variant}`
}

export class BodyCache {
  readonly #entries: LRUCache<string, CachedBody> | null
  /** The keys held for each article, so a write can drop all of its bodies at once. */
  readonly #keysOf = new Map<string, Set<string>>()
  readonly #onHit: () => void
  readonly #onMiss: () => void

  constructor (options: BodyCacheOptions) {
    this.#onHit = options.onHit ?? (() => {})
    this.#onMiss = options.onMiss ?? (() => {})
    this.#entries = options.maxBytes <= 0
      ? null
      : new LRUCache<string, CachedBody>({
        maxSize: options.maxBytes,
        sizeCalculation: (entry, key) => entry.body.byteLength + (entry.surrogateKey.length + key.length) * 2 + 64,
        dispose: (_entry, key) => {
          const id = key.slice(0, key.indexOf('|'))
          const keys = this.#keysOf.get(id)
          keys?.delete(key)
          if (keys?.size === 0) this.#keysOf.delete(id)
        }
      })
  }

  get enabled (): boolean {
    return this.#entries !== null
  }

  get (key: BodyKey): CachedBody | undefined {
    if (this.#entries === null) return undefined
    const entry = this.#entries.get(bodyKeyString(key))
    if (entry === undefined) this.#onMiss()
    else this.#onHit()
    return entry
  }

  set (key: BodyKey, entry: CachedBody): void {
    if (this.#entries === null) return
    const text = bodyKeyString(key)
    keepCompressed(entry.body)
    this.#entries.set(text, entry)
    // A body larger than the whole cache is not kept; do not index what was refused.
    if (!this.#entries.has(text)) return
    let keys = this.#keysOf.get(key.id)
    if (keys === undefined) this.#keysOf.set(key.id, keys = new Set())
    keys.add(text)
  }

  /** Drops every body of these articles; called after a write to them commits. */
  invalidate (ids: Iterable<string>): void {
    if (this.#entries === null) return
    for (const id of ids) {
      const keys = this.#keysOf.get(id)
      if (keys === undefined) continue
      for (const key of [...keys]) this.#entries.delete(key)
      this.#keysOf.delete(id)
    }
  }

  clear (): void {
    this.#entries?.clear()
    this.#keysOf.clear()
  }

  get size (): number {
    return this.#entries?.size ?? 0
  }

  get bytes (): number {
    return this.#entries?.calculatedSize ?? 0
  }
}
