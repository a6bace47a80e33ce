// `beitrag import [--dry-run] <file or directory>…`: imports text scrapes, HTML pages and ninjs documents in batches;
// exit code 1 when any file failed.
// Like every command, it loads what it works with only when it runs, so `beitrag --help` answers at once.
import { blockTexts } from '../lib/rich-text.js'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { parseArgs } from 'node:util'
import type { ParsedArticle } from '../import/parsed.js'
import { DATABASE_ENVIRONMENT, EXIT, UsageError, type Command } from './command.js'

/** At most `length` characters of `text`, cut at a word with an ellipsis. */
function shorten (text: string, length = 100): string {
  if (text.length <= length) return text
  const cut = text.slice(0, length)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length / 2)).trimEnd()} …`
}

function runningTime (seconds: number | null): string {
  if (seconds === null) return 'no running time'
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')} min (${seconds} s)`
}

/** What a dry run shows for one file: the fields a person checks before importing, one per line. */
function summary (file: string, article: ParsedArticle): string {
  const paragraphs = article.sections.reduce((n, section) => n + section.blocks.length, 0)
  const lines = [
    `${file}: ${article.format}`,
    `  kicker     ${article.kicker ?? '–'}`,
    `  title      ${article.title}`,
    `  byline     ${article.byline ?? '–'}`,
    `  published  ${article.publishedAt ?? '–'}`,
    `  teaser     ${article.teaser === null ? '–' : shorten(article.teaser)}`,
    `  body       ${article.sections.length} section${article.sections.length === 1 ? '' : 's'}, ${paragraphs} block${paragraphs === 1 ? '' : 's'}: ${shorten(blockTexts(article.sections[0]?.blocks.find((b) => blockTexts(b).length > 0) ?? { type: 'media', mediaId: '' }).join(' '), 60)}`
  ]
  for (const media of article.media) {
    const timing = media.type === 'image' ? `credit ${media.credit ?? '–'}` : `${runningTime(media.durationSeconds)}, dated ${media.date ?? '–'}, available until ${media.availableUntil ?? '–'}`
    lines.push(`  ${media.type.padEnd(10)} ${media.role}, ${timing}, caption ${media.caption === null ? '–' : shorten(media.caption, 60)}`)
  }
  for (const warning of article.warnings) lines.push(`  warning    ${warning}`)
  return `${lines.join('\n')}\n\n`
}

