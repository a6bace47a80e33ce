// The sample article as the API returns it, the example of the article responses in the OpenAPI spec.
// `npm run openapi` rewrites the file from the real import, and a test checks it still matches the API's answer.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Article } from '../schemas/article.js'

export const SAMPLE_ARTICLE_EXAMPLE_PATH = fileURLToPath(new URL('../../openapi/examples/sample-article.json', import.meta.url))

let cached: Article | undefined | null = null

/** The example article, read once per process; undefined before `npm run openapi` first wrote it. */
export function sampleArticle (): Article | undefined {
  if (cached === null) {
    cached = existsSync(SAMPLE_ARTICLE_EXAMPLE_PATH)
      ? JSON.parse(readFileSync(SAMPLE_ARTICLE_EXAMPLE_PATH, 'utf8')) as Article
      : undefined
  }
  return cached
}

/** Forgets the cached example, after `npm run openapi` rewrote it. */
export function forgetSampleArticle (): void {
  cached = null
}
