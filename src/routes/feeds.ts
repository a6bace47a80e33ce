// HTTP routes for feeds: the newest published articles as RSS 2.0, Atom 1.0 and JSON Feed 1.1, filtered like the list.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { hasScope, isKidsProfile } from '../plugins/auth.js'
import { sendAnswer, type PublicAnswer } from '../cache/public-answers.js'
import { payloadEtag } from '../lib/http-cache.js'
import type { Article } from '../schemas/article.js'
import { JsonFeedSchema } from '../schemas/feed.js'
import { Ref } from '../schemas/common.js'
import { sampleArticle } from './sample-article.js'
import { forPartners } from '../syndication/media-facts.js'
import { FEED_FORMATS, FEED_MEDIA_TYPES, toAtom, toJsonFeed, toRss, type FeedFormat, type FeedOptions } from '../syndication/feeds.js'
import { FilterQuery, parseFilters } from './article-query.js'
import { DEFAULT_LIMIT, PageQuery, ProfileQuery } from './params.js'
import { invalid, OPTIONAL_KEY, withHeaders } from './responses.js'
import { listKeys } from '../lib/send.js'

const FeedQuery = Type.Object({
  limit: PageQuery.properties.limit,
  category: FilterQuery.category,
  tag: FilterQuery.tag,
  language: FilterQuery.language,
  mediaType: FilterQuery.mediaType,
  ...ProfileQuery
}, { additionalProperties: false })

interface FeedParams {
  limit?: number | undefined
  category?: string[] | undefined
  tag?: string[] | undefined
  language?: string[] | undefined
  mediaType?: 'video' | 'image' | 'audio' | undefined
  profile?: 'kids' | undefined
}

const NAMES: Record<FeedFormat, string> = { rss: 'RSS 2.0', atom: 'Atom 1.0', json: 'JSON Feed 1.1' }

/** Each format's writer, returning the bytes to send. */
/** Gives `content` an `example` written on first read (by the OpenAPI document) and remembered. */
function lazyExample (content: object, write: () => unknown): void {
  let written: { value: unknown } | undefined
  Object.defineProperty(content, 'example', {
    enumerable: true,
    configurable: true,
    get: () => (written ??= { value: write() }).value
  })
}

const WRITERS: Record<FeedFormat, (articles: Article[], options: FeedOptions) => string> = {
  rss: toRss,
  atom: toAtom,
  json: (articles, options) => JSON.stringify(toJsonFeed(articles, options))
}

const feedRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { publicReads, contentEpoch, publicAnswers, clock: { now }, cache, config: { PUBLIC_API_URL: publicApiUrl, PUBLIC_BASE_URL: publicBaseUrl }, publisher: { name: publisher }, mediaRules } = app.context
  /** The feed's description of itself: its title, links and the identifiers of its items. */
  function feedOptions (site: { apiUrl: string, baseUrl: string, publisher: string }, query: FeedParams, updated: string): FeedOptions {
    const { apiUrl, publisher } = site
    const search = new URLSearchParams()
    for (const [key, value] of Object.entries(query)) {
      // The default size is filled in by validation; the feed's own URL stays as short as a client would write it.
      // Several values of a filter are one comma-separated value: the same filter (all of them), written shorter.
      if (value !== undefined && !(key === 'limit' && value === DEFAULT_LIMIT)) search.set(key, [value].flat().join(','))
    }
    const suffix = search.size === 0 ? '' : `?${search.toString()}`
    const category = query.category?.join(', ')
    const tag = query.tag?.join(', ')
    const filters = [category, tag].filter((value) => value !== undefined)
    return {
      title: filters.length === 0 ? publisher : `${publisher}: ${filters.join(', ')}`,
      description: `The newest published articles of ${publisher}${category === undefined ? '' : ` in ${category}`}${tag === undefined ? '' : ` tagged ${tag}`}`,
      homeUrl: site.baseUrl,
      feedUrls: { rss: `${apiUrl}/v1/feeds/rss${suffix}`, atom: `${apiUrl}/v1/feeds/atom${suffix}`, json: `${apiUrl}/v1/feeds/json${suffix}` },
      updated,
      // A feed has one language: the one asked for, when one was.
      ...(query.language?.length === 1 && !/[,|]/.test(query.language[0] ?? '') ? { language: (query.language[0] ?? '').toLowerCase() } : {}),
      publisher,
      itemId: (article) => `${apiUrl}/v1/articles/${article.id}`
    }
  }

  // The spec's examples: the sample article in each format, as a partner would receive it.
  const sample = sampleArticle()
  const exampleOptions = feedOptions({ apiUrl: 'https://api.example.org', baseUrl: 'https://www.example.org', publisher: 'www.example.org' }, {}, sample?.updatedAt ?? '2024-05-02T10:00:00.000Z')
  const example = (format: FeedFormat): string | undefined => sample === undefined ? undefined : WRITERS[format]([sample], exampleOptions)
  const site = { apiUrl: publicApiUrl, baseUrl: publicBaseUrl, publisher }

  for (const format of FEED_FORMATS) {
    const type = FEED_MEDIA_TYPES[format]
    const body = format === 'json'
      ? { schema: Ref(JsonFeedSchema) }
      : { schema: { type: 'string', description: `An ${NAMES[format]} document (XML, UTF-8)` } }
    // Written when the spec is first asked for, not at start-up: the XML writer alone takes a fifth of a second to load.
    if (sample !== undefined) lazyExample(body, () => format === 'json' ? JSON.parse(example('json') ?? 'null') as unknown : example(format))
    app.get(`/v1/feeds/${format}`, {
      schema: {
        operationId: `get${format === 'json' ? 'Json' : format === 'rss' ? 'Rss' : 'Atom'}Feed`,
        tags: ['feeds'],
        // A kids key reads the kids profile's feed.
        security: OPTIONAL_KEY,
        summary: `The newest published articles as ${NAMES[format]}`,
        description: `Published articles, newest first, as ${NAMES[format]} (\`${type}\`): headline, link, teaser, the body as HTML, byline, categories and tags, and each media item's files with their type and duration (${format === 'rss' ? 'the first as `<enclosure>`, all as Media RSS `<media:content>`' : format === 'atom' ? '`<link rel="enclosure">` and Media RSS `<media:content>`' : '`attachments`'}). Drafts, scheduled and deleted articles never appear, whatever key is sent. Filter like the list (\`category\`, \`tag\`, \`language\`, \`mediaType\`); an unknown category gives an empty feed, as it gives an empty list. Item ids are the articles' URLs in this API, stable when a slug changes. Revalidate with \`If-None-Match\` or \`If-Modified-Since\`.`,
        querystring: FeedQuery,
        response: {
          200: withHeaders({ description: `The feed (\`${type}\`)`, content: { [type]: body } }, 'surrogate-key'),
          304: { description: 'The client\'s copy (named by `If-None-Match` or `If-Modified-Since`) is current', type: 'null' },
          400: invalid(`/v1/feeds/${format}?limit=101`, 'querystring', 'limit', 'must be <= 100')
        }
      }
    }, async (request, reply) => {
      const at = now()
      const nowMs = Date.parse(at)
      const kids = isKidsProfile(request)
      // The bytes depend on the content (the epoch), the query as written (the feed's own links), the profile and
      // the media rules' view of the viewer. An age-check token makes them the viewer's own: such requests are built
      // every time, as are those of keys that could preview (they read the public feed too, but never the cache).
      const epoch = contentEpoch.current(at)
      const key = hasScope(request, 'content:preview') || request.headers[mediaRules.tokenHeader] !== undefined
        ? undefined
        : `feed|${format}|${kids ? 'kids' : ''}|${mediaRules.viewerOf(request, at).country}|${JSON.stringify(request.query)}`
      const kept = key === undefined ? undefined : publicAnswers.get(key, epoch, nowMs)
      if (kept !== undefined) return sendAnswer(reply, kept, nowMs)
      // Feeds are for syndication: only what is public, even for a caller whose key could preview more.
      const reader = publicReads.reader(at, kids)
      const filters = parseFilters(request.query)
      const page = reader.list({ filters, sort: '-publishedAt', limit: request.query.limit ?? DEFAULT_LIMIT, after: null })
      // The media rules hold for feeds as for every route: files of media that may not play now are withheld.
      const decisions = mediaRules.for(request, at)
      // An article without a date of its own is dated by when it first went public, as the API recorded it (else
      // when it was created): RSS readers sort and show items by pubDate, and an item without one sinks or vanishes.
      const items = page.rows.map((row) => reader.article({ id: row.id })).filter((article) => article !== undefined)
        .map((article) => forPartners(decisions.presentArticle(article.publishedAt !== null ? article : { ...article, publishedAt: reader.firstPublished(article.id) ?? article.createdAt })))
      const newest = items.reduce<string | null>((latest, article) => latest === null || article.updatedAt > latest ? article.updatedAt : latest, null)
      const lastChange = reader.lastChange()
      const updated = decisions.lastModified([lastChange, newest].filter((value) => value !== null).sort().at(-1) ?? at)
      // A scheduled article joins the feed at its instant: no copy may outlive that.
      const nextPublication = reader.nextPublication()
      const body = Buffer.from(WRITERS[format](items, feedOptions(site, request.query, updated)))
      const answer: PublicAnswer = {
        body,
        contentType: `${type}; charset=utf-8`,
        etag: payloadEtag(body),
        headers: { 'last-modified': new Date(updated).toUTCString(), 'surrogate-key': listKeys(items, ['feeds']) },
        stamp: (reply, at) => {
          decisions.setCacheHeaders(reply, cache, nextPublication === null ? undefined : Math.ceil((Date.parse(nextPublication) - at) / 1000), at)
        }
      }
      // Kept until the content changes or, without a write, until a media decision turns with the clock.
      if (key !== undefined) publicAnswers.set(key, epoch, answer, decisions.nextChange)
      return sendAnswer(reply, answer, nowMs)
    })
  }
}

export default feedRoutes
