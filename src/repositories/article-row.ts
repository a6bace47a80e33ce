// The articles table's columns and their mapping to the summary the API shows.
import { readingTimeMinutes } from '../lib/text.js'
import type { ArticleStatus, ArticleSummary } from '../schemas/article.js'

export interface SummaryRow {
  id: string
  seq: number
  slug: string
  kicker: string | null
  title: string
  teaser: string | null
  byline: string | null
  language: string
  breadcrumb: string
  tags: string
  kids: number
  status: ArticleStatus
  published_at: string | null
  updated_at: string
  word_count: number
  listed_at: string
}

export interface SearchRow extends SummaryRow {
  score: number
}

export interface ArticleRow extends SummaryRow {
  created_at: string
  version: number
  source: string | null
  corrections: string
}

const COLUMNS = (status: string): string => `a.id, a.seq, a.slug, a.kicker, a.title, a.byline, a.teaser, a.language, a.breadcrumb, a.tags, a.kids,
  ${status} AS status, a.published_at, a.updated_at, a.word_count, a.listed_at`

// A scheduled article whose time has come is published: readers and editors alike see it so. Needs @now.
export const SUMMARY_COLUMNS = COLUMNS("CASE WHEN a.status = 'scheduled' AND a.published_at <= @now THEN 'published' ELSE a.status END")
export const ARTICLE_COLUMNS = `${SUMMARY_COLUMNS}, a.created_at, a.version, a.source, a.corrections`
// Every row of the public views is public at the reader's instant, so it reads as published.
export const PUBLIC_SUMMARY_COLUMNS = COLUMNS("'published'")
export const PUBLIC_ARTICLE_COLUMNS = `${PUBLIC_SUMMARY_COLUMNS}, a.created_at, a.version, a.source, a.corrections`

export function rowToSummary (row: SummaryRow, publicBaseUrl: string): ArticleSummary {
  return {
    id: row.id,
    slug: row.slug,
    url: `${publicBaseUrl}/articles/${row.slug}`,
    kicker: row.kicker,
    title: row.title,
    byline: row.byline,
    teaser: row.teaser,
    language: row.language,
    breadcrumb: JSON.parse(row.breadcrumb) as string[],
    tags: JSON.parse(row.tags) as string[],
    kids: row.kids === 1,
    status: row.status,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    wordCount: row.word_count,
    readingTimeMinutes: readingTimeMinutes(row.word_count)
  }
}

/** The app_state key of the instant content was last written: lists and feeds change with it. */
export const CONTENT_CHANGED_AT = 'content_changed_at'
