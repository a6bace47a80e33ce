// HTTP route for the change feed: every change to articles in commit order, paged by an opaque cursor.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyReply } from 'fastify'
import { BadRequestError, ForbiddenError } from '../errors.js'
import { decodeCursor, encodeCursor } from '../lib/cursor.js'
import { hasScope, requireAnyScope } from '../plugins/auth.js'
import type { ChangeView } from '../repositories/change.js'
import { ChangeListSchema } from '../schemas/change.js'
import { StringEnum } from '../schemas/common.js'
import { CountQuery } from './params.js'
import { invalid, json, problem, withHeaders } from './responses.js'

export const DEFAULT_CHANGE_LIMIT = 100
/** A page that can never change again may be kept as long as a client likes. */
const FULL_PAGE_CACHE = 'private, max-age=31536000, immutable'
/** The newest page grows as changes happen: a client must ask again each time, and gets a 304 while it has not. */
const LAST_PAGE_CACHE = 'private, no-cache'

function isPosition (value: unknown[]): value is [number] {
  return value.length === 1 && Number.isSafeInteger(value[0]) && (value[0] as number) >= 0
}

const CURSOR = {
  minLength: 1,
  maxLength: 200,
  pattern: '^[A-Za-z0-9_-]+$'
}

/** When `since` was deprecated for `cursor` (RFC 9745 `Deprecation`), and when it stops working (RFC 8594 `Sunset`). */
export const SINCE_DEPRECATED_AT = '2026-12-01T00:00:00.000Z'
export const SINCE_SUNSET_AT = '2027-06-01T00:00:00.000Z'

const ChangeQuery = Type.Object({
  cursor: Type.Optional(Type.String({
    ...CURSOR,
    description: 'The `nextCursor` of the previous page, as every list in this API is paged. Omit it to start from the very beginning, which rebuilds a whole mirror',
    examples: ['WyJjaGFuZ2VzLnB1YmxpYyIsNDJd']
  })),
  since: Type.Optional(Type.String({
    ...CURSOR,
    deprecated: true,
    description: `Deprecated: the old name of \`cursor\`, which lists and search use. It keeps working until ${SINCE_SUNSET_AT.slice(0, 10)}; answers to it carry \`Deprecation\` and \`Sunset\` headers.`
  })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: DEFAULT_CHANGE_LIMIT, description: 'Changes per page', examples: [100] })),
  ...CountQuery,
  view: Type.Optional(StringEnum(['public', 'all'], {
    default: 'public',
    description: '`public`: changes to what anonymous readers see, for mirrors (partner, content:preview or admin scope). `all`: every event, drafts included (content:preview scope). A cursor belongs to its view',
    examples: ['public']
  }))
}, { additionalProperties: false })

const EXAMPLE = {
  items: [
    { type: 'published', articleId: '5wsg76t0af7tq119', at: '2024-05-02T10:00:00.000Z', version: 1 },
    { type: 'updated', articleId: '5wsg76t0af7tq119', at: '2024-05-03T08:00:00.000Z', version: 2 },
    { type: 'publication_reached', articleId: '7k2m9q4r8t1v3x5z', at: '2024-05-03T09:00:00.000Z', version: 4 },
    { type: 'deleted', articleId: '3c8f1h6j2n4p7r9t', at: '2024-05-03T11:30:00.000Z', version: 5 }
  ],
  nextCursor: 'WyJjaGFuZ2VzLnB1YmxpYyIsNDJd'
}

/**
 * Cursors name their list. The public view counts public events only (`changes.public.2`); its cursors from before,
 * `changes.public`, counted every event and still work, translated to the public count.
 */
const LISTS: Record<ChangeView, string> = { public: 'changes.public.2', all: 'changes.all' }
const OLD_PUBLIC_LIST = 'changes.public'

function listOf (cursor: string): unknown {
  try {
    return (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[])[0]
  } catch {
    return undefined
  }
}

/**
 * The continuation token, by its name or its old one. The old name gets RFC 9745's Deprecation (a structured-field
 * date, `@<epoch seconds>`) and RFC 8594's Sunset (an HTTP-date); sending both names is a 400, not a guess.
 */
