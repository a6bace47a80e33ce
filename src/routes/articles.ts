// HTTP routes for articles: the filtered, paged list, and one article by id or by slug.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { BadRequestError, ForbiddenError, NotFoundError, UnauthorizedError } from '../errors.js'
import { articleResponse, etagSuffix, FormatQuery, negotiate, NOT_ACCEPTABLE_DETAIL, render, type ArticleFormat } from './article-formats.js'
import type { NinjsVersion } from '../syndication/ninjs.js'
import { decodeCursor, encodeCursor } from '../lib/cursor.js'
import { isStoredInstant } from '../lib/instants.js'
import { ARTICLE_SORTS, type ArticleSort, type ListPosition } from '../repositories/article-list.js'
import { isKidsProfile, readerOf } from '../plugins/auth.js'
import { articleEtag } from '../lib/etags.js'
import { ArticleListSchema, ArticleStatusSchema, type Article, type ArticleSummary } from '../schemas/article.js'
import { Ref, StringEnum } from '../schemas/common.js'
import { sampleArticle } from './sample-article.js'
import { notModified } from '../lib/http-cache.js'
import { ARTICLE_FIELDS, FilterQuery, filtersKey, LIST_FIELDS, parseFields, parseFilters, parseInclude, pick } from './article-query.js'
import { ArticleIdParams, ArticleSlugParams, CountQuery, DEFAULT_LIMIT, PageQuery, ProfileQuery } from './params.js'
import { invalid, json, OPTIONAL_KEY, problem, uriTooLong, withHeaders } from './responses.js'
import { addVary, listKeys, nextLink, sendJson } from '../lib/send.js'
import { surrogateKeys } from '../lib/surrogate-keys.js'

const ID = /^[0-9a-z]{16}$/

function isListPosition (value: unknown[]): value is ListPosition {
  return value.length === 2 && isStoredInstant(value[0]) &&
    typeof value[1] === 'string' && ID.test(value[1])
}

const ListQuery = Type.Object({
  ...PageQuery.properties,
  ...CountQuery,
  ...FilterQuery,
  ...ProfileQuery,
  status: Type.Optional(Ref(ArticleStatusSchema, { description: 'Only articles in this workflow state; needs a key with the content:preview scope' })),
  sort: Type.Optional(StringEnum(ARTICLE_SORTS, {
    default: '-publishedAt',
    description: 'Order: newest publication first (`-publishedAt`), oldest first (`publishedAt`) or last changed first (`-updatedAt`). Undated articles sort by when they were created.'
  }))
}, { additionalProperties: false })

const ItemQuery = Type.Object({
  ...FormatQuery,
  fields: Type.Optional(Type.String({
    pattern: '^[A-Za-z]+(?:,[A-Za-z]+)*$',
    maxLength: 500,
    description: `Comma-separated fields to return, for the JSON representation only (with another format it is a 400); \`id\` always comes along. One of: ${ARTICLE_FIELDS.join(', ')}.`,
    examples: ['title,teaser,media']
  })),
  ...ProfileQuery
}, { additionalProperties: false })

/** The summary fields of a whole article: what a list shows of it. */
export function summaryOf (article: Omit<Article, 'media'> & { media?: unknown }): ArticleSummary {
  const { createdAt: _createdAt, version: _version, source: _source, corrections: _corrections, sections: _sections, media: _media, ...summary } = article
  return summary
}

/** The article as the route's compiled serialiser for its 200 JSON writes it; JSON.stringify only if there is none. */
function serializeArticle (reply: FastifyReply, article: Article): string {
  const compiled = reply.getSerializationFunction('200', 'application/json') as ((data: unknown) => string) | undefined
  return compiled === undefined ? JSON.stringify(article) : compiled(article)
}

const articleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { readers, clock: { now }, cache, representation, config: { PUBLIC_API_URL: publicApiUrl }, publisher, mediaRules, bodyCache: bodies } = app.context
  const sample = sampleArticle()
  const renderOptions = { mediaBaseUrl: `${publicApiUrl}/v1/media`, publisher }
  const itemResponse = articleResponse(sample, { mediaBaseUrl: 'https://api.example.org/v1/media', publisher: { name: 'www.example.org', url: 'https://www.example.org' } })
  const notAcceptable = problem('CONTENT_ERR_NOT_ACCEPTABLE', 'Accept names no type this resource comes as', {
    detail: NOT_ACCEPTABLE_DETAIL,
    instance: `/v1/articles/${sample?.id ?? '5wsg76t0af7tq119'}`
  })

  /** Answers a request for one article: a 304 from its version alone when the client is current, else the article. */
  function sendArticle (request: FastifyRequest, reply: FastifyReply, by: { id: string } | { slug: string }, notFound: string, query: { fields?: string | undefined, format?: ArticleFormat | undefined, version?: NinjsVersion | undefined }) {
    addVary(reply, 'Accept')
    const chosen = negotiate(request, query)
    const { format } = chosen
    // The partner formats are whole documents with schemas of their own: a subset of their fields would break them.
    if (format !== 'json' && query.fields !== undefined) throw new BadRequestError(`query parameter 'fields' applies to the JSON representation only; this request asks for ${format}`)
    const at = now()
    const reader = readerOf(request, at, readers)
    const version = reader.version(by)
    if (version === undefined) throw new NotFoundError(notFound)
    const fields = format === 'json' ? parseFields(query.fields, ARTICLE_FIELDS) : null
    // What the media rules decide for this request is part of the representation: decided from the media's
    // rule facts alone, so a 304 still needs neither the whole article nor its serialisation.
    const decisions = mediaRules.for(request, at)
    const mediaFacts = fields === null || fields.has('media') ? reader.ruleFacts(version.id) : []
    for (const facts of mediaFacts) decisions.decide(facts)
    // The same keys on a 304 as on its 200: the article, every media item the body shows and every public article it
    // links to (a linked article hidden or renamed changes this body too: purging that article purges this one).
    const surrogateKey = surrogateKeys([`article:${version.id}`, ...mediaFacts.map((facts) => `media:${facts.id}`), ...version.linkedIds.map((id) => `article:${id}`)])
    reply.header('surrogate-key', surrogateKey)
    decisions.setCacheHeaders(reply, cache)
    const formatTag = `${representation}${etagSuffix(chosen)}`
    const etag = articleEtag(version, formatTag, fields, decisions.fingerprint)
    if (notModified(request, reply, etag, decisions.lastModified(version.updatedAt))) return reply.send()
    // Only what anyone may see is cached: the version lookup above has already applied visibility at this instant.
    // The body also depends on what the media rules decided and on the kids profile (which narrows the media).
    const bodyKey = bodies?.enabled === true && !reader.preview && fields === null
      ? { id: version.id, version: version.version, mediaVersions: version.mediaVersions, representation: formatTag, variant: `${isKidsProfile(request) ? 'kids' : 'all'}~${decisions.fingerprint}` }
      : undefined
    const cached = bodyKey === undefined ? undefined : bodies?.get(bodyKey)
    if (cached !== undefined) return reply.type(cached.contentType).send(cached.body)
    const stored = reader.article({ id: version.id })
    if (stored === undefined) throw new NotFoundError(notFound)
    const article = decisions.presentArticle(stored)
    if (fields !== null) return sendJson(reply, pick(article, fields))
    const rendered = format === 'json' ? undefined : render(article, chosen, renderOptions)
    const contentType = rendered === undefined ? 'application/json; charset=utf-8' : rendered.type
    // The JSON goes through the route's compiled response serialiser (fast-json-stringify), as it would uncached.
    const body = Buffer.from(rendered === undefined ? serializeArticle(reply, article) : rendered.text())
    // The article may have changed between the version lookup and the load: key the body by what was loaded.
    if (bodyKey !== undefined && article.version === bodyKey.version) bodies?.set(bodyKey, { body, contentType, surrogateKey })
    return reply.type(contentType).send(body)
  }

  app.get('/v1/articles', {
    schema: {
      operationId: 'listArticles',
      tags: ['articles'],
      security: OPTIONAL_KEY,
      summary: 'List published articles',
      description: 'Published articles as summaries, filtered and sorted. Page with `limit` and each page\'s `nextCursor` (also in the `Link` header): keyset pages never skip or repeat an article while others are published, and every page costs the same. Add `count=true` for `total`, how many articles the whole list holds (exact up to 10,000, an estimate above).',
      querystring: ListQuery,
      response: {
        200: withHeaders(json(ArticleListSchema, 'One page of article summaries', sample === undefined ? undefined : { items: [summaryOf(sample)], nextCursor: null, total: { value: 1, exact: true } }), 'link', 'surrogate-key'),
        400: invalid('/v1/articles', 'querystring', 'limit', 'must be <= 100'),
        401: problem('CONTENT_ERR_UNAUTHORIZED', '`status` without a key, or a key that is not valid', { detail: "query parameter 'status' needs an API key with the content:preview scope; anonymous lists show published articles only", instance: '/v1/articles' }),
        403: problem('CONTENT_ERR_FORBIDDEN', '`status` with a key that lacks the content:preview scope', { detail: "query parameter 'status' needs the content:preview scope, which the key 'partner-feed' lacks", instance: '/v1/articles' })
      }
    }
  }, async (request, reply) => {
    const { cursor } = request.query
    const limit = request.query.limit ?? DEFAULT_LIMIT
    const sort = request.query.sort ?? '-publishedAt'
    const at = now()
    const reader = readerOf(request, at, readers)
    const filters = parseFilters(request.query)
    if (request.query.status !== undefined) {
      if (request.principal === null) throw new UnauthorizedError("query parameter 'status' needs an API key with the content:preview scope; anonymous lists show published articles only")
      if (!reader.preview) throw new ForbiddenError(`query parameter 'status' needs the content:preview scope, which the key '${request.principal.keyName}' lacks`)
      filters.status = request.query.status
    }
    const fields = parseFields(request.query.fields, LIST_FIELDS)
    const include = parseInclude(request.query.include, fields)
    const list = `articles.${sort}.${filtersKey(filters)}${isKidsProfile(request) ? '.kids' : ''}`
    const after = cursor === undefined ? null : decodeCursor(list, cursor, isListPosition)
    const page = reader.list({ filters, sort: sort as ArticleSort, limit, after })
    const nextCursor = page.next === null ? null : encodeCursor(list, page.next)
    if (nextCursor !== null) reply.header('link', nextLink('/v1/articles', request.query, nextCursor))
    const decisions = mediaRules.for(request, at)
    const items = page.rows.map((row) => {
      const summary: ArticleSummary = reader.summary(row)
      if (include.sections) summary.sections = reader.sections(row.id)
      if (include.media) summary.media = decisions.presentAll(reader.articleMedia(row.id))
      return summary
    })
    const lastChange = reader.lastChange()
    if (lastChange !== null) reply.header('last-modified', new Date(decisions.lastModified(lastChange)).toUTCString())
    // A scheduled article joins the list at its instant: no copy may outlive that.
    const nextPublication = reader.nextPublication()
    decisions.setCacheHeaders(reply, cache, nextPublication === null ? undefined : Math.ceil((Date.parse(nextPublication) - Date.parse(at)) / 1000))
    const shown = fields === null ? items : items.map((item) => pick(item, fields) as ArticleSummary)
    reply.header('surrogate-key', listKeys(shown))
    const total = request.query.count === true ? { total: reader.count(filters) } : {}
    return fields === null ? { items, nextCursor, ...total } : sendJson(reply, { items: shown, nextCursor, ...total })
  })

  app.get('/v1/articles/:id', {
    schema: {
      operationId: 'getArticle',
      tags: ['articles'],
      security: OPTIONAL_KEY,
      summary: 'Get an article with its sections and media',
      description: 'The whole article: everything a page needs, in one call. Send `If-None-Match` with the `ETag` to revalidate: an unchanged article answers 304 without a body. Its media follow the media rules for this request (the viewer\'s country in `X-Country-Code`, an age-check token in `X-Age-Token`): see `Media.playable`.',
      params: ArticleIdParams,
      querystring: ItemQuery,
      response: {
        200: withHeaders(itemResponse, 'surrogate-key'),
        304: { description: 'The client\'s copy (named by `If-None-Match` or `If-Modified-Since`) is current', type: 'null' },
        406: notAcceptable,
        400: invalid('/v1/articles/abc', 'params', 'id', 'must match pattern "^[0-9a-z]{16}$"'),
        404: problem('CONTENT_ERR_NOT_FOUND', 'No published article has this id', { detail: `No article with id '${'0'.repeat(16)}'`, instance: `/v1/articles/${'0'.repeat(16)}` }),
        414: uriTooLong('/v1/articles/aaaa…')
      }
    }
  }, async (request, reply) => {
    const { id } = request.params
    return sendArticle(request, reply, { id }, `No article with id '${id}'`, request.query)
  })

  app.get('/v1/articles/slug/:slug', {
    schema: {
      operationId: 'getArticleBySlug',
      tags: ['articles'],
      security: OPTIONAL_KEY,
      summary: 'Get an article by its slug',
      description: `The same article as \`GET /v1/articles/{id}\`, found by its slug, e.g. \`${sample?.slug ?? 'wenig-substanz-aber-pr-erfolg-fuer-kim'}\`.`,
      params: ArticleSlugParams,
      querystring: ItemQuery,
      response: {
        200: withHeaders(itemResponse, 'surrogate-key'),
        301: { description: 'An old slug of an article: `Location` is its current slug\'s URL (with the same query)', type: 'null', headers: { location: { type: 'string', description: 'The article\'s URL under its current slug' } } },
        304: { description: 'The client\'s copy is current', type: 'null' },
        406: notAcceptable,
        400: invalid('/v1/articles/slug/Gro%C3%9F', 'params', 'slug', 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"'),
        404: problem('CONTENT_ERR_NOT_FOUND', 'No published article has this slug', { detail: "No article with slug 'kein-artikel'", instance: '/v1/articles/slug/kein-artikel' }),
        414: uriTooLong('/v1/articles/slug/aaaa…')
      }
    }
  }, async (request, reply) => {
    const { slug } = request.params
    try {
      return sendArticle(request, reply, { slug }, `No article with slug '${slug}'`, request.query)
    } catch (error) {
      // An article's old slug keeps working: a permanent redirect to its current one, with the same query.
      const reader = readerOf(request, now(), readers)
      const current = (error as { code?: string }).code === 'CONTENT_ERR_NOT_FOUND' ? reader.renamedTo(slug) : undefined
      if (current === undefined) throw error
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : ''
      return reply.code(301).header('location', `/v1/articles/slug/${current}${query}`)
        .header('cache-control', reader.preview ? 'private, no-store' : 'public, max-age=300').send()
    }
  })
}

export default articleRoutes
