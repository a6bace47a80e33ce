// Writing with the typed client: create an article, then change part of it with a merge patch.
// Against a running server, with a key that has the content:write scope:
//   node --import tsx examples/write.ts http://127.0.0.1:3000 btr_…
import createClient from 'openapi-fetch'
import type { ArticleMergePatch, paths } from '../openapi/openapi.js'

const [baseUrl = 'http://127.0.0.1:3000', key = ''] = process.argv.slice(2)
const client = createClient<paths, 'application/json' | 'application/problem+json'>({ baseUrl, headers: { authorization: `Bearer ${key}` } })

// Only the title is required: language, breadcrumb, tags, media and the rest have defaults.
const created = await client.POST('/v1/articles', {
  body: { title: 'Grüße aus Köln', status: 'draft', sections: [{ blocks: [{ type: 'paragraph', text: 'Erster Absatz.' }] }] }
})
if (created.error !== undefined) throw new Error(`${created.error.code}: ${created.error.detail}`)
// A key without content:preview gets a draft's answer without its body (204): Location and ETag are all it needs.
const location = created.response.headers.get('location') ?? ''
const id = location.split('/').at(-1) ?? ''
console.log(`${created.response.status} ${created.data === undefined ? '(no body)' : `${created.data.title} (${created.data.language}, ${created.data.status})`} at ${location}`)

// A merge patch names only what changes (null removes); If-Match names the version it is based on.
const patched = await client.PATCH('/v1/articles/{id}', {
  params: { path: { id }, header: { 'if-match': created.response.headers.get('etag') ?? '' } },
  headers: { 'content-type': 'application/merge-patch+json' },
  // `satisfies` also makes a misspelt member an error: openapi-fetch checks the members it knows, not unknown ones.
  body: { status: 'scheduled', publishedAt: '2030-01-01T06:00:00.000Z', teaser: null } satisfies ArticleMergePatch
})
if (patched.error !== undefined) throw new Error(`${patched.error.code}: ${patched.error.detail}`)
console.log(`${patched.response.status} ${patched.data === undefined ? '(no body)' : `${patched.data.status} for ${patched.data.publishedAt ?? ''}`}`)
