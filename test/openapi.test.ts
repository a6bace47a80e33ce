import { readFileSync } from 'node:fs'
import SwaggerParser from '@apidevtools/swagger-parser'
import t from 'tap'
import { generateSampleExample, generateSpec, generateTypes, TYPES_PATH } from '../src/openapi.js'
import { SAMPLE_ARTICLE_EXAMPLE_PATH } from '../src/routes/sample-article.js'
import { build } from './helper.js'

const committedSpec = readFileSync(new URL('../openapi/openapi.json', import.meta.url), 'utf8')

interface Operation {
  operationId?: string
  summary?: string
  tags?: string[]
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string }, example?: unknown, examples?: Record<string, { value?: unknown }> }> }>
}

t.test('the committed spec is what the code generates (run `npm run openapi` after changing routes or schemas)', async (t) => {
  t.equal(await generateSpec(), committedSpec)
})

t.test('the committed sample example is what the API returns for the sample article', async (t) => {
  t.equal(await generateSampleExample(), readFileSync(SAMPLE_ARTICLE_EXAMPLE_PATH, 'utf8'))
})

t.test('the committed client types are what openapi-typescript makes of the committed spec (run `npm run openapi`)', async (t) => {
  t.equal(await generateTypes(committedSpec), readFileSync(TYPES_PATH, 'utf8'))
})

t.test('the spec is valid OpenAPI 3.1', async (t) => {
  const api = await SwaggerParser.validate(JSON.parse(committedSpec))
  t.equal((api as { openapi: string }).openapi, '3.1.0')
})

t.test('components are named after the schemas', async (t) => {
  const spec = JSON.parse(committedSpec)
  const names = Object.keys(spec.components.schemas)
  for (const name of ['Article', 'ArticleSummary', 'ArticleList', 'Section', 'Block', 'Media', 'ArticleMedia', 'Problem']) {
    t.ok(names.includes(name), name)
  }
  t.notOk(names.some((name) => name.startsWith('def-')), 'no def-N names')
})

t.test('every operation is documented, with examples and Problem errors', async (t) => {
  const spec = JSON.parse(committedSpec) as { paths: Record<string, Record<string, Operation>> }
  const operationIds = new Set<string>()
  for (const [path, operations] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const name = `${method.toUpperCase()} ${path}`
      t.ok(operation.operationId, `${name} has an operationId`)
      operationIds.add(operation.operationId ?? '')
      t.ok(operation.summary, `${name} has a summary`)
      t.ok(operation.tags?.length, `${name} has tags`)
      for (const [status, response] of Object.entries(operation.responses)) {
        const contents = Object.entries(response.content ?? {})
        if (status === '304' || status === '204' || status === '301') {
          t.equal(contents.length, 0, `${name} ${status} has no body`)
          continue
        }
        t.ok(contents.length > 0, `${name} ${status} has a body`)
        for (const [type, media] of contents) {
          // One example, or named ones where a media type has variants (ninjs 3.1 and 2.2).
          t.ok(media.example !== undefined || Object.values(media.examples ?? {}).some((example) => example.value !== undefined), `${name} ${status} has an example`)
          if (Number(status) >= 400) {
            t.equal(type, 'application/problem+json', `${name} ${status} is problem+json`)
            t.equal(media.schema?.$ref, '#/components/schemas/Problem', `${name} ${status} uses Problem`)
          }
        }
      }
    }
  }
  t.equal(operationIds.size, Object.values(spec.paths).flatMap(Object.keys).length, 'operationIds are unique')
})

t.test('read routes where a key changes the answer declare it as optional, so the Swagger UI sends it', async (t) => {
  const spec = JSON.parse(committedSpec) as { paths: Record<string, Record<string, Operation & { security?: Array<Record<string, string[]>> }>> }
  for (const [path, operations] of Object.entries(spec.paths)) {
    const read = operations.get
    // Every public read under /v1 shows drafts to a preview key and only children's content to a kids key.
    const needsKey = read?.security !== undefined && !read.security.some((requirement) => Object.keys(requirement).length === 0)
    if (read === undefined || !path.startsWith('/v1/') || needsKey) continue
    t.same(read.security, [{}, { apiKey: [] }], `GET ${path} takes a key but does not need one`)
  }
})

