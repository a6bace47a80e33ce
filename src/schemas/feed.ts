// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) as this API writes it: the fields it fills, with their meaning.
import { Type, type Static } from '@sinclair/typebox'
import { Ref, Timestamp } from './common.js'

export const JsonFeedAuthorSchema = Type.Object({
  name: Type.String({ description: 'The author as the byline names them (without its "Von"), or the publisher', examples: ['Anna Beispiel'] })
}, { $id: 'JsonFeedAuthor', description: 'An author of a feed or an item' })

export const JsonFeedAttachmentSchema = Type.Object({
  url: Type.String({ format: 'uri', description: 'The file', examples: ['https://media.example.org/kim-putin/1080p.mp4'] }),
  mime_type: Type.String({ description: 'Its IANA media type', examples: ['video/mp4'] }),
  title: Type.Optional(Type.String({ description: 'The media item\'s title or caption; attachments with the same title are alternate renditions of one item', examples: ['Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un …'] })),
  duration_in_seconds: Type.Optional(Type.Integer({ minimum: 0, description: 'Running time of a video or audio', examples: [60] }))
}, { $id: 'JsonFeedAttachment', description: 'A playable or viewable file of one of the article\'s media items' })

export const JsonFeedItemSchema = Type.Object({
  id: Type.String({ description: 'Stable for the article\'s lifetime, whatever becomes of its slug: the article\'s URL in this API', examples: ['https://api.example.org/v1/articles/5wsg76t0af7tq119'] }),
  url: Type.String({ format: 'uri', description: 'The article on the website', examples: ['https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim'] }),
  title: Type.String({ description: 'Headline', examples: ['Wenig Substanz, aber PR-Erfolg für Kim'] }),
  content_html: Type.String({ description: 'The body as HTML: sub-headings, paragraphs, quotes' }),
  summary: Type.Optional(Type.String({ description: 'The teaser' })),
  image: Type.Optional(Type.String({ format: 'uri', description: 'The lead media\'s preview image, or the first picture' })),
  date_published: Type.Optional(Timestamp({ description: 'Publication time; absent when the article has none' })),
  date_modified: Timestamp({ description: 'Last change' }),
  authors: Type.Optional(Type.Array(Ref(JsonFeedAuthorSchema), { description: 'The byline, when there is one' })),
  tags: Type.Optional(Type.Array(Type.String(), { description: 'Categories (breadcrumb labels) and tags', examples: [['Nachrichten', 'Nordkorea']] })),
  language: Type.String({ description: 'BCP 47 language tag', examples: ['de'] }),
  attachments: Type.Optional(Type.Array(Ref(JsonFeedAttachmentSchema), { description: 'Every rendition of every media item that has one, lead first' }))
}, { $id: 'JsonFeedItem', description: 'One published article' })

export const JsonFeedSchema = Type.Object({
  version: Type.Literal('https://jsonfeed.org/version/1.1', { description: 'The JSON Feed version' }),
  title: Type.String({ description: 'The publisher, and the category when the feed has one', examples: ['beitrag: Politik'] }),
  home_page_url: Type.String({ format: 'uri', description: 'The website' }),
  feed_url: Type.String({ format: 'uri', description: 'This feed, with its filters' }),
  description: Type.String({ description: 'What the feed holds' }),
  language: Type.Optional(Type.String({ description: 'With a `language` filter: the language all items are in', examples: ['de'] })),
  authors: Type.Array(Ref(JsonFeedAuthorSchema), { description: 'The publisher' }),
  items: Type.Array(Ref(JsonFeedItemSchema), { description: 'Published articles, newest first' })
}, { $id: 'JsonFeed', description: 'A JSON Feed 1.1 document of published articles' })

export type JsonFeedAttachment = Static<typeof JsonFeedAttachmentSchema>
export type JsonFeedItem = Static<typeof JsonFeedItemSchema>
export type JsonFeed = Static<typeof JsonFeedSchema>
