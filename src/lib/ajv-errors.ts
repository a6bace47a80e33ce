// Ajv's validation errors in the API's words: one message per mistake, pointing at the value that is wrong.
import type { InvalidParam } from '../errors.js'
import { SERVER_FIELDS } from '../schemas/article-write.js'
import { LINK_URL_MESSAGE, LINK_URL_PATTERN, WEB_URL_MESSAGE, WEB_URL_PATTERN } from './web-url.js'

export interface AjvError {
  instancePath: string
  schemaPath?: string
  keyword?: string
  message?: string
  params: Record<string, unknown>
  /** With Ajv's `verbose`: the value that failed and the schema object holding the failed keyword. */
  data?: unknown
  parentSchema?: unknown
}

/** The branch of an anyOf an error came from: the referenced schema's $id, or the inline branch's index. */
function branchOf (error: AjvError, anyOfPath: string): string {
  const path = error.schemaPath ?? ''
  if (path.startsWith(`${anyOfPath}/`)) return path.slice(anyOfPath.length + 1).split('/')[0] ?? ''
  return path.split('/')[0] ?? ''
}

/** Most URIs that fail the format have an umlaut or a space in them, copied from a browser's address bar. */
const URI_HINT = 'percent-encode anything outside ASCII and spaces as UTF-8 (ü as %C3%BC, a space as %20), and write an international domain name in punycode (xn--…), as new URL(value).href does'

/** The `type` a union branch's schema requires, if it is one. */
function tagOf (schema: unknown): unknown {
  return (schema as { properties?: { type?: { const?: unknown } } } | undefined)?.properties?.type?.const
}

/**
 * One message per mistake in a tagged union (a block is a paragraph, a quote or a media reference, told apart by
 * `type`). Ajv reports every branch's complaints plus "must match a schema in anyOf"; what the client meant is the
 * branch whose tag matched, so only its errors are kept. When no tag matched, the one error is the tag, with the
 * values it may take. Unions without a tag are left as Ajv reports them.
 */
export function collapseTaggedUnions<T extends AjvError> (errors: T[]): T[] {
  const result: T[] = []
  for (const error of errors) {
    if (error.keyword !== 'anyOf') {
      result.push(error)
      continue
    }
    const at = error.instancePath
    let start = result.length
    while (start > 0) {
      const previous = result[start - 1] as T
      if (previous.instancePath !== at && !previous.instancePath.startsWith(`${at}/`)) break
      start--
    }
    const branchErrors = result.slice(start)
    const anyOfPath = error.schemaPath ?? ''
    const branches = new Map<string, T[]>()
    for (const branchError of branchErrors) {
      const key = branchOf(branchError, anyOfPath)
      branches.set(key, [...(branches.get(key) ?? []), branchError])
    }
    // The API's unions are told apart by `type`; an enum of another member (a list's `style`) is no tag.
    const tagErrors = branchErrors.filter((e) => (e.keyword === 'const' || e.keyword === 'enum') && e.instancePath === `${at}/type`)
    if (tagErrors.length === 0) {
      result.push(error)
      continue
    }
    const tagged = [...branches.values()].find((list) => !list.some((e) => tagErrors.includes(e)))
    result.splice(start)
    if (tagged !== undefined) {
      result.push(...tagged)
      continue
    }
    // Ajv inlines small referenced schemas, so schema paths cannot always tell branches apart. Then the branch is the one
    // whose tag is the value's (Ajv's verbose errors carry both): its complaints about the value itself, and the
    // complaints about the value's members, which the other branches never reach past their failed tag.
    const tag = tagErrors[0]?.data
    const own = branchErrors.filter((e) => e.instancePath === at && tag !== undefined && tagOf(e.parentSchema) === tag)
    const inner = branchErrors.filter((e) => e.instancePath.startsWith(`${at}/`) && !e.instancePath.startsWith(`${at}/type`))
    const chosen = [...own, ...inner].filter((e, i, all) => all.findIndex((o) => o.instancePath === e.instancePath && o.message === e.message && JSON.stringify(o.params) === JSON.stringify(e.params)) === i)
    if (chosen.length > 0) {
      result.push(...chosen)
      continue
    }
    const allowed = tagErrors.flatMap((e) => e.params.allowedValue !== undefined ? [e.params.allowedValue] : (e.params.allowedValues as unknown[] | undefined) ?? [])
    const first = tagErrors[0] as T
    result.push({ ...first, message: 'must be one of', params: { allowedValues: [...new Set(allowed)] } })
  }
  return result
}

/** One Ajv error as an invalid value: where it is and, in plain words, what is wrong with it. */
export function describeAjvError (location: InvalidParam['location'], issue: AjvError): InvalidParam {
  // "required" and "additionalProperties" report the parent object; point at the property itself.
  const property = issue.params.missingProperty ?? issue.params.additionalProperty
  const pointer = typeof property === 'string' ? `${issue.instancePath}/${property}` : issue.instancePath
  let message = issue.message ?? 'is invalid'
  if (typeof issue.params.missingProperty === 'string') message = 'is required'
  // A client that sent a value outside a fixed set needs the set to correct it.
  if (Array.isArray(issue.params.allowedValues)) message = `${message}: ${issue.params.allowedValues.map(String).join(', ')}`
  if (issue.params.pattern === WEB_URL_PATTERN) message = WEB_URL_MESSAGE
  if (issue.keyword === 'format' && typeof issue.params.format === 'string' && issue.params.format.startsWith('uri')) message = `${message}: ${URI_HINT}`
  if (issue.params.pattern === LINK_URL_PATTERN) message = LINK_URL_MESSAGE
  if (typeof issue.params.additionalProperty === 'string') {
    message = location === 'body' && SERVER_FIELDS.includes(issue.params.additionalProperty)
      ? 'is set by the server and cannot be written'
      : 'is not a known property'
  }
  return { location, pointer, message }
}
