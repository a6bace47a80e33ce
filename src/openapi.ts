// Generates the committed OpenAPI document, its sample-article example and its TypeScript types from the code itself.
import { fileURLToPath } from 'node:url'
import { buildApp } from './app.js'
import { loadConfig } from './config.js'
import { forgetSampleArticle } from './routes/sample-article.js'
import { SAMPLE_ARTICLE_ID } from './schemas/examples.js'

/** The instant the example's timestamps show, so regenerating the spec does not change it. */
export const EXAMPLE_CLOCK = new Date('2024-05-02T10:00:00.000Z')

function exampleConfig () {
  return loadConfig({ DATABASE_PATH: ':memory:', LOG_LEVEL: 'silent', PUBLIC_BASE_URL: 'https://www.example.org' })
}

/** The sample article exactly as `GET /v1/articles/{id}` returns it from a fresh database at EXAMPLE_CLOCK. */
export async function generateSampleExample (): Promise<string> {
  const app = await buildApp(exampleConfig(), { clock: () => EXAMPLE_CLOCK })
  try {
    const response = await app.inject({ url: `/v1/articles/${SAMPLE_ARTICLE_ID}` })
    if (response.statusCode !== 200) throw new Error(`The sample article did not load: ${response.body}`)
    return `${JSON.stringify(response.json(), null, 2)}\n`
  } finally {
    await app.close()
  }
}

/** The OpenAPI document as the running app serves it, formatted for committing. */
export async function generateSpec (): Promise<string> {
  forgetSampleArticle()
  const app = await buildApp({ ...exampleConfig(), SEED_SAMPLE: false })
  try {
    await app.ready()
    return `${JSON.stringify(app.swagger(), null, 2)}\n`
  } finally {
    await app.close()
  }
}

export const TYPES_PATH = fileURLToPath(new URL('../openapi/openapi.d.ts', import.meta.url))

const TYPES_HEADER = `// The API's types, generated from openapi/openapi.json by \`npm run openapi\` (openapi-typescript): do not edit.
// Use them with openapi-fetch, as examples/client.ts does. A test fails when they are stale.
`

/**
 * TypeScript types for the OpenAPI document `spec`: \`paths\` and \`operations\` for a typed client, and one type per
 * component (\`Article\`, \`Problem\` …). openapi-typescript is a development dependency, loaded only here.
 */
export async function generateTypes (spec: string): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript')
  // A field with a default may be left out of a request: defaultNonNullable would make clients send it anyway.
  const ast = await openapiTS(JSON.parse(spec) as Parameters<typeof openapiTS>[0], { rootTypes: true, rootTypesNoSchemaPrefix: true, defaultNonNullable: false })
  return TYPES_HEADER + astToString(ast)
}
