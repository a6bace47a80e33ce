import { execFile } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import Database from 'better-sqlite3'
import t from 'tap'
import { SAMPLE_PATH } from '../../src/import/sample.js'
import { SAMPLE_ARTICLE_ID, SAMPLE_SLUG } from '../helper.js'
import { ROOT, run } from '../process.js'

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

t.test('--dry-run shows what each page yields and writes nothing', async (t) => {
  const dryEnv = { DATABASE_PATH: join(dir, 'dry.db') }
  const shown = await run('src/cli/index.ts', ['import', '--dry-run', sample], dryEnv)
  t.equal(shown.code, 0, shown.stderr)
  t.equal(shown.stdout, [
    `${sample}: text`,
    '  kicker     Bilanz des Kim-Putin-Treffens',
    '  title      Wenig Substanz, aber PR-Erfolg für Kim',
    '  byline     –',
    '  published  –',
    '  teaser     Nordkoreas Machthaber Kim sucht die Nähe zu Moskau. Bei seinem Treffen mit Kremlchef Putin kam …',
    '  body       5 sections, 9 blocks: Fünf Stunden dauerten die Gespräche zwischen Russlands …',
    '  video      lead, 1:00 min (60 s), dated –, available until –, caption Russlands Präsident Putin und Nordkoreas Machthaber Kim …',
    '  warning    no publication date found',
    '', ''
  ].join('\n'))
  const result = await run('src/cli/index.ts', ['import', '--dry-run', '--json', sample], dryEnv)
  t.equal(result.code, 0)
  const parsed = JSON.parse(result.stdout)
  t.equal(parsed.title, 'Wenig Substanz, aber PR-Erfolg für Kim')
  t.equal(parsed.sections.length, 5)
  const { existsSync } = await import('node:fs')
  t.notOk(existsSync(dryEnv.DATABASE_PATH), 'no database created')
})

t.test('a batch with a file nested 100,000 levels deep reports it and imports the rest', async (t) => {
  const batchEnv = { DATABASE_PATH: join(dir, 'deep.db') }
  const deep = join(dir, 'tief.html')
  writeFileSync(deep, `<html><body>${'<div>'.repeat(100_000)}<p>Text.</p>${'</div>'.repeat(100_000)}</body></html>`)
  const other = join(dir, 'danach.txt')
  writeFileSync(other, 'Nach der Datei - Der Stapel geht weiter\n\nVorspann.\n\nErster Absatz über Grünflächen.\n')
  const result = await run('src/cli/index.ts', ['import', deep, other], batchEnv)
  t.equal(result.code, 1)
  t.match(result.stderr, `error: ${deep}: not an article: the HTML nests elements more than 512 levels deep`)
  t.match(result.stdout, /^created [0-9a-z]{16} der-stapel-geht-weiter .*danach\.txt$/m)
  t.match(result.stderr, /imported 1 \(1 created, 0 updated\), 0 unchanged, 1 rejected/)
})

t.test('the built CLI parses on its thread from dist/ as well', async (t) => {
  // What `npm run import` does first; dist/ is git-ignored.
  await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT })
  const deep = join(dir, 'tief-dist.html')
  writeFileSync(deep, `<html><body>${'<div>'.repeat(5_000)}</body></html>`)
  const built = await promisify(execFile)(process.execPath, [join(ROOT, 'dist/cli/index.js'), 'import', '--dry-run', deep, sample], { cwd: ROOT, env: { ...process.env, DATABASE_PATH: join(dir, 'dist.db') } }).then(() => ({ code: 0, stdout: '', stderr: '' }), (error: { code: number, stdout: string, stderr: string }) => error)
  t.equal(built.code, 1)
  t.match(built.stderr, `error: ${deep}: not an article: the HTML nests elements more than 512 levels deep`)
  t.match(built.stdout, /title {6}Wenig Substanz, aber PR-Erfolg für Kim/)
})

t.test('usage', async (t) => {
  const none = await run('src/cli/index.ts', ['import'], env)
  t.equal(none.code, 64)
  t.match(none.stderr, /usage: beitrag import/)
  const help = await run('src/cli/index.ts', ['import', '--help'], env)
  t.equal(help.code, 0)
  t.match(help.stdout, /--dry-run/)
})
