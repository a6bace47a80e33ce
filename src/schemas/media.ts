// Media resources (video, image, audio) as the API shows them, alone and as attached to an article: the stored
// metadata, and what the media rules decide for the request (playable, why not, from when, the embed code).
import { Type, type Static } from '@sinclair/typebox'
import { SAMPLE_MEDIA_ID } from './examples.js'
import { Id, Nullable, Ref, StringEnum, Timestamp, WebUrl } from './common.js'

export const MediaTypeSchema = StringEnum(['video', 'image', 'audio'], {
  $id: 'MediaType',
  description: 'Kind of media'
})

export const LANGUAGE_PATTERN = '^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$'

export const RenditionSchema = Type.Object({
  url: WebUrl({ description: 'Where the rendition is served; http or https only', examples: ['https://media.example.org/kim-putin/1080p.mp4'] }),
  mimeType: Type.String({ description: 'IANA media type', examples: ['video/mp4'] }),
  width: Nullable(Type.Integer({ minimum: 1, description: 'Width in pixels, when known', examples: [1920] })),
  height: Nullable(Type.Integer({ minimum: 1, description: 'Height in pixels, when known', examples: [1080] })),
  bitrate: Type.Optional(Nullable(Type.Integer({ minimum: 1, description: 'Bits per second, when known', examples: [5_000_000] }))),
  codec: Type.Optional(Nullable(Type.String({ maxLength: 100, description: 'Codec as in an RFC 6381 `codecs` parameter, when known', examples: ['avc1.640028,mp4a.40.2'] }))),
  language: Type.Optional(Nullable(Type.String({ pattern: LANGUAGE_PATTERN, description: 'BCP 47 language of the audio track, when known', examples: ['de'] })))
}, { $id: 'Rendition', description: 'One playable or viewable file of a media item. Read answers always carry every field, null when unknown.', additionalProperties: false })

export const ThumbnailSchema = Type.Object({
  url: WebUrl({ description: 'Where the image is served; http or https only', examples: ['https://media.example.org/kim-putin/poster.jpg'] }),
  mimeType: Type.String({ description: 'IANA media type', examples: ['image/jpeg'] }),
  width: Nullable(Type.Integer({ minimum: 1, description: 'Width in pixels, when known', examples: [1280] })),
  height: Nullable(Type.Integer({ minimum: 1, description: 'Height in pixels, when known', examples: [720] })),
  alt: Type.Optional(Nullable(Type.String({ maxLength: 1000, description: 'Text alternative for readers who cannot see the image', examples: ['Putin und Kim geben sich vor Flaggen die Hand'] })))
}, { $id: 'Thumbnail', description: 'A still image standing for a media item. Read answers always carry `alt`, null when there is none.', additionalProperties: false })

export const SubtitleSchema = Type.Object({
  language: Type.String({ pattern: LANGUAGE_PATTERN, description: 'BCP 47 language of the subtitles', examples: ['de'] }),
  format: StringEnum(['vtt', 'ttml', 'srt'], { description: 'File format: WebVTT, TTML or SubRip', examples: ['vtt'] }),
  url: WebUrl({ description: 'Where the subtitle file is served; http or https only', examples: ['https://media.example.org/kim-putin/de.vtt'] })
}, { $id: 'Subtitle', description: 'A subtitle track of a video or audio item', additionalProperties: false })

export const AgeRatingSchema = Type.Unsafe<0 | 6 | 12 | 16 | 18 | null>({
  $id: 'AgeRating',
  type: ['integer', 'null'],
  enum: [0, 6, 12, 16, 18, null],
  description: 'FSK age rating: 0, 6, 12, 16 or 18; null when the item has none. Ratings with a youth protection window (by default FSK 16 from 22:00 and FSK 18 from 23:00 to 06:00 Europe/Berlin) play only then, unless the request carries an age-check token for that age.',
  examples: [16]
})

// Nullable in the component itself (a type array, not an anyOf): the response serialiser would otherwise validate
// each media item against every branch of an anyOf, which made lists with media several times slower.
/** Why a medium cannot be played now; media-rules/ decides which applies. */
export const UNPLAYABLE_REASONS = ['not-yet-available', 'expired', 'geo-blocked', 'age-restricted'] as const
export type UnplayableReason = typeof UNPLAYABLE_REASONS[number]

export const UnplayableReasonSchema = Type.Unsafe<UnplayableReason | null>({
  $id: 'UnplayableReason',
  type: ['string', 'null'],
  enum: [...UNPLAYABLE_REASONS, null],
  description: 'Why a media item cannot be played for this request, null when it can: `expired` (past `availableUntil`), `geo-blocked` (the viewer\'s country is not in `allowedRegions`), `not-yet-available` (before `availableFrom`), `age-restricted` (outside its youth protection window, without an age-check token for its rating). When several apply, the first in this order is given.',
  examples: ['age-restricted']
})