export const importCommand: Command = {
  name: 'import',
  summary: 'Import article pages: text scrapes, HTML, ninjs',
  help: `usage: beitrag import [--dry-run [--json]] [--batch-size <n>] <file or directory>…
       npm run import -- [--dry-run] <file or directory>…

Imports article pages: text scrapes of broadcaster and news pages, HTML pages (structured data first,
then the markup) and IPTC ninjs 2.x/3.x documents; the format is recognised from the content.
Directories are read recursively for .txt, .html, .htm and .json files. A source imported before
(the same canonical URL, or else the same file name) updates its article instead of adding a second
one, or is reported unchanged. Each file is reported on its own line:
"created|updated|unchanged <id> <slug> <file>" (warnings on standard error), or an error naming the
file and the reason; the rest of the batch goes on. A summary ends the run; on a terminal a progress
bar shows how far it is. Each file is read on a separate thread and may take 10 s at most; files that
take longer, or nest HTML more than 512 levels deep, are reported as not an article.

Options:
  --dry-run          write nothing; show what each file yields: kicker, title, byline, date, teaser,
                     body, and each video's or picture's running time, date, availability and caption
  --json             with --dry-run: print each parsed article as JSON instead
  --batch-size <n>   files written per transaction (default 500)
  -h, --help         show this help

${DATABASE_ENVIRONMENT}

Exit codes: 0 all files imported, 1 at least one file failed, 64 bad arguments, 78 invalid configuration.`,
  async run (args) {
    const { values, positionals: files } = parseArgs({
      args,
      options: { 'dry-run': { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, 'batch-size': { type: 'string', default: '500' } },
      allowPositionals: true
    })
    if (files.length === 0) throw new UsageError('no files given')
    const [{ loadConfig }, { decodeText, ImportError }, { openContent }, { openMigrated }, { ParserThread }] = await Promise.all([
      import('../config.js'), import('../import/importer.js'), import('../context.js'), import('./open.js'), import('../import/parser-thread.js')
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

    const batchSize = Number(values['batch-size'])
    if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new UsageError('--batch-size must be a whole number above 0')

    // Directories are walked for the file kinds the importer reads; files named directly are always tried.
    const IMPORTABLE = new Set(['.txt', '.html', '.htm', '.json'])
    function * expand (path: string): Generator<string> {
      let isDirectory = false
      try {
        isDirectory = statSync(path).isDirectory()
      } catch {
        // Reported as "no such file" when it is read.
      }
      if (!isDirectory) {
        yield path
        return
      }
      for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        const child = join(path, entry.name)
        if (entry.isDirectory()) yield * expand(child)
        else if (IMPORTABLE.has(extname(entry.name).toLowerCase())) yield child
      }
    }
    const paths = files.flatMap((file) => [...expand(file)])

    const config = loadConfig()
    const counts = { created: 0, updated: 0, unchanged: 0, rejected: 0 }
    const reject = (file: string, reason: string): void => {
      counts.rejected++
      process.stderr.write(`error: ${file}: ${reason}\n`)
    }
    // Files are parsed on a thread of their own with a time budget: a pathological file is reported, not waited for.
    const parser = new ParserThread()
    async function parseFile (file: string): Promise<{ text: string, parsed: ParsedArticle }> {
      const text = readSource(file)
      const outcome = await parser.parse(file, text)
      if ('reason' in outcome) throw new ImportError(file, outcome.reason)
      return { text, parsed: outcome.parsed }
    }
    try {
      if (values['dry-run']) {
        for (const file of paths) {
          try {
            const { parsed } = await parseFile(file)
            process.stdout.write(values.json ? `${JSON.stringify(parsed, null, 2)}\n` : summary(file, parsed))
          } catch (error) {
            if (!(error instanceof ImportError)) throw error
            reject(file, error.reason)
          }
        }
        return counts.rejected > 0 ? EXIT.FAILURE : EXIT.OK
      }

      const { db } = openMigrated(config)
      const { importer } = openContent(db, config)
      const bar = process.stderr.isTTY && paths.length > 1 ? new (await import('cli-progress')).SingleBar({ format: 'importing [{bar}] {value}/{total} files', hideCursor: true }) : undefined
      bar?.start(paths.length, 0)
      const now = new Date().toISOString()
      type Entry = { name: string, read: () => string, parsed?: ParsedArticle }
      // Every file of a batch goes to the parser thread at once, and the next batch before this one is written: the
      // thread reads on while this thread writes.
      const parseBatch = (start: number): Promise<Entry[]> => {
        const entries = Promise.all(paths.slice(start, start + batchSize).map(async (file): Promise<Entry> => {
          try {
            const { text, parsed } = await parseFile(file)
            return { name: file, read: () => text, parsed }
          } catch (error) {
            if (!(error instanceof ImportError)) throw error
            return { name: file, read: () => { throw error } }
          }
        }))
        // Awaited when its turn comes; a failure meanwhile is not unhandled.
        entries.catch(() => {})
        return entries
      }
      try {
        let parsing = parseBatch(0)
        for (let start = 0; start < paths.length; start += batchSize) {
          // A batch is parsed first, then written in one transaction (which cannot wait for the thread).
          const batch = await parsing
          if (start + batchSize < paths.length) parsing = parseBatch(start + batchSize)
          // The file name is the source when the page names no URL: importing it again, from any directory, updates the same article.
          importer.importMany(batch, now, {
            batchSize,
            sourceName: (file) => basename(file),
            onEach: (file, result) => {
              bar?.increment()
              if (result instanceof ImportError) return reject(file, result.reason)
              counts[result.outcome]++
              if (bar === undefined) process.stdout.write(`${result.outcome} ${result.articleId} ${result.slug} ${file}\n`)
              for (const warning of result.warnings) if (bar === undefined) process.stderr.write(`warning: ${file}: ${warning}\n`)
            }
          })
        }
      } finally {
        bar?.stop()
        db.close()
      }
    } finally {
      await parser.close()
    }
    process.stderr.write(`imported ${counts.created + counts.updated} (${counts.created} created, ${counts.updated} updated), ${counts.unchanged} unchanged, ${counts.rejected} rejected\n`)
    const failed = counts.rejected
    return failed > 0 ? EXIT.FAILURE : EXIT.OK
  }
}
