// What a write sends: the article as the read API shows it, without the fields the server sets.
import { Type, type Static, type TSchema } from '@sinclair/typebox'
import { ArticleStatusSchema, Slug } from './article.js'
import { Id, Nullable, Ref, Timestamp, WebUrl } from './common.js'
import { AgeRatingSchema, MediaRoleSchema, MediaTypeSchema, RenditionSchema, SubtitleSchema, ThumbnailSchema } from './media.js'
import { BlockSchema } from './section.js'

/** Fields of the read shape a write may not set; naming them is refused with a message saying so. */
export const SERVER_FIELDS = ['id', 'url', 'createdAt', 'updatedAt', 'version', 'wordCount', 'readingTimeMinutes', 'source', 'corrections', 'duration', 'position', 'playable', 'reason', 'playableFrom', 'embed']

export const MediaWriteSchema = Type.Object({
  id: Type.Optional(Id({ description: 'An existing media item to attach; omit to create one. With only `id`, `type` and `role` the item is attached as it is; other members change it (see `etag`)', examples: ['4nzspnn649g3g8h8'] })),
  etag: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'The current ETag of the existing item `id` (from `GET /v1/media/{id}`): needed to change an item that other articles show or that this article does not show yet (428 without it, 412 when it is not current; `*` changes it whatever it holds, as in If-Match). Not stored' })),
  type: Ref(MediaTypeSchema),
  role: Type.Optional(Ref(MediaRoleSchema, { default: 'inline' })),
  title: Type.Optional(Nullable(Type.String({ maxLength: 300, description: 'Title of the media item' }))),
  caption: Type.Optional(Nullable(Type.String({ maxLength: 2000, description: 'Caption shown with it' }))),
  durationSeconds: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 864000, description: 'Running time in seconds' }))),
  credit: Type.Optional(Nullable(Type.String({ maxLength: 300, description: 'Who made it' }))),
  copyright: Type.Optional(Nullable(Type.String({ maxLength: 300, description: 'Rights holder notice' }))),
  date: Type.Optional(Nullable(Timestamp({ description: 'When it was published or recorded' }))),
  availableFrom: Type.Optional(Nullable(Timestamp({ description: 'From when it may be played' }))),
  availableUntil: Type.Optional(Nullable(Timestamp({ description: 'Until when it may be played; must be after availableFrom' }))),
  allowedRegions: Type.Optional(Type.Array(Type.String({ pattern: '^[A-Z]{2}$', description: 'An ISO 3166-1 alpha-2 country code, upper case' }), { maxItems: 250, uniqueItems: true, description: 'Countries it may be played in; absent or empty: worldwide', examples: [['DE', 'AT', 'CH']] })),
  ageRating: Type.Optional(Ref(AgeRatingSchema)),
  kids: Type.Optional(Type.Boolean({ description: 'Made for children; default false' })),
  termsOfUseUrl: Type.Optional(Nullable(WebUrl({ maxLength: 2000, description: 'Where its terms of use are published; http or https only' }))),
  embeddable: Type.Optional(Type.Boolean({ description: 'Whether partners may embed it; default true' })),
  syndicatable: Type.Optional(Type.Boolean({ description: 'Whether partners may syndicate it; default true' })),
  renditions: Type.Optional(Type.Array(Ref(RenditionSchema), { maxItems: 50, description: 'Files to play or show' })),
  thumbnails: Type.Optional(Type.Array(Ref(ThumbnailSchema), { maxItems: 50, description: 'Still images for previews' })),
  subtitles: Type.Optional(Type.Array(Ref(SubtitleSchema), { maxItems: 50, description: 'Subtitle tracks' }))
}, { $id: 'MediaWrite', additionalProperties: false, description: 'A media item as a write attaches it to an article' })

const { id: _id, role: _role, etag: _etag, ...standaloneMediaProperties } = MediaWriteSchema.properties

export const MediaUpsertSchema = Type.Object(standaloneMediaProperties, {
  $id: 'MediaUpsert',
  additionalProperties: false,
  description: 'A media item written on its own; attach it to articles through their `media`'
})

export const SectionWriteSchema = Type.Object({
  heading: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 300, description: 'Sub-heading; null or absent for text before the first one' }))),
  blocks: Type.Array(Ref(BlockSchema), { maxItems: 500, description: 'Blocks in reading order' })
}, { $id: 'SectionWrite', additionalProperties: false, description: 'A section as a write sends it; positions follow the order' })

const Label = Type.String({ minLength: 1, maxLength: 100, pattern: '^[^/]+$' })

