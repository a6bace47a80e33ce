// The date-time format every schema uses: RFC 3339 as ajv-formats checks it, and an instant JavaScript can represent.
import type { Ajv, FormatDefinition } from 'ajv'
import ajvFormats from 'ajv-formats'

// ajv-formats is CommonJS: under ESM the plugin function is the module itself, typed as its namespace.
const addFormats = ajvFormats as unknown as (ajv: Ajv) => Ajv

/**
 * RFC 3339 allows a leap second (`23:59:60`), which no JavaScript Date (and so no stored timestamp) can hold;
 * neither can some other strings the grammar lets through. A value passes only when it names a real instant,
 * so what validation accepts can always be converted and compared: a 400 instead of a failure after it.
 */
export function realInstants (ajv: Ajv): Ajv {
  const rfc3339 = ajv.formats['date-time'] as FormatDefinition<string> | undefined
  if (rfc3339 === undefined || typeof rfc3339 !== 'object' || typeof rfc3339.validate !== 'function') {
    throw new Error('realInstants needs ajv-formats added first')
  }
  const grammar = rfc3339.validate
  return ajv.addFormat('date-time', {
    ...rfc3339,
    validate: (value: string) => grammar(value) === true && Number.isFinite(Date.parse(value))
  })
}

/**
 * The Ajv plugins every validator of the API uses, in order. Fastify adds ajv-formats itself unless it is in the
 * list, and would then replace the stricter date-time again; listing it first keeps realInstants last.
 */
export const FORMAT_PLUGINS = [addFormats, realInstants] as const

/** True for a timestamp in the one form the database stores ('2024-01-31T09:00:00.000Z') that names a real instant. */
export function isStoredInstant (value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 24) return false
  const time = Date.parse(value)
  // The round trip rejects what Date() would quietly move: month 13, day 45, 99:99, a leap second.
  return Number.isFinite(time) && new Date(time).toISOString() === value
}
