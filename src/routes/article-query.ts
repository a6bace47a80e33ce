// Query parameters shared by the article list and search: filters, sparse fields, included sub-resources.
import { Type, type Static } from '@sinclair/typebox'
import { createHash } from 'node:crypto'
import { BadRequestError } from '../errors.js'
import { categoryKeys, filterInstant, languageKey, parseTerms, tagKey } from '../lib/list-filters.js'
import type { ArticleFilters } from '../repositories/article-list.js'
import { ArticleSchema, ArticleSummarySchema } from '../schemas/article.js'
import { StringEnum } from '../schemas/common.js'

const DAY_OR_INSTANT = '^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:\\d{2}))?$'

const SEVERAL = 'Several values: `a,b` (or the parameter repeated) means all of them, `a|b` any of them; `a|b,c` is (a or b) and c.'

/** A filter that takes several values: the parameter repeated, or values joined by `,` and `|`. */
function multi (item: { maxLength: number, pattern?: string }, options: { description: string, examples: string[][] }) {
  return Type.Array(Type.String({ minLength: 1, ...item }), { maxItems: 10, ...options })
}

export const ARTICLE_FIELDS: readonly string[] = Object.keys(ArticleSchema.properties)
// List items are summaries, with sections and media when asked for.
export const LIST_FIELDS: readonly string[] = [...new Set([...Object.keys(ArticleSummarySchema.properties), 'sections', 'media'])]
const FIELD_LIST = '^[A-Za-z]+(?:,[A-Za-z]+)*$'

export const FilterQuery = {
  category: Type.Optional(multi({ maxLength: 1000 }, {
    description: `Only articles in this category: its \`id\` or \`slug\` from \`/v1/categories\`, a breadcrumb label at any level (\`Politik\`) or a path from the root (\`Nachrichten/Politik\`). Case and umlaut spelling do not matter (\`aussenpolitik\` finds "Außenpolitik"). ${SEVERAL}`,
    examples: [['politik']]
  })),
  tag: Type.Optional(multi({ maxLength: 1000 }, {
    description: `Only articles with this tag; case and umlaut spelling do not matter (\`verkehr\` finds "Verkehr"). ${SEVERAL}`,
    examples: [['Nordkorea']]
  })),
  language: Type.Optional(multi({ maxLength: 200 }, {
    description: 'Only articles in this language: a BCP 47 tag. Its primary language decides: `de-DE` and `de` both find articles in `de`, `de-DE` and `de-AT`. Use `|` for several: `de|en`.',
    examples: [['de']]
  })),
  since: Type.Optional(Type.String({ pattern: DAY_OR_INSTANT, description: 'Only articles published at or after this instant. A timestamp needs its offset (`2024-03-01T06:00:00+01:00` or `Z`); a bare date means the start of that day in Europe/Berlin', examples: ['2024-01-01'] })),
  until: Type.Optional(Type.String({ pattern: DAY_OR_INSTANT, description: 'Only articles published before this instant. A bare date includes that whole day in Europe/Berlin (up to midnight in Berlin)', examples: ['2024-12-31'] })),
  mediaType: Type.Optional(StringEnum(['video', 'image', 'audio'], { description: 'Only articles that have a media item of this type', examples: ['video'] })),
  fields: Type.Optional(Type.String({
    pattern: FIELD_LIST,
    maxLength: 500,
    description: `Comma-separated fields to return for each item; \`id\` always comes along. One of: ${LIST_FIELDS.join(', ')}. Naming \`sections\` or \`media\` includes them.`,
    examples: ['title,teaser,media']
  })),
  include: Type.Optional(Type.String({
    pattern: '^(?:sections|media)(?:,(?:sections|media))?$',
    description: 'Sub-resources to inline in each item: `sections`, `media` or both',
    examples: ['media']
  }))
}

type FilterParams = { [K in keyof typeof FilterQuery]?: Static<(typeof FilterQuery)[K]> }

/** The filters in a query, normalised (lib/list-filters.ts), dates made into instants; since after until is a 400. */
export function parseFilters (query: FilterParams): ArticleFilters {
  const filters: ArticleFilters = {}
  const category = parseTerms('category', query.category, categoryKeys)
  const tag = parseTerms('tag', query.tag, tagKey)
  const language = parseTerms('language', query.language, languageKey)
  if (category !== undefined) filters.category = category
  if (tag !== undefined) filters.tag = tag
  if (language !== undefined) filters.language = language
  if (query.mediaType !== undefined) filters.mediaType = query.mediaType
  if (query.since !== undefined) filters.since = filterInstant('since', query.since, false)
  if (query.until !== undefined) filters.until = filterInstant('until', query.until, true)
  // Compared with the start of a bare "until" day: since=2024-01-02&until=2024-01-01 is backwards.
  if (query.since !== undefined && query.until !== undefined && filterInstant('since', query.since, false) > filterInstant('until', query.until, false)) {
    throw new BadRequestError(`query parameter 'since' (${query.since ?? ''}) must be before 'until' (${query.until ?? ''})`)
  }
  return filters
}

/** A short fingerprint of the filters, so a cursor cannot be carried over to a differently filtered list. */
export function filtersKey (filters: ArticleFilters): string {
  return createHash('sha1').update(JSON.stringify(filters)).digest('base64url').slice(0, 10)
}

/** The requested fields, or null for all; names not in `valid` are a 400 listing the valid ones. */
export function parseFields (fields: string | undefined, valid: readonly string[]): Set<string> | null {
  if (fields === undefined) return null
  const names = fields.split(',')
  // Each unknown name once, however often it was sent.
  const unknown = [...new Set(names.filter((name) => !valid.includes(name)))]
  if (unknown.length > 0) {
    throw new BadRequestError(`query parameter 'fields' names unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; valid fields are ${valid.join(', ')}`)
  }
  return new Set(['id', ...names])
}

export function parseInclude (include: string | undefined, fields: Set<string> | null): { sections: boolean, media: boolean } {
  const named = new Set(include?.split(',') ?? [])
  return {
    sections: named.has('sections') || fields?.has('sections') === true,
    media: named.has('media') || fields?.has('media') === true
  }
}

/** Only the requested fields of `item`, in their usual order. */
export function pick<T extends Record<string, unknown>> (item: T, fields: Set<string> | null): Partial<T> {
  if (fields === null) return item
  const picked: Partial<T> = {}
  for (const key of Object.keys(item) as Array<keyof T>) {
    if (fields.has(key as string)) picked[key] = item[key]
  }
  return picked
}
