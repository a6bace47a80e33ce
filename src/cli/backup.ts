// `beitrag backup <file>`: a consistent copy of the live database through SQLite's online backup API.
import { existsSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { DATABASE_ENVIRONMENT, EXIT, UsageError, type Command } from './command.js'

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Copy the database consistently, also while the server runs',
  help: `usage: beitrag backup [--force] <file>

Writes a copy of the database at DATABASE_PATH to <file> with SQLite's online backup API. The server
may keep serving and importing meanwhile: the copy is the whole database as of one moment, never a
half-written state, which copying the file (and its -wal file) by hand does not promise. The copy is
written beside <file> first and renamed when complete.

To restore, stop the server and point DATABASE_PATH at the copy (or move the copy to DATABASE_PATH
and remove the old database's -wal and -shm files).

Options:
  --force      overwrite <file> when it exists
  -h, --help   show this help

${DATABASE_ENVIRONMENT}

Exit codes: 0 done, 64 bad arguments, 66 no database at DATABASE_PATH, 73 <file> exists or cannot be
written, 78 invalid configuration.`,
  async run (args) {
    const { values, positionals } = parseArgs({ args, options: { force: { type: 'boolean', default: false } }, allowPositionals: true })
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'no backup file given' : 'give one backup file')
    const target = resolve(positionals[0] ?? '')
    const [{ loadConfig }, { default: Database }] = await Promise.all([import('../config.js'), import('better-sqlite3')])
    const config = loadConfig()
    const source = config.DATABASE_PATH
    if (source === ':memory:' || !existsSync(source)) {
      process.stderr.write(`beitrag backup: no database at ${source}\n`)
      return EXIT.NO_INPUT
    }
    if (target === resolve(source)) throw new UsageError('the backup file is the database itself')
    if (!existsSync(dirname(target))) {
      process.stderr.write(`beitrag backup: cannot write ${target}: no directory ${dirname(target)}\n`)
      return EXIT.CANT_CREATE
    }
    if (existsSync(target) && !values.force) {
      process.stderr.write(`beitrag backup: ${target} exists; pass --force to overwrite it\n`)
      return EXIT.CANT_CREATE
    }

    // Opened without the server's pragmas: a backup changes nothing in the source.
    const db = new Database(source, { fileMustExist: true })
    db.pragma('busy_timeout = 5000')
    const partial = `${target}.partial-${process.pid}`
    try {
      const { totalPages } = await db.backup(partial)
      renameSync(partial, target)
      process.stdout.write(`backed up ${source} to ${target}: ${totalPages} pages, ${statSync(target).size} bytes\n`)
      return EXIT.OK
    } catch (error) {
      rmSync(partial, { force: true })
      const { code, message } = error as { code?: string, message: string }
      if (code === 'SQLITE_CANTOPEN' || code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
        process.stderr.write(`beitrag backup: cannot write ${target}: ${message}\n`)
        return EXIT.CANT_CREATE
      }
      throw error
    } finally {
      db.close()
    }
  }
}
