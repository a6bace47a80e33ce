// `npm run import -- [--dry-run] <file>…`: imports pages in the seed's text format; exit code 1 when any file failed.
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { decodeText, ImportError, Importer, parseArticle } from '../import/importer.js'
import { ArticleRepository } from '../repositories/article.js'
import { argsOrExit, configOrExit, openMigrated } from './open.js'

const USAGE = 'usage: npm run import -- [--dry-run] <file>…'

const { values, positionals: files } = argsOrExit({
  options: { 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  allowPositionals: true
}, USAGE)
if (values.help) {
  process.stdout.write(`${USAGE}\n\nImports text scrapes of article pages. A file imported before (same file name) updates\nits article instead of adding a second one. --dry-run prints the parsed article as JSON and writes nothing.\n`)
  process.exit(0)
}
if (files.length === 0) {
  process.stderr.write(`${USAGE}\n`)
  process.exit(64) // EX_USAGE
}

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
const config = configOrExit()
const { db } = values['dry-run'] ? { db: undefined } : openMigrated(config)
const importer = db === undefined ? undefined : new Importer(db, new ArticleRepository(db, { publicBaseUrl: config.PUBLIC_BASE_URL }))

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
db?.close()
process.exitCode = failed > 0 ? 1 : 0
