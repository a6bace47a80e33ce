// HTTP routes for media: an article's media, and one media item by id.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { NotFoundError } from '../errors.js'
import { viewOf } from '../plugins/auth.js'
import type { ArticleRepository } from '../repositories/article.js'
import { sampleArticle } from '../schemas/examples.js'
import { ArticleMediaListSchema, MediaSchema, type ArticleMedia, type Media } from '../schemas/media.js'
import { ArticleIdParams, MediaIdParams } from './params.js'
import { invalid, json, problem, uriTooLong } from './responses.js'
import { surrogateKeys } from './send.js'
import { notModified } from '../plugins/http-cache.js'
import { mediaEtag } from './article-etag.js'

export interface MediaRoutesOptions {
  articles: ArticleRepository
  now: () => string
  representation: string
}

const NO_ID = '0'.repeat(16)

function withoutRole (media: ArticleMedia | undefined): Media | undefined {
  if (media === undefined) return undefined
  const { role: _role, ...rest } = media
  return rest
}

const mediaRoutes: FastifyPluginAsyncTypebox<MediaRoutesOptions> = async (app, { articles, now, representation }) => {
  const sample = sampleArticle()
  app.get('/v1/articles/:id/media', {
    schema: {
      operationId: 'listArticleMedia',
      tags: ['media'],
      summary: 'List the media of an article',
      description: 'Media attached to the article, the lead item first, each with its role on the page.',
      params: ArticleIdParams,
      response: {
        200: json(ArticleMediaListSchema, 'The media', sample === undefined ? undefined : { items: sample.media }),
        400: invalid('/v1/articles/abc/media', 'params', 'id', 'must match pattern "^[0-9a-z]{16}$"'),
        404: problem('CONTENT_ERR_NOT_FOUND', 'No published article has this id', {
          detail: `No article with id '${NO_ID}'`,
          instance: `/v1/articles/${NO_ID}/media`
        }),
        414: uriTooLong('/v1/articles/aaaa…/media')
      }
    }
  }, async (request, reply) => {
    const { id } = request.params
    if (!articles.isVisible(id, viewOf(request, now()))) throw new NotFoundError(`No article with id '${id}'`)
    const items = articles.media.listByArticle(id)
    reply.header('surrogate-key', surrogateKeys([`article:${id}`, ...items.map((media) => `media:${media.id}`)]))
    return { items }
  })

  app.get('/v1/media/:id', {
    schema: {
      operationId: 'getMedia',
      tags: ['media'],
      summary: 'Get a media item',
      description: 'A media item that at least one published article shows.',
      params: MediaIdParams,
      response: {
        200: json(MediaSchema, 'The media item', withoutRole(sample?.media[0])),
        304: { description: 'The client\'s copy is current', type: 'null' },
        400: invalid('/v1/media/abc', 'params', 'id', 'must match pattern "^[0-9a-z]{16}$"'),
        404: problem('CONTENT_ERR_NOT_FOUND', 'No media item with this id is shown by a published article', {
          detail: `No media with id '${NO_ID}'`,
          instance: `/v1/media/${NO_ID}`
        }),
        414: uriTooLong('/v1/media/aaaa…')
      }
    }
  }, async (request, reply) => {
    const found = articles.media.getVisibleWithVersion(request.params.id, viewOf(request, now()))
    if (found === undefined) throw new NotFoundError(`No media with id '${request.params.id}'`)
    reply.header('surrogate-key', `media:${found.media.id}`)
    if (notModified(request, reply, mediaEtag(found.media.id, found.version, representation), found.updatedAt)) return reply.send()
    return found.media
  })
}

export default mediaRoutes
