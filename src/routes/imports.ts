// HTTP route for importing one document (text scrape, HTML page or ninjs) as an article, for keys with the content:write scope.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { NotAnArticleProblem } from '../errors.js'
import { detectFormat, ImportError } from '../import/importer.js'
import { requireScope } from '../plugins/auth.js'
import { strictUtf8 } from '../plugins/json-bodies.js'
import { ImportResultSchema } from '../schemas/import.js'
import { StringEnum } from '../schemas/common.js'
import { busy, json, problem } from './responses.js'

// Whole HTML pages are bigger than API bodies.
const IMPORT_BODY_LIMIT = 5 * 1024 * 1024

const EXAMPLE = {
  source: 'https://www.example.org/nachrichten/bahnstreik-100.html',
  articleId: 'm3q1c8r5x0v2b7n4',
  slug: 'bahnstreik-legt-fernverkehr-lahm',
  format: 'html',
  outcome: 'created',
  found: { title: 'Bahnstreik legt Fernverkehr lahm', kicker: true, teaser: true, byline: true, publishedAt: true, sections: 2, paragraphs: 4, media: 2 },
  warnings: [],
  conflicts: []
}

const Document = (description: string) => Type.String({ minLength: 1, description })
const NinjsDocument = Type.Object({
  uri: Type.String({ minLength: 1, description: 'The document\'s identifier' })
}, { additionalProperties: true, description: 'An IPTC ninjs 2.x or 3.x document with `uri` and a `headline` or `body_text`/`body_html`' })

function isJson (contentType: string | undefined): boolean {
  return /^application\/(?:ninjs\+)?json\b/i.test(contentType ?? '')
}

const importRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { importer, clock: { now } } = app.context
  // The importer reads the document as it came: its bytes decide the format and its hash the identity.
  app.removeContentTypeParser('application/json')
  const parseJson = app.getDefaultJsonParser('error', 'error')
  const jsonText = new WeakMap<object, string>()
  // Strict UTF-8, as the command line reads files: bad bytes are a 400, never U+FFFD in an article.
  app.addContentTypeParser(['text/plain', 'text/html'], { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT }, (_request, body: Buffer, done) => {
    try {
      done(null, strictUtf8(body))
    } catch {
      done(new NotAnArticleProblem('request body: not UTF-8 text'))
    }
  })
  // A JSON body is parsed (so its schema is checked: a ninjs object, not a JSON string); the importer gets its text.
  app.addContentTypeParser(['application/json', 'application/ninjs+json'], { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT }, (request, body: Buffer, done) => {
    let text: string
    try {
      text = strictUtf8(body)
    } catch {
      done(new NotAnArticleProblem('request body: not UTF-8 text'))
      return
    }
    jsonText.set(request, text)
    parseJson(request, text, done)
  })

  app.post('/v1/imports', {
    onRequest: requireScope('content:write'),
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: {
      operationId: 'importDocument',
      tags: ['editorial'],
      summary: 'Import a page or ninjs document as an article',
      description: 'Send a text scrape (`text/plain`), an HTML page (`text/html`) or an IPTC ninjs 2.x/3.x document (`application/json` or `application/ninjs+json`), up to 5 MiB. A new article is a `draft` unless `status=published` is asked for. The same source (its canonical URL, else `source`, else the content) updates the same article and records a revision, keeping its workflow state; fields editors changed since the last import keep the editors\' version, and where the source changed them too the result lists them in `conflicts`. The result says what was found and what was guessed.',
      security: [{ apiKey: [] }],
      querystring: Type.Object({
        source: Type.Optional(Type.String({ minLength: 1, maxLength: 500, pattern: '^[^\\u0000-\\u001F\\u007F]+$', description: 'A stable name for a document without a canonical URL (a file name, an agency id); no control characters', examples: ['agentur-2024-0311-17.txt'] })),
        status: Type.Optional(StringEnum(['draft', 'published'], { default: 'draft', description: 'The state a new article is created in. A re-import never changes the state editors gave the article', examples: ['draft'] }))
      }, { additionalProperties: false }),
      body: {
        content: {
          'text/plain': { schema: Document('A text scrape of a page: title, then paragraphs') },
          'text/html': { schema: Document('An HTML page') },
          'application/json': { schema: NinjsDocument },
          'application/ninjs+json': { schema: NinjsDocument }
        }
      },
      response: {
        200: json(ImportResultSchema, 'An article this source created before, updated or unchanged', { ...EXAMPLE, outcome: 'updated' }),
        201: json(ImportResultSchema, 'A new article', EXAMPLE),
        400: problem('CONTENT_ERR_NOT_AN_ARTICLE', 'No article can be made from the document; the detail says why', { detail: 'request body: not an article: no body paragraphs found after the title', instance: '/v1/imports' }),
        401: problem('CONTENT_ERR_UNAUTHORIZED', 'No API key, or one that is not valid', { detail: 'This needs an API key with the content:write scope: send "Authorization: Bearer <key>"', instance: '/v1/imports' }),
        403: problem('CONTENT_ERR_FORBIDDEN', 'The key lacks the content:write scope', { detail: "The key 'partner-feed' lacks the content:write scope this needs", instance: '/v1/imports' }),
        413: problem('CONTENT_ERR_BODY_TOO_LARGE', 'The document is larger than 5 MiB', { detail: 'Request body is too large', instance: '/v1/imports' }),
        415: problem('CONTENT_ERR_UNSUPPORTED_MEDIA_TYPE', 'Not text, HTML or JSON', { detail: 'Unsupported Media Type', instance: '/v1/imports' }),
        ...busy('/v1/imports')
      }
    }
  }, async (request, reply) => {
    const actor = request.principal === null ? null : { keyId: request.principal.keyId, keyName: request.principal.keyName }
    try {
      const text = (typeof request.body === 'string' ? request.body : jsonText.get(request) ?? '').replace(/^\ufeff/, '')
      if (text.includes('\u0000')) throw new ImportError('request body', 'binary data, not text')
      // A JSON body is a ninjs document or nothing: a JSON string is not a text to import.
      if (isJson(request.headers['content-type']) && detectFormat(text) !== 'ninjs') {
        throw new ImportError('request body', 'not an article: a JSON body must be a ninjs document (with "uri" and a headline or body); send a text scrape as text/plain')
      }
      // Parsed on the importer's thread: reads keep being answered while a large page is read.
      const result = await importer.importTextOffThread(request.query.source ?? null, text, now(), actor, { status: request.query.status ?? 'draft' })
      return reply.code(result.outcome === 'created' ? 201 : 200).send(result)
    } catch (error) {
      if (error instanceof ImportError) throw new NotAnArticleProblem(error.message)
      throw error
    }
  })
}

export default importRoutes
