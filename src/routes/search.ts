// HTTP route for full-text search over published articles.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { createHash } from 'node:crypto'
import { BadRequestError } from '../errors.js'
import { isKidsProfile, readerOf } from '../plugins/auth.js'
import { sendAnswer, type PublicAnswer } from '../cache/public-answers.js'
import { payloadEtag } from '../lib/http-cache.js'
import { decodeCursor, encodeCursor } from '../lib/cursor.js'
import type { ArticleSummary } from '../schemas/article.js'
import { sampleArticle } from './sample-article.js'
import { summaryOf } from './articles.js'
import { SearchResultsSchema, type SearchHit, type SearchResults } from '../schemas/search.js'
import { StringEnum } from '../schemas/common.js'
import { parseSearch, SearchQueryError, type SearchQuery as ParsedQuery } from '../search/query.js'
import { SEARCH_FACETS, SEARCH_SORTS, type SearchFacet, type SearchPage } from '../repositories/article-search.js'
import { FilterQuery, LIST_FIELDS, parseFields, parseFilters, parseInclude, pick } from './article-query.js'
import { DEFAULT_LIMIT, PageQuery, ProfileQuery } from './params.js'
import { invalid, json, OPTIONAL_KEY, withHeaders } from './responses.js'
import { listKeys, nextLink } from '../lib/send.js'

const SearchQuery = Type.Object({
  q: Type.String({
    minLength: 1,
    maxLength: 1000,
    description: 'Words to find (all of them), `"a phrase"`, a prefix such as `Wladi*`, `OR`, `NOT` (as in `Kim NOT Putin`) and parentheses. Case, umlauts and ß need not match (`gespraeche` and `gesprache` find "Gespräche"), nor inflection (`Gespräch` finds "Gesprächen", `tempolimits` "Tempolimit"); a word also finds the compounds it is part of (`Ausschuss` finds "Haushaltsausschuss", `Bahn` "Straßenbahn"), ranked below whole-word matches. Titles, kickers, teasers, sections, captions, tags (`ÖPNV`), categories and bylines are searched.',
    examples: ['Gespräche Wladiwostok']
  }),
  sort: Type.Optional(StringEnum(SEARCH_SORTS, {
    default: 'relevance',
    description: '`relevance` (default): best matches first, the title weighing most and newer articles a little more (news decays); `newest` or `oldest`: by publication date',
    examples: ['newest']
  })),
  count: Type.Optional(Type.Boolean({
    default: false,
    description: 'true adds `total`: how many articles match, exact up to 10,000 (`exact: true`), an estimate above',
    examples: [true]
  })),
  facets: Type.Optional(Type.String({
    pattern: `^(?:${SEARCH_FACETS.join('|')})(?:,(?:${SEARCH_FACETS.join('|')}))*$`,
    maxLength: 100,
    description: `Comma-separated facets to count over the matching articles: ${SEARCH_FACETS.join(', ')}. For example \`facets=category,tag\` or \`facets=month\`; every facet gives at most 20 values, counted over the newest 1,000 matches.`,
    examples: ['category,tag,month']
  })),
  ...PageQuery.properties,
  ...FilterQuery,
  ...ProfileQuery
}, { additionalProperties: false })

/** The opt-in parts of a results page: the total and the facets, each only when asked for. */
function searchExtras (page: SearchPage): Pick<SearchResults, 'total' | 'facets'> {
  const extras: Pick<SearchResults, 'total' | 'facets'> = {}
  if (page.total !== undefined) extras.total = page.total
  if (page.facets !== undefined) extras.facets = { basis: page.facets.basis, complete: page.facets.complete, ...page.facets.counts }
  return extras
}

function isOffset (value: unknown[]): value is [number] {
  return value.length === 1 && Number.isSafeInteger(value[0]) && (value[0] as number) > 0
}

const searchRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { readers, clock: { now }, cache, mediaRules, contentEpoch, searchAnswers } = app.context
  const sample = sampleArticle()
  app.get('/v1/search', {
    schema: {
      operationId: 'searchArticles',
      tags: ['search'],
      security: OPTIONAL_KEY,
      summary: 'Search published articles',
      description: 'Full-text German search over titles, kickers, teasers, sub-headings, paragraphs, media captions, tags, categories and bylines, with stemming and compound parts; best matches first (or by date with `sort`), with the same filters, fields and paging as the article list, an opt-in `total` (`count=true`) and opt-in `facets`. A query that cannot be read is a 400 saying why.',
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
    let parsed: ParsedQuery
    try {
      parsed = parseSearch(q)
    } catch (error) {
      if (error instanceof SearchQueryError) throw new BadRequestError(`query parameter ${error.message}`)
      throw error
    }
    const filters = parseFilters(request.query)
    const fields = parseFields(request.query.fields, LIST_FIELDS)
    const include = parseInclude(request.query.include, fields)
    const at = now()
    const nowMs = Date.parse(at)
    const reader = readerOf(request, at, readers)
    // An anonymous reader's answer is kept until public content changes (the epoch), a media decision turns with the
    // clock, or its own max-age passes (ranking weighs each hit's age against the instant). The bytes depend on the
    // query as written, the profile and the viewer's country; previews and age-check tokens are answered afresh.
    const epoch = contentEpoch.current(at)
    const key = reader.preview || request.headers[mediaRules.tokenHeader] !== undefined
      ? undefined
      : `search|${isKidsProfile(request) ? 'kids' : ''}|${mediaRules.viewerOf(request, at).country}|${JSON.stringify(request.query)}`
    const kept = key === undefined ? undefined : searchAnswers.get(key, epoch, nowMs)
    if (kept !== undefined) return sendAnswer(reply, kept, nowMs)
    const query = parsed.match
    const sort = request.query.sort ?? 'relevance'
    // A cursor belongs to one query and one set of filters; it carries how many hits came before.
    const list = `search.${createHash('sha1').update(JSON.stringify([query, filters, isKidsProfile(request), sort])).digest('base64url').slice(0, 12)}`
    const offset = cursor === undefined ? 0 : decodeCursor(list, cursor, isOffset)[0]
    const facets = request.query.facets?.split(',') as SearchFacet[] | undefined
    const page = reader.search({ query, filters, limit, offset, sort, count: request.query.count, facets })
    const decisions = mediaRules.for(request, at)
    const items = page.rows.map((row) => {
      const snippet = reader.snippet(parsed.highlight, row)
      const summary: ArticleSummary = reader.summary(row)
      if (include.sections) summary.sections = reader.sections(row.id)
      if (include.media) summary.media = decisions.presentAll(reader.articleMedia(row.id))
      return { summary, snippet: snippet.html, sectionPosition: snippet.sectionPosition }
    })
    const nextCursor = page.hasMore ? encodeCursor(list, [offset + limit]) : null
    const hits = items.map(({ summary, snippet, sectionPosition }) => ({ ...pick(summary, fields), snippet, sectionPosition }))
    const results: SearchResults = { items: hits as SearchHit[], nextCursor, ...searchExtras(page) }
    // Serialised as Fastify would: the route's compiled serialiser, or JSON.stringify for a subset of the fields.
    const serialize = fields === null ? reply.getSerializationFunction('200', 'application/json') ?? JSON.stringify : JSON.stringify
    const body = Buffer.from(serialize(results))
    const headers: Record<string, string> = { 'surrogate-key': listKeys(hits as SearchHit[], ['search']) }
    if (nextCursor !== null) headers.link = nextLink('/v1/search', request.query, nextCursor)
    const answer: PublicAnswer = {
      body,
      contentType: 'application/json; charset=utf-8',
      etag: payloadEtag(body),
      headers,
      stamp: (reply, at) => { decisions.setCacheHeaders(reply, cache, undefined, at) }
    }
    if (key !== undefined) {
      const maxAge = decisions.maxAge(cache, undefined, nowMs) * 1000
      searchAnswers.set(key, epoch, answer, Math.min(decisions.nextChange ?? Infinity, nowMs + maxAge))
    }
    return sendAnswer(reply, answer, nowMs)
  })
}

export default searchRoutes
