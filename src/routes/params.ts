// Path and query parameters the routes share.
import { Type } from '@sinclair/typebox'
import { Id, StringEnum } from '../schemas/common.js'
import { Slug } from '../schemas/article.js'
import { SAMPLE_ARTICLE_ID, SAMPLE_MEDIA_ID } from '../schemas/examples.js'

export const ArticleIdParams = Type.Object({
  id: Id({ description: 'Article id: 16 lowercase letters and digits', examples: [SAMPLE_ARTICLE_ID] })
})

export const ArticleSlugParams = Type.Object({
  slug: Slug('Article slug: lowercase letters, digits and single dashes, at most 100 characters')
})

export const SectionParams = Type.Object({
  id: Id({ description: 'Article id: 16 lowercase letters and digits', examples: [SAMPLE_ARTICLE_ID] }),
  position: Type.Integer({ minimum: 1, maximum: 10000, description: '1-based position of the section', examples: [2] })
})

export const MediaIdParams = Type.Object({
  id: Id({ description: 'Media id: 16 lowercase letters and digits', examples: [SAMPLE_MEDIA_ID] })
})

export const DEFAULT_LIMIT = 20

export const PageQuery = Type.Object({
  // Optional with a default: clients may leave it out, and validation fills it in before the handler runs.
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: DEFAULT_LIMIT, description: 'Items per page' })),
  cursor: Type.Optional(Type.String({
    minLength: 1,
    maxLength: 512,
    pattern: '^[A-Za-z0-9_-]+$',
    description: 'The `nextCursor` of the previous page; omit for the first page'
  }))
}, { additionalProperties: false })

/** The opt-in total of a paged list: costs a bounded count, so only those who show it ask for it. */
export const CountQuery = {
  // No default filled in: the next page's Link stays as the client wrote the request.
  count: Type.Optional(Type.Boolean({
    description: 'Default false. true: the answer has `total`, how many items the whole list holds (every page): `{ "value": 1234, "exact": true }`. Counted exactly up to 10,000; above that `exact` is false and `value` an estimate. Keep paging with `cursor`.',
    examples: [true]
  }))
}

/** The kids profile, on every read route: only content made for children, with media rated FSK 0 or 6. */
export const ProfileQuery = {
  profile: Type.Optional(StringEnum(['kids'], {
    // No example: the Swagger UI would fill it in, and "Try it out" would show the kids profile instead of the article.
    description: '`kids`: only articles made for children (`kids: true`) all of whose media are rated FSK 0 or 6 (or unrated and made for children), and only such media. A key created with `--profile kids` always reads so.'
  }))
}

export const ProfileOnlyQuery = Type.Object(ProfileQuery, { additionalProperties: false })
