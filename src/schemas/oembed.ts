// oEmbed 1.0 responses (https://oembed.com/): a video player to embed, or a link when there is nothing to play.
import { Type, type Static } from '@sinclair/typebox'
import { StringEnum } from './common.js'

export const OEmbedSchema = Type.Object({
  type: StringEnum(['video', 'link'], {
    description: '`video` with the player\'s `html`, `width` and `height`; `link` for an article without a video, or a video that may not be embedded or played now (see `reason`)',
    examples: ['video']
  }),
  version: Type.Literal('1.0', { description: 'The oEmbed version', examples: ['1.0'] }),
  title: Type.Optional(Type.String({ description: 'The article\'s headline, or the media item\'s title or caption', examples: ['Wenig Substanz, aber PR-Erfolg für Kim'] })),
  author_name: Type.Optional(Type.String({ description: 'Who made it: the article\'s byline or the media item\'s credit', examples: ['Anna Beispiel, ZDF-Studio Moskau'] })),
  provider_name: Type.String({ description: 'The newsroom (PUBLISHER_NAME)', examples: ['beitrag'] }),
  provider_url: Type.String({ format: 'uri', description: 'The newsroom\'s website (PUBLIC_BASE_URL)', examples: ['https://www.example.org/'] }),
  cache_age: Type.Integer({ minimum: 0, description: 'Seconds the answer may be kept: never past the next change of the video\'s playability', examples: [60] }),
  html: Type.Optional(Type.String({ description: 'With `video`: the player in an iframe, scaled to fit maxwidth × maxheight', examples: ['<iframe src="https://www.example.org/embed/4nzspnn649g3g8h8" width="640" height="360" title="Video: …" style="border:0" allow="autoplay; fullscreen; picture-in-picture" allowfullscreen></iframe>'] })),
  width: Type.Optional(Type.Integer({ minimum: 1, description: 'With `video`: width of the player in pixels', examples: [640] })),
  height: Type.Optional(Type.Integer({ minimum: 1, description: 'With `video`: height of the player in pixels', examples: [360] })),
  thumbnail_url: Type.Optional(Type.String({ format: 'uri', description: 'The largest still image that fits maxwidth × maxheight; with thumbnail_width and thumbnail_height', examples: ['https://media.example.org/kim-putin/poster.jpg'] })),
  thumbnail_width: Type.Optional(Type.Integer({ minimum: 1, description: 'Width of the thumbnail', examples: [640] })),
  thumbnail_height: Type.Optional(Type.Integer({ minimum: 1, description: 'Height of the thumbnail', examples: [360] })),
  reason: Type.Optional(Type.String({ description: 'With `link` for a video: why there is no player (`not-embeddable`, or the media rules\' reason: `expired`, `geo-blocked`, `not-yet-available`, `age-restricted`)', examples: ['age-restricted'] }))
}, { $id: 'OEmbed', description: 'An oEmbed 1.0 response' })

export type OEmbed = Static<typeof OEmbedSchema>
