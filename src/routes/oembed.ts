// oEmbed 1.0 provider: the embed code of an article's video (by the article's public URL) or of a media item (by its URL).
import { authorOf } from '../lib/byline.js'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { NotFoundError, NotImplementedError } from '../errors.js'
import type { MediaDecisions } from '../media-rules/decisions.js'
import { readerOf } from '../plugins/auth.js'
import type { ContentReader } from '../repositories/reader.js'
import { Ref } from '../schemas/common.js'
import { SAMPLE_MEDIA_ID } from '../schemas/examples.js'
import type { StoredMedia } from '../schemas/media.js'
import { OEmbedSchema, type OEmbed } from '../schemas/oembed.js'
import { ProfileQuery } from './params.js'
import { invalid, OPTIONAL_KEY, problem, withHeaders } from './responses.js'
import { surrogateKeys } from '../lib/surrogate-keys.js'

const SAMPLE_URL = 'https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim'

const OEmbedQuery = Type.Object({
  url: Type.String({
    minLength: 1,
    maxLength: 2000,
    description: 'An article\'s public URL (`PUBLIC_BASE_URL/articles/{slug}`: its lead video, else its first video), a media item\'s URL (`PUBLIC_API_URL/v1/media/{id}`) or a player URL (`PLAYER_BASE_URL/{id}`). Query string and fragment are ignored; http and https are the same.',
    examples: [SAMPLE_URL]
  }),
  maxwidth: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000, description: 'Largest width the consumer can show; the player is scaled down keeping its aspect ratio', examples: [480] })),
  maxheight: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000, description: 'Largest height the consumer can show', examples: [270] })),
  format: Type.Optional(Type.String({ maxLength: 20, description: 'Only `json` is offered; anything else (`xml`) is a 501', examples: ['json'] })),
  ...ProfileQuery
}, { additionalProperties: true, description: 'Other parameters are ignored, as oEmbed asks' })

type Target = { kind: 'article', slug: string } | { kind: 'media', id: string }

