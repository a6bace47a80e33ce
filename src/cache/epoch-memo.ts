// Answers of public reads remembered until public content changes: a version lookup or a media item's rule facts
// costs a statement the first time in an epoch and a map lookup after. Exact, because the epoch moves with every
// commit (of any process) and every instant at which something turns public.
import type { ContentEpoch } from './content-epoch.js'

export class EpochMemo {
  readonly #epoch: ContentEpoch
  readonly #maxEntries: number
  readonly #entries = new Map<string, { value: unknown }>()
  #current = -1

  /** `maxEntries` bounds memory: when full, everything is dropped and refilled by the reads that follow. */
  constructor (epoch: ContentEpoch, maxEntries = 100_000) {
    this.#epoch = epoch
    this.#maxEntries = maxEntries
  }

  /**
   * The memo as of `now`, for the reads of one request: the epoch is read once, here. A commit that lands during
   * the request moves the epoch, so whatever the request stored is dropped by the next one.
   */
  at (now: string): <T>(key: string, load: () => T) => T {
    const epoch = this.#epoch.current(now)
    if (epoch !== this.#current) {
      this.#entries.clear()
      this.#current = epoch
    }
    return <T>(key: string, load: () => T): T => {
      const known = this.#entries.get(key)
      if (known !== undefined) return known.value as T
      const value = load()
      if (this.#current !== epoch) return value
      if (this.#entries.size >= this.#maxEntries) this.#entries.clear()
      this.#entries.set(key, { value })
      return value
    }
  }
}
