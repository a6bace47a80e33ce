// Articles as feeds: RSS 2.0, Atom 1.0 (RFC 4287) and JSON Feed 1.1, with their media as enclosures.
import { authorOf } from '../lib/byline.js'
import { createRequire } from 'node:module'
import type * as XmlBuilder from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js'
import type { Article } from '../schemas/article.js'
import type { JsonFeed, JsonFeedAttachment, JsonFeedItem } from '../schemas/feed.js'
import type { ArticleMedia, Rendition } from '../schemas/media.js'
import { playbackRules } from './media-facts.js'
import { bodyHtml } from './body-html.js'

// xmlbuilder2 is loaded on the first feed written: with its DOM it takes a fifth of a second to import, which a
// server's start-up need not wait for.
const require = createRequire(import.meta.url)
let xmlbuilder: typeof XmlBuilder | undefined
function create (options: { version: '1.0', encoding: string, invalidCharReplacement: string }): XMLBuilder {
  xmlbuilder ??= require('xmlbuilder2') as typeof XmlBuilder
  return xmlbuilder.create(options)
}

export const FEED_FORMATS = ['rss', 'atom', 'json'] as const
export type FeedFormat = typeof FEED_FORMATS[number]

export const FEED_MEDIA_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json'
}

export interface FeedOptions {
  title: string
  description: string
  /** The website the feed stands for. */
  homeUrl: string
  /** This feed in each format, with the same filters: the self link and its alternates. */
  feedUrls: Record<FeedFormat, string>
  /** When anything in the feed last changed, ISO 8601. */
  updated: string
  /** The feed's language when all of its articles share one (a language filter). */
  language?: string
  /** Who publishes the feed; Atom needs an author for entries without a byline. */
  publisher: string
  /** A stable identifier of an article, kept when its slug and so its URL change. */
  itemId: (article: Article) => string
}

const MRSS = 'http://search.yahoo.com/mrss/'
const ATOM = 'http://www.w3.org/2005/Atom'
const CONTENT = 'http://purl.org/rss/1.0/modules/content/'
const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/'

const MEDIUM: Record<ArticleMedia['type'], string> = { video: 'video', image: 'image', audio: 'audio' }

/** A media item's files in the order given; a media item without renditions (none known, or withheld) has none. */
function playable (article: Article): Array<{ media: ArticleMedia, rendition: Rendition }> {
  return article.media.flatMap((media) => media.renditions.map((rendition) => ({ media, rendition })))
}

/** How an attachment is titled: renditions of one media item share the title, which marks them as alternates. */
function mediaTitle (media: ArticleMedia): string | undefined {
  return media.title ?? media.caption ?? undefined
}

// XML 1.0 cannot carry most control characters; they carry no text either, so they are dropped, not refused.
function newDocument (): XMLBuilder {
  return create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' })
}

/**
 * Text as xmlbuilder2 must be given it: it escapes `<` and `>` but leaves an `&` that starts something entity-like
 * (`&amp;`, `&lt;`) alone, which would unescape HTML bodies and titles such as "AT&amp;T". Escaping every `&`
 * first makes each one entity-like, so the serialiser writes exactly what the text says.
 */
function literal (text: string): string {
  return text.replaceAll('&', '&amp;')
}

/** Adds an element with its attributes and text, each written exactly as given. */
function add (parent: XMLBuilder, name: string, attributes: Record<string, string> = {}, text?: string): XMLBuilder {
  const element = parent.ele(name, Object.fromEntries(Object.entries(attributes).map(([key, value]) => [key, literal(value)])))
  return text === undefined ? element : element.txt(literal(text))
}

function rfc822 (iso: string): string {
  return new Date(iso).toUTCString()
}

