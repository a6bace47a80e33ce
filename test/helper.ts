// Test helpers: a fresh app over a fresh in-memory database, built exactly as production builds it.
import { Ajv } from 'ajv'
import ajvFormats from 'ajv-formats'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { buildApp, type AppOptions } from '../src/app.js'
import { loadConfig, type Config } from '../src/config.js'
import type { Scope } from '../src/auth/api-keys.js'
import { stableId } from '../src/lib/ids.js'
import type { ArticleInput } from '../src/repositories/article-input.js'
import { isProblemCode, problemTypes, problemTypeUri } from '../src/errors.js'
import { InvalidParamSchema, ProblemSchema } from '../src/schemas/common.js'

export { SAMPLE_ARTICLE_ID, SAMPLE_MEDIA_ID } from '../src/schemas/examples.js'
export const SAMPLE_SLUG = 'wenig-substanz-aber-pr-erfolg-fuer-kim'

interface Teardown {
  teardown: (fn: () => unknown) => void
}

/**
 * Configuration for tests: in-memory database, silent logs, no overload 503s (a busy test machine stalls the event
 * loop; the load-shedding test turns them on), plus `env` overrides (as environment strings).
 */
export function testConfig (env: Record<string, string> = {}): Config {
  return loadConfig({ DATABASE_PATH: ':memory:', LOG_LEVEL: 'silent', MAX_EVENT_LOOP_DELAY_MS: '0', ...env })
}

export async function build (t: Teardown, env: Record<string, string> = {}, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = await buildApp(testConfig(env), options)
  t.teardown(() => app.close())
  return app
}

/** The parsed problem+json body of a response, after checking it is one. */
export function problemOf (response: LightMyRequestResponse): { status: number, code: string, detail: string, type: string, title: string, instance: string, errors?: Array<{ location: string, pointer: string, message: string }> } {
  const contentType = response.headers['content-type']
  if (typeof contentType !== 'string' || !contentType.startsWith('application/problem+json')) {
    throw new Error(`expected application/problem+json, got ${String(contentType)}: ${response.body.slice(0, 200)}`)
  }
  return response.json()
}

const ajv = new Ajv({ allErrors: true, strict: false })
;(ajvFormats as unknown as (ajv: Ajv) => Ajv)(ajv)
ajv.addSchema(InvalidParamSchema)
const validProblem = ajv.compile(ProblemSchema)

/**
 * What is wrong with an error response, [] when nothing: it must be problem+json in the documented Problem shape,
 * its `status` the HTTP status, its `code` a known one whose status and type URI it carries.
 */
export function problemShapeErrors (status: number, contentType: string | undefined, body: string): string[] {
  if (contentType?.startsWith('application/problem+json') !== true) return [`content-type is ${String(contentType)}`]
  let problem: { status?: unknown, code?: unknown, type?: unknown }
  try {
    problem = JSON.parse(body)
  } catch {
    return ['body is not JSON']
  }
  const errors = validProblem(problem) ? [] : (validProblem.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`)
  if (problem.status !== status) errors.push(`status ${String(problem.status)} in a ${status} response`)
  if (!isProblemCode(problem.code)) errors.push(`unknown code ${String(problem.code)}`)
  else {
    if (problemTypes[problem.code].status !== status) errors.push(`${problem.code} sent with ${status}`)
    if (problem.type !== problemTypeUri(problem.code)) errors.push(`type ${String(problem.type)} for ${problem.code}`)
  }
  return errors
}

let counter = 0

/** A small, valid article to save directly through the repository; `overrides` replace any field. */
export function articleInput (overrides: Partial<ArticleInput> = {}): ArticleInput {
  counter++
  return {
    id: stableId(`test-article-${counter}`),
    slug: `testartikel-${counter}`,
    kicker: null,
    title: `Testartikel ${counter}: Grüße aus Köln`,
    byline: null,
    teaser: 'Ein kurzer Vorspann.',
    language: 'de',
    breadcrumb: ['Nachrichten'],
    tags: [],
    status: 'published',
    publishedAt: null,
    source: null,
    sourceHash: null,
    sections: [{ heading: null, blocks: [{ type: 'paragraph', text: 'Straßenfeste in Köln ziehen Tausende an.' }] }],
    media: [],
    ...overrides
  }
}

/** Creates an API key in the app's database and returns the headers that send it. */
export function keyHeaders (app: FastifyInstance, scopes: Scope[], options: { name?: string, rateLimitPerMinute?: number } = {}): { authorization: string } {
  const { key } = app.context.apiKeys.create({ name: options.name ?? scopes.join('+'), scopes, rateLimitPerMinute: options.rateLimitPerMinute ?? null }, new Date().toISOString())
  return { authorization: `Bearer ${key}` }
}

/** A valid body for POST /v1/articles; `overrides` replace any field. */
export function articleWrite (overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Grüße aus Köln: Straßenfest am Rhein',
    kicker: 'Stadtleben',
    teaser: 'Tausende feiern am Wochenende.',
    breadcrumb: ['Nachrichten', 'Regional'],
    tags: ['Köln'],
    status: 'published',
    sections: [
      { heading: null, blocks: [{ type: 'paragraph', text: 'Das Straßenfest zieht Tausende an.' }] },
      { heading: 'Programm', blocks: [{ type: 'paragraph', text: 'Musik, Essen und Führungen.' }, { type: 'media', mediaId: 'p1ctur3p1ctur3p1' }] }
    ],
    media: [{ id: 'p1ctur3p1ctur3p1', type: 'image', role: 'inline', caption: 'Das Rheinufer', renditions: [{ url: 'https://media.example.org/rhein.jpg', mimeType: 'image/jpeg', width: 1600, height: 900 }] }],
    ...overrides
  }
}
