// The change feed as the API shows it: one change per item, and a page of them with the cursor to continue from.
import { Type, type Static } from '@sinclair/typebox'
import { Id, Nullable, Ref, StringEnum, Timestamp, TotalSchema } from './common.js'

/**
 * Every event the audit trail records, the one list of their names: the change feed, the audit trail and the types
 * derive from it, and test/db/event-types.test.ts checks the CHECK constraint on article_events.type against it.
 */
export const EVENT_TYPES = ['created', 'updated', 'published', 'unpublished', 'scheduled', 'deleted', 'restored', 'publication_reached'] as const

export const ChangeTypeSchema = StringEnum(EVENT_TYPES, {
  $id: 'ChangeType',
  description: 'What happened. The public view (`view=public`, what partners get) has only `published` (the article became public: add it), ' +
    '`publication_reached` (its scheduled time came: add it), `updated` (it changed while public: fetch it again), ' +
    '`unpublished` and `deleted` (it left the public view: remove it). The editorial view (`view=all`) shows every event as the audit trail does.',
  examples: ['published']
})

export const ChangeSchema = Type.Object({
  seq: Type.Optional(Type.Integer({ minimum: 1, description: 'Position in the log of all events (editorial view only; the public view does not reveal how many hidden events lie between)', examples: [42] })),
  type: Ref(ChangeTypeSchema),
  articleId: Id({ description: 'The article. For `deleted` it no longer exists: this item is its tombstone', examples: ['5wsg76t0af7tq119'] }),
  at: Timestamp({ description: 'When it happened; for `publication_reached` the scheduled instant. Items are in commit order, which `at` may not follow exactly', examples: ['2024-05-02T10:00:00.000Z'] }),
  version: Nullable(Type.Integer({ minimum: 1, description: 'The article version the change produced (for `deleted`: the last one)', examples: [3] }))
}, { $id: 'Change', description: 'One change of one article. It carries no content: fetch the article from `GET /v1/articles/{id}`', additionalProperties: false })

export const ChangeListSchema = Type.Object({
  items: Type.Array(Ref(ChangeSchema), { description: 'Oldest first, each change exactly once' }),
  nextCursor: Type.String({
    description: 'Always present: pass it as `cursor` to get what comes after this page. On the last page, store it and ask again later',
    examples: ['WyJjaGFuZ2VzLnB1YmxpYyIsNDJd']
  }),
  total: Type.Optional(Ref(TotalSchema, { description: 'How many changes the whole feed of this view holds (from the beginning), with `count=true` only; always exact here, as the feed numbers its changes' }))
}, { $id: 'ChangeList', description: 'A page of the change feed' })

export type Change = Static<typeof ChangeSchema>
export type EventType = Static<typeof ChangeTypeSchema>

/** What an event means to someone who sees only public articles: the public feed's types and the webhooks' events. */
export const PUBLIC_CHANGE_TYPES = ['published', 'publication_reached', 'updated', 'unpublished', 'deleted'] as const satisfies readonly EventType[]
export type PublicChangeType = typeof PUBLIC_CHANGE_TYPES[number]
