// An article as schema.org JSON-LD: a NewsArticle with its VideoObjects, ImageObjects and AudioObjects.
import { authorOf } from '../lib/byline.js'
import type { AudioObject, ImageObject, NewsArticle, Organization, VideoObject, WithContext } from 'schema-dts'
import { blockTexts } from '../lib/rich-text.js'
import type { Article } from '../schemas/article.js'
import type { ArticleMedia } from '../schemas/media.js'
import { articleUri } from './identity.js'
import { playbackRules, type PlaybackRules } from './media-facts.js'

export const JSONLD_MEDIA_TYPE = 'application/ld+json'

// What an HTML parser could read as the end of a <script> element or the start of a comment inside it (`</script`,
// `<!--`, `-->`), the `&` that some embedders decode, and the line terminators that old JavaScript parsers reject.
const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g
const SCRIPT_ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' }

/**
 * JSON that can be pasted into `<script type="application/ld+json">` as it is: the same data as JSON.stringify gives
 * (a JSON parser reads the escapes back), but no `<`, `>`, `&`, U+2028 or U+2029 in the text, so no title can end
 * the script element or open a comment in it. Outside strings JSON never has these characters, so escaping them
 * everywhere only ever touches string contents.
 */
export function scriptSafeJson (value: unknown): string {
  return JSON.stringify(value).replace(SCRIPT_UNSAFE, (character) => SCRIPT_ESCAPES[character] ?? character)
}

export interface JsonLdOptions {
  /** Where media resources live (…/v1/media): a media item's `@id` is its resource's URL. */
  mediaBaseUrl: string
  /** Who publishes the articles: the organisation behind PUBLIC_BASE_URL. */
  publisher: { name: string, url: string }
}

/**
 * The article's body as plain text: headings, paragraphs, quotes with their attribution, list items, table rows and
 * embeds' titles, a blank line apart; links and marks leave their words only.
 */
export function bodyText (article: Article): string {
  const parts: string[] = []
  for (const section of article.sections) {
    if (section.heading !== null) parts.push(section.heading)
    for (const block of section.blocks) {
      if (block.type === 'quote') parts.push(block.attribution === null ? `„${block.text}“` : `„${block.text}“ (${block.attribution})`)
      else if (block.type === 'list') parts.push(block.items.map((item) => item.text).join('\n'))
      else if (block.type === 'table') parts.push(blockTexts(block).join('\n'))
      else parts.push(...blockTexts(block))
    }
  }
  return parts.join('\n\n')
}

function thumbnailUrls (media: ArticleMedia): string[] {
  return media.thumbnails.map((thumbnail) => thumbnail.url)
}

/** The properties all three media objects share; only what is known is said. */
function mediaObjectProperties (media: ArticleMedia, rules: PlaybackRules, options: JsonLdOptions, article: Article) {
  const [rendition] = media.renditions
  const thumbnails = thumbnailUrls(media)
  return {
    '@id': `${options.mediaBaseUrl}/${media.id}`,
    ...(media.caption === null ? {} : { description: media.caption }),
    ...(media.duration === null ? {} : { duration: media.duration }),
    ...(thumbnails.length === 0 ? {} : { thumbnailUrl: thumbnails }),
    // A file to play only when there is one: a withheld or unknown rendition is not guessed at.
    ...(rendition === undefined ? {} : { contentUrl: rendition.url, encodingFormat: rendition.mimeType }),
    ...(rendition?.width == null ? {} : { width: `${rendition.width}` }),
    ...(rendition?.height == null ? {} : { height: `${rendition.height}` }),
    ...(media.credit === null ? {} : { creditText: media.credit }),
    ...(media.copyright === null ? {} : { copyrightNotice: media.copyright }),
    ...(media.availableUntil === null ? {} : { expires: media.availableUntil }),
    ...(rules.embedUrl === undefined ? {} : { embedUrl: rules.embedUrl }),
    ...(rules.regionsAllowed === undefined ? {} : { regionsAllowed: rules.regionsAllowed }),
    ...(rules.isFamilyFriendly === undefined ? {} : { isFamilyFriendly: rules.isFamilyFriendly }),
    inLanguage: article.language
  }
}

function videoObject (media: ArticleMedia, options: JsonLdOptions, article: Article): VideoObject {
  const rules = playbackRules(media)
  const uploadDate = media.date ?? article.publishedAt
  return {
    '@type': 'VideoObject',
    // A video needs a name; an untitled one is named by its caption, or by the article it belongs to.
    name: media.title ?? media.caption ?? article.title,
    ...mediaObjectProperties(media, rules, options, article),
    ...(uploadDate === null ? {} : { uploadDate })
  }
}

function audioObject (media: ArticleMedia, options: JsonLdOptions, article: Article): AudioObject {
  return {
    '@type': 'AudioObject',
    name: media.title ?? media.caption ?? article.title,
    ...mediaObjectProperties(media, playbackRules(media), options, article),
    ...(media.date === null ? {} : { uploadDate: media.date })
  }
}

function imageObject (media: ArticleMedia, options: JsonLdOptions, article: Article): ImageObject {
  return {
    '@type': 'ImageObject',
    ...(media.title === null ? {} : { name: media.title }),
    ...(media.caption === null ? {} : { caption: media.caption }),
    ...mediaObjectProperties(media, playbackRules(media), options, article)
  }
}

/**
 * The NewsArticle for an article. Media come from `article.media` as given: a caller that withholds renditions
 * or whole items (rights, playability) passes the article with them already removed.
 */
export function toJsonLd (article: Article, options: JsonLdOptions): WithContext<NewsArticle> {
  const publisher: Organization = { '@type': 'Organization', name: options.publisher.name, url: options.publisher.url }
  const videos = article.media.filter((m) => m.type === 'video').map((m) => videoObject(m, options, article))
  const audios = article.media.filter((m) => m.type === 'audio').map((m) => audioObject(m, options, article))
  const images = article.media.filter((m) => m.type === 'image').map((m) => imageObject(m, options, article))
  // Search engines show an article's image; a video's poster frame stands in when there is no picture.
  const pictures = [...images, ...article.media.filter((m) => m.type !== 'image').flatMap(thumbnailUrls)]
  const section = article.breadcrumb.at(-1)
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    // The identifier stays when the slug (and so the page URL) changes; `url` is where the page is now.
    '@id': articleUri(options.mediaBaseUrl, article.id),
    url: article.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.url },
    identifier: article.id,
    headline: article.title,
    ...(article.kicker === null ? {} : { alternativeHeadline: article.kicker }),
    ...(article.teaser === null ? {} : { description: article.teaser }),
    inLanguage: article.language,
    ...(article.publishedAt === null ? {} : { datePublished: article.publishedAt }),
    dateCreated: article.createdAt,
    dateModified: article.updatedAt,
    ...(article.byline === null ? {} : { author: { '@type': 'Person', name: authorOf(article.byline) } }),
    publisher,
    ...(section === undefined ? {} : { articleSection: section }),
    ...(article.tags.length === 0 ? {} : { keywords: article.tags }),
    wordCount: article.wordCount,
    articleBody: bodyText(article),
    ...(pictures.length === 0 ? {} : { image: pictures }),
    ...(videos.length === 0 ? {} : { video: videos }),
    ...(audios.length === 0 ? {} : { audio: audios }),
    ...(article.corrections.length === 0 ? {} : { correction: article.corrections.map((c) => `${c.at}: ${c.note}`) })
  }
}
