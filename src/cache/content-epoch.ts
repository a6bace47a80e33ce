// One number that changes whenever what an anonymous reader sees may have changed: a commit by this process or by
// any other on the same database, or the passing of an instant at which an article becomes public. In-memory
// answers keyed by it are exact without a statement per answer, and it costs one small statement to read.
import type { Db } from '../db/open.js'

export class ContentEpoch {
  readonly #probe
  readonly #nextPublic
  #dataVersion = -1
  #changes = -1
  #epoch = 0
  /** The last instant asked about: a clock that goes back (tests pin it) must not see answers from its future. */
  #lastNow = ''
  /** When the next listed article becomes public; null when none is waiting; undefined when not yet looked up. */
  #boundary: string | null | undefined

  constructor (db: Db) {
    // data_version moves when another connection commits; total_changes() when this one writes anything.
    this.#probe = db.prepare<[], [number, number]>('SELECT data_version, total_changes() FROM pragma_data_version').raw()
    // Scheduled and embargoed articles turn public when their date passes, with no write (migrations/0008).
    this.#nextPublic = db.prepare<[string], [string | null]>(`
      SELECT min(published_at) FROM articles
      WHERE published_at > ? AND status IN ('published', 'scheduled')`).raw()
  }

  /** The epoch at `now` (ISO 8601, as the database compares): equal numbers mean equal public content. */
  current (now: string): number {
    const [dataVersion, changes] = this.#probe.get() as [number, number]
    if (dataVersion !== this.#dataVersion || changes !== this.#changes || now < this.#lastNow) {
      this.#dataVersion = dataVersion
      this.#changes = changes
      this.#advance(now)
    } else if (this.#boundary !== null && this.#boundary !== undefined && now >= this.#boundary) {
      this.#advance(now)
    }
    this.#lastNow = now
    return this.#epoch
  }

  #advance (now: string): void {
    this.#epoch++
    this.#boundary = this.#nextPublic.get(now)?.[0] ?? null
  }
}
