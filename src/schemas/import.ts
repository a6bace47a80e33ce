// What an import reports: the article it wrote and what the page yielded.
import { Type, type Static } from '@sinclair/typebox'
import { Id, StringEnum } from './common.js'
import { Slug } from './article.js'

export const ImportResultSchema = Type.Object({
  source: Type.String({ description: 'The identity of the source: its canonical URL, the name given, or a hash of the content', examples: ['https://www.example.org/nachrichten/bahnstreik-100.html'] }),
  articleId: Id({ description: 'The article it created or updated', examples: ['m3q1c8r5x0v2b7n4'] }),
  slug: Slug('The article\'s slug'),
  format: StringEnum(['text', 'html', 'ninjs'], { description: 'How the document was read', examples: ['html'] }),
  outcome: StringEnum(['created', 'updated', 'unchanged'], { description: 'What the import did', examples: ['created'] }),
  found: Type.Object({
    title: Type.String({ description: 'The headline found or derived', examples: ['Bahnstreik legt Fernverkehr lahm'] }),
    kicker: Type.Boolean({ description: 'A kicker was found' }),
    teaser: Type.Boolean({ description: 'A teaser was found' }),
    byline: Type.Boolean({ description: 'A byline was found' }),
    publishedAt: Type.Boolean({ description: 'A publication date was found' }),
    sections: Type.Integer({ minimum: 0, description: 'Sections of the body', examples: [2] }),
    paragraphs: Type.Integer({ minimum: 0, description: 'Paragraphs and quotes of the body', examples: [4] }),
    media: Type.Integer({ minimum: 0, description: 'Media items', examples: [2] })
  }, { description: 'What the document yielded' }),
  warnings: Type.Array(Type.String(), { description: 'What was missing or had to be guessed, and each conflict in words', examples: [['no publication date found']] }),
  conflicts: Type.Array(Type.String(), {
    description: 'Fields (`title`, `teaser`, `body`, …) that editors changed since the last import and the source changed too: the editors\' version was kept and the source\'s not applied. Fields only editors changed are kept silently; fields only the source changed are applied',
    examples: [[]]
  })
}, { $id: 'ImportResult', description: 'The outcome of importing one document' })

export type ImportResult = Static<typeof ImportResultSchema>