export const ArticleWriteSchema = Type.Object({
  slug: Type.Optional(Slug('URL name; derived from the title when absent. Taken by another article: 409')),
  kicker: Type.Optional(Nullable(Type.String({ maxLength: 300, description: 'Line above the headline', examples: ['Bilanz des Kim-Putin-Treffens'] }))),
  title: Type.String({ minLength: 1, maxLength: 300, description: 'Headline', examples: ['Wenig Substanz, aber PR-Erfolg für Kim'] }),
  teaser: Type.Optional(Nullable(Type.String({ maxLength: 2000, description: 'Lead paragraph' }))),
  byline: Type.Optional(Nullable(Type.String({ maxLength: 300, description: 'Who wrote it, as the page credits it', examples: ['Von Anna Beispiel, ZDF-Studio Moskau'] }))),
  // Fields with a default are optional: validation fills the default in before the handler runs.
  language: Type.Optional(Type.String({ pattern: '^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$', default: 'de', description: 'BCP 47 language tag; default `de`', examples: ['de'] })),
  breadcrumb: Type.Optional(Type.Array(Label, { maxItems: 10, default: [], description: 'Category path from the root; labels may not contain "/"', examples: [['Nachrichten', 'Politik']] })),
  tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 50, default: [], description: 'Free keywords' })),
  kids: Type.Optional(Type.Boolean({ description: 'Made for children: shown in the kids profile; default false' })),
  status: Type.Optional(Ref(ArticleStatusSchema, { default: 'draft', description: 'Workflow state; default `draft`' })),
  publishedAt: Type.Optional(Nullable(Timestamp({
    description: 'Publication time. Required in the future for `scheduled`; for `published`, absent means now.',
    examples: ['2025-06-01T06:00:00.000Z']
  }))),
  correction: Type.Optional(Type.String({ minLength: 1, maxLength: 2000, description: 'A public correction note to add; only for an article that is already published' })),
  sections: Type.Optional(Type.Array(Ref(SectionWriteSchema), { maxItems: 200, default: [], description: 'The body' })),
  media: Type.Optional(Type.Array(Ref(MediaWriteSchema), { maxItems: 100, default: [], description: 'Media to attach, lead first; blocks reference them by id' }))
}, { $id: 'ArticleWrite', additionalProperties: false, description: 'An article to create or replace' })

/** A schema without its default: in a merge patch, a missing member means "unchanged", never the default. */
function withoutDefault<T extends TSchema> (schema: T): T {
  const { default: _default, ...rest } = schema
  return rest as T
}

/** A member a patch may remove with `null`: the article then has its default again (or none, for a field without one). */
function removable<T extends TSchema> (schema: T) {
  const bare = withoutDefault(schema)
  return Type.Optional(Type.Unsafe<Static<T> | null>(bare.$ref === undefined ? { ...bare, type: [bare.type as string, 'null'].flat() } : { anyOf: [bare, { type: 'null' }] }))
}

const write = ArticleWriteSchema.properties

export const ArticleMergePatchSchema = Type.Object({
  slug: removable(write.slug),
  kicker: write.kicker,
  // Removing the headline leaves an article without one: a 400 saying `/title` is required.
  title: removable(write.title),
  teaser: write.teaser,
  byline: write.byline,
  language: removable(write.language),
  breadcrumb: removable(write.breadcrumb),
  tags: removable(write.tags),
  kids: removable(write.kids),
  // Removing the workflow state would silently make the article a draft: a state is changed by sending one.
  status: Type.Optional(withoutDefault(write.status)),
  publishedAt: write.publishedAt,
  correction: write.correction,
  sections: removable(write.sections),
  media: removable(write.media)
}, {
  $id: 'ArticleMergePatch',
  additionalProperties: false,
  description: 'An RFC 7396 merge patch of an ArticleWrite: members sent replace the article\'s, arrays whole; `null` removes a member ' +
    '(the field then takes its default: `de`, `[]`, `false`; a removed slug keeps the current one); members left out stay as they are.',
  examples: [{ title: 'Ein neuer Titel', teaser: null }]
})

/** A field a client may leave out, filled in with its default by validation before any handler sees it. */
type Defaulted<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: Exclude<T[P], undefined> }

/** A media item of a write as sent: `role` may be left out. */
export type MediaWriteInput = Static<typeof MediaWriteSchema>
/** A media item of a validated write: its role filled in. */
export type MediaWrite = Defaulted<MediaWriteInput, 'role'>
export type MediaUpsert = Static<typeof MediaUpsertSchema>
/** An article write as a client sends it: the fields with defaults may be left out. */
export type ArticleWriteInput = Static<typeof ArticleWriteSchema>
export type ArticleMergePatch = Static<typeof ArticleMergePatchSchema>
/** An article write once validated: every default filled in. Revisions store this shape. */
export type ArticleWrite = Defaulted<Omit<ArticleWriteInput, 'media'>, 'language' | 'breadcrumb' | 'tags' | 'status' | 'sections'> & { media: MediaWrite[] }
