// HTTP routes for webhooks: partners register endpoints, read their delivery log and ask for redelivery.
import { CountQuery } from './params.js'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyRequest } from 'fastify'
import { NotFoundError, UnprocessableWriteError } from '../errors.js'
import { decodeCursor, encodeCursor } from '../lib/cursor.js'
import { requireScope } from '../plugins/auth.js'
import { PUBLIC_CHANGE_TYPES } from '../schemas/change.js'
import { Id, Ref } from '../schemas/common.js'
import {
  WebhookCreatedSchema, WebhookCreateSchema, WebhookDeliveryListSchema, WebhookDeliverySchema, WebhookListSchema, WebhookSchema,
  WebhookUpdateSchema, type Webhook, type WebhookUpdate
} from '../schemas/webhook.js'
import { newSecret } from '../webhooks/signature.js'
import { HOST_REFUSED, webhookUrlProblem } from '../webhooks/url-policy.js'
import { invalid, json, mergePatchBody, problem, withHeaders } from './responses.js'

const EXAMPLE_ID = 'wh00k1d000000001'
const MISSING_ID = '0'.repeat(16)
const OWNER = { keyId: 'k3y1d0000000abcd', keyName: 'partner-feed' }
const WEBHOOK_EXAMPLE: Webhook = {
  id: EXAMPLE_ID,
  url: 'https://partner.example.org/hooks/beitrag',
  events: [...PUBLIC_CHANGE_TYPES],
  description: 'Redaktionssystem der Partnerzeitung, Büro Köln',
  active: true,
  owner: OWNER,
  createdAt: '2024-05-02T10:00:00.000Z',
  updatedAt: '2024-05-02T10:00:00.000Z'
}
const DELIVERY_EXAMPLE = {
  id: 'd3l1v3ry00000001',
  event: 'published',
  articleId: '5wsg76t0af7tq119',
  status: 'delivered',
  createdAt: '2024-05-02T10:00:00.000Z',
  nextAttemptAt: null,
  completedAt: '2024-05-02T10:00:31.150Z',
  payload: { deliveryId: 'd3l1v3ry00000001', webhookId: EXAMPLE_ID, type: 'published', articleId: '5wsg76t0af7tq119', at: '2024-05-02T10:00:00.000Z', version: 1, article: 'https://api.example.org/v1/articles/5wsg76t0af7tq119' },
  attempts: [
    { attempt: 1, startedAt: '2024-05-02T10:00:00.100Z', durationMs: 87, statusCode: 500, error: 'HTTP 500' },
    { attempt: 2, startedAt: '2024-05-02T10:00:31.080Z', durationMs: 70, statusCode: 204, error: null }
  ]
}

const WebhookParams = Type.Object({ id: Id({ description: 'Webhook id', examples: [EXAMPLE_ID] }) })
const DeliveryParams = Type.Object({
  id: Id({ description: 'Webhook id', examples: [EXAMPLE_ID] }),
  deliveryId: Id({ description: 'Delivery id (the `Beitrag-Delivery-Id` header)', examples: ['d3l1v3ry00000001'] })
})
const DeliveryQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Deliveries per page', examples: [20] })),
  cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$', description: 'The `nextCursor` of the previous page' })),
  ...CountQuery
}, { additionalProperties: false })

function isPosition (value: unknown[]): value is [number] {
  return value.length === 1 && Number.isSafeInteger(value[0]) && (value[0] as number) > 0
}

const unauthorized = (instance: string) => problem('CONTENT_ERR_UNAUTHORIZED', 'No API key, or one that is not valid', { detail: 'This needs an API key with the partner scope: send "Authorization: Bearer <key>"', instance })
const forbidden = (instance: string) => problem('CONTENT_ERR_FORBIDDEN', 'The key lacks the partner scope', { detail: "The key 'content:preview' lacks the partner scope this needs", instance })
const notFound = (instance: string, detail = `No webhook with id '${MISSING_ID}'`) => problem('CONTENT_ERR_NOT_FOUND', 'No such webhook (or one another key registered)', { detail, instance })
const badId = (instance: string) => invalid(instance, 'params', 'id', 'must match pattern "^[0-9a-z]{16}$"')
const badUrl = problem('CONTENT_ERR_VALIDATION', 'The body is not a valid webhook; `errors` points at each problem', {
  detail: `body field '/url' ${HOST_REFUSED}`,
  instance: '/v1/webhooks',
  errors: [{ location: 'body', pointer: '/url', message: HOST_REFUSED }]
})

