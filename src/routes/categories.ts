// HTTP route for the category tree.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { categoryId, categorySlug } from '../lib/match-keys.js'
import { readerOf, viewOf } from '../plugins/auth.js'
import { sendAnswer, type PublicAnswer } from '../cache/public-answers.js'
import { payloadEtag } from '../lib/http-cache.js'
import { CategoryTreeSchema, type Category } from '../schemas/category.js'
import { ProfileOnlyQuery } from './params.js'
import { invalid, json, OPTIONAL_KEY, withHeaders } from './responses.js'
import { surrogateKeys } from '../lib/surrogate-keys.js'

const categoryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { readers, contentEpoch, publicAnswers, clock: { now } } = app.context
  app.get('/v1/categories', {
    schema: {
      operationId: 'listCategories',
      tags: ['articles'],
      security: OPTIONAL_KEY,
      summary: 'The category tree',
      description: 'Every breadcrumb level of the published articles as a tree, with how many articles each holds (its own and its sub-categories\'). Each category has a stable `id` and a `slug` derived from its path (the same on every installation); pass either, the `path` or the name as `category` to list or search within it. With `profile=kids`, only the articles the kids profile shows are counted.',
      querystring: ProfileOnlyQuery,
      response: {
        200: withHeaders(json(CategoryTreeSchema, 'The categories', {
          items: [{
            id: categoryId('Nachrichten'),
            slug: categorySlug('Nachrichten'),
            name: 'Nachrichten',
            path: 'Nachrichten',
            articleCount: 3,
            children: [{ id: categoryId('Nachrichten/Politik'), slug: categorySlug('Nachrichten/Politik'), name: 'Politik', path: 'Nachrichten/Politik', articleCount: 2, children: [] }]
          }]
        }), 'surrogate-key'),
        400: invalid('/v1/categories', 'querystring', 'profile', 'must be equal to one of the allowed values')
      }
    }
  }, async (request, reply) => {
    const at = now()
    const nowMs = Date.parse(at)
    const view = viewOf(request, at)
    // One tree per profile for every anonymous reader, until public content changes; previews are counted each time.
    const key = view.preview ? undefined : `categories|${view.kids === true ? 'kids' : ''}`
    const epoch = contentEpoch.current(at)
    const kept = key === undefined ? undefined : publicAnswers.get(key, epoch, nowMs)
    if (kept !== undefined) return sendAnswer(reply, kept, nowMs)
    const items = readerOf(request, at, readers).categories()
    // Every category shown, by its id: the one spelling the edge purger uses too.
    const ids = (nodes: Category[]): string[] => nodes.flatMap((node) => [`category:${node.id}`, ...ids(node.children)])
    // The route's own serialiser for its 200, as Fastify would have used it for `{ items }`.
    const serialize = reply.getSerializationFunction('200', 'application/json') ?? JSON.stringify
    const body = Buffer.from(serialize({ items }))
    const answer: PublicAnswer = {
      body,
      contentType: 'application/json; charset=utf-8',
      etag: payloadEtag(body),
      headers: { 'surrogate-key': surrogateKeys(['articles', 'categories', ...ids(items)]) }
    }
    if (key !== undefined) publicAnswers.set(key, epoch, answer)
    return sendAnswer(reply, answer, nowMs)
  })
}

export default categoryRoutes
