// A typed client for beitrag: openapi-fetch with the types `npm run openapi` generates from the spec.
// Against a running server: node --import tsx examples/client.ts http://127.0.0.1:3000
import createClient from 'openapi-fetch'
import type { Article, paths } from '../openapi/openapi.js'

// The API's own JSON and its problems, where an operation also offers other formats (ninjs).
const client = createClient<paths, 'application/json' | 'application/problem+json'>({ baseUrl: process.argv[2] ?? 'http://127.0.0.1:3000' })

/** A few lines about an article: what a page with its headline, body and lead video would show. */
function describe (article: Article): string[] {
  const lines = [`${article.title} (${article.readingTimeMinutes} min, ${article.sections.length} sections)`]
  for (const section of article.sections) {
    const paragraphs = section.blocks.filter((block) => block.type === 'paragraph').length
    lines.push(`  ${section.position}. ${section.heading ?? '(intro)'}: ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}`)
  }
  const lead = article.media.find((media) => media.role === 'lead')
  if (lead !== undefined) lines.push(`  lead ${lead.type}, ${lead.duration ?? 'no duration'}: ${lead.caption ?? ''}`)
  return lines
}

// The newest published articles; `data` is an ArticleList, `error` a Problem, and only one of them is set.
const { data: page, error } = await client.GET('/v1/articles', { params: { query: { limit: 5 } } })
if (error !== undefined) throw new Error(`${error.code}: ${error.detail}`)

for (const summary of page.items) {
  // One call per article renders its page: the article with its sections and media.
  const { data: article, error } = await client.GET('/v1/articles/{id}', { params: { path: { id: summary.id } } })
  if (error !== undefined) throw new Error(`${error.code}: ${error.detail}`)
  console.log(describe(article).join('\n'))
}

// Errors are typed too: an unknown id answers 404 with a Problem, and its code is stable.
const missing = await client.GET('/v1/articles/{id}', { params: { path: { id: '0000000000000000' } } })
console.log(`${missing.response.status} ${missing.error?.code ?? ''}: ${missing.error?.detail ?? ''}`)
