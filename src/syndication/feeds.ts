// Articles as feeds: RSS 2.0, Atom 1.0 (RFC 4287) and JSON Feed 1.1, with their media as enclosures.
import { create } from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js'
import type { Article } from '../schemas/article.js'
import type { JsonFeed, JsonFeedAttachment, JsonFeedItem } from '../schemas/feed.js'
import type { ArticleMedia, Rendition } from '../schemas/media.js'
import { playbackRules } from './media-rules.js'
import { bodyHtml } from './ninjs.js'

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

function rfc822 (iso: string): string {
  return new Date(iso).toUTCString()
}

/** Media RSS for every media item: each rendition with its type, size and duration, plus thumbnail and rules. */
function mediaRss (parent: XMLBuilder, article: Article): void {
  for (const media of article.media) {
    if (media.renditions.length === 0) continue
    const group = media.renditions.length > 1 ? parent.ele('media:group') : parent
    for (const rendition of media.renditions) {
      group.ele('media:content', {
        url: rendition.url,
        type: rendition.mimeType,
        medium: MEDIUM[media.type],
        ...(media.durationSeconds === null ? {} : { duration: String(media.durationSeconds) }),
        ...(rendition.width === null ? {} : { width: String(rendition.width) }),
        ...(rendition.height === null ? {} : { height: String(rendition.height) })
      })
    }
    const title = mediaTitle(media)
    if (media.title !== null) group.ele('media:title', { type: 'plain' }).txt(media.title)
    else if (title !== undefined) group.ele('media:description', { type: 'plain' }).txt(title)
    if (media.caption !== null && media.title !== null) group.ele('media:description', { type: 'plain' }).txt(media.caption)
    for (const thumbnail of media.thumbnails) {
      group.ele('media:thumbnail', { url: thumbnail.url, ...(thumbnail.width === null ? {} : { width: String(thumbnail.width) }), ...(thumbnail.height === null ? {} : { height: String(thumbnail.height) }) })
    }
    if (media.credit !== null) group.ele('media:credit').txt(media.credit)
    if (media.copyright !== null) group.ele('media:copyright').txt(media.copyright)
    const rules = playbackRules(media)
    if (rules.regionsAllowed !== undefined) group.ele('media:restriction', { relationship: 'allow', type: 'country' }).txt(rules.regionsAllowed.toLowerCase())
    if (rules.isFamilyFriendly !== undefined) group.ele('media:rating', { scheme: 'urn:simple' }).txt(rules.isFamilyFriendly ? 'nonadult' : 'adult')
    if (rules.embedUrl !== undefined) group.ele('media:player', { url: rules.embedUrl })
  }
}

/** RSS 2.0 with content:encoded bodies, dc:creator bylines and Media RSS; one enclosure per item, as RSS allows. */
export function toRss (articles: Article[], options: FeedOptions): string {
  const document = newDocument()
  const channel = document.ele('rss', { version: '2.0', 'xmlns:atom': ATOM, 'xmlns:content': CONTENT, 'xmlns:dc': DUBLIN_CORE, 'xmlns:media': MRSS }).ele('channel')
  channel.ele('title').txt(options.title)
  channel.ele('link').txt(options.homeUrl)
  channel.ele('description').txt(options.description)
  if (options.language !== undefined) channel.ele('language').txt(options.language)
  channel.ele('lastBuildDate').txt(rfc822(options.updated))
  channel.ele('docs').txt('https://www.rssboard.org/rss-specification')
  channel.ele('atom:link', { href: options.feedUrls.rss, rel: 'self', type: FEED_MEDIA_TYPES.rss })
  channel.ele('atom:link', { href: options.feedUrls.atom, rel: 'alternate', type: FEED_MEDIA_TYPES.atom })
  channel.ele('atom:link', { href: options.feedUrls.json, rel: 'alternate', type: FEED_MEDIA_TYPES.json })
  for (const article of articles) {
    const item = channel.ele('item')
    item.ele('title').txt(article.title)
    item.ele('link').txt(article.url)
    item.ele('guid', { isPermaLink: 'false' }).txt(options.itemId(article))
    if (article.publishedAt !== null) item.ele('pubDate').txt(rfc822(article.publishedAt))
    if (article.teaser !== null) item.ele('description').txt(article.teaser)
    item.ele('content:encoded').txt(bodyHtml(article))
    if (article.byline !== null) item.ele('dc:creator').txt(article.byline)
    for (const label of article.breadcrumb) item.ele('category').txt(label)
    for (const tag of article.tags) item.ele('category', { domain: 'tag' }).txt(tag)
    // The first playable file, lead media first: RSS readers expect one enclosure, and length 0 when the size is unknown.
    const [first] = playable(article)
    if (first !== undefined) item.ele('enclosure', { url: first.rendition.url, length: '0', type: first.rendition.mimeType })
    mediaRss(item, article)
  }
  return document.end({ prettyPrint: true })
}

/** Atom 1.0: one enclosure link per rendition (renditions of one media item share a title), plus Media RSS. */
export function toAtom (articles: Article[], options: FeedOptions): string {
  const document = newDocument()
  const feed = document.ele(ATOM, 'feed', { 'xmlns:media': MRSS, ...(options.language === undefined ? {} : { 'xml:lang': options.language }) })
  feed.ele('id').txt(options.feedUrls.atom)
  feed.ele('title', { type: 'text' }).txt(options.title)
  feed.ele('subtitle', { type: 'text' }).txt(options.description)
  feed.ele('updated').txt(options.updated)
  feed.ele('link', { rel: 'self', type: FEED_MEDIA_TYPES.atom, href: options.feedUrls.atom })
  feed.ele('link', { rel: 'alternate', type: 'text/html', href: options.homeUrl })
  feed.ele('link', { rel: 'alternate', type: FEED_MEDIA_TYPES.rss, href: options.feedUrls.rss })
  feed.ele('link', { rel: 'alternate', type: FEED_MEDIA_TYPES.json, href: options.feedUrls.json })
  // RFC 4287 wants an author for every entry; the publisher stands in for entries without a byline.
  feed.ele('author').ele('name').txt(options.publisher)
  for (const article of articles) {
    const entry = feed.ele('entry', { 'xml:lang': article.language })
    entry.ele('id').txt(options.itemId(article))
    entry.ele('title', { type: 'text' }).txt(article.title)
    entry.ele('link', { rel: 'alternate', type: 'text/html', href: article.url })
    entry.ele('updated').txt(article.updatedAt)
    if (article.publishedAt !== null) entry.ele('published').txt(article.publishedAt)
    if (article.byline !== null) entry.ele('author').ele('name').txt(article.byline)
    if (article.teaser !== null) entry.ele('summary', { type: 'text' }).txt(article.teaser)
    entry.ele('content', { type: 'html' }).txt(bodyHtml(article))
    for (const label of article.breadcrumb) entry.ele('category', { term: label })
    for (const tag of article.tags) entry.ele('category', { term: tag, scheme: 'tag' })
    for (const { media, rendition } of playable(article)) {
      const title = mediaTitle(media)
      entry.ele('link', { rel: 'enclosure', type: rendition.mimeType, href: rendition.url, ...(title === undefined ? {} : { title }) })
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
    ...(article.byline === null ? {} : { authors: [{ name: article.byline }] }),
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
