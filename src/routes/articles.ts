// HTTP routes for articles: the list, one article by id, and one article by slug.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { NotFoundError } from '../errors.js'
import { decodeCursor, encodeCursor } from '../lib/cursor.js'
import type { ArticleRepository, ListPosition } from '../repositories/article.js'
import { ArticleListSchema, ArticleSchema, type Article } from '../schemas/article.js'
import { sampleArticle } from '../schemas/examples.js'
import { ArticleIdParams, ArticleSlugParams, PageQuery } from './params.js'
import { invalid, json, problem, uriTooLong } from './responses.js'

export interface ArticleRoutesOptions {
  articles: ArticleRepository
  now: () => string
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/
const ID = /^[0-9a-z]{16}$/

function isListPosition (value: unknown[]): value is [string, string] {
  return value.length === 2 && typeof value[0] === 'string' && TIMESTAMP.test(value[0]) &&
    typeof value[1] === 'string' && ID.test(value[1])
}

function notFound (instance: string, detail: string) {
  return problem('CONTENT_ERR_NOT_FOUND', 'No published article has this id or slug', { detail, instance })
}

const articleRoutes: FastifyPluginAsyncTypebox<ArticleRoutesOptions> = async (app, { articles, now }) => {
  const sample = sampleArticle()
  app.get('/v1/articles', {
    schema: {
      operationId: 'listArticles',
      tags: ['articles'],
      summary: 'List published articles',
      description: 'Published articles, newest first, as summaries. Page through them with `limit` and the `nextCursor` of each page; the `Link` header carries the next page\'s URL too.',
      querystring: PageQuery,
      response: {
        200: json(ArticleListSchema, 'One page of article summaries', sample === undefined
          ? undefined
          : { items: [summaryOf(sample)], nextCursor: null }),
        400: invalid('/v1/articles', 'querystring', 'limit', 'must be <= 100')
      }
    }
  }, async (request, reply) => {
    const { limit, cursor } = request.query
    let after: ListPosition | null = null
    if (cursor !== undefined) {
      const [listedAt, id] = decodeCursor('articles', cursor, isListPosition)
      after = { listedAt, id }
    }
    const page = articles.listPublic({ limit, after }, now())
    const nextCursor = page.next === null ? null : encodeCursor('articles', [page.next.listedAt, page.next.id])
    if (nextCursor !== null) {
      reply.header('link', `</v1/articles?${new URLSearchParams({ limit: String(limit), cursor: nextCursor }).toString()}>; rel="next"`)
    }
    return { items: page.items, nextCursor }
  })

  app.get('/v1/articles/:id', {
    schema: {
      operationId: 'getArticle',
      tags: ['articles'],
      summary: 'Get an article with its sections and media',
      description: 'The whole article: everything a page needs, in one call.',
      params: ArticleIdParams,
      response: {
        200: json(ArticleSchema, 'The article', sample),
        400: invalid(`/v1/articles/abc`, 'params', 'id', 'must match pattern "^[0-9a-z]{16}$"'),
        404: notFound(`/v1/articles/${'0'.repeat(16)}`, `No article with id '${'0'.repeat(16)}'`),
        414: uriTooLong('/v1/articles/aaaa…')
      }
    }
  }, async (request) => {
    const article = articles.getPublicById(request.params.id, now())
    if (article === undefined) throw new NotFoundError(`No article with id '${request.params.id}'`)
    return article
  })

  app.get('/v1/articles/slug/:slug', {
    schema: {
      operationId: 'getArticleBySlug',
      tags: ['articles'],
      summary: 'Get an article by its slug',
      description: `The same article as \`GET /v1/articles/{id}\`, found by its slug, e.g. \`${sample?.slug ?? 'wenig-substanz-aber-pr-erfolg-fuer-kim'}\`.`,
      params: ArticleSlugParams,
      response: {
        200: json(ArticleSchema, 'The article', sample),
        400: invalid('/v1/articles/slug/Gro%C3%9F', 'params', 'slug', 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"'),
        404: notFound('/v1/articles/slug/kein-artikel', "No article with slug 'kein-artikel'"),
        414: uriTooLong('/v1/articles/slug/aaaa…')
      }
    }
  }, async (request) => {
    const article = articles.getPublicBySlug(request.params.slug, now())
    if (article === undefined) throw new NotFoundError(`No article with slug '${request.params.slug}'`)
    return article
  })
}

/** The summary fields of a full article, for examples. */
function summaryOf (article: Article) {
  const { createdAt: _createdAt, version: _version, source: _source, sections: _sections, media: _media, ...summary } = article
  return summary
}

export default articleRoutes
