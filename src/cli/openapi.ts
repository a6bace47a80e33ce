// `beitrag openapi`: rewrites openapi/openapi.json, its sample-article example and its types from the code, or prints the spec.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { EXIT, type Command } from './command.js'

export const SPEC_PATH = fileURLToPath(new URL('../../openapi/openapi.json', import.meta.url))

export const openapiCommand: Command = {
  name: 'openapi',
  summary: 'Regenerate the committed OpenAPI document, or print it',
  help: `usage: beitrag openapi [--print]
       npm run openapi

Generates the OpenAPI 3.1 document from the route schemas, exactly as the server serves it at
/openapi.json, and writes it to openapi/openapi.json together with the sample article example it
embeds (openapi/examples/sample-article.json) and the TypeScript types openapi-typescript makes
of it (openapi/openapi.d.ts, for typed clients such as openapi-fetch). Run it after changing a
route or a schema: a test fails while the committed files are stale. Needs no database; writing
the types needs the development dependencies.

Options:
  --print      write the document to standard output instead, and change no file
  -h, --help   show this help

Exit codes: 0 done, 64 bad arguments, 69 the development dependencies are missing.`,
  async run (args) {
    const { values } = parseArgs({ args, options: { print: { type: 'boolean', default: false } } })
    const [{ generateSampleExample, generateSpec, generateTypes, TYPES_PATH }, { SAMPLE_ARTICLE_EXAMPLE_PATH }] = await Promise.all([
      import('../openapi.js'), import('../routes/sample-article.js')
    ])
    if (values.print) {
      process.stdout.write(await generateSpec())
      return EXIT.OK
    }
    mkdirSync(dirname(SAMPLE_ARTICLE_EXAMPLE_PATH), { recursive: true })
    // The example first: the spec embeds it.
    writeFileSync(SAMPLE_ARTICLE_EXAMPLE_PATH, await generateSampleExample())
    const spec = await generateSpec()
    // Made before the spec is written, so without the development dependencies both stay as they were.
    let types: string
    try {
      types = await generateTypes(spec)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error
      process.stderr.write('beitrag openapi: writing the types needs the development dependencies (npm ci); --print needs none\n')
      return EXIT.UNAVAILABLE
    }
    writeFileSync(SPEC_PATH, spec)
    writeFileSync(TYPES_PATH, types)
    process.stdout.write(`wrote ${SAMPLE_ARTICLE_EXAMPLE_PATH}\nwrote ${SPEC_PATH}\nwrote ${TYPES_PATH}\n`)
    return EXIT.OK
  }
}
