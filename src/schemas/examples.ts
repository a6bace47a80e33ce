// The sample article as the API returns it, used as the example in the OpenAPI spec.
// `npm run openapi` rewrites the file from the real import, and a test checks it still matches the API's answer.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { stableId } from '../lib/ids.js'
import type { Article } from './article.js'

/** The bundled sample page's source name; its article and video ids derive from it, so they are the same everywhere. */
export const SAMPLE_SOURCE = '000_4cabe8527bb692bf.txt'
export const SAMPLE_ARTICLE_ID = stableId(`source:${SAMPLE_SOURCE}`)
export const SAMPLE_MEDIA_ID = stableId(`source:${SAMPLE_SOURCE}#media-1`)

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
