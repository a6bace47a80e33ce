// HTTP routes for article history: revisions (preview scope), restoring one (write scope), and the audit trail.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyRequest } from 'fastify'
import { NotFoundError } from '../errors.js'
import { requireScope } from '../plugins/auth.js'
import { ArticleSchema } from '../schemas/article.js'
import { SAMPLE_ARTICLE_ID } from '../schemas/examples.js'
import { sampleArticle } from './sample-article.js'
import { Id } from '../schemas/common.js'
import { ArticleEventListSchema, RevisionListSchema, RevisionSchema } from '../schemas/revision.js'
import { actorOf, hiddenWriteResponse, writeAnswer } from './article-writes.js'
import { articleEtag, checkIfMatch } from '../lib/etags.js'
import { ArticleIdParams } from './params.js'
import { busy, invalid, json, problem, withHeaders } from './responses.js'

const RevisionParams = Type.Object({
  id: Id({ description: 'Article id', examples: [SAMPLE_ARTICLE_ID] }),
  version: Type.Integer({ minimum: 1, maximum: 1_000_000, description: 'Revision (article version) number', examples: [1] })
})

const NO_ID = '0'.repeat(16)

/** The errors every history route can answer, with examples at its own path (`{id}` and `{version}` filled in). */
function errorsAt (path: string, scope: string, notFoundDetail: string, notFoundPath = path) {
  const at = (template: string, id: string, version: string): string => template.replace('{id}', id).replace('{version}', version)
  return {
    400: invalid(at(path, 'abc', '1'), 'params', 'id', 'must match pattern "^[0-9a-z]{16}$"'),
    401: problem('CONTENT_ERR_UNAUTHORIZED', 'No API key, or one that is not valid', { detail: `This needs an API key with the ${scope} scope: send "Authorization: Bearer <key>"`, instance: at(path, SAMPLE_ARTICLE_ID, '1') }),
    403: problem('CONTENT_ERR_FORBIDDEN', `The key lacks the ${scope} scope`, { detail: `The key 'partner-feed' lacks the ${scope} scope this needs`, instance: at(path, SAMPLE_ARTICLE_ID, '1') }),
    404: problem('CONTENT_ERR_NOT_FOUND', 'No such article or revision', { detail: notFoundDetail, instance: at(notFoundPath, NO_ID, '9') })
  }
}

const BY = { keyId: 'k3y1d0000000abcd', keyName: 'cms-redaktion' }

const revisionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { articles, revisions, editorial, clock: { now }, representation } = app.context
  const answer = writeAnswer(app.context)
  const sample = sampleArticle()
  const sampleWrite = sample === undefined
    ? undefined
    : {
        slug: sample.slug,
        kicker: sample.kicker,
        title: sample.title,
        teaser: sample.teaser,
        language: sample.language,
        breadcrumb: sample.breadcrumb,
        tags: sample.tags,
        status: sample.status,
        publishedAt: sample.publishedAt,
        sections: sample.sections.map(({ heading, blocks }) => ({ heading, blocks })),
        kids: sample.kids,
        media: sample.media.map(({ duration: _duration, playable: _playable, reason: _reason, playableFrom: _playableFrom, embed: _embed, ...media }) => media)
      }
  /** Revisions outlive their article, so a deleted article can still be looked at and restored. */
  function assertHistory (id: string): void {
    if (revisions.list(id).length === 0 && articles.version({ id }, { now: now(), preview: true }) === undefined) {
      throw new NotFoundError(`No article with id '${id}'`)
    }
  }

  app.get('/v1/articles/:id/revisions', {
    onRequest: requireScope('content:preview'),
    schema: {
      operationId: 'listArticleRevisions',
      tags: ['editorial'],
      summary: 'List the revisions of an article',
      description: 'Every saved state, newest first, with who saved it. Deleted articles keep theirs.',
      security: [{ apiKey: [] }],
      params: ArticleIdParams,
      response: { 200: json(RevisionListSchema, 'The revisions', { items: [{ version: 2, status: 'published', createdAt: '2024-05-03T08:00:00.000Z', by: BY }, { version: 1, status: 'published', createdAt: '2024-05-02T10:00:00.000Z', by: null }] }), ...errorsAt('/v1/articles/{id}/revisions', 'content:preview', `No article with id '${NO_ID}'`) }
    }
  }, async (request) => {
    assertHistory(request.params.id)
    return { items: revisions.list(request.params.id) }
  })

  app.get('/v1/articles/:id/revisions/:version', {
    onRequest: requireScope('content:preview'),
    schema: {
      operationId: 'getArticleRevision',
      tags: ['editorial'],
      summary: 'Get one revision of an article',
      description: 'The article as it was saved at that version, in the shape `PUT` accepts.',
      security: [{ apiKey: [] }],
      params: RevisionParams,
      response: { 200: json(RevisionSchema, 'The revision', { version: 1, status: 'published', createdAt: '2024-05-02T10:00:00.000Z', by: null, article: sampleWrite }), ...errorsAt('/v1/articles/{id}/revisions/{version}', 'content:preview', `Article '${NO_ID}' has no revision 9`) }
    }
  }, async (request) => {
    const { id, version } = request.params
    const revision = revisions.get(id, version)
    if (revision === undefined) throw new NotFoundError(`Article '${id}' has no revision ${version}`)
    return revision
  })

  app.post('/v1/articles/:id/revisions/:version/restore', {
    onRequest: requireScope('content:write'),
    schema: {
      operationId: 'restoreArticleRevision',
      tags: ['editorial'],
      summary: 'Restore a revision',
      description: "Saves the revision's content as the article's newest version (recorded as `restored`); the article keeps its status and publication time. Needs `If-Match` unless the article was deleted, which brings it back in the revision's state.",
      security: [{ apiKey: [] }],
      params: RevisionParams,
      response: {
        200: withHeaders(json(ArticleSchema, 'The article as restored; `ETag` is its new version', sample), 'etag'),
        204: hiddenWriteResponse('Restored'),
        ...errorsAt('/v1/articles/{id}/revisions/{version}/restore', 'content:write', `Article '${NO_ID}' has no revision 9`),
        412: problem('CONTENT_ERR_PRECONDITION_FAILED', 'The article changed since the ETag in If-Match', { detail: 'It has changed since that ETag was issued', instance: '/v1/articles/5wsg76t0af7tq119/revisions/1/restore' }),
        428: problem('CONTENT_ERR_PRECONDITION_REQUIRED', 'If-Match is missing', { detail: 'Send If-Match with the ETag from GET /v1/articles/5wsg76t0af7tq119, so a concurrent change is not overwritten', instance: '/v1/articles/5wsg76t0af7tq119/revisions/1/restore' }),
        ...busy('/v1/articles/5wsg76t0af7tq119/revisions/1/restore')
      }
    }
  }, async (request: FastifyRequest<{ Params: { id: string, version: number } }>, reply) => {
    const { id, version } = request.params
    const revision = revisions.get(id, version)
    if (revision === undefined) throw new NotFoundError(`Article '${id}' has no revision ${version}`)
    const at = now()
    const current = articles.version({ id }, { now: at, preview: true })
    if (current !== undefined) checkIfMatch(request, articleEtag(current, representation), `/v1/articles/${id}`)
    editorial.restoreRevision(id, version, { at, actor: actorOf(request), ...(current === undefined ? {} : { expectedVersion: current.version }) })
    const article = answer(request, reply, id, at)
    return article === undefined ? reply.code(204).send() : article
  })

  app.get('/v1/articles/:id/events', {
    onRequest: requireScope('content:preview'),
    schema: {
      operationId: 'listArticleEvents',
      tags: ['editorial'],
      summary: 'The audit trail of an article',
      description: 'What happened to the article, when, and which key did it, oldest first, including its deletion.',
      security: [{ apiKey: [] }],
      params: ArticleIdParams,
      response: { 200: json(ArticleEventListSchema, 'The events', { items: [{ seq: 1, type: 'created', version: 1, at: '2024-05-02T10:00:00.000Z', by: null, changes: ['title', 'sections'] }, { seq: 7, type: 'updated', version: 2, at: '2024-05-03T08:00:00.000Z', by: BY, changes: ['title'] }] }), ...errorsAt('/v1/articles/{id}/events', 'content:preview', `No article with id '${NO_ID}'`) }
    }
  }, async (request) => {
    const items = revisions.events(request.params.id)
    if (items.length === 0) throw new NotFoundError(`No article with id '${request.params.id}'`)
    return { items }
  })
}

export default revisionRoutes