t.test('what every operation can answer is documented: 401, 429 with Retry-After, 304 for reads, and the headers', async (t) => {
  const spec = JSON.parse(committedSpec) as {
    paths: Record<string, Record<string, { responses: Record<string, { headers?: Record<string, { $ref?: string }> }> }>>
    components: { headers: Record<string, { required: boolean }> }
  }
  t.same(Object.keys(spec.components.headers), ['Cache-Control', 'X-Request-Id', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After', 'ETag', 'Last-Modified', 'Surrogate-Key', 'Link', 'Deprecation', 'Sunset', 'Location'])
  for (const [path, operations] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const name = `${method.toUpperCase()} ${path}`
      t.ok(operation.responses['401'], `${name} documents 401`)
      // Health and readiness probes never count against a limit, so they document no 429.
      if (path === '/health' || path === '/ready') t.notOk(operation.responses['429'], `${name} is never limited`)
      else t.same(operation.responses['429']?.headers?.['Retry-After'], { $ref: '#/components/headers/Retry-After' }, `${name} documents 429 with Retry-After`)
      if (method === 'get' && path !== '/metrics') t.ok(operation.responses['304'], `${name} documents 304`)
      for (const [status, response] of Object.entries(operation.responses)) {
        t.ok(response.headers?.['X-Request-Id'] !== undefined && response.headers['Cache-Control'] !== undefined, `${name} ${status} names its headers`)
      }
      // An import's answer names the article in its body.
      if (operation.responses['201'] !== undefined && path !== '/v1/imports') t.ok(operation.responses['201'].headers?.Location, `${name} 201 documents Location`)
    }
  }
  t.ok(spec.paths['/v1/articles']?.get?.responses['200']?.headers?.Link, 'the list documents Link')
})

t.test('PATCH bodies are typed merge patches', async (t) => {
  const spec = JSON.parse(committedSpec) as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }>> }
  t.same(spec.paths['/v1/articles/{id}']?.patch?.requestBody?.content, {
    'application/merge-patch+json': { schema: { $ref: '#/components/schemas/ArticleMergePatch' } },
    'application/json': { schema: { $ref: '#/components/schemas/ArticleMergePatch' } }
  })
  t.same(Object.keys(spec.paths['/v1/webhooks/{id}']?.patch?.requestBody?.content ?? {}), ['application/merge-patch+json', 'application/json'])
  const schemas = (JSON.parse(committedSpec) as { components: { schemas: Record<string, { required?: string[], additionalProperties?: boolean }> } }).components.schemas
  t.same(schemas.ArticleWrite?.required, ['title'], 'an article write needs only its title; the rest has defaults')
  t.equal(schemas.ArticleMergePatch?.required, undefined, 'a merge patch needs nothing')
  t.equal(schemas.ArticleMergePatch?.additionalProperties, false, 'a merge patch names only fields an article has')
})

t.test('the spec is served as JSON and YAML, and the Swagger UI at /docs', async (t) => {
  const app = await build(t)
  const json = await app.inject({ url: '/openapi.json' })
  t.equal(json.statusCode, 200)
  t.same(json.json().paths, JSON.parse(committedSpec).paths)
  const yaml = await app.inject({ url: '/openapi.yaml' })
  t.equal(yaml.statusCode, 200)
  t.match(yaml.headers['content-type'], /yaml/)
  t.match(yaml.body, /^openapi: 3\.1\.0/m)
  const docs = await app.inject({ url: '/docs' })
  t.equal(docs.statusCode, 200)
  t.match(docs.body, /Swagger UI/)
})