/** What a body that cannot be read answers: too large, or of a type the route does not take. */
function bodyErrors (instance: string, accepted: string[]) {
  return {
    413: problem('CONTENT_ERR_BODY_TOO_LARGE', 'The body is larger than 1 MiB', { detail: 'Request body is too large', instance }),
    415: problem('CONTENT_ERR_UNSUPPORTED_MEDIA_TYPE', `The body is not ${accepted.join(' or ')}`, { detail: `Content-Type 'text/plain' is not accepted here; send ${accepted.join(' or ')}`, instance })
  }
}

const webhookRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { webhooks, clock: { now }, config: { WEBHOOK_ALLOW_PRIVATE_NETWORKS: allowPrivateNetworks, WEBHOOK_RETRY_FOR_MS: retryForMs }, dispatcher } = app.context
  const nudge = (): void => { dispatcher.nudge() }
  const onRequest = requireScope('partner')
  // Changes are merge patches (RFC 7396), read like JSON with the same limits and protections.
  app.addContentTypeParser('application/merge-patch+json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'))

  /** The endpoint, if the caller may see it: its own, or any for an admin key. Others' are a 404, not a 403: their ids stay secret. */
  function owned (request: FastifyRequest, id: string): Webhook {
    const webhook = webhooks.get(id)
    const principal = request.principal
    if (webhook === undefined || principal === null || (webhook.owner.keyId !== principal.keyId && !principal.scopes.includes('admin'))) {
      throw new NotFoundError(`No webhook with id '${id}'`)
    }
    return webhook
  }

  async function checkUrl (url: string): Promise<void> {
    const reason = await webhookUrlProblem(url, allowPrivateNetworks)
    if (reason !== undefined) throw new UnprocessableWriteError([{ location: 'body', pointer: '/url', message: reason }])
  }

  app.post('/v1/webhooks', {
    onRequest,
    schema: {
      operationId: 'createWebhook',
      tags: ['webhooks'],
      summary: 'Register a webhook endpoint',
      description: 'From now on, every change of the public view of the kinds in `events` is POSTed to `url` as JSON, signed with the secret in this answer (shown only here). ' +
        'Changes from before registration are not sent: read them from `GET /v1/changes`. A delivery that gets no 2xx answer within the timeout is retried with ' +
        'exponential backoff and jitter for a bounded time, then marked failed. Redirects are not followed. ' +
        'The host must resolve to public addresses only, now and before every attempt: a loopback, private or link-local address, or a name that does not resolve, is refused with one and the same message.\n\n' +
        'Each attempt carries `Beitrag-Delivery-Id` (the same on every attempt: ignore repeats), `Beitrag-Event`, `Beitrag-Timestamp` (Unix seconds) and ' +
        '`Beitrag-Signature: sha256=<hex>`, the HMAC-SHA256 of `<timestamp>.<body>` keyed with the secret. Verify it over the raw body and refuse old timestamps.',
      security: [{ apiKey: [] }],
      body: Ref(WebhookCreateSchema),
      response: {
        201: withHeaders(json(WebhookCreatedSchema, 'The endpoint and its signing secret; `Location` is its URL', { ...WEBHOOK_EXAMPLE, secret: 'whsec_q8Jx3n0c2V9k6s1Hh7Lw4tR5yB2mZ0aP9eD3fG6jK1o' }), 'location'),
        400: badUrl,
        401: unauthorized('/v1/webhooks'),
        403: forbidden('/v1/webhooks'),
        ...bodyErrors('/v1/webhooks', ['application/json'])
      }
    }
  }, async (request, reply) => {
    await checkUrl(request.body.url)
    const principal = request.principal!
    const secret = newSecret()
    const webhook = webhooks.create({
      url: request.body.url,
      events: request.body.events ?? [...PUBLIC_CHANGE_TYPES],
      description: request.body.description ?? null,
      secret
    }, { keyId: principal.keyId, keyName: principal.keyName }, now())
    return reply.code(201).header('location', `/v1/webhooks/${webhook.id}`).send({ ...webhook, secret })
  })

  app.get('/v1/webhooks', {
    onRequest,
    schema: {
      operationId: 'listWebhooks',
      tags: ['webhooks'],
      summary: 'List webhook endpoints',
      description: 'The endpoints this key registered; an admin key sees every endpoint. Secrets are never shown again.',
      security: [{ apiKey: [] }],
      response: { 200: json(WebhookListSchema, 'The endpoints', { items: [WEBHOOK_EXAMPLE] }), 401: unauthorized('/v1/webhooks'), 403: forbidden('/v1/webhooks') }
    }
  }, async (request) => {
    const principal = request.principal!
    return { items: webhooks.list(principal.scopes.includes('admin') ? undefined : principal.keyId) }
  })

  app.get('/v1/webhooks/:id', {
    onRequest,
    schema: {
      operationId: 'getWebhook',
      tags: ['webhooks'],
      summary: 'Get a webhook endpoint',
      security: [{ apiKey: [] }],
      params: WebhookParams,
      response: {
        200: json(WebhookSchema, 'The endpoint', WEBHOOK_EXAMPLE),
        400: badId('/v1/webhooks/abc'),
        401: unauthorized(`/v1/webhooks/${EXAMPLE_ID}`),
        403: forbidden(`/v1/webhooks/${EXAMPLE_ID}`),
        404: notFound(`/v1/webhooks/${MISSING_ID}`)
      }
    }
  }, async (request) => owned(request, request.params.id))

  app.patch('/v1/webhooks/:id', {
    onRequest,
    schema: {
      operationId: 'updateWebhook',
      tags: ['webhooks'],
      summary: 'Change, pause or resume a webhook endpoint',
      description: 'Changes the fields sent, as an RFC 7396 merge patch (`application/merge-patch+json`; plain `application/json` is read the same way): fields left out stay as they are, `"description": null` removes the note. `"active": false` pauses deliveries; `"active": true` resumes them with the changes made meanwhile.',
      security: [{ apiKey: [] }],
      params: WebhookParams,
      body: mergePatchBody(WebhookUpdateSchema),
      response: {
        200: json(WebhookSchema, 'The endpoint as changed', { ...WEBHOOK_EXAMPLE, active: false }),
        400: { ...badUrl, description: 'The body is not a valid change; `errors` points at each problem' },
        401: unauthorized(`/v1/webhooks/${EXAMPLE_ID}`),
        403: forbidden(`/v1/webhooks/${EXAMPLE_ID}`),
        404: notFound(`/v1/webhooks/${MISSING_ID}`),
        ...bodyErrors(`/v1/webhooks/${EXAMPLE_ID}`, ['application/merge-patch+json', 'application/json'])
      }
    }
  }, async (request) => {
    const webhook = owned(request, request.params.id)
    const { url, events, description, active } = request.body as WebhookUpdate
    if (url !== undefined) await checkUrl(url)
    const updated = webhooks.update({
      ...webhook,
      ...(url === undefined ? {} : { url }),
      ...(events === undefined ? {} : { events }),
      ...(description === undefined ? {} : { description }),
      ...(active === undefined ? {} : { active })
    }, now())
    nudge()
    return updated
  })

  app.delete('/v1/webhooks/:id', {
    onRequest,
    schema: {
      operationId: 'deleteWebhook',
      tags: ['webhooks'],
      summary: 'Remove a webhook endpoint',
      description: 'Deliveries stop at once; the delivery log goes with the endpoint.',
      security: [{ apiKey: [] }],
      params: WebhookParams,
      response: {
        204: { description: 'Removed', type: 'null' },
        400: badId('/v1/webhooks/abc'),
        401: unauthorized(`/v1/webhooks/${EXAMPLE_ID}`),
        403: forbidden(`/v1/webhooks/${EXAMPLE_ID}`),
        404: notFound(`/v1/webhooks/${MISSING_ID}`)
      }
    }
  }, async (request, reply) => {
    owned(request, request.params.id)
    webhooks.remove(request.params.id)
    return reply.code(204).send()
  })

  app.get('/v1/webhooks/:id/deliveries', {
    onRequest,
    schema: {
      operationId: 'listWebhookDeliveries',
      tags: ['webhooks'],
      summary: 'The delivery log of a webhook endpoint',
      description: 'Every delivery, newest first, with each attempt\'s time, duration, HTTP status and error.',
      security: [{ apiKey: [] }],
      params: WebhookParams,
      querystring: DeliveryQuery,
      response: {
        200: json(WebhookDeliveryListSchema, 'A page of deliveries', { items: [DELIVERY_EXAMPLE], nextCursor: null }),
        400: badId('/v1/webhooks/abc/deliveries'),
        401: unauthorized(`/v1/webhooks/${EXAMPLE_ID}/deliveries`),
        403: forbidden(`/v1/webhooks/${EXAMPLE_ID}/deliveries`),
        404: notFound(`/v1/webhooks/${MISSING_ID}/deliveries`)
      }
    }
  }, async (request) => {
    const { id } = request.params
    owned(request, id)
    const list = `deliveries.${id}`
    const before = request.query.cursor === undefined ? null : decodeCursor(list, request.query.cursor, isPosition)[0]
    const page = webhooks.deliveries(id, before, request.query.limit ?? 20)
    const total = request.query.count === true ? { total: webhooks.deliveryTotal(id) } : {}
    return { items: page.items, nextCursor: page.next === null ? null : encodeCursor(list, [page.next]), ...total }
  })

  app.post('/v1/webhooks/:id/deliveries/:deliveryId/redeliver', {
    onRequest,
    schema: {
      operationId: 'redeliverWebhookDelivery',
      tags: ['webhooks'],
      summary: 'Send a delivery again',
      description: 'Sends the delivery again at once, with the same id and body, and retries it like a new one. Works for delivered and failed deliveries alike.',
      security: [{ apiKey: [] }],
      params: DeliveryParams,
      response: {
        202: json(WebhookDeliverySchema, 'The delivery, due again', { ...DELIVERY_EXAMPLE, status: 'pending', nextAttemptAt: '2024-05-03T09:00:00.000Z', completedAt: null }),
        400: invalid(`/v1/webhooks/${EXAMPLE_ID}/deliveries/abc/redeliver`, 'params', 'deliveryId', 'must match pattern "^[0-9a-z]{16}$"'),
        401: unauthorized(`/v1/webhooks/${EXAMPLE_ID}/deliveries/d3l1v3ry00000001/redeliver`),
        403: forbidden(`/v1/webhooks/${EXAMPLE_ID}/deliveries/d3l1v3ry00000001/redeliver`),
        404: notFound(`/v1/webhooks/${EXAMPLE_ID}/deliveries/${MISSING_ID}/redeliver`, `Webhook '${EXAMPLE_ID}' has no delivery '${MISSING_ID}'`)
      }
    }
  }, async (request, reply) => {
    const { id, deliveryId } = request.params
    owned(request, id)
    const at = Date.now()
    const delivery = webhooks.redeliver(id, deliveryId, new Date(at).toISOString(), new Date(at + retryForMs).toISOString())
    if (delivery === undefined) throw new NotFoundError(`Webhook '${id}' has no delivery '${deliveryId}'`)
    nudge()
    return reply.code(202).send(delivery)
  })
}

export default webhookRoutes
