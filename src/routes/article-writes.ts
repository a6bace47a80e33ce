// HTTP routes that change articles: create, replace, merge-patch and delete, for keys with the content:write scope.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { NotFoundError } from '../errors.js'
import { newId } from '../lib/ids.js'
import { hasScope, requireScope } from '../plugins/auth.js'
import { strictJsonParser } from '../plugins/json-bodies.js'
import type { Context } from '../context.js'
import type { PublicReads } from '../repositories/public-reads.js'
import type { Actor } from '../schemas/revision.js'
import { ArticleSchema, type Article } from '../schemas/article.js'
import { ArticleMergePatchSchema, ArticleWriteSchema, type ArticleWrite } from '../schemas/article-write.js'
import { Ref } from '../schemas/common.js'
import { sampleArticle } from './sample-article.js'
import { articleEtag, checkIfMatch } from '../lib/etags.js'
import { ArticleIdParams } from './params.js'
import { busy, json, mergePatchBody, problem, withHeaders } from './responses.js'

/**
 * Whether the answer to a write may carry the article: a key without content:preview reads only what is public,
 * and a write's answer is no way around that (a PATCH with an empty body would otherwise read a draft).
 */
export function mayReadBack (request: FastifyRequest, publicReads: PublicReads, id: string, at: string): boolean {
  return hasScope(request, 'content:preview') || publicReads.reader(at, false).isVisible(id)
}

/** The answer to a write the key may not read back: stored, no body; ETag (and Location) as usual. */
export const hiddenWriteResponse = (what: string) => ({
  description: `${what}; the article is not public and the key lacks the content:preview scope to read it, so there is no body. \`ETag\` is its new version`,
  type: 'null'
})

/** The key making a change, as revisions and events record it. */
export function actorOf (request: FastifyRequest): Actor | null {
  return request.principal === null ? null : { keyId: request.principal.keyId, keyName: request.principal.keyName }
}

const authErrors = {
  401: problem('CONTENT_ERR_UNAUTHORIZED', 'No API key, or one that is not valid', { detail: 'This needs an API key with the content:write scope: send "Authorization: Bearer <key>"', instance: '/v1/articles' }),
  403: problem('CONTENT_ERR_FORBIDDEN', 'The key lacks the content:write scope', { detail: "The key 'partner-feed' lacks the content:write scope this needs", instance: '/v1/articles' })
}
const bodyErrors = {
  400: problem('CONTENT_ERR_VALIDATION', 'The body is not a valid article; `errors` points at each problem', {
    detail: "body field '/title' is required; body field '/id' is set by the server and cannot be written",
    instance: '/v1/articles',
    errors: [{ location: 'body', pointer: '/title', message: 'is required' }, { location: 'body', pointer: '/id', message: 'is set by the server and cannot be written' }]
  }),
  409: problem('CONTENT_ERR_CONFLICT', 'Another article has this slug; `conflictingId` names it', { detail: "The slug 'wenig-substanz-aber-pr-erfolg-fuer-kim' belongs to article 5wsg76t0af7tq119", instance: '/v1/articles' }),
  413: problem('CONTENT_ERR_BODY_TOO_LARGE', 'The body is larger than 1 MiB', { detail: 'Request body is too large', instance: '/v1/articles' }),
  415: problem('CONTENT_ERR_UNSUPPORTED_MEDIA_TYPE', 'The body is not JSON', { detail: "Content-Type 'text/plain' is not accepted here; send application/json", instance: '/v1/articles' })
}
const preconditionErrors = {
  404: problem('CONTENT_ERR_NOT_FOUND', 'No article has this id', { detail: `No article with id '${'0'.repeat(16)}'`, instance: `/v1/articles/${'0'.repeat(16)}` }),
  412: problem('CONTENT_ERR_PRECONDITION_FAILED', 'The article changed since the ETag in If-Match', { detail: 'It has changed since that ETag was issued; its ETag is now "a.5wsg76t0af7tq119.3.1.x"', instance: '/v1/articles/5wsg76t0af7tq119' }),
  428: problem('CONTENT_ERR_PRECONDITION_REQUIRED', 'If-Match is missing', { detail: 'Send If-Match with the ETag from GET /v1/articles/5wsg76t0af7tq119, so a concurrent change is not overwritten', instance: '/v1/articles/5wsg76t0af7tq119' })
}
const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(Type.String({ description: 'The ETag of the article this change is based on (from GET); required' }))
})

