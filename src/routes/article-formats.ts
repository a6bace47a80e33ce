// The representations of one article (this API's JSON, IPTC ninjs 3.1 and 2.2, schema.org JSON-LD) and how a request picks one.
import { Type } from '@sinclair/typebox'
import type { FastifyRequest } from 'fastify'
import Negotiator from 'negotiator'
import { BadRequestError, NotAcceptableError } from '../errors.js'
import { ArticleSchema, type Article } from '../schemas/article.js'
import { Ref, StringEnum } from '../schemas/common.js'
import { JSONLD_MEDIA_TYPE, scriptSafeJson, toJsonLd, type JsonLdOptions } from '../syndication/jsonld.js'
import { NINJS_MEDIA_TYPE, NINJS_VERSIONS, toNinjs, type NinjsVersion } from '../syndication/ninjs.js'
import { forPartners } from '../syndication/media-facts.js'

export const ARTICLE_FORMATS = ['json', 'ninjs', 'jsonld'] as const
export type ArticleFormat = typeof ARTICLE_FORMATS[number]

/** What a request asked for: a format, and for ninjs its version. */
export interface Representation {
  format: ArticleFormat
  ninjsVersion: NinjsVersion
}

export const FormatQuery = {
  format: Type.Optional(StringEnum(ARTICLE_FORMATS, {
    description: 'The representation, instead of the Accept header: `json` (this API\'s Article), `ninjs` (IPTC ninjs, as `application/ninjs+json`) or `jsonld` (a schema.org NewsArticle, as `application/ld+json`)',
    examples: ['json']
  })),
  version: Type.Optional(StringEnum(NINJS_VERSIONS, {
    // No example: the Swagger UI would send it with every try, and with JSON it is a 400.
    description: 'The ninjs version, with `format=ninjs` or an Accept header that chooses ninjs: `3.1` (the default) or `2.2` for older partner systems, e.g. `?format=ninjs&version=2.2`. `Accept: application/ninjs+json; version=2.2` says the same. With another format it is a 400.'
  }))
}

// The ninjs versions as media type parameters: a plain `application/ninjs+json` gets the first, 3.1.
const OFFERED = ['application/json', ...NINJS_VERSIONS.map((version) => `${NINJS_MEDIA_TYPE}; version=${version}`), JSONLD_MEDIA_TYPE]

export const NOT_ACCEPTABLE_DETAIL = `None of the types in Accept is offered; this resource comes as application/json, ${NINJS_MEDIA_TYPE} (version=${NINJS_VERSIONS.join(' or version=')}) or ${JSONLD_MEDIA_TYPE} (or use ?format=json|ninjs|jsonld)`

/** The representation a request asks for, by `format` and `version` or else by Accept; JSON when Accept takes anything. */
export function negotiate (request: FastifyRequest, query: { format?: ArticleFormat | undefined, version?: NinjsVersion | undefined }): Representation {
  let format = query.format
  let ninjsVersion: NinjsVersion | undefined
  if (format === undefined && request.headers.accept !== undefined) {
    const chosen = new Negotiator(request).mediaType(OFFERED)
    if (chosen === undefined) throw new NotAcceptableError(NOT_ACCEPTABLE_DETAIL)
    format = chosen === JSONLD_MEDIA_TYPE ? 'jsonld' : chosen.startsWith(NINJS_MEDIA_TYPE) ? 'ninjs' : 'json'
    if (format === 'ninjs') ninjsVersion = NINJS_VERSIONS.find((version) => chosen.endsWith(`=${version}`))
  }
  format ??= 'json'
  if (query.version !== undefined) {
    if (format !== 'ninjs') throw new BadRequestError(`query parameter 'version' applies to ninjs only (format=ninjs or Accept: ${NINJS_MEDIA_TYPE}); this request asks for ${format}`)
    ninjsVersion = query.version
  }
  return { format, ninjsVersion: ninjsVersion ?? '3.1' }
}

/** Distinguishes the representation in an ETag: the JSON keeps its tag as it always was. */
export function etagSuffix ({ format, ninjsVersion }: Representation): string {
  if (format === 'json') return ''
  // JSON-LD's tag names its script-safe serialisation: a cache holding the earlier bytes, with `<` unescaped, must
  // not revalidate them.
  return format === 'ninjs' ? `.ninjs${ninjsVersion}` : '.jsonld-script-safe'
}

export type RenderOptions = JsonLdOptions

/** A non-JSON representation: its document, content type, and the bytes to send. */
export interface Rendered {
  body: unknown
  type: string
  /** The serialised body. JSON-LD is documented for `<script type="application/ld+json">`, so it is script-safe. */
  text: () => string
}

/** The body and content type of a non-JSON representation. */
export function render (article: Article, representation: Representation, options: RenderOptions): Rendered {
  if (representation.format === 'jsonld') {
    const body = toJsonLd(article, options)
    return { body, type: `${JSONLD_MEDIA_TYPE}; charset=utf-8`, text: () => scriptSafeJson(body) }
  }
  const body = toNinjs(forPartners(article), options.mediaBaseUrl, representation.ninjsVersion)
  return { body, type: `${NINJS_MEDIA_TYPE}; version=${representation.ninjsVersion}; charset=utf-8`, text: () => JSON.stringify(body) }
}

/** The 200 response of an article route in the spec: each representation with an example of the sample article. */
export function articleResponse (sample: Article | undefined, options: RenderOptions) {
  const example = (representation: Representation) => sample === undefined ? undefined : render(sample, representation, options).body
  return {
    description: 'The article as JSON (`application/json`, with `fields` only those fields and `id`), as IPTC ninjs 3.1 or 2.2 (`application/ninjs+json`, its `version` parameter naming which) or as a schema.org NewsArticle (`application/ld+json`)',
    content: {
      'application/json': { schema: Ref(ArticleSchema), ...(sample === undefined ? {} : { example: sample }) },
      [NINJS_MEDIA_TYPE]: {
        schema: Type.Object({}, { additionalProperties: true, description: 'An IPTC ninjs 3.1 or 2.2 document (https://iptc.org/std/ninjs/); 2.2 spells its properties in lower case' }),
        ...(sample === undefined
          ? {}
          : {
              examples: {
                'ninjs-3.1': { summary: 'ninjs 3.1 (the default)', value: example({ format: 'ninjs', ninjsVersion: '3.1' }) },
                'ninjs-2.2': { summary: 'ninjs 2.2 (version=2.2)', value: example({ format: 'ninjs', ninjsVersion: '2.2' }) }
              }
            })
      },
      [JSONLD_MEDIA_TYPE]: {
        schema: Type.Object({}, { additionalProperties: true, description: 'A schema.org NewsArticle in JSON-LD, with its videos as VideoObject (https://schema.org/NewsArticle)' }),
        ...(sample === undefined ? {} : { example: example({ format: 'jsonld', ninjsVersion: '3.1' }) })
      }
    }
  }
}
