// What a database's disk goes to, per table (its indexes and, for the search index, its FTS5 shadow tables included),
// from SQLite's dbstat: the figures behind "KB per article".
import type Database from 'better-sqlite3'

export interface TableDisk {
  table: string
  bytes: number
  /** Bytes of rows and keys, without the free space of their pages. */
  payload: number
  kbPerArticle: number
}

export interface DiskReport {
  articles: number
  /** The file: every page, free ones included. */
  bytes: number
  kbPerArticle: number
  tables: TableDisk[]
}

/** Disk per article of the database, largest table first. Reads every page: seconds for a large corpus. */
export function diskReport (db: Database.Database): DiskReport {
  const articles = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
  const owners = new Map((db.prepare("SELECT name, tbl_name FROM sqlite_schema WHERE type IN ('table', 'index')").all() as Array<{ name: string, tbl_name: string }>)
    .map((row) => [row.name, row.tbl_name]))
  const byTable = new Map<string, { bytes: number, payload: number }>()
  for (const row of db.prepare('SELECT name, sum(pgsize) AS bytes, sum(payload) AS payload FROM dbstat GROUP BY name').all() as Array<{ name: string, bytes: number, payload: number }>) {
    // FTS5 keeps an index in shadow tables named after it (search_public_data, _idx, _docsize, _config).
    const owner = owners.get(row.name) ?? row.name
    const table = /^(search_(?:public|hidden))_(?:data|idx|docsize|config|content)$/.exec(owner)?.[1] ?? owner
    const entry = byTable.get(table) ?? { bytes: 0, payload: 0 }
    entry.bytes += row.bytes
    entry.payload += row.payload
    byTable.set(table, entry)
  }
  const per = (bytes: number): number => Math.round(bytes / Math.max(1, articles) / 1024 * 100) / 100
  const bytes = (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number)
  const tables = [...byTable].map(([table, { bytes, payload }]) => ({ table, bytes, payload, kbPerArticle: per(bytes) })).sort((a, b) => b.bytes - a.bytes)
  return { articles, bytes, kbPerArticle: per(bytes), tables }
}

/** The report as a Markdown table, tables under 0.05 KB per article summed in one row. */
export function diskMarkdown (report: DiskReport): string {
  const shown = report.tables.filter((t) => t.kbPerArticle >= 0.05)
  const rest = report.tables.filter((t) => t.kbPerArticle < 0.05)
  const restBytes = rest.reduce((sum, t) => sum + t.bytes, 0)
  const freeBytes = report.bytes - report.tables.reduce((sum, t) => sum + t.bytes, 0)
  const kb = (bytes: number): string => (bytes / Math.max(1, report.articles) / 1024).toFixed(2)
  return [
    '| Table (with its indexes) | KB per article | of which rows and keys |',
    '| --- | ---: | ---: |',
    ...shown.map((t) => `| ${t.table} | ${t.kbPerArticle.toFixed(2)} | ${kb(t.payload)} |`),
    `| ${rest.length} smaller tables | ${kb(restBytes)} | |`,
    ...(freeBytes > 0 ? [`| free pages | ${kb(freeBytes)} | |`] : []),
    `| **the file** | **${report.kbPerArticle.toFixed(2)}** | |`
  ].join('\n')
}
