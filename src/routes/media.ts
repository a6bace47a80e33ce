// HTTP routes for media: an article's media, and one media item by id, each as the media rules let this request see it.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { NotFoundError } from '../errors.js'
import { readerOf } from '../plugins/auth.js'
import { notModified } from '../lib/http-cache.js'
import { sampleArticle } from './sample-article.js'
import { ArticleMediaListSchema, MediaSchema, type ArticleMedia, type Media } from '../schemas/media.js'
import { mediaEtag } from '../lib/etags.js'
import { ArticleIdParams, MediaIdParams, ProfileOnlyQuery } from './params.js'
import { invalid, json, OPTIONAL_KEY, problem, uriTooLong, withHeaders } from './responses.js'
import { surrogateKeys } from '../lib/surrogate-keys.js'

const NO_ID = '0'.repeat(16)

function withoutRole (media: ArticleMedia | undefined): Media | undefined {
  if (media === undefined) return undefined
  const { role: _role, ...rest } = media
  return rest
}

const RULES = 'Outside its availability window, from a country not in `allowedRegions`, or (for FSK 16 and 18) outside the youth protection window without an age-check token in `X-Age-Token`, an item stays visible as metadata, with `playable: false`, a `reason` and `playableFrom`; its renditions, subtitles and embed code are withheld. The viewer\'s country comes from the CDN\'s `X-Country-Code` header. Responses vary on those headers where they matter, and are cached no longer than until the next change.'

const mediaRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { readers, clock: { now }, representation, cache, mediaRules } = app.context
  const sample = sampleArticle()
  app.get('/v1/articles/:id/media', {
    schema: {
      operationId: 'listArticleMedia',
      tags: ['media'],
      security: OPTIONAL_KEY,
      summary: 'List the media of an article',
      description: `Media attached to the article, the lead item first, each with its role on the page. ${RULES}`,
      params: ArticleIdParams,
      querystring: ProfileOnlyQuery,
      response: {
        200: withHeaders(json(ArticleMediaListSchema, 'The media', sample === undefined ? undefined : { items: sample.media }), 'surrogate-key'),
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
    const at = now()
    const reader = readerOf(request, at, readers)
    if (!reader.isVisible(id)) throw new NotFoundError(`No article with id '${id}'`)
    const decisions = mediaRules.for(request, at)
    const items = decisions.presentAll(reader.articleMedia(id))
    decisions.setCacheHeaders(reply, cache)
    reply.header('surrogate-key', surrogateKeys([`article:${id}`, ...items.map((media) => `media:${media.id}`)]))
    return { items }
  })

  app.get('/v1/media/:id', {
    schema: {
      operationId: 'getMedia',
      tags: ['media'],
      security: OPTIONAL_KEY,
      summary: 'Get a media item',
      description: `A media item that at least one published article shows. ${RULES}`,
      params: MediaIdParams,
      querystring: ProfileOnlyQuery,
      response: {
        200: withHeaders(json(MediaSchema, 'The media item', withoutRole(sample?.media[0])), 'surrogate-key'),
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
    const at = now()
    const found = readerOf(request, at, readers).media(request.params.id)
    if (found === undefined) throw new NotFoundError(`No media with id '${request.params.id}'`)
    reply.header('surrogate-key', `media:${found.media.id}`)
    const decisions = mediaRules.for(request, at)
    const media = decisions.present(found.media)
    decisions.setCacheHeaders(reply, cache)
    if (notModified(request, reply, mediaEtag(found.media.id, found.version, representation, decisions.fingerprint), decisions.lastModified(found.updatedAt))) return reply.send()
    return media
  })
}

export default mediaRoutes
