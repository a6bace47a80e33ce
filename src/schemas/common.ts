// Schema building blocks shared by every resource: ids, timestamps, nullability and the Problem shape.
import { Type, type SchemaOptions, type Static, type TSchema, type TUnsafe } from '@sinclair/typebox'
import { WEB_URL_PATTERN } from '../lib/web-url.js'

/**
 * `type: ['string', 'null']` instead of an anyOf: OpenAPI 3.1 reads it directly, and the response
 * serialiser handles it without trying each branch.
 */
export function Nullable<T extends TSchema & { type: string }> (schema: T): TUnsafe<Static<T> | null> {
  return Type.Unsafe<Static<T> | null>({ ...schema, type: [schema.type, 'null'] })
}

/** A reference to a named component: validators and the spec both resolve it by `$id`. */
export function Ref<T extends TSchema> (schema: T, options: SchemaOptions = {}): TUnsafe<Static<T>> {
  if (schema.$id === undefined) throw new Error('Ref() needs a schema with an $id')
  return Type.Unsafe<Static<T>>(Type.Ref(schema.$id, options))
}

/** A named component or null (for object schemas, where a type array cannot express it). */
export function NullableRef<T extends TSchema> (schema: T, options: SchemaOptions = {}): TUnsafe<Static<T> | null> {
  if (schema.$id === undefined) throw new Error('NullableRef() needs a schema with an $id')
  return Type.Unsafe<Static<T> | null>({ anyOf: [{ $ref: schema.$id }, { type: 'null' }], ...options })
}

/** A string from a fixed set, as one `enum` (a union of literals would show in the spec as an anyOf of one-value enums). */
export function StringEnum<const T extends readonly string[]> (values: T, options: SchemaOptions = {}): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options })
}

/** Opaque ids: 16 characters of lowercase Crockford base32. */
export const ID_PATTERN = '^[0-9a-z]{16}$'

export function Id (options: SchemaOptions = {}) {
  return Type.String({ pattern: ID_PATTERN, ...options })
}

export function Timestamp (options: SchemaOptions = {}) {
  return Type.String({ format: 'date-time', ...options })
}

/** A URL a client may follow or load: http or https only (see lib/web-url.ts), refused with a 400 otherwise. */
export function WebUrl (options: SchemaOptions = {}) {
  return Type.String({ format: 'uri', pattern: WEB_URL_PATTERN, ...options })
}

export const InvalidParamSchema = Type.Object({
  location: StringEnum(['body', 'params', 'querystring', 'headers'], {
    description: 'The part of the request that held the invalid value',
    examples: ['params']
  }),
  pointer: Type.String({ description: 'JSON pointer to the value within that part', examples: ['/id'] }),
  message: Type.String({ description: 'What is wrong with the value', examples: ['must match pattern "^[0-9a-z]{16}$"'] })
}, { $id: 'InvalidParam', description: 'One invalid value in a request', additionalProperties: false })

export const ProblemSchema = Type.Object({
  type: Type.String({ format: 'uri-reference', description: 'Identifies the kind of problem; `GET` it for a description', examples: ['/problems/not-found'] }),
  title: Type.String({ description: 'Short summary of the kind of problem; the same for every occurrence', examples: ['Resource not found'] }),
  status: Type.Integer({ minimum: 400, maximum: 599, description: 'The HTTP status code', examples: [404] }),
  detail: Type.String({ description: 'What went wrong with this request, for a human reader', examples: ["No article with id '0000000000000000'"] }),
  instance: Type.String({ description: 'The path of the request that failed', examples: ['/v1/articles/0000000000000000'] }),
  code: Type.String({ description: 'Stable machine-readable error code', examples: ['CONTENT_ERR_NOT_FOUND'] }),
  errors: Type.Optional(Type.Array(Ref(InvalidParamSchema), { description: 'Every invalid value, for validation errors' })),
  conflictingId: Type.Optional(Type.String({ description: 'With 409: the id of the article that already holds the value', examples: ['5wsg76t0af7tq119'] }))
}, {
  $id: 'Problem',
  description: 'An RFC 9457 problem details object, sent as `application/problem+json` with every 4xx and 5xx response'
})

export type InvalidParam = Static<typeof InvalidParamSchema>
export type Problem = Static<typeof ProblemSchema>

/** Up to this many matches a total is exact; above it is an estimate (`exact: false`). */
export const EXACT_TOTAL = 10_000

export const TotalSchema = Type.Object({
  value: Type.Integer({ minimum: 0, description: `How many items the whole list holds: counted exactly up to ${EXACT_TOTAL}, estimated above`, examples: [1234] }),
  exact: Type.Boolean({ description: `true when \`value\` was counted (at most ${EXACT_TOTAL}); false when it is an estimate of a larger total, to show as "about" or "more than ${EXACT_TOTAL.toLocaleString('en')}"`, examples: [true] })
}, {
  $id: 'Total',
  description: 'How many items a paged list holds, sent only when asked for with `count=true`',
  examples: [{ value: 1234, exact: true }, { value: 48200, exact: false }]
})

export type Total = Static<typeof TotalSchema>
