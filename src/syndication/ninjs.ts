// An article as an IPTC ninjs 3.1 or 2.2 document, for partners' systems (and our own importer: it reads this back).
import { articleUri } from './identity.js'
import type { Article } from '../schemas/article.js'
import type { ArticleMedia, MediaType } from '../schemas/media.js'

export const NINJS_MEDIA_TYPE = 'application/ninjs+json'

/** The ninjs versions offered: 3.1 by default, 2.2 for older partner systems. */
export const NINJS_VERSIONS = ['3.1', '2.2'] as const
export type NinjsVersion = typeof NINJS_VERSIONS[number]

const NEWS_TYPES: Record<MediaType, string> = { video: 'video', image: 'picture', audio: 'audio' }

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
function escape (text: string): string {
  return text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c] as string)
}

/** The body as simple HTML: sub-headings, paragraphs and quotes with their attribution. */
export function bodyHtml (article: Article): string {
  return article.sections.map((section) => [
    section.heading === null ? '' : `<h2>${escape(section.heading)}</h2>`,
    ...section.blocks.map((block) => {
      if (block.type === 'paragraph') return `<p>${escape(block.text)}</p>`
      if (block.type === 'quote') return `<blockquote><p>${escape(block.text)}</p>${block.attribution === null ? '' : `<footer>${escape(block.attribution)}</footer>`}</blockquote>`
      return ''
    })
  ].join('')).join('')
}

function association (media: ArticleMedia, index: number, mediaBaseUrl: string): Record<string, unknown> {
  const renditions = [
    ...media.renditions.map((r, i) => ({ name: `rendition-${i + 1}`, href: r.url, contentType: r.mimeType, ...(r.width === null ? {} : { width: r.width }), ...(r.height === null ? {} : { height: r.height }), ...(media.durationSeconds === null ? {} : { duration: media.durationSeconds }) })),
    ...media.thumbnails.map((r, i) => ({ name: `thumbnail-${i + 1}`, href: r.url, contentType: r.mimeType, ...(r.width === null ? {} : { width: r.width }), ...(r.height === null ? {} : { height: r.height }) }))
  ]
  return {
    name: media.role === 'lead' ? 'lead' : `inline-${index + 1}`,
    uri: `${mediaBaseUrl}/${media.id}`,
    type: NEWS_TYPES[media.type],
    ...(media.title === null ? {} : { headlines: [{ role: 'main', value: media.title }] }),
    ...(media.caption === null ? {} : { descriptions: [{ role: 'caption', value: media.caption }] }),
    ...(media.credit === null ? {} : { by: media.credit }),
    ...(media.copyright === null ? {} : { copyrightNotice: media.copyright }),
    ...(media.date === null ? {} : { contentCreated: media.date }),
    ...(media.availableUntil === null ? {} : { expires: media.availableUntil }),
    ...(renditions.length === 0 ? {} : { renditions })
  }
}

/**
 * The ninjs document for an article; `mediaBaseUrl` is where media resources live (…/v1/media). The media come
 * from `article.media` as given: a caller that withholds renditions passes the article with them removed.
 */
export function toNinjs (article: Article, mediaBaseUrl: string, version: NinjsVersion = '3.1'): Record<string, unknown> {
  const document = toNinjs31(article, mediaBaseUrl)
  return version === '3.1' ? document : toNinjs22(document) as Record<string, unknown>
}

// ninjs 2.x spells every property in lower case; 3.0 renamed embargoed to embargoedUntil. Nothing else we use differs.
const NINJS_2_NAMES: Record<string, string> = { embargoedUntil: 'embargoed' }

function toNinjs22 (value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toNinjs22)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [NINJS_2_NAMES[key] ?? key.toLowerCase(), toNinjs22(inner)]))
}

function toNinjs31 (article: Article, mediaBaseUrl: string): Record<string, unknown> {
  const headlines = [{ role: 'main', value: article.title }, ...(article.kicker === null ? [] : [{ role: 'kicker', value: article.kicker }])]
  const subjects = [
    ...article.tags.map((tag) => ({ name: tag, rel: 'about' })),
    ...article.breadcrumb.map((label, i) => ({ name: label, rel: 'category', literal: article.breadcrumb.slice(0, i + 1).join('/') }))
  ]
  return {
    // A permanent identifier: partners key their copies by it, and a slug change must not make a second article.
    uri: articleUri(mediaBaseUrl, article.id),
    type: 'text',
    representationType: 'full',
    version: String(article.version),
    firstCreated: article.createdAt,
    versionCreated: article.updatedAt,
    ...(article.publishedAt === null ? {} : { contentCreated: article.publishedAt }),
    pubStatus: article.status === 'published' ? 'usable' : 'withheld',
    // A scheduled article (seen only with the preview scope) is embargoed until its publication time.
    ...(article.status === 'scheduled' && article.publishedAt !== null ? { embargoedUntil: article.publishedAt } : {}),
    language: article.language,
    headlines,
    ...(article.teaser === null ? {} : { descriptions: [{ role: 'summary', value: article.teaser }] }),
    bodies: [{ role: 'main', contentType: 'text/html', value: bodyHtml(article), wordCount: article.wordCount }],
    ...(article.byline === null ? {} : { by: article.byline }),
    ...(subjects.length === 0 ? {} : { subjects }),
    ...(article.media.length === 0 ? {} : { associations: article.media.map((media, i) => association(media, i, mediaBaseUrl)) }),
    ...(article.corrections.length === 0 ? {} : { edNote: article.corrections.map((c) => `${c.at}: ${c.note}`).join('\n') })
  }
}
