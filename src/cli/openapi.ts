// `npm run openapi`: rewrites openapi/openapi.json and the sample-article example from the code.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateSampleExample, generateSpec } from '../openapi.js'
import { SAMPLE_ARTICLE_EXAMPLE_PATH } from '../schemas/examples.js'

export const SPEC_PATH = fileURLToPath(new URL('../../openapi/openapi.json', import.meta.url))

mkdirSync(dirname(SAMPLE_ARTICLE_EXAMPLE_PATH), { recursive: true })
// The example first: the spec embeds it.
writeFileSync(SAMPLE_ARTICLE_EXAMPLE_PATH, await generateSampleExample())
writeFileSync(SPEC_PATH, await generateSpec())
process.stdout.write(`wrote ${SAMPLE_ARTICLE_EXAMPLE_PATH}\nwrote ${SPEC_PATH}\n`)
