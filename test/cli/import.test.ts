import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import t from 'tap'
import { SAMPLE_PATH } from '../../src/import/sample.js'
import { SAMPLE_ARTICLE_ID, SAMPLE_SLUG } from '../helper.js'
import { run } from '../process.js'

const dir = mkdtempSync(join(tmpdir(), 'beitrag-cli-'))
t.teardown(() => rmSync(dir, { recursive: true, force: true }))
const env = { DATABASE_PATH: join(dir, 'cli.db') }
const sample = join(dir, '000_4cabe8527bb692bf.txt')
copyFileSync(SAMPLE_PATH, sample)

function articleCount (): number {
  const db = new Database(env.DATABASE_PATH, { readonly: true })
  try {
    return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
  } finally {
    db.close()
  }
}

t.test('beitrag migrate creates and then finds an up-to-date database', async (t) => {
  const first = await run('src/cli/index.ts', ['migrate'], env)
  t.equal(first.code, 0)
  t.match(first.stdout, /applied 0001-create-articles\.sql/)
  const second = await run('src/cli/index.ts', ['migrate'], env)
  t.match(second.stdout, /is up to date/)
})

t.test('import creates the article, then recognises it unchanged', async (t) => {
  const first = await run('src/cli/index.ts', ['import', sample], env)
  t.equal(first.code, 0, first.stderr)
  t.equal(first.stdout, `created ${SAMPLE_ARTICLE_ID} ${SAMPLE_SLUG} ${sample}\n`)
  t.match(first.stderr, /warning: .*: no publication date found/)
  const second = await run('src/cli/index.ts', ['import', sample], env)
  t.equal(second.stdout, `unchanged ${SAMPLE_ARTICLE_ID} ${SAMPLE_SLUG} ${sample}\n`)
  t.equal(articleCount(), 1)
})

t.test('bad files are reported by name and reason; the good ones are still imported', async (t) => {
  const notArticle = join(dir, 'einkauf.txt')
  writeFileSync(notArticle, 'Einkaufsliste\n')
  const binary = join(dir, 'bild.jpg')
  writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]))
  const other = join(dir, 'zweiter.txt')
  writeFileSync(other, 'Zweiter Artikel - Ein Titel\n\nVorspann.\n\nErster Absatz mit Straße und Öl.\n')
  const result = await run('src/cli/index.ts', ['import', notArticle, join(dir, 'fehlt.txt'), binary, dir, other], env)
  t.equal(result.code, 1)
  t.match(result.stderr, `error: ${notArticle}: not an article: no body paragraphs found after the title`)
  t.match(result.stderr, `error: ${join(dir, 'fehlt.txt')}: no such file`)
  t.match(result.stderr, `error: ${binary}: not UTF-8 text`)
  t.match(result.stdout, /^created [0-9a-z]{16} ein-titel .*zweiter\.txt$/m)
  t.match(result.stdout, /^unchanged .*000_4cabe8527bb692bf\.txt$/m, 'a directory is walked for importable files')
  t.notMatch(result.stderr, /bild\.jpg: .*\n.*bild\.jpg/, 'files of other kinds in a directory are skipped')
  t.match(result.stderr, /imported 1 \(1 created, 0 updated\), \d+ unchanged, 4 rejected/)
  t.equal(articleCount(), 2)
})

t.test('--dry-run prints the parsed article and writes nothing', async (t) => {
  const dryEnv = { DATABASE_PATH: join(dir, 'dry.db') }
  const result = await run('src/cli/index.ts', ['import', '--dry-run', sample], dryEnv)
  t.equal(result.code, 0)
  const parsed = JSON.parse(result.stdout)
  t.equal(parsed.title, 'Wenig Substanz, aber PR-Erfolg für Kim')
  t.equal(parsed.sections.length, 5)
  const { existsSync } = await import('node:fs')
  t.notOk(existsSync(dryEnv.DATABASE_PATH), 'no database created')
})

t.test('usage', async (t) => {
  const none = await run('src/cli/index.ts', ['import'], env)
  t.equal(none.code, 64)
  t.match(none.stderr, /usage: beitrag import/)
  const help = await run('src/cli/index.ts', ['import', '--help'], env)
  t.equal(help.code, 0)
  t.match(help.stdout, /--dry-run/)
})
