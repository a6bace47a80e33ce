// Validates a document against the API's named schemas outside a route, with the same Ajv settings as the routes:
// a merge-patched article is only known to be valid once the patch has been applied.
import { Ajv, type ErrorObject } from 'ajv'
import ajvFormats from 'ajv-formats'
import type { InvalidParam } from '../errors.js'
import { sharedSchemas } from '../schemas/index.js'
import { describeAjvError } from '../plugins/problems.js'

// ajv-formats is CommonJS: under ESM the plugin function is the module itself, typed as its namespace.
const addFormats = ajvFormats as unknown as (ajv: Ajv) => Ajv

const ajv = new Ajv({ allErrors: true, removeAdditional: false, useDefaults: true, coerceTypes: false, strict: false })
addFormats(ajv)
for (const schema of sharedSchemas) ajv.addSchema(schema)

/** The problems with `value` as an instance of the named schema, filling in its defaults; [] when it is valid. */
export function validateBody (schemaId: string, value: unknown): InvalidParam[] {
  const validate = ajv.getSchema(schemaId)
  if (validate === undefined) throw new Error(`No schema ${schemaId}`)
  if (validate(value)) return []
  return (validate.errors as ErrorObject[]).map((error) => describeAjvError('body', error))
}
