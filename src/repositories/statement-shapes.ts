// Statements whose SQL depends on the request's shape (which filters, which order): each shape is prepared the first
// time it is used and kept, so a shape costs one prepare for the life of the process.
import type { Statement } from 'better-sqlite3'
import type { Db } from '../db/open.js'

export class StatementShapes {
  readonly #db: Db
  readonly #statements = new Map<string, Statement>()

  constructor (db: Db) {
    this.#db = db
  }

  /** The statement for `key`, prepared from `sql()` the first time. */
  get (key: string, sql: () => string): Statement {
    let statement = this.#statements.get(key)
    if (statement === undefined) {
      statement = this.#db.prepare(sql())
      this.#statements.set(key, statement)
    }
    return statement
  }
}
