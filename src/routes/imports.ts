// HTTP route for importing one document (text scrape, HTML page or ninjs) as an article, for keys with the content:write scope.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { NotAnArticleProblem } from '../errors.js'
import { ImportError, type Importer } from '../import/importer.js'
import { requireScope } from '../plugins/auth.js'
import { strictUtf8 } from '../plugins/json-bodies.js'
import { ImportResultSchema } from '../schemas/import.js'
import { json, problem } from './responses.js'

export interface ImportRoutesOptions {
  importer: Importer
  now: () => string
}

// Whole HTML pages are bigger than API bodies.
const IMPORT_BODY_LIMIT = 5 * 1024 * 1024

const EXAMPLE = {
  source: 'https://www.example.org/nachrichten/bahnstreik-100.html',
  articleId: 'm3q1c8r5x0v2b7n4',
  slug: 'bahnstreik-legt-fernverkehr-lahm',
  format: 'html',
  outcome: 'created',
  found: { title: 'Bahnstreik legt Fernverkehr lahm', kicker: true, teaser: true, byline: true, publishedAt: true, sections: 2, paragraphs: 4, media: 2 },
  warnings: []
}

const importRoutes: FastifyPluginAsyncTypebox<ImportRoutesOptions> = async (app, { importer, now }) => {
  // The importer reads the document as it came: its bytes decide the format and its hash the identity.
  app.removeContentTypeParser('application/json')
  // Strict UTF-8, as the command line reads files: bad bytes are a 400, never U+FFFD in an article.
  app.addContentTypeParser(['text/plain', 'text/html', 'application/json', 'application/ninjs+json'], { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT }, (_request, body: Buffer, done) => {
    try {
      done(null, strictUtf8(body))
    } catch {
      done(new NotAnArticleProblem('request body: not UTF-8 text'))
    }
  })

  app.post('/v1/imports', {
    onRequest: requireScope('content:write'),
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: {
      operationId: 'importDocument',
      tags: ['editorial'],
      summary: 'Import a page or ninjs document as an article',
      description: 'Send a text scrape (`text/plain`), an HTML page (`text/html`) or an IPTC ninjs 2.x/3.x document (`application/json` or `application/ninjs+json`), up to 5 MiB. The same source (its canonical URL, else `source`, else the content) updates the same article and records a revision; the result says what was found and what was guessed.',
      security: [{ apiKey: [] }],
      querystring: Type.Object({
        source: Type.Optional(Type.String({ minLength: 1, maxLength: 500, pattern: '^[^\\u0000-\\u001F\\u007F]+$', description: 'A stable name for a document without a canonical URL (a file name, an agency id)', examples: ['agentur-2024-0311-17.txt'] }))
      }, { additionalProperties: false }),
      body: Type.String({ minLength: 1, description: 'The document' }),
      response: {
        200: json(ImportResultSchema, 'An article this source created before, updated or unchanged', { ...EXAMPLE, outcome: 'updated' }),
        201: json(ImportResultSchema, 'A new article', EXAMPLE),
        400: problem('CONTENT_ERR_NOT_AN_ARTICLE', 'No article can be made from the document; the detail says why', { detail: 'request body: not an article: no body paragraphs found after the title', instance: '/v1/imports' }),
        401: problem('CONTENT_ERR_UNAUTHORIZED', 'No API key, or one that is not valid', { detail: 'This needs an API key with the content:write scope: send "Authorization: Bearer <key>"', instance: '/v1/imports' }),
        403: problem('CONTENT_ERR_FORBIDDEN', 'The key lacks the content:write scope', { detail: "The key 'partner-feed' lacks the content:write scope this needs", instance: '/v1/imports' }),
        413: problem('CONTENT_ERR_BODY_TOO_LARGE', 'The document is larger than 5 MiB', { detail: 'Request body is too large', instance: '/v1/imports' }),
        415: problem('CONTENT_ERR_UNSUPPORTED_MEDIA_TYPE', 'Not text, HTML or JSON', { detail: 'Unsupported Media Type', instance: '/v1/imports' })
      }
    }
  }, async (request, reply) => {
    const actor = request.principal === null ? null : { keyId: request.principal.keyId, keyName: request.principal.keyName }
    try {
      const text = request.body.replace(/^\ufeff/, '')
      if (text.includes('\u0000')) throw new ImportError('request body', 'binary data, not text')
      const result = importer.importText(request.query.source ?? null, text, now(), actor)
      return reply.code(result.outcome === 'created' ? 201 : 200).send(result)
    } catch (error) {
      if (error instanceof ImportError) throw new NotAnArticleProblem(error.message)
      throw error
    }
  })
}

export default importRoutes
