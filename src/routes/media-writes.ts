// HTTP routes that write media items on their own, for keys with the content:write scope.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { NotFoundError } from '../errors.js'
import { newId } from '../lib/ids.js'
import { requireScope } from '../plugins/auth.js'
import { MediaUpsertSchema, type MediaUpsert } from '../schemas/article-write.js'
import { Ref } from '../schemas/common.js'
import { MediaSchema } from '../schemas/media.js'
import { checkIfMatch, mediaEtag } from '../lib/etags.js'
import { MediaIdParams } from './params.js'
import { actorOf } from './article-writes.js'
import { busy, json, problem, withHeaders } from './responses.js'

const EXAMPLE = {
  id: '4nzspnn649g3g8h8',
  type: 'image',
  title: 'Rheinufer',
  caption: 'Das Rheinufer in Köln',
  durationSeconds: null,
  duration: null,
  credit: 'Foto: Redaktion',
  copyright: null,
  termsOfUseUrl: null,
  embeddable: true,
  syndicatable: true,
  date: null,
  availableFrom: null,
  availableUntil: null,
  allowedRegions: [],
  ageRating: null,
  kids: false,
  renditions: [{ url: 'https://media.example.org/rhein.jpg', mimeType: 'image/jpeg', width: 1600, height: 900, bitrate: null, codec: null, language: null }],
  thumbnails: [],
  subtitles: [],
  playable: true,
  reason: null,
  playableFrom: null,
  embed: null
}

const errors = {
  400: problem('CONTENT_ERR_VALIDATION', 'The body is not a valid media item', { detail: "body field '/type' is required", instance: '/v1/media', errors: [{ location: 'body', pointer: '/type', message: 'is required' }] }),
  401: problem('CONTENT_ERR_UNAUTHORIZED', 'No API key, or one that is not valid', { detail: 'This needs an API key with the content:write scope: send "Authorization: Bearer <key>"', instance: '/v1/media' }),
  403: problem('CONTENT_ERR_FORBIDDEN', 'The key lacks the content:write scope', { detail: "The key 'partner-feed' lacks the content:write scope this needs", instance: '/v1/media' }),
  413: problem('CONTENT_ERR_BODY_TOO_LARGE', 'The body is larger than 1 MiB', { detail: 'Request body is too large', instance: '/v1/media' }),
  415: problem('CONTENT_ERR_UNSUPPORTED_MEDIA_TYPE', 'The body is not JSON', { detail: "Content-Type 'text/plain' is not accepted here; send application/json", instance: '/v1/media' }),
  ...busy('/v1/media')
}

const mediaWriteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { media: mediaItems, editorial, clock: { now }, representation, mediaRules } = app.context
  function store (request: FastifyRequest, reply: FastifyReply, id: string, body: MediaUpsert, expectedVersion?: number) {
    const at = now()
    editorial.saveMedia(id, body, { at, actor: actorOf(request), ...(expectedVersion === undefined ? {} : { expectedVersion }) })
    const stored = mediaItems.getVisibleWithVersion(id, { now: at, preview: true })
    if (stored === undefined) throw new Error(`media ${id} vanished after saving`)
    const decisions = mediaRules.for(request, at)
    const media = decisions.present(stored.media)
    reply.header('etag', mediaEtag(id, stored.version, representation, decisions.fingerprint))
    return media
  }

  app.post('/v1/media', {
    onRequest: requireScope('content:write'),
    schema: {
      operationId: 'createMedia',
      tags: ['editorial'],
      summary: 'Create a media item',
      description: 'A media item on its own, to attach to articles by its id. It is public once a published article shows it.',
      security: [{ apiKey: [] }],
      body: Ref(MediaUpsertSchema),
      response: { 201: withHeaders(json(MediaSchema, 'The new media item; `Location` is its URL, `ETag` its version', EXAMPLE), 'location', 'etag'), ...errors }
    }
  }, async (request, reply) => {
    const id = newId()
    const media = store(request, reply, id, request.body)
    return reply.code(201).header('location', `/v1/media/${id}`).send(media)
  })

  app.put('/v1/media/:id', {
    onRequest: requireScope('content:write'),
    schema: {
      operationId: 'replaceMedia',
      tags: ['editorial'],
      summary: 'Replace a media item',
      description: "Replaces the item's metadata; every article showing it changes with it (new ETag, search entry and an `updated` event). Needs `If-Match`.",
      security: [{ apiKey: [] }],
      params: MediaIdParams,
      body: Ref(MediaUpsertSchema),
      response: {
        200: withHeaders(json(MediaSchema, 'The media item as stored; `ETag` is its new version', EXAMPLE), 'etag'),
        ...errors,
        404: problem('CONTENT_ERR_NOT_FOUND', 'No media item has this id', { detail: `No media with id '${'0'.repeat(16)}'`, instance: `/v1/media/${'0'.repeat(16)}` }),
        412: problem('CONTENT_ERR_PRECONDITION_FAILED', 'The media item changed since the ETag in If-Match', { detail: 'It has changed since that ETag was issued', instance: '/v1/media/4nzspnn649g3g8h8' }),
        428: problem('CONTENT_ERR_PRECONDITION_REQUIRED', 'If-Match is missing', { detail: 'Send If-Match with the ETag from GET /v1/media/4nzspnn649g3g8h8', instance: '/v1/media/4nzspnn649g3g8h8' })
      }
    }
  }, async (request, reply) => {
    const { id } = request.params
    const version = mediaItems.versionOf(id)
    if (version === undefined) throw new NotFoundError(`No media with id '${id}'`)
    checkIfMatch(request, mediaEtag(id, version, representation))
    return store(request, reply, id, request.body, version)
  })
}

export default mediaWriteRoutes
