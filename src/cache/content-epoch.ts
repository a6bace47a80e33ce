// One number that changes whenever what an anonymous reader sees may have changed: a commit by this process or by
// any other on the same database, or the passing of an instant at which an article becomes public. In-memory
// answers keyed by it are exact without a query per answer, and reading it costs two tiny statements.
import type { Db } from '../db/open.js'

/**
 * Reads what moves with every commit on the database: `PRAGMA data_version` when another connection commits,
 * `total_changes()` when this one writes anything. Two statements, because the pragma alone is cheaper than reading
 * it through its table-valued function. Equal readings mean nothing was committed in between.
 */
export function commitProbe (db: Db): () => [number, number] {
  const dataVersion = db.prepare<[], [number]>('PRAGMA data_version').raw()
  const changes = db.prepare<[], [number]>('SELECT total_changes()').raw()
  return () => [(dataVersion.get() as [number])[0], (changes.get() as [number])[0]]
}

export class ContentEpoch {
  readonly #probe
  readonly #nextPublication: (now: string) => string | null
  #dataVersion = -1
  #changes = -1
  #epoch = 0
  /** The last instant asked about: a clock that goes back (tests pin it) must not see answers from its future. */
  #lastNow = ''
  /** When the next listed article becomes public; null when none is waiting; undefined when not yet looked up. */
  #boundary: string | null | undefined

  /**
   * `nextPublication` answers when the next listed article becomes public after `now` (null when none waits):
   * scheduled and embargoed articles turn public when their date passes, with no write (migrations/0008).
   */
  constructor (db: Db, nextPublication: (now: string) => string | null) {
    this.#nextPublication = nextPublication
    this.#probe = commitProbe(db)
  }

  /** The epoch at `now` (ISO 8601, as the database compares): equal numbers mean equal public content. */
  current (now: string): number {
    const [dataVersion, changes] = this.#probe()
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
    this.#boundary = this.#nextPublication(now)
  }
}
