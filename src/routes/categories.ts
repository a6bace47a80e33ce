// HTTP route for the category tree.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { readerOf } from '../plugins/auth.js'
import { CategoryTreeSchema } from '../schemas/category.js'
import { ProfileOnlyQuery } from './params.js'
import { invalid, json, OPTIONAL_KEY, withHeaders } from './responses.js'

const categoryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { readers, clock: { now } } = app.context
  app.get('/v1/categories', {
    schema: {
      operationId: 'listCategories',
      tags: ['articles'],
      security: OPTIONAL_KEY,
      summary: 'The category tree',
      description: 'Every breadcrumb level of the published articles as a tree, with how many articles each holds (its own and its sub-categories\'). Pass a `path` as `category` to list or search within it. With `profile=kids`, only the articles the kids profile shows are counted.',
      querystring: ProfileOnlyQuery,
      response: {
        200: withHeaders(json(CategoryTreeSchema, 'The categories', {
          items: [{
            name: 'Nachrichten',
            path: 'Nachrichten',
            articleCount: 3,
            children: [{ name: 'Politik', path: 'Nachrichten/Politik', articleCount: 2, children: [] }]
          }]
        }), 'surrogate-key'),
        400: invalid('/v1/categories', 'querystring', 'profile', 'must be equal to one of the allowed values')
      }
    }
  }, async (request, reply) => {
    reply.header('surrogate-key', 'articles categories')
    return { items: readerOf(request, now(), readers).categories() }
  })
}

export default categoryRoutes