/** Media RSS for every media item: each rendition with its type, size and duration, plus thumbnail and rules. */
function mediaRss (parent: XMLBuilder, article: Article): void {
  for (const media of article.media) {
    if (media.renditions.length === 0) continue
    const group = media.renditions.length > 1 ? add(parent, 'media:group') : parent
    for (const rendition of media.renditions) {
      add(group, 'media:content', {
        url: rendition.url,
        type: rendition.mimeType,
        medium: MEDIUM[media.type],
        ...(media.durationSeconds === null ? {} : { duration: String(media.durationSeconds) }),
        ...(rendition.width === null ? {} : { width: String(rendition.width) }),
        ...(rendition.height === null ? {} : { height: String(rendition.height) })
      })
    }
    const title = mediaTitle(media)
    if (media.title !== null) add(group, 'media:title', { type: 'plain' }, media.title)
    else if (title !== undefined) add(group, 'media:description', { type: 'plain' }, title)
    if (media.caption !== null && media.title !== null) add(group, 'media:description', { type: 'plain' }, media.caption)
    for (const thumbnail of media.thumbnails) {
      add(group, 'media:thumbnail', { url: thumbnail.url, ...(thumbnail.width === null ? {} : { width: String(thumbnail.width) }), ...(thumbnail.height === null ? {} : { height: String(thumbnail.height) }) })
    }
    if (media.credit !== null) add(group, 'media:credit', {}, media.credit)
    if (media.copyright !== null) add(group, 'media:copyright', {}, media.copyright)
    const rules = playbackRules(media)
    if (rules.regionsAllowed !== undefined) add(group, 'media:restriction', { relationship: 'allow', type: 'country' }, rules.regionsAllowed.toLowerCase())
    if (rules.isFamilyFriendly !== undefined) add(group, 'media:rating', { scheme: 'urn:simple' }, rules.isFamilyFriendly ? 'nonadult' : 'adult')
    if (rules.embedUrl !== undefined) add(group, 'media:player', { url: rules.embedUrl })
  }
}

/** RSS 2.0 with content:encoded bodies, dc:creator bylines and Media RSS; one enclosure per item, as RSS allows. */
export function toRss (articles: Article[], options: FeedOptions): string {
  const document = newDocument()
  const channel = add(add(document, 'rss', { version: '2.0', 'xmlns:atom': ATOM, 'xmlns:content': CONTENT, 'xmlns:dc': DUBLIN_CORE, 'xmlns:media': MRSS }), 'channel')
  add(channel, 'title', {}, options.title)
  add(channel, 'link', {}, options.homeUrl)
  add(channel, 'description', {}, options.description)
  if (options.language !== undefined) add(channel, 'language', {}, options.language)
  add(channel, 'lastBuildDate', {}, rfc822(options.updated))
  add(channel, 'docs', {}, 'https://www.rssboard.org/rss-specification')
  add(channel, 'atom:link', { href: options.feedUrls.rss, rel: 'self', type: FEED_MEDIA_TYPES.rss })
  add(channel, 'atom:link', { href: options.feedUrls.atom, rel: 'alternate', type: FEED_MEDIA_TYPES.atom })
  add(channel, 'atom:link', { href: options.feedUrls.json, rel: 'alternate', type: FEED_MEDIA_TYPES.json })
  for (const article of articles) {
    const item = add(channel, 'item')
    add(item, 'title', {}, article.title)
    add(item, 'link', {}, article.url)
    add(item, 'guid', { isPermaLink: 'false' }, options.itemId(article))
    if (article.publishedAt !== null) add(item, 'pubDate', {}, rfc822(article.publishedAt))
    if (article.teaser !== null) add(item, 'description', {}, article.teaser)
    add(item, 'content:encoded', {}, bodyHtml(article))
    if (article.byline !== null) add(item, 'dc:creator', {}, authorOf(article.byline))
    for (const label of article.breadcrumb) add(item, 'category', {}, label)
    for (const tag of article.tags) add(item, 'category', { domain: 'tag' }, tag)
    // The first playable file, lead media first: RSS readers expect one enclosure, and length 0 when the size is unknown.
    const [first] = playable(article)
    if (first !== undefined) add(item, 'enclosure', { url: first.rendition.url, length: '0', type: first.rendition.mimeType })
    mediaRss(item, article)
  }
  return document.end({ prettyPrint: true })
}