function continuationOf (query: { cursor?: string | undefined, since?: string | undefined }, reply: FastifyReply): string | undefined {
  if (query.since === undefined) return query.cursor
  if (query.cursor !== undefined) throw new BadRequestError("query parameters 'cursor' and 'since' name the same thing; send 'cursor' alone ('since' is its deprecated name)")
  reply.header('deprecation', `@${Date.parse(SINCE_DEPRECATED_AT) / 1000}`)
  reply.header('sunset', new Date(SINCE_SUNSET_AT).toUTCString())
  return query.since
}

const changeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { changes, clock: { now } } = app.context
  function positionOf (view: ChangeView, cursor: string): number {
    if (view === 'public' && listOf(cursor) === OLD_PUBLIC_LIST) return changes.publicPositionOf(decodeCursor(OLD_PUBLIC_LIST, cursor, isPosition)[0])
    return decodeCursor(LISTS[view], cursor, isPosition)[0]
  }

  app.get('/v1/changes', {
    onRequest: requireAnyScope(['partner', 'content:preview']),
    schema: {
      operationId: 'listChanges',
      tags: ['changes'],
      summary: 'The change feed: every change, exactly once, in order',
      description: 'Created, updated, published, unpublished and deleted articles, and scheduled publications as their time comes, ' +
        'in the order they were committed. Each change is recorded in the same transaction as the change itself, so none is lost ' +
        'and none is reported that did not happen. Start without `cursor` and follow `nextCursor`: replaying from the beginning ' +
        'rebuilds the set of public articles exactly (pass it as `cursor`; the old name `since` still works, deprecated); storing the last `nextCursor` and asking again later yields each new change once. ' +
        'A deleted article leaves a tombstone: its id and time, no content. The public view never mentions drafts, scheduled articles ' +
        'before their time or edits made while an article was not public.\n\n' +
        'Pages with `limit` changes and more to follow never change again and may be cached for good (`immutable`); ' +
        'the newest page is revalidated with its `ETag` (304 while nothing happened).',
      security: [{ apiKey: [] }],
      querystring: ChangeQuery,
      response: {
        200: withHeaders(json(ChangeListSchema, 'A page of changes', EXAMPLE), 'link', 'deprecation', 'sunset'),
        304: { description: 'Nothing happened since the page named by `If-None-Match`', type: 'null' },
        400: invalid('/v1/changes', 'querystring', 'limit', 'must be <= 1000'),
        401: problem('CONTENT_ERR_UNAUTHORIZED', 'No API key, or one that is not valid', { detail: 'This needs an API key with the partner or content:preview scope: send "Authorization: Bearer <key>"', instance: '/v1/changes' }),
        403: problem('CONTENT_ERR_FORBIDDEN', 'The key may not read the feed, or not this view', { detail: "The key 'cms-redaktion' has none of the scopes this needs: partner or content:preview", instance: '/v1/changes' })
      }
    }
  }, async (request, reply) => {
    const view: ChangeView = request.query.view ?? 'public'
    if (view === 'all' && !hasScope(request, 'content:preview')) {
      throw new ForbiddenError(`query parameter 'view=all' shows unpublished work and needs the content:preview scope, which the key '${request.principal?.keyName ?? ''}' lacks; use view=public`)
    }
    const limit = request.query.limit ?? DEFAULT_CHANGE_LIMIT
    const list = LISTS[view]
    const cursor = continuationOf(request.query, reply)
    const after = cursor === undefined ? 0 : positionOf(view, cursor)
    // Scheduled instants that have passed become events before anyone reads past them.
    changes.recordDuePublications(now())
    const page = changes.page(view, after, limit)
    const nextCursor = encodeCursor(list, [page.next])
    reply.header('cache-control', page.full ? FULL_PAGE_CACHE : LAST_PAGE_CACHE)
    const next = new URLSearchParams({ cursor: nextCursor, limit: String(limit), ...(view === 'public' ? {} : { view }) })
    reply.header('link', `</v1/changes?${next.toString()}>; rel="next"`)
    const items = page.items.map(({ seq, ...item }) => view === 'all' ? { seq, ...item } : item)
    return { items, nextCursor, ...(request.query.count === true ? { total: changes.total(view) } : {}) }
  })
}

export default changeRoutes
