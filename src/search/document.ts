// What the search index holds for an article: the stems of each field, and the stems of compound parts apart, so
// that whole-word matches can weigh more than part matches. Only plain text is indexed: never a link's URL or markup.
import { blockTexts } from '../lib/rich-text.js'
import type { Block } from '../schemas/section.js'
import { analyze } from './german.js'

/** The index's columns, in order; each holds stems separated by spaces. */
export interface SearchDocument {
  title: string
  kicker: string
  teaser: string
  caption: string
  body: string
  /** Tags, category labels and the byline. */
  meta: string
  /** Parts of the compounds in the title, kicker, teaser and meta. */
  head_parts: string
  /** Parts of the compounds in the body and captions. */
  body_parts: string
}

export const SEARCH_COLUMNS = ['title', 'kicker', 'teaser', 'caption', 'body', 'meta', 'head_parts', 'body_parts'] as const

/**
 * bm25 weights per column, in SEARCH_COLUMNS order: the title above everything, tags and categories next; a compound
 * part weighs less than any whole word, so "Ausschuss" ranks an article about a committee above one that names a
 * budget committee.
 */
export const BM25_WEIGHTS = '10.0, 4.0, 3.0, 2.0, 1.0, 5.0, 0.8, 0.3'

export interface SearchableArticle {
  title: string
  kicker: string | null
  teaser: string | null
  byline: string | null
  breadcrumb: string[]
  tags: string[]
  sections: Array<{ heading: string | null, blocks: Block[] }>
  captions: Array<string | null>
}

/** The text of a section as readers see it: its heading and its paragraphs. */
export function sectionText (section: { heading: string | null, blocks: Block[] }): string[] {
  const texts: string[] = []
  if (section.heading !== null) texts.push(section.heading)
  for (const block of section.blocks) texts.push(...blockTexts(block))
  return texts
}

export function searchDocument (article: SearchableArticle): SearchDocument {
  const title = analyze(article.title)
  const kicker = analyze(article.kicker ?? '')
  const teaser = analyze(article.teaser ?? '')
  const caption = analyze(article.captions.filter((c): c is string => c !== null).join('\n'))
  const body = analyze(article.sections.flatMap(sectionText).join('\n'))
  const meta = analyze([...article.tags, ...article.breadcrumb, article.byline ?? ''].join('\n'))
  const join = (...parts: string[]): string => parts.filter((part) => part !== '').join(' ')
  return {
    title: title.stems,
    kicker: kicker.stems,
    teaser: teaser.stems,
    caption: caption.stems,
    body: body.stems,
    meta: meta.stems,
    head_parts: join(title.parts, kicker.parts, teaser.parts, meta.parts),
    body_parts: join(body.parts, caption.parts)
  }
}
