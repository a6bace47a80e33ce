// The contract check the client tests share: whether a real response is what the OpenAPI document says about it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { ROOT } from './process.js'

export interface MediaObject { schema: Record<string, unknown>, example?: { code?: string, instance?: string, errors?: Array<{ location: string }> } }
export interface HeaderObject { $ref?: string, required?: boolean, schema?: Record<string, unknown> }
export interface Operation {
  operationId?: string
  parameters?: Array<{ in: string, name: string, required?: boolean, example?: unknown }>
  security?: Array<Record<string, string[]>>
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> }
  responses: Record<string, { content?: Record<string, MediaObject>, headers?: Record<string, HeaderObject> }>
}
export interface Spec {
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, unknown>, headers?: Record<string, HeaderObject> }
}

export const committedSpec = JSON.parse(readFileSync(join(ROOT, 'openapi/openapi.json'), 'utf8')) as Spec

/** Checks real responses against what a spec says about them: documented status, headers, content type and body schema. */
export function contract (spec: Spec) {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats.default(ajv)
  // The whole document as one schema, so `#/components/schemas/…` references resolve inside it.
  ajv.addSchema(spec, 'openapi.json')
  const validators = new Map<object, ValidateFunction>()
  function validatorFor (schema: Record<string, unknown>): ValidateFunction {
    let validate = validators.get(schema)
    if (validate === undefined) {
      const { $ref } = schema as { $ref?: string }
      validate = ajv.compile($ref === undefined ? schema : { $ref: `openapi.json${$ref}` })
      validators.set(schema, validate)
    }
    return validate
  }

  /** What is wrong with the headers of `response`: a required one missing, or one whose value its schema refuses. */
  function headerProblems (name: string, documented: Record<string, HeaderObject>, response: Response): string[] {
    const problems: string[] = []
    for (const [header, declared] of Object.entries(documented)) {
      const definition = declared.$ref === undefined ? declared : spec.components.headers?.[declared.$ref.replace('#/components/headers/', '')]
      if (definition === undefined) {
        problems.push(`${name}: header ${header} refers to nothing`)
        continue
      }
      const value = response.headers.get(header)
      if (value === null) {
        if (definition.required === true) problems.push(`${name}: no ${header} header, which the spec says is always sent`)
        continue
      }
      if (definition.schema === undefined) continue
      const typed = definition.schema.type === 'integer' && /^-?\d+$/.test(value) ? Number(value) : value
      const validate = validatorFor(definition.schema)
      if (!validate(typed)) problems.push(`${name}: header ${header}: ${JSON.stringify(value)} ${ajv.errorsText(validate.errors)}`)
    }
    return problems
  }

  /** What is wrong with `response` as an answer to `method schemaPath`; empty when the spec tells the truth. */
  return async function check (method: string, schemaPath: string, response: Response): Promise<string[]> {
    const name = `${method.toUpperCase()} ${schemaPath} ${response.status}`
    const documented = spec.paths[schemaPath]?.[method.toLowerCase()]?.responses[String(response.status)]
    if (documented === undefined) return [`${name}: the spec documents no such status`]
    const problems = headerProblems(name, documented.headers ?? {}, response)
    // 304 and 204 have no body, and the spec gives them none.
    if (documented.content === undefined) return (await response.clone().text()) === '' ? problems : [...problems, `${name}: a body where the spec has none`]
    const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? ''
    const media = documented.content[type]
    if (media === undefined) return [...problems, `${name}: answered ${type}, the spec says ${Object.keys(documented.content).join(', ')}`]
    const body: unknown = type.endsWith('json') ? await response.clone().json() : await response.clone().text()
    const validate = validatorFor(media.schema)
    if (!validate(body)) problems.push(`${name}: the body does not match the spec: ${ajv.errorsText(validate.errors)}`)
    const code = (body as { code?: unknown }).code
    if (media.example?.code !== undefined && code !== media.example.code) problems.push(`${name}: code ${String(code)}, the example says ${media.example.code}`)
    return problems
  }
}

/** `METHOD path status` for every documented answer below 500 (a failing server cannot be staged) of the operations `which` picks. */
export function documentedAnswers (spec: Spec, which: (method: string) => boolean): string[] {
  return Object.entries(spec.paths).flatMap(([path, operations]) => Object.entries(operations)
    .filter(([method]) => which(method))
    .flatMap(([method, operation]) => Object.keys(operation.responses)
      .filter((status) => Number(status) < 500)
      .map((status) => `${method.toUpperCase()} ${path} ${status}`)))
}
