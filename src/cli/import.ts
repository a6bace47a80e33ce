// `beitrag import [--dry-run] <file>…`: imports pages in the seed's text format; exit code 1 when any file failed.
// Like every command, it loads what it works with only when it runs, so `beitrag --help` answers at once.
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { DATABASE_ENVIRONMENT, EXIT, UsageError, type Command } from './command.js'

export const importCommand: Command = {
  name: 'import',
  summary: 'Import article pages from text scrapes',
  help: `usage: beitrag import [--dry-run] <file>…
       npm run import -- [--dry-run] <file>…

Imports text scrapes of article pages. A file imported before (same file name) updates its article
instead of adding a second one, or is reported unchanged. Each file is reported on its own line:
"created|updated|unchanged <id> <slug> <file>", or an error naming the file and the reason.

Options:
  --dry-run    print each parsed article as JSON and write nothing
  -h, --help   show this help

${DATABASE_ENVIRONMENT}

Exit codes: 0 all files imported, 1 at least one file failed, 64 bad arguments, 78 invalid configuration.`,
  async run (args) {
    const { values, positionals: files } = parseArgs({
      args,
      options: { 'dry-run': { type: 'boolean', default: false } },
      allowPositionals: true
    })
    if (files.length === 0) throw new UsageError('no files given')
    const [{ loadConfig }, { decodeText, ImportError, Importer, parseArticle }, { ArticleRepository }, { openMigrated }] = await Promise.all([
      import('../config.js'), import('../import/importer.js'), import('../repositories/article.js'), import('./open.js')
    ])

    /** The file's text, or an ImportError naming the file and why it cannot be read. */
    function readSource (file: string): string {
      let bytes: Buffer
      try {
        bytes = readFileSync(file)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        throw new ImportError(file, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code ?? 'unknown error'})`)
      }
      return decodeText(file, bytes)
    }

    let failed = 0
    const config = loadConfig()
    const { db } = values['dry-run'] ? { db: undefined } : openMigrated(config)
    const importer = db === undefined ? undefined : new Importer(db, new ArticleRepository(db, { publicBaseUrl: config.PUBLIC_BASE_URL }))
    try {
      for (const file of files) {
        try {
          const text = readSource(file)
          if (importer === undefined) {
            process.stdout.write(`${JSON.stringify(parseArticle(file, text), null, 2)}\n`)
            continue
          }
          // The file name is the source: importing it again, from any directory, updates the same article.
          const result = importer.importText(basename(file), text, new Date().toISOString())
          process.stdout.write(`${result.outcome} ${result.articleId} ${result.slug} ${file}\n`)
          for (const warning of result.warnings) process.stderr.write(`warning: ${file}: ${warning}\n`)
        } catch (error) {
          if (!(error instanceof ImportError)) throw error
          failed++
          process.stderr.write(`error: ${file}: ${error.reason}\n`)
        }
      }
    } finally {
      db?.close()
    }
    return failed > 0 ? EXIT.FAILURE : EXIT.OK
  }
}