/**
 * How a write answers: the stored article as the writing key may read it back, with its new ETag set; undefined
 * (an answer without a body) when the key may not read it.
 */
export function writeAnswer ({ articles, publicReads, representation, mediaRules }: Pick<Context, 'articles' | 'publicReads' | 'representation' | 'mediaRules'>) {
  return (request: FastifyRequest, reply: FastifyReply, id: string, at: string): Article | undefined => {
    const version = articles.version({ id }, { now: at, preview: true })
    const stored = articles.getById(id, { now: at, preview: true })
    if (version === undefined || stored === undefined) throw new Error(`article ${id} vanished after saving`)
    // The answer shows the media as the writing request would see them read, with the ETag that GET gives it.
    const decisions = mediaRules.for(request, at)
    // Presenting decides the media rules' part of the ETag, so the header is set after it.
    const article = mayReadBack(request, publicReads, id, at) ? decisions.presentArticle(stored) : undefined
    reply.header('etag', articleEtag(version, representation, null, decisions.fingerprint))
    return article
  }
}

const articleWriteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { articles, editorial, clock: { now }, representation } = app.context
  const answer = writeAnswer(app.context)
  const sample = sampleArticle()
  // RFC 7396 merge patches are JSON; Fastify's own parser reads them with the same limits and protections.
  app.addContentTypeParser('application/merge-patch+json', { parseAs: 'buffer' }, strictJsonParser(app))

  /** The current version for a change: 404 when there is none, and the If-Match check. */
  function existing (request: FastifyRequest, id: string): number {
    const version = articles.version({ id }, { now: now(), preview: true })
    if (version === undefined) throw new NotFoundError(`No article with id '${id}'`)
    checkIfMatch(request, articleEtag(version, representation))
    return version.version
  }

  app.post('/v1/articles', {
    onRequest: requireScope('content:write'),
    schema: {
      operationId: 'createArticle',
      tags: ['editorial'],
      summary: 'Create an article',
      description: 'Creates an article with its sections and media in one transaction; a rejected request leaves nothing behind. A missing slug is made from the title. Status `scheduled` with a future `publishedAt` goes public at that instant by itself.',
      security: [{ apiKey: [] }],
      body: Ref(ArticleWriteSchema),
      response: {
        201: withHeaders(json(ArticleSchema, 'The new article; `Location` is its URL, `ETag` its version', sample), 'location', 'etag'),
        204: withHeaders(hiddenWriteResponse('Created; `Location` is its URL'), 'location'),
        ...bodyErrors,
        ...authErrors,
        ...busy('/v1/articles'),
        412: problem('CONTENT_ERR_PRECONDITION_FAILED', 'A media item the write changes has changed since the ETag in its `etag`', { detail: 'media/0: media item 4nzspnn649g3g8h8 has changed since that ETag was issued; its ETag is now "m.4nzspnn649g3g8h8.3.x"', instance: '/v1/articles' }),
        428: problem('CONTENT_ERR_PRECONDITION_REQUIRED', 'The write changes a media item that other articles show, without its `etag`', { detail: 'media/0 changes media item 4nzspnn649g3g8h8, and other articles show it too: send its ETag (from GET /v1/media/4nzspnn649g3g8h8) in "etag" to change it, or only "id", "type" and "role" to attach it as it is', instance: '/v1/articles' })
      }
    }
  }, async (request, reply) => {
    const id = newId()
    const at = now()
    // Validation has filled in every default the body left out.
    editorial.saveArticle(id, request.body as ArticleWrite, { at, actor: actorOf(request) })
    const article = answer(request, reply, id, at)
    reply.header('location', `/v1/articles/${id}`)
    return article === undefined ? reply.code(204).send() : reply.code(201).send(article)
  })

  app.put('/v1/articles/:id', {
    onRequest: requireScope('content:write'),
    schema: {
      operationId: 'replaceArticle',
      tags: ['editorial'],
      summary: 'Replace an article',
      description: 'Replaces every field, section and media attachment of the article. Needs `If-Match` with its current ETag.',
      security: [{ apiKey: [] }],
      params: ArticleIdParams,
      headers: IfMatchHeaders,
      body: Ref(ArticleWriteSchema),
      response: { 200: withHeaders(json(ArticleSchema, 'The article as stored; `ETag` is its new version', sample), 'etag'), 204: hiddenWriteResponse('Stored'), ...bodyErrors, ...authErrors, ...preconditionErrors, ...busy('/v1/articles/5wsg76t0af7tq119') }
    }
  }, async (request, reply) => {
    const { id } = request.params
    const expectedVersion = existing(request, id)
    const at = now()
    editorial.saveArticle(id, request.body as ArticleWrite, { at, actor: actorOf(request), expectedVersion })
    const article = answer(request, reply, id, at)
    return article === undefined ? reply.code(204).send() : article
  })

  app.patch('/v1/articles/:id', {
    onRequest: requireScope('content:write'),
    schema: {
      operationId: 'patchArticle',
      tags: ['editorial'],
      summary: 'Change part of an article (JSON Merge Patch)',
      description: 'Applies an RFC 7396 merge patch (`application/merge-patch+json`; plain `application/json` is read the same way) to the article as `PUT` would send it: members replace, `null` removes, arrays are replaced whole. Needs `If-Match`.',
      security: [{ apiKey: [] }],
      params: ArticleIdParams,
      headers: IfMatchHeaders,
      body: mergePatchBody(ArticleMergePatchSchema),
      response: {
        200: withHeaders(json(ArticleSchema, 'The article as stored; `ETag` is its new version', sample), 'etag'),
        204: hiddenWriteResponse('Stored'),
        ...bodyErrors,
        415: problem('CONTENT_ERR_UNSUPPORTED_MEDIA_TYPE', 'The body is not a merge patch or JSON', { detail: "Content-Type 'text/plain' is not accepted here; send application/merge-patch+json or application/json", instance: '/v1/articles/5wsg76t0af7tq119' }),
        ...authErrors,
        ...preconditionErrors,
        ...busy('/v1/articles/5wsg76t0af7tq119')
      }
    }
  }, async (request, reply) => {
    const { id } = request.params
    const expectedVersion = existing(request, id)
    const at = now()
    editorial.patchArticle(id, request.body, { at, actor: actorOf(request), expectedVersion })
    const article = answer(request, reply, id, at)
    return article === undefined ? reply.code(204).send() : article
  })

  app.delete('/v1/articles/:id', {
    onRequest: requireScope('content:write'),
    schema: {
      operationId: 'deleteArticle',
      tags: ['editorial'],
      summary: 'Delete an article',
      description: 'The article disappears from every route; its revisions stay, and a `deleted` event remains as its tombstone. Needs `If-Match`.',
      security: [{ apiKey: [] }],
      params: ArticleIdParams,
      headers: IfMatchHeaders,
      response: { 204: { description: 'Deleted', type: 'null' }, ...authErrors, ...preconditionErrors, ...busy('/v1/articles/5wsg76t0af7tq119') }
    }
  }, async (request, reply) => {
    const { id } = request.params
    const expectedVersion = existing(request, id)
    editorial.deleteArticle(id, { at: now(), actor: actorOf(request), expectedVersion })
    return reply.code(204).send()
  })
}

export default articleWriteRoutes
