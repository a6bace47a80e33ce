// Validates a document against the API's named schemas outside a route, with the same Ajv settings as the routes:
// a merge-patched article is only known to be valid once the patch has been applied.
import { Ajv, type ErrorObject } from 'ajv'
import type { InvalidParam } from '../errors.js'
import { sharedSchemas } from '../schemas/index.js'
import { collapseTaggedUnions, describeAjvError } from '../lib/ajv-errors.js'
import { FORMAT_PLUGINS } from '../lib/instants.js'

// verbose: errors carry the failed value and schema, which tell the branches of a tagged union apart.
// Built on the first validation rather than at import: adding the schemas compiles JSON Schema's meta-schema and
// checks each schema against it, which a server's start-up need not wait for.
let ajv: Ajv | undefined
function namedSchemas (): Ajv {
  if (ajv !== undefined) return ajv
  ajv = new Ajv({ allErrors: true, verbose: true, removeAdditional: false, useDefaults: true, coerceTypes: false, strict: false })
  for (const plugin of FORMAT_PLUGINS) plugin(ajv)
  for (const schema of sharedSchemas) ajv.addSchema(schema)
  return ajv
}

/** The problems with `value` as an instance of the named schema, filling in its defaults; [] when it is valid. */
export function validateBody (schemaId: string, value: unknown): InvalidParam[] {
  const validate = namedSchemas().getSchema(schemaId)
  if (validate === undefined) throw new Error(`No schema ${schemaId}`)
  if (validate(value)) return []
  return collapseTaggedUnions(validate.errors as ErrorObject[]).map((error) => describeAjvError('body', error))
}
