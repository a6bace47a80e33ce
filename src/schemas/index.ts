// Every named schema, registered once with addSchema so routes reference them and the spec lists them as components.
import { ArticleListSchema, ArticleSchema, ArticleStatusSchema, ArticleSummarySchema, CorrectionSchema } from './article.js'
import { ArticleMergePatchSchema, ArticleWriteSchema, MediaUpsertSchema, MediaWriteSchema, SectionWriteSchema } from './article-write.js'
import { ActorSchema, ArticleEventListSchema, ArticleEventSchema, RevisionListSchema, RevisionSchema, RevisionSummarySchema } from './revision.js'
import { ChangeListSchema, ChangeSchema, ChangeTypeSchema } from './change.js'
import {
  WebhookAttemptSchema, WebhookCreatedSchema, WebhookCreateSchema, WebhookDeliveryListSchema, WebhookDeliverySchema, WebhookEventSchema,
  WebhookListSchema, WebhookSchema, WebhookUpdateSchema
} from './webhook.js'
import { CategorySchema, CategoryTreeSchema } from './category.js'
import { InvalidParamSchema, ProblemSchema, TotalSchema } from './common.js'
import { ImportResultSchema } from './import.js'
import { JsonFeedAttachmentSchema, JsonFeedAuthorSchema, JsonFeedItemSchema, JsonFeedSchema } from './feed.js'
import { HealthSchema, ReadinessSchema } from './health.js'
import {
  AgeRatingSchema,
  ArticleMediaListSchema,
  ArticleMediaSchema,
  EmbedSchema,
  SubtitleSchema,
  UnplayableReasonSchema,
  MediaRoleSchema,
  MediaSchema,
  MediaTypeSchema,
  RenditionSchema,
  ThumbnailSchema
} from './media.js'
import { OEmbedSchema } from './oembed.js'
import { ProblemTypeSchema } from './problem-type.js'
import { SearchFacetsSchema, SearchHitSchema, SearchResultsSchema } from './search.js'
import {
  BlockSchema, EmbedBlockSchema, ListBlockSchema, ListItemSchema, MediaBlockSchema, ParagraphBlockSchema, QuoteBlockSchema, SectionListSchema,
  SectionSchema, SubheadingBlockSchema, TableBlockSchema
} from './section.js'
import { ArticleLinkMarkSchema, EmphasisMarkSchema, InlineSchema, LineBreakSchema, LinkMarkSchema, MarkSchema, StrongMarkSchema, TextSpanSchema } from './rich-text.js'

export const sharedSchemas = [
  InvalidParamSchema,
  ProblemSchema,
  ProblemTypeSchema,
  TotalSchema,
  HealthSchema,
  ReadinessSchema,
  MediaTypeSchema,
  MediaRoleSchema,
  RenditionSchema,
  ThumbnailSchema,
  SubtitleSchema,
  AgeRatingSchema,
  UnplayableReasonSchema,
  EmbedSchema,
  MediaSchema,
  ArticleMediaSchema,
  ArticleMediaListSchema,
  EmphasisMarkSchema,
  StrongMarkSchema,
  LinkMarkSchema,
  ArticleLinkMarkSchema,
  MarkSchema,
  TextSpanSchema,
  LineBreakSchema,
  InlineSchema,
  ParagraphBlockSchema,
  QuoteBlockSchema,
  MediaBlockSchema,
  SubheadingBlockSchema,
  ListItemSchema,
  ListBlockSchema,
  EmbedBlockSchema,
  TableBlockSchema,
  BlockSchema,
  SectionSchema,
  SectionListSchema,
  ArticleStatusSchema,
  ArticleSummarySchema,
  CorrectionSchema,
  ArticleSchema,
  ArticleListSchema,
  SearchHitSchema,
  SearchFacetsSchema,
  SearchResultsSchema,
  CategorySchema,
  CategoryTreeSchema,
  MediaWriteSchema,
  MediaUpsertSchema,
  SectionWriteSchema,
  ArticleWriteSchema,
  ArticleMergePatchSchema,
  ActorSchema,
  RevisionSummarySchema,
  RevisionSchema,
  RevisionListSchema,
  ArticleEventSchema,
  ArticleEventListSchema,
  ImportResultSchema,
  JsonFeedAuthorSchema,
  JsonFeedAttachmentSchema,
  JsonFeedItemSchema,
  JsonFeedSchema,
  ChangeTypeSchema,
  ChangeSchema,
  ChangeListSchema,
  WebhookEventSchema,
  WebhookCreateSchema,
  WebhookUpdateSchema,
  WebhookSchema,
  WebhookCreatedSchema,
  WebhookListSchema,
  WebhookAttemptSchema,
  WebhookDeliverySchema,
  WebhookDeliveryListSchema,
  OEmbedSchema
]