/** Atom 1.0: one enclosure link per rendition (renditions of one media item share a title), plus Media RSS. */
export function toAtom (articles: Article[], options: FeedOptions): string {
  const document = newDocument()
  const feed = document.ele(ATOM, 'feed', { 'xmlns:media': MRSS, ...(options.language === undefined ? {} : { 'xml:lang': literal(options.language) }) })
  add(feed, 'id', {}, options.feedUrls.atom)
  add(feed, 'title', { type: 'text' }, options.title)
  add(feed, 'subtitle', { type: 'text' }, options.description)
  add(feed, 'updated', {}, options.updated)
  add(feed, 'link', { rel: 'self', type: FEED_MEDIA_TYPES.atom, href: options.feedUrls.atom })
  add(feed, 'link', { rel: 'alternate', type: 'text/html', href: options.homeUrl })
  add(feed, 'link', { rel: 'alternate', type: FEED_MEDIA_TYPES.rss, href: options.feedUrls.rss })
  add(feed, 'link', { rel: 'alternate', type: FEED_MEDIA_TYPES.json, href: options.feedUrls.json })
  // RFC 4287 wants an author for every entry; the publisher stands in for entries without a byline.
  add(add(feed, 'author'), 'name', {}, options.publisher)
  for (const article of articles) {
    const entry = add(feed, 'entry', { 'xml:lang': article.language })
    add(entry, 'id', {}, options.itemId(article))
    add(entry, 'title', { type: 'text' }, article.title)
    add(entry, 'link', { rel: 'alternate', type: 'text/html', href: article.url })
    add(entry, 'updated', {}, article.updatedAt)
    if (article.publishedAt !== null) add(entry, 'published', {}, article.publishedAt)
    if (article.byline !== null) add(add(entry, 'author'), 'name', {}, authorOf(article.byline))
    if (article.teaser !== null) add(entry, 'summary', { type: 'text' }, article.teaser)
    add(entry, 'content', { type: 'html' }, bodyHtml(article))
    for (const label of article.breadcrumb) add(entry, 'category', { term: label })
    for (const tag of article.tags) add(entry, 'category', { term: tag, scheme: 'tag' })
    for (const { media, rendition } of playable(article)) {
      const title = mediaTitle(media)
      add(entry, 'link', { rel: 'enclosure', type: rendition.mimeType, href: rendition.url, ...(title === undefined ? {} : { title }) })
    }
    mediaRss(entry, article)
  }
  return document.end({ prettyPrint: true })
}

function jsonFeedItem (article: Article, options: FeedOptions): JsonFeedItem {
  const attachments = playable(article).map(({ media, rendition }): JsonFeedAttachment => {
    const title = mediaTitle(media)
    return {
      url: rendition.url,
      mime_type: rendition.mimeType,
      ...(title === undefined ? {} : { title }),
      ...(media.durationSeconds === null ? {} : { duration_in_seconds: media.durationSeconds })
    }
  })
  const image = article.media.find((media) => media.role === 'lead')?.thumbnails[0]?.url ??
    article.media.find((media) => media.type === 'image')?.renditions[0]?.url
  const tags = [...article.breadcrumb, ...article.tags]
  return {
    id: options.itemId(article),
    url: article.url,
    title: article.title,
    content_html: bodyHtml(article),
    ...(article.teaser === null ? {} : { summary: article.teaser }),
    ...(image === undefined ? {} : { image }),
    ...(article.publishedAt === null ? {} : { date_published: article.publishedAt }),
    date_modified: article.updatedAt,
    ...(article.byline === null ? {} : { authors: [{ name: authorOf(article.byline) }] }),
    ...(tags.length === 0 ? {} : { tags: [...new Set(tags)] }),
    language: article.language,
    ...(attachments.length === 0 ? {} : { attachments })
  }
}

/** JSON Feed 1.1: renditions as attachments with their type and duration; alternates of one item share a title. */
export function toJsonFeed (articles: Article[], options: FeedOptions): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: options.title,
    home_page_url: options.homeUrl,
    feed_url: options.feedUrls.json,
    description: options.description,
    ...(options.language === undefined ? {} : { language: options.language }),
    authors: [{ name: options.publisher }],
    items: articles.map((article) => jsonFeedItem(article, options))
  }
}