const EmbedObject = Type.Object({
  url: Type.String({ format: 'uri', description: 'The player page the iframe loads', examples: [`https://www.example.org/embed/${SAMPLE_MEDIA_ID}`] }),
  html: Type.String({
    description: 'An `<iframe>` to paste into a page, its attributes escaped',
    examples: [`<iframe src="https://www.example.org/embed/${SAMPLE_MEDIA_ID}" width="640" height="360" title="Video: Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un" style="border:0" allow="autoplay; fullscreen; picture-in-picture" allowfullscreen></iframe>`]
  }),
  width: Type.Integer({ minimum: 1, description: 'Width of the iframe in pixels', examples: [640] }),
  height: Type.Integer({ minimum: 1, description: 'Height of the iframe in pixels, from the video\'s aspect ratio (16:9 when unknown)', examples: [360] })
}, { additionalProperties: false })

export const EmbedSchema = Type.Unsafe<Static<typeof EmbedObject> | null>({
  ...EmbedObject,
  $id: 'Embed',
  type: ['object', 'null'],
  description: 'Embed code for a video, the player in an iframe; null for images and audio, for items whose rights do not allow embedding, and while the item is not playable'
})

const storedProperties = {
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
  termsOfUseUrl: Nullable(WebUrl({ description: 'Where the terms of use of the item are published; http or https only', examples: ['https://www.example.org/nutzungsbedingungen'] })),
  embeddable: Type.Boolean({ description: 'Whether partners may embed it (videos only get an `embed` when this is true)', examples: [true] }),
  syndicatable: Type.Boolean({ description: 'Whether partners may syndicate it (pass it on in their own products); when false it is left out of the ninjs and feed representations', examples: [true] }),
  date: Nullable(Timestamp({ description: 'When the media was published or recorded, when the source says', examples: [null] })),
  availableFrom: Nullable(Timestamp({ description: 'From when it may be played; null when there is no start', examples: [null] })),
  availableUntil: Nullable(Timestamp({ description: 'Until when it may be played (a page\'s "Video verfügbar bis …"); null when there is no end', examples: [null] })),
  allowedRegions: Type.Array(Type.String({ pattern: '^[A-Z]{2}$' }), { description: 'ISO 3166-1 alpha-2 codes of the countries it may be played in; empty means worldwide', examples: [['DE', 'AT', 'CH']] }),
  ageRating: Ref(AgeRatingSchema),
  kids: Type.Boolean({ description: 'Made for children: shown in the kids profile even without an age rating', examples: [false] }),
  renditions: Type.Array(Ref(RenditionSchema), { description: 'Files to play or show; empty when none are known, and withheld (empty) while the item is not playable' }),
  thumbnails: Type.Array(Ref(ThumbnailSchema), { description: 'Still images for previews, shown whether or not the item is playable; empty when none are known' }),
  subtitles: Type.Array(Ref(SubtitleSchema), { description: 'Subtitle tracks; withheld (empty) while the item is not playable' })
}

const playabilityProperties = {
  playable: Type.Boolean({ description: 'Whether this request may play it now. Decided per request from the availability window, the viewer\'s country, the youth protection window and an age-check token; never stored.', examples: [true] }),
  reason: Ref(UnplayableReasonSchema),
  playableFrom: Nullable(Timestamp({ description: 'The next instant it becomes playable for this request, when there is one (the start of the availability window or of the youth protection window); null when it is playable or never will be', examples: [null] })),
  embed: Ref(EmbedSchema)
}

const mediaProperties = { ...storedProperties, ...playabilityProperties }

export const MediaSchema = Type.Object(mediaProperties, {
  $id: 'Media',
  description: 'A video, image or audio item, with what the media rules decide for this request'
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
export type Subtitle = Static<typeof SubtitleSchema>
export type Embed = Static<typeof EmbedObject>
export type Media = Static<typeof MediaSchema>
export type MediaRole = Static<typeof MediaRoleSchema>
export type ArticleMedia = Static<typeof ArticleMediaSchema>
export type PlayabilityField = keyof typeof playabilityProperties
/** A media item as stored: its metadata without what the rules decide per request. */
export type StoredMedia = Omit<Media, PlayabilityField>
export type StoredArticleMedia = Omit<ArticleMedia, PlayabilityField>

/** The stored facts the media rules read; a stored media item has all of them. */
export type RuleFacts = Pick<StoredMedia, 'availableFrom' | 'availableUntil' | 'allowedRegions'> & { ageRating: number | null }
