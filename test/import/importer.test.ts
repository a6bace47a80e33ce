import { readFileSync } from 'node:fs'
import t from 'tap'
import { decodeText, ImportError } from '../../src/import/importer.js'
import { SAMPLE_PATH } from '../../src/import/sample.js'
import { build, SAMPLE_ARTICLE_ID, SAMPLE_SLUG } from '../helper.js'

const sampleText = readFileSync(SAMPLE_PATH, 'utf8')
const NOW = '2025-01-01T00:00:00.000Z'

function counts (app: Awaited<ReturnType<typeof build>>) {
  return app.context.db.prepare<[], { articles: number, sections: number, media: number, links: number }>(`SELECT
    (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM sections) AS sections,
    (SELECT count(*) FROM media) AS media, (SELECT count(*) FROM article_media) AS links`).get()!
}

t.test('the sample is imported on first start with a stable id', async (t) => {
  const app = await build(t)
  t.same(counts(app), { articles: 1, sections: 5, media: 1, links: 1 })
  const article = app.context.articles.getById(SAMPLE_ARTICLE_ID, { now: NOW, preview: true })
  t.equal(article?.slug, SAMPLE_SLUG)
  t.equal(article?.source, '000_4cabe8527bb692bf.txt')
})

t.test('re-importing the same source: unchanged, then updated in place', async (t) => {
  const app = await build(t)
  const again = app.context.importer.importText('000_4cabe8527bb692bf.txt', sampleText, NOW)
  t.match(again, { source: '000_4cabe8527bb692bf.txt', articleId: SAMPLE_ARTICLE_ID, slug: SAMPLE_SLUG, outcome: 'unchanged', warnings: ['no publication date found'] })
  t.equal(app.context.articles.getById(SAMPLE_ARTICLE_ID, { now: NOW, preview: true })?.version, 1)

  const edited = sampleText.replace('Wenig Substanz, aber PR-Erfolg für Kim', 'Viel Symbolik, wenig Substanz')
  const updated = app.context.importer.importText('000_4cabe8527bb692bf.txt', edited, NOW)
  t.equal(updated.outcome, 'updated')
  t.equal(updated.articleId, SAMPLE_ARTICLE_ID)
  t.equal(updated.slug, SAMPLE_SLUG, 'the slug, and so the URL, stays')
  const article = app.context.articles.getById(SAMPLE_ARTICLE_ID, { now: NOW, preview: true })
  t.equal(article?.title, 'Viel Symbolik, wenig Substanz')
  t.equal(article?.version, 2)
  t.equal(article?.updatedAt, NOW)
  t.same(counts(app), { articles: 1, sections: 5, media: 1, links: 1 }, 'nothing duplicated')
})

t.test('another source with the same title gets a numbered slug', async (t) => {
  const app = await build(t)
  const copy = app.context.importer.importText('copy.txt', sampleText, NOW)
  t.equal(copy.outcome, 'created')
  t.equal(copy.slug, `${SAMPLE_SLUG}-2`)
  t.not(copy.articleId, SAMPLE_ARTICLE_ID)
  t.equal(counts(app).articles, 2)
})

t.test('a source that is not an article changes nothing', async (t) => {
  const app = await build(t)
  const before = counts(app)
  t.throws(() => app.context.importer.importText('notes.txt', 'Einkaufsliste\n', NOW), new ImportError('notes.txt', 'not an article: no body paragraphs found after the title'))
  t.throws(() => app.context.importer.importText('notes.txt', 'Einkaufsliste\n', NOW), /^notes\.txt: not an article/)
  t.same(counts(app), before)
})

t.test('a write that fails half-way leaves no trace', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  // A trigger that rejects the media row makes the last statement of the import fail.
  app.context.db.exec("CREATE TRIGGER no_media BEFORE INSERT ON media BEGIN SELECT RAISE(ABORT, 'media refused'); END")
  t.throws(() => app.context.importer.importText('000_4cabe8527bb692bf.txt', sampleText, NOW), /media refused/)
  t.same(counts(app), { articles: 0, sections: 0, media: 0, links: 0 })
})

t.test('bytes that are not text are refused with the reason', async (t) => {
  t.throws(() => decodeText('a.bin', Uint8Array.from([0xff, 0xfe, 0x41])), new ImportError('a.bin', 'not UTF-8 text'))
  t.throws(() => decodeText('b.bin', Buffer.from('Titel\u0000\n')), new ImportError('b.bin', 'binary data, not text'))
  t.throws(() => decodeText('c.txt', Buffer.from(' \n\u00a0\n')), new ImportError('c.txt', 'the file is empty'))
  t.equal(decodeText('d.txt', Buffer.from('\ufeffTitel')), 'Titel', 'a byte-order mark is dropped')
})

t.test("the sample is loaded once in a database's life", async (t) => {
  const app = await build(t)
  app.context.db.exec('DELETE FROM articles')
  const { seedSample } = await import('../../src/import/sample.js')
  t.equal(seedSample(app.context, NOW), undefined, 'not again after its deletion')
  t.equal(counts(app).articles, 0)
})

t.test('a database that already holds articles gets no sample', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  app.context.importer.importText('other.txt', sampleText.replace('Wenig Substanz', 'Anderer Titel'), NOW)
  app.context.db.exec('DELETE FROM app_state')
  const { seedSample } = await import('../../src/import/sample.js')
  t.equal(seedSample(app.context, NOW), undefined)
  t.equal(counts(app).articles, 1)
})
