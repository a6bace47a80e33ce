// The OpenAPI document generated from the route schemas, the Swagger UI at /docs, and the spec at /openapi.json|yaml.
import swagger, { type SwaggerTransformObject } from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

export const API_DESCRIPTION = `A headless content API for a newsroom: articles with their sections and media, as typed JSON.

Every error is an RFC 9457 \`application/problem+json\` object with a stable \`code\`.
Every response carries an \`X-Request-Id\` header: the caller's own (1–128 visible ASCII characters) or a new UUID;
quote it when reporting a problem.
Anonymous callers see published articles only.`

export async function registerSwagger (app: FastifyInstance, version: string, transformObject?: SwaggerTransformObject): Promise<void> {
  await app.register(swagger, {
    ...(transformObject === undefined ? {} : { transformObject }),
    openapi: {
      openapi: '3.1.0',
      info: { title: 'beitrag', version, description: API_DESCRIPTION, license: { name: 'MIT', identifier: 'MIT' } },
      // Relative to where the document is served: every instance describes itself, wherever it is deployed.
      servers: [{ url: '/', description: 'The server this document comes from' }],
      // Reading published content needs no credentials; saying so explicitly tells clients nobody forgot it.
      security: [],
      tags: [
        { name: 'articles', description: 'Articles: lists, and whole articles by id or slug' },
        { name: 'search', description: 'Full-text search in German: umlauts and ß match their transliterations' },
        { name: 'sections', description: 'The body of an article, section by section' },
        { name: 'media', description: 'Video, image and audio items shown with articles' },
        { name: 'feeds', description: 'The newest published articles as RSS 2.0, Atom 1.0 and JSON Feed 1.1, for feed readers and partners' },
        { name: 'editorial', description: 'Writing, publishing and history: needs an API key with the content:write or content:preview scope' },
        { name: 'changes', description: 'The change feed: every change to articles, deletions included, exactly once and in order' },
        { name: 'webhooks', description: 'Signed notifications of changes, pushed to partner endpoints: needs an API key with the partner or admin scope' },
        { name: 'syndication', description: 'Embedding for partners: oEmbed' },
        { name: 'operations', description: 'Health, readiness and problem type documentation' }
      ],
      components: {
        securitySchemes: {
          apiKey: {
            type: 'http',
            scheme: 'bearer',
            description: 'An API key from `npm run keys -- create`, sent as `Authorization: Bearer <key>`. Reading published content needs none.'
          }
        }
      }
    },
    // Name components after the schemas' $id (Article, Problem …) instead of def-0, def-1 …
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => typeof json.$id === 'string' ? json.$id : `def-${i}`
    }
  })

  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true, tryItOutEnabled: false, displayOperationId: true },
    staticCSP: false
  })

  app.get('/openapi.json', { schema: { hide: true } }, async (_request, reply) => reply.type('application/json').send(app.swagger()))
  app.get('/openapi.yaml', { schema: { hide: true } }, async (_request, reply) => reply.type('application/yaml').send(app.swagger({ yaml: true })))
}

/** The document is built from the routes as they are declared, so it is registered before them. */
export default fp(async (app, options: { transformObject?: SwaggerTransformObject }) => {
  await registerSwagger(app, app.context.version, options.transformObject)
}, { name: 'beitrag-swagger', dependencies: ['beitrag-http-cache'] })