/** The path of an http(s) URL without scheme, query or fragment, for comparing with the configured bases. */
function bare (url: string): string | undefined {
  const match = /^https?:\/\/([^?#]*)/i.exec(url.trim())
  return match?.[1]?.toLowerCase()
}

const oembedRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { readers, clock: { now }, cache, mediaRules, config, publisher } = app.context
  const options = { publicBaseUrl: config.PUBLIC_BASE_URL, publicApiUrl: config.PUBLIC_API_URL, playerBaseUrl: config.PLAYER_BASE_URL, providerName: publisher.name }
  const bases = {
    article: `${bare(options.publicBaseUrl) ?? ''}/articles/`,
    media: `${bare(options.publicApiUrl) ?? ''}/v1/media/`,
    player: `${bare(options.playerBaseUrl) ?? ''}/`
  }
  const providerUrl = `${options.publicBaseUrl}/`

  function targetOf (url: string): Target | undefined {
    const path = bare(url)?.replace(/\/+$/, '')
    if (path === undefined) return undefined
    const rest = (base: string): string | undefined => (path.startsWith(base) ? path.slice(base.length) : undefined)
    const slug = rest(bases.article)
    if (slug !== undefined && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && slug.length <= 100) return { kind: 'article', slug }
    for (const base of [bases.media, bases.player]) {
      const id = rest(base)
      if (id !== undefined && /^[0-9a-z]{16}$/.test(id)) return { kind: 'media', id }
    }
    return undefined
  }

  /** The media item and what to call the embed, for a URL this API knows and this request may see. */
  function find (target: Target, reader: ContentReader): { media: StoredMedia | undefined, title: string | undefined, author: string | null, key: string } | undefined {
    if (target.kind === 'article') {
      const article = reader.article({ slug: target.slug })
      if (article === undefined) return undefined
      const videos = article.media.filter((m) => m.type === 'video')
      const media = videos.find((m) => m.role === 'lead') ?? videos[0]
      return { media, title: article.title, author: article.byline === null ? null : authorOf(article.byline), key: `article:${article.id}` }
    }
    const media = reader.media(target.id)?.media
    if (media === undefined) return undefined
    return { media, title: media.title ?? media.caption ?? undefined, author: media.credit, key: `media:${media.id}` }
  }

  function answer (decisions: MediaDecisions, found: NonNullable<ReturnType<typeof find>>, maxWidth?: number, maxHeight?: number): OEmbed {
    const base: OEmbed = {
      type: 'link',
      version: '1.0',
      ...(found.title === undefined ? {} : { title: found.title }),
      ...(found.author === null ? {} : { author_name: found.author }),
      provider_name: options.providerName,
      provider_url: providerUrl,
      cache_age: 0
    }
    if (found.media === undefined) return base
    const media = decisions.present(found.media, {
      ...(maxWidth === undefined ? {} : { maxWidth }),
      ...(maxHeight === undefined ? {} : { maxHeight })
    })
    const thumbnail = media.thumbnails
      .filter((t) => t.width !== null && t.height !== null && t.width <= (maxWidth ?? Infinity) && t.height <= (maxHeight ?? Infinity))
      .sort((a, b) => (b.width ?? 0) - (a.width ?? 0))[0]
    const withThumbnail = thumbnail === undefined
      ? base
      : { ...base, thumbnail_url: thumbnail.url, thumbnail_width: thumbnail.width as number, thumbnail_height: thumbnail.height as number }
    if (media.embed === null) return { ...withThumbnail, reason: media.reason ?? 'not-embeddable' }
    return { ...withThumbnail, type: 'video', html: media.embed.html, width: media.embed.width, height: media.embed.height }
  }

  app.get('/v1/oembed', {
    schema: {
      operationId: 'getOEmbed',
      tags: ['syndication'],
      security: OPTIONAL_KEY,
      summary: 'oEmbed for an article or a video',
      description: 'An oEmbed 1.0 provider: give an article\'s public URL or a media URL, get the video player\'s embed code (`type: "video"`), scaled to `maxwidth` × `maxheight`. An article without a video, or a video that may not be embedded or is not playable for this request now, answers `type: "link"` with its title and thumbnail. URLs of unpublished articles are as unknown as any other: 404. The media rules apply as on every route: the viewer\'s country comes from `X-Country-Code`, an age-check token from `X-Age-Token`. Discovery: `<link rel="alternate" type="application/json+oembed" href="…/v1/oembed?url=…&format=json">` (see the README).',
      querystring: OEmbedQuery,
      response: {
        200: withHeaders({
          description: 'The oEmbed response',
          content: {
            'application/json': {
              schema: Ref(OEmbedSchema),
              example: {
                type: 'video',
                version: '1.0',
                title: 'Wenig Substanz, aber PR-Erfolg für Kim',
                provider_name: 'beitrag',
                provider_url: 'https://www.example.org/',
                cache_age: 60,
                html: `<iframe src="https://www.example.org/embed/${SAMPLE_MEDIA_ID}" width="480" height="270" title="Video: Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok getroffen. Im …" style="border:0" allow="autoplay; fullscreen; picture-in-picture" allowfullscreen></iframe>`,
                width: 480,
                height: 270
              }
            }
          }
        }, 'surrogate-key'),
        400: invalid('/v1/oembed', 'querystring', 'url', "must have required property 'url'"),
        404: problem('CONTENT_ERR_NOT_FOUND', 'The URL names nothing this API publishes: another site, an unknown or unpublished article, an unknown media item', {
          detail: "No published article or media item has the URL 'https://www.example.org/articles/kein-artikel'",
          instance: '/v1/oembed'
        }),
        501: problem('CONTENT_ERR_NOT_IMPLEMENTED', 'A format other than json was asked for', {
          detail: "format 'xml' is not offered; oEmbed answers come as json",
          instance: '/v1/oembed'
        })
      }
    }
  }, async (request, reply) => {
    const { url, maxwidth, maxheight, format } = request.query
    if (format !== undefined && format !== 'json') throw new NotImplementedError(`format '${format}' is not offered; oEmbed answers come as json`)
    const at = now()
    const target = targetOf(url)
    const found = target === undefined ? undefined : find(target, readerOf(request, at, readers))
    if (found === undefined) throw new NotFoundError(`No published article or media item has the URL '${url.slice(0, 300)}'`)
    const decisions = mediaRules.for(request, at)
    const body = answer(decisions, found, maxwidth, maxheight)
    decisions.setCacheHeaders(reply, cache)
    reply.header('surrogate-key', surrogateKeys([found.key, ...(found.media === undefined ? [] : [`media:${found.media.id}`])]))
    return { ...body, cache_age: decisions.maxAge(cache) }
  })
}

export default oembedRoutes
