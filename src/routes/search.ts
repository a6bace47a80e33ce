// HTTP route for full-text search over published articles.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { createHash } from 'node:crypto'
import { BadRequestError } from '../errors.js'
import { isKidsProfile, readerOf } from '../plugins/auth.js'
import { decodeCursor, encodeCursor } from '../lib/cursor.js'
import type { ArticleSummary } from '../schemas/article.js'
import { sampleArticle } from './sample-article.js'
import { summaryOf } from './articles.js'
import { SearchResultsSchema, type SearchHit } from '../schemas/search.js'
import { SearchQueryError, toFtsQuery } from '../search/query.js'
import { FilterQuery, LIST_FIELDS, parseFields, parseFilters, parseInclude, pick } from './article-query.js'
import { DEFAULT_LIMIT, PageQuery, ProfileQuery } from './params.js'
import { invalid, json, OPTIONAL_KEY, withHeaders } from './responses.js'
import { listKeys, nextLink, sendJson } from '../lib/send.js'

const SearchQuery = Type.Object({
  q: Type.String({
    minLength: 1,
    maxLength: 1000,
    description: 'Words to find (all of them), `"a phrase"`, a prefix such as `Wladi*`, `OR`, `NOT` (as in `Kim NOT Putin`) and parentheses. Case, umlauts and ß need not match: `gespraeche` and `gesprache` find "Gespräche".',
    examples: ['Gespräche Wladiwostok']
  }),
  ...PageQuery.properties,
  ...FilterQuery,
  ...ProfileQuery
}, { additionalProperties: false })

function isOffset (value: unknown[]): value is [number] {
  return value.length === 1 && Number.isSafeInteger(value[0]) && (value[0] as number) > 0
}

const searchRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { readers, clock: { now }, cache, mediaRules } = app.context
  const sample = sampleArticle()
  app.get('/v1/search', {
    schema: {
      operationId: 'searchArticles',
      tags: ['search'],
      security: OPTIONAL_KEY,
      summary: 'Search published articles',
      description: 'Full-text search over titles, kickers, teasers, sub-headings, paragraphs and media captions, best matches first, with the same filters, fields and paging as the article list.',
      querystring: SearchQuery,
      response: {
        200: withHeaders(json(SearchResultsSchema, 'One page of matching articles', sample === undefined
          ? undefined
          : {
              items: [{
                ...summaryOf(sample),
                snippet: 'Fünf Stunden dauerten die <mark>Gespräche</mark> zwischen Russlands Präsident Wladimir Putin und Nordkoreas Machthaber Kim Jong Un in der russischen …',
                sectionPosition: 1
              }],
              nextCursor: null
            }), 'link', 'surrogate-key'),
        400: invalid('/v1/search', 'querystring', 'q', 'must NOT have fewer than 1 characters')
      }
    }
  }, async (request, reply) => {
    const { q, cursor } = request.query
    const limit = request.query.limit ?? DEFAULT_LIMIT
    let query: string
    try {
      query = toFtsQuery(q)
    } catch (error) {
      if (error instanceof SearchQueryError) throw new BadRequestError(`query parameter ${error.message}`)
      throw error
    }
    const filters = parseFilters(request.query)
    const fields = parseFields(request.query.fields, LIST_FIELDS)
    const include = parseInclude(request.query.include, fields)
    // A cursor belongs to one query and one set of filters; it carries how many hits came before.
    const at = now()
    const reader = readerOf(request, at, readers)
    const list = `search.${createHash('sha1').update(JSON.stringify([query, filters, isKidsProfile(request)])).digest('base64url').slice(0, 12)}`
    const offset = cursor === undefined ? 0 : decodeCursor(list, cursor, isOffset)[0]
    const page = reader.search({ query, filters, limit, offset })
    const decisions = mediaRules.for(request, at)
    const items = page.rows.map((row) => {
      const snippet = reader.snippet(query, row.seq)
      const summary: ArticleSummary = reader.summary(row)
      if (include.sections) summary.sections = reader.sections(row.id)
      if (include.media) summary.media = decisions.presentAll(reader.articleMedia(row.id))
      return { summary, snippet: snippet.html, sectionPosition: snippet.sectionPosition }
    })
    const nextCursor = page.hasMore ? encodeCursor(list, [offset + limit]) : null
    if (nextCursor !== null) reply.header('link', nextLink('/v1/search', request.query, nextCursor))
    decisions.setCacheHeaders(reply, cache)
    const hits = items.map(({ summary, snippet, sectionPosition }) => ({ ...pick(summary, fields), snippet, sectionPosition }))
    reply.header('surrogate-key', listKeys(hits as SearchHit[], ['search']))
    return fields === null ? { items: hits as SearchHit[], nextCursor } : sendJson(reply, { items: hits, nextCursor })
  })
}

export default searchRoutes
