// The event type names live once, in schemas/change.ts; the SQL CHECKs that migrations wrote must list the same.
import t from 'tap'
import { migrate } from '../../src/db/migrate.js'
import { openDatabase } from '../../src/db/open.js'
import { EVENT_TYPES, PUBLIC_CHANGE_TYPES } from '../../src/schemas/change.js'

function checkedValues (sql: string, column: string): string[] {
  const list = new RegExp(`\\b${column}\\s+TEXT[^,]*CHECK \\(${column} IN \\(([^)]*)\\)\\)`).exec(sql)?.[1]
  if (list === undefined) throw new Error(`no CHECK (${column} IN (…)) in ${sql}`)
  return list.split(',').map((value) => value.trim().replace(/^'|'$/g, ''))
}

t.test('article_events accepts exactly the event types of the schema', async (t) => {
  const db = openDatabase(':memory:')
  t.teardown(() => db.close())
  migrate(db)
  const { sql } = db.prepare<[], { sql: string }>("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'article_events'").get()!
  t.same(checkedValues(sql, 'type').sort(), [...EVENT_TYPES].sort())
  t.same(checkedValues(sql, 'public_type').sort(), [...PUBLIC_CHANGE_TYPES].sort())
})
