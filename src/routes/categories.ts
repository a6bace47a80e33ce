// HTTP route for the category tree.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { categoryId, categorySlug } from '../lib/match-keys.js'
import { readerOf } from '../plugins/auth.js'
import { CategoryTreeSchema, type Category } from '../schemas/category.js'
import { ProfileOnlyQuery } from './params.js'
import { invalid, json, OPTIONAL_KEY, withHeaders } from './responses.js'
import { surrogateKeys } from '../lib/surrogate-keys.js'

const categoryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { readers, clock: { now } } = app.context
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
    const items = readerOf(request, now(), readers).categories()
    // Every category shown, by its id: the one spelling the edge purger uses too.
    const ids = (nodes: Category[]): string[] => nodes.flatMap((node) => [`category:${node.id}`, ...ids(node.children)])
    reply.header('surrogate-key', surrogateKeys(['articles', 'categories', ...ids(items)]))
    return { items }
  })
}

export default categoryRoutes
