// Documents each problem type, so the `type` URI of every error response leads somewhere useful.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { NotFoundError, problemTypes, problemTypeUri, type ProblemCode } from '../errors.js'
import { problemHelp } from '../problem-help.js'
import { ProblemTypeSchema } from '../schemas/problem-type.js'
import { invalid, json, problem } from './responses.js'

const byName = new Map(Object.entries(problemTypes).map(([code, { status, title }]) => {
  const type = problemTypeUri(code as ProblemCode)
  return [type.slice('/problems/'.length), { type, code, title, status, ...problemHelp[code as ProblemCode] }]
}))

const problemTypeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/problems/:name', {
    schema: {
      operationId: 'getProblemType',
      tags: ['operations'],
      summary: 'Describe a problem type',
      description: 'The `type` of every problem+json error is a link to this route: what causes the problem and how to fix it.',
      params: Type.Object({
        name: Type.String({ pattern: '^[a-z-]{1,40}$', description: 'Problem type name', examples: ['not-found'] })
      }),
      response: {
        200: json(ProblemTypeSchema, 'The problem type', byName.get('not-found')),
        400: invalid('/problems/NOT_FOUND', 'params', 'name', 'must match pattern "^[a-z-]{1,40}$"'),
        404: problem('CONTENT_ERR_NOT_FOUND', 'No such problem type', {
          detail: "No problem type 'teapot'",
          instance: '/problems/teapot'
        })
      }
    }
  }, async (request) => {
    const type = byName.get(request.params.name)
    if (type === undefined) throw new NotFoundError(`No problem type '${request.params.name}'`)
    return type
  })
}

export default problemTypeRoutes
