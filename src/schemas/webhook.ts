// Webhooks as the API shows them: endpoints, what registering one takes, and the delivery log.
import { Type, type Static } from '@sinclair/typebox'
import { PUBLIC_CHANGE_TYPES } from './change.js'
import { ActorSchema } from './revision.js'
import { Id, Nullable, Ref, StringEnum, Timestamp, TotalSchema } from './common.js'

export const WebhookEventSchema = StringEnum(PUBLIC_CHANGE_TYPES, {
  $id: 'WebhookEvent',
  description: 'A change of the public view, as `GET /v1/changes` reports it: `published`, `publication_reached` (a scheduled time came), `updated`, `unpublished`, `deleted`',
  examples: ['published']
})

const url = Type.String({
  minLength: 8,
  maxLength: 2048,
  description: 'Where deliveries are POSTed: an http or https URL without credentials or fragment. Loopback, private and link-local addresses are refused unless the service allows them (WEBHOOK_ALLOW_PRIVATE_NETWORKS)',
  examples: ['https://partner.example.org/hooks/beitrag']
})
const events = Type.Array(Ref(WebhookEventSchema), {
  minItems: 1,
  maxItems: PUBLIC_CHANGE_TYPES.length,
  uniqueItems: true,
  description: 'The changes to deliver',
  examples: [['published', 'publication_reached', 'updated', 'unpublished', 'deleted']]
})
const description = Type.String({ maxLength: 500, description: 'A note for the endpoint\'s owner', examples: ['Redaktionssystem der Partnerzeitung, Büro Köln'] })

export const WebhookCreateSchema = Type.Object({
  url,
  events: Type.Optional({ ...events, description: 'The changes to deliver; all of them when left out' }),
  description: Type.Optional(description)
}, { $id: 'WebhookCreate', description: 'A new webhook endpoint', additionalProperties: false })

export const WebhookUpdateSchema = Type.Object({
  url: Type.Optional(url),
  events: Type.Optional(events),
  description: Type.Optional(Nullable(description)),
  active: Type.Optional(Type.Boolean({ description: '`false` pauses deliveries; `true` resumes them, starting with what happened meanwhile', examples: [false] }))
}, { $id: 'WebhookUpdate', description: 'Fields to change; the ones left out stay as they are', additionalProperties: false, minProperties: 1 })

const webhookProperties = {
  id: Id({ description: 'Webhook id', examples: ['wh00k1d000000001'] }),
  url: { ...url, description: 'Where deliveries are POSTed' },
  events: { ...events, description: 'The changes delivered' },
  description: Nullable({ ...description }),
  active: Type.Boolean({ description: 'Whether deliveries are being sent; `false` while paused', examples: [true] }),
  owner: Ref(ActorSchema, { description: 'The API key that registered it; only that key (and admin keys) can see and change it' }),
  createdAt: Timestamp({ examples: ['2024-05-02T10:00:00.000Z'] }),
  updatedAt: Timestamp({ examples: ['2024-05-02T10:00:00.000Z'] })
}

export const WebhookSchema = Type.Object(webhookProperties, { $id: 'Webhook', description: 'A partner endpoint that receives signed notifications of changes' })

export const WebhookCreatedSchema = Type.Object({
  ...webhookProperties,
  secret: Type.String({
    description: 'The signing secret, shown this once: keep it to verify the `Beitrag-Signature` header of every delivery (see the README)',
    examples: ['whsec_q8Jx3n0c2V9k6s1Hh7Lw4tR5yB2mZ0aP9eD3fG6jK1o']
  })
}, { $id: 'WebhookCreated', description: 'A new webhook endpoint, with its signing secret' })

export const WebhookListSchema = Type.Object({
  items: Type.Array(Ref(WebhookSchema), { description: 'Oldest first' })
}, { $id: 'WebhookList', description: 'The webhooks the key may see: its own, or all of them for an admin key' })

export const WebhookAttemptSchema = Type.Object({
  attempt: Type.Integer({ minimum: 1, description: 'Its number, from 1', examples: [1] }),
  startedAt: Timestamp({ examples: ['2024-05-02T10:00:01.000Z'] }),
  durationMs: Type.Integer({ minimum: 0, description: 'How long it took', examples: [87] }),
  statusCode: Nullable(Type.Integer({ description: 'The endpoint\'s HTTP status; null when there was no answer', examples: [500] })),
  error: Nullable(Type.String({ description: 'Why it failed; null when it succeeded', examples: ['HTTP 500'] }))
}, { $id: 'WebhookAttempt', description: 'One attempt to deliver' })

export const WebhookDeliverySchema = Type.Object({
  id: Id({ description: 'Delivery id, sent as `Beitrag-Delivery-Id`: the same on every attempt and on redelivery, so a receiver can ignore repeats', examples: ['d3l1v3ry00000001'] }),
  event: Ref(WebhookEventSchema),
  articleId: Id({ description: 'The article the change is about', examples: ['5wsg76t0af7tq119'] }),
  status: StringEnum(['pending', 'delivered', 'failed'], { description: '`pending` until an attempt succeeds (`delivered`, a 2xx answer) or retries run out (`failed`)', examples: ['delivered'] }),
  createdAt: Timestamp({ examples: ['2024-05-02T10:00:00.000Z'] }),
  nextAttemptAt: Nullable(Timestamp({ description: 'When the next attempt is due; null once delivered or failed', examples: [null] })),
  completedAt: Nullable(Timestamp({ description: 'When it was delivered or given up', examples: ['2024-05-02T10:00:01.087Z'] })),
  payload: Type.Object({}, { additionalProperties: true, description: 'The JSON body every attempt sends' }),
  attempts: Type.Array(Ref(WebhookAttemptSchema), { description: 'Oldest first' })
}, { $id: 'WebhookDelivery', description: 'One change sent to one endpoint, with every attempt' })

export const WebhookDeliveryListSchema = Type.Object({
  items: Type.Array(Ref(WebhookDeliverySchema), { description: 'Newest first' }),
  nextCursor: Nullable(Type.String({ description: 'Cursor of the next (older) page; null on the last', examples: [null] })),
  total: Type.Optional(Ref(TotalSchema, { description: 'How many deliveries the whole log holds, with `count=true` only' }))
}, { $id: 'WebhookDeliveryList', description: 'A page of an endpoint\'s delivery log' })

export type WebhookUpdate = Static<typeof WebhookUpdateSchema>
export type Webhook = Static<typeof WebhookSchema>
export type WebhookDelivery = Static<typeof WebhookDeliverySchema>
