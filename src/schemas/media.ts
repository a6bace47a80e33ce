// Media resources (video, image, audio) as the API shows them, alone and as attached to an article.
import { Type, type Static } from '@sinclair/typebox'
import { SAMPLE_MEDIA_ID } from './examples.js'
import { Id, Nullable, Ref, StringEnum, Timestamp } from './common.js'

export const MediaTypeSchema = StringEnum(['video', 'image', 'audio'], {
  $id: 'MediaType',
  description: 'Kind of media'
})

export const RenditionSchema = Type.Object({
  url: Type.String({ format: 'uri', description: 'Where the rendition is served', examples: ['https://media.example.org/kim-putin/1080p.mp4'] }),
  mimeType: Type.String({ description: 'IANA media type', examples: ['video/mp4'] }),
  width: Nullable(Type.Integer({ minimum: 1, description: 'Width in pixels, when known', examples: [1920] })),
  height: Nullable(Type.Integer({ minimum: 1, description: 'Height in pixels, when known', examples: [1080] }))
}, { $id: 'Rendition', description: 'One playable or viewable file of a media item', additionalProperties: false })

export const ThumbnailSchema = Type.Object({
  url: Type.String({ format: 'uri', description: 'Where the image is served', examples: ['https://media.example.org/kim-putin/poster.jpg'] }),
  mimeType: Type.String({ description: 'IANA media type', examples: ['image/jpeg'] }),
  width: Nullable(Type.Integer({ minimum: 1, description: 'Width in pixels, when known', examples: [1280] })),
  height: Nullable(Type.Integer({ minimum: 1, description: 'Height in pixels, when known', examples: [720] }))
}, { $id: 'Thumbnail', description: 'A still image standing for a media item', additionalProperties: false })

const mediaProperties = {
  id: Id({ description: 'Opaque, stable media id', examples: [SAMPLE_MEDIA_ID] }),
  type: Ref(MediaTypeSchema),
  title: Nullable(Type.String({ description: 'Title of the media item, when the source names one', examples: [null] })),
  caption: Nullable(Type.String({
    description: 'Caption shown with the media',
    examples: ['Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok getroffen. Im Atomstreit konnte jedoch keine Einigung erzielt werden.']
  })),
  durationSeconds: Nullable(Type.Integer({ minimum: 0, description: 'Running time in seconds (video and audio)', examples: [60] })),
  duration: Nullable(Type.String({
    pattern: '^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$',
    description: 'Running time as an ISO 8601 duration, the same value as `durationSeconds`',
    examples: ['PT1M']
  })),
  credit: Nullable(Type.String({ description: 'Who made it, as the source credits it', examples: [null] })),
  copyright: Nullable(Type.String({ description: 'Rights holder notice', examples: [null] })),
  date: Nullable(Timestamp({ description: 'When the media was published or recorded, when the source says', examples: [null] })),
  availableFrom: Nullable(Timestamp({ description: 'From when it may be played; null when there is no start', examples: [null] })),
  availableUntil: Nullable(Timestamp({ description: 'Until when it may be played (a page\'s "Video verfügbar bis …"); null when there is no end', examples: [null] })),
  renditions: Type.Array(Ref(RenditionSchema), { description: 'Files to play or show; empty when none are known' }),
  thumbnails: Type.Array(Ref(ThumbnailSchema), { description: 'Still images for previews; empty when none are known' })
}

export const MediaSchema = Type.Object(mediaProperties, {
  $id: 'Media',
  description: 'A video, image or audio item'
})

export const MediaRoleSchema = StringEnum(['lead', 'inline'], {
  $id: 'MediaRole',
  description: '`lead`: shown at the top of the article; `inline`: referenced from a block in its body'
})

export const ArticleMediaSchema = Type.Object({
  ...mediaProperties,
  role: Ref(MediaRoleSchema)
}, {
  $id: 'ArticleMedia',
  description: 'A media item as attached to one article, with its role there'
})

export const ArticleMediaListSchema = Type.Object({
  items: Type.Array(Ref(ArticleMediaSchema), { description: 'The article\'s media, lead first, in page order' })
}, { $id: 'ArticleMediaList', description: 'The media attached to an article' })

export type MediaType = Static<typeof MediaTypeSchema>
export type Rendition = Static<typeof RenditionSchema>
export type Thumbnail = Static<typeof ThumbnailSchema>
export type Media = Static<typeof MediaSchema>
export type MediaRole = Static<typeof MediaRoleSchema>
export type ArticleMedia = Static<typeof ArticleMediaSchema>
