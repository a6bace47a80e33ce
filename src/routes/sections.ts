// HTTP routes for the sections of an article.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { NotFoundError } from '../errors.js'
import { readerOf } from '../plugins/auth.js'
import type { ContentReader } from '../repositories/reader.js'
import { SAMPLE_ARTICLE_ID } from '../schemas/examples.js'
import { sampleArticle } from './sample-article.js'
import { SectionListSchema, SectionSchema } from '../schemas/section.js'
import { ArticleIdParams, ProfileOnlyQuery, SectionParams } from './params.js'
import { invalid, json, OPTIONAL_KEY, problem, uriTooLong, withHeaders } from './responses.js'

const NO_ID = '0'.repeat(16)

const sectionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { readers, clock: { now } } = app.context
  const sample = sampleArticle()
  /** The request's reader, once it has checked that the article is there for it. */
  function visible (request: FastifyRequest, id: string): ContentReader {
    const reader = readerOf(request, now(), readers)
    if (!reader.isVisible(id)) throw new NotFoundError(`No article with id '${id}'`)
    return reader
  }

  app.get('/v1/articles/:id/sections', {
    schema: {
      operationId: 'listArticleSections',
      tags: ['sections'],
      security: OPTIONAL_KEY,
      summary: 'List the sections of an article',
      description: 'The article body as sections in reading order; text before the first sub-heading is section 1, with a null heading.',
      params: ArticleIdParams,
      querystring: ProfileOnlyQuery,
      response: {
        200: withHeaders(json(SectionListSchema, 'The sections', sample === undefined ? undefined : { items: sample.sections }), 'surrogate-key'),
        400: invalid('/v1/articles/abc/sections', 'params', 'id', 'must match pattern "^[0-9a-z]{16}$"'),
        404: problem('CONTENT_ERR_NOT_FOUND', 'No published article has this id', {
          detail: `No article with id '${NO_ID}'`,
          instance: `/v1/articles/${NO_ID}/sections`
        }),
        414: uriTooLong('/v1/articles/aaaa…/sections')
      }
    }
  }, async (request, reply) => {
    const reader = visible(request, request.params.id)
    reply.header('surrogate-key', `article:${request.params.id}`)
    return { items: reader.sections(request.params.id) }
  })

  app.get('/v1/articles/:id/sections/:position', {
    schema: {
      operationId: 'getArticleSection',
      tags: ['sections'],
      security: OPTIONAL_KEY,
      summary: 'Get one section of an article',
      description: 'One section by its 1-based position, for a frontend that renders or links to part of an article.',
      params: SectionParams,
      querystring: ProfileOnlyQuery,
      response: {
        200: withHeaders(json(SectionSchema, 'The section', sample?.sections[1]), 'surrogate-key'),
        400: invalid(`/v1/articles/${SAMPLE_ARTICLE_ID}/sections/0`, 'params', 'position', 'must be >= 1'),
        404: problem('CONTENT_ERR_NOT_FOUND', 'No published article has this id, or it has no section at this position', {
          detail: `Article '${SAMPLE_ARTICLE_ID}' has no section 9`,
          instance: `/v1/articles/${SAMPLE_ARTICLE_ID}/sections/9`
        }),
        414: uriTooLong('/v1/articles/aaaa…/sections/1')
      }
    }
  }, async (request, reply) => {
    const { id, position } = request.params
    const reader = visible(request, id)
    reply.header('surrogate-key', `article:${id}`)
    const section = reader.section(id, position)
    if (section === undefined) throw new NotFoundError(`Article '${id}' has no section ${position}`)
    return section
  })
}

export default sectionRoutes
