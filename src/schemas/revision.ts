// Article history as the API shows it: revisions and the audit trail of events.
import { Type, type Static } from '@sinclair/typebox'
import { ArticleStatusSchema } from './article.js'
import { ArticleWriteSchema } from './article-write.js'
import { EVENT_TYPES } from './change.js'
import { Nullable, NullableRef, Ref, StringEnum, Timestamp } from './common.js'

export const ActorSchema = Type.Object({
  keyId: Type.String({ description: 'Id of the API key', examples: ['k3y1d0000000abcd'] }),
  keyName: Type.String({ description: 'Name the key was given', examples: ['cms-redaktion'] })
}, { $id: 'Actor', description: 'The API key that made a change' })

const revisionProperties = {
  version: Type.Integer({ minimum: 1, description: 'The article version this revision saved', examples: [2] }),
  status: Ref(ArticleStatusSchema),
  createdAt: Timestamp({ description: 'When it was saved', examples: ['2024-05-02T10:00:00.000Z'] }),
  by: NullableRef(ActorSchema, { description: 'Who saved it; null for imports and command-line changes' })
}

export const RevisionSummarySchema = Type.Object(revisionProperties, { $id: 'RevisionSummary', description: 'One saved state of an article' })

export const RevisionSchema = Type.Object({
  ...revisionProperties,
  article: Ref(ArticleWriteSchema, { description: 'The article as it was, in the shape PUT accepts' })
}, { $id: 'Revision', description: 'One saved state of an article, whole' })

export const RevisionListSchema = Type.Object({
  items: Type.Array(Ref(RevisionSummarySchema), { description: 'Newest first' })
}, { $id: 'RevisionList', description: 'The revisions of an article' })

export const ArticleEventSchema = Type.Object({
  seq: Type.Integer({ description: 'Position in the log of all changes', examples: [17] }),
  type: StringEnum(EVENT_TYPES, { description: 'What happened; `publication_reached`: a scheduled publication time passed and the article became public' }),
  version: Nullable(Type.Integer({ description: 'The article version it produced (for deleted: the last one)', examples: [2] })),
  at: Timestamp({ description: 'When', examples: ['2024-05-02T10:00:00.000Z'] }),
  by: NullableRef(ActorSchema, { description: 'Who; null for imports and command-line changes' }),
  changes: Type.Array(Type.String(), { description: 'Top-level fields the change touched', examples: [['title', 'teaser']] })
}, { $id: 'ArticleEvent', description: 'One entry of an article\'s audit trail' })

export const ArticleEventListSchema = Type.Object({
  items: Type.Array(Ref(ArticleEventSchema), { description: 'Oldest first' })
}, { $id: 'ArticleEventList', description: 'The audit trail of an article' })

export type Actor = Static<typeof ActorSchema>
export type RevisionSummary = Static<typeof RevisionSummarySchema>
export type ArticleEvent = Static<typeof ArticleEventSchema>
