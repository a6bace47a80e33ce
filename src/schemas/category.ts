// The category tree built from articles' breadcrumbs.
import { Type, type Static } from '@sinclair/typebox'
import { Ref } from './common.js'

export const CategorySchema = Type.Recursive((Self) => Type.Object({
  id: Type.String({ pattern: '^[0-9a-z]{16}$', description: 'Stable id, derived from the path: the same on every installation and after restarts; pass as `category`', examples: ['m3k9f2xq7d1h5v8n'] }),
  slug: Type.String({ description: 'The path in URL form (lower case, ä = ae, ß = ss); pass as `category`', examples: ['nachrichten/politik'] }),
  name: Type.String({ description: 'The breadcrumb label', examples: ['Politik'] }),
  path: Type.String({ description: 'Labels from the root joined by "/"; `category` takes it, the slug, the id or the name', examples: ['Nachrichten/Politik'] }),
  articleCount: Type.Integer({ minimum: 1, description: 'Published articles in this category or below it', examples: [12] }),
  children: Type.Array(Self, { description: 'Sub-categories, by path' })
}), { $id: 'Category', description: 'One level of the breadcrumb tree' })

export const CategoryTreeSchema = Type.Object({
  items: Type.Array(Ref(CategorySchema), { description: 'Top-level categories, by path' })
}, { $id: 'CategoryTree', description: 'The categories of published articles as a tree' })

export type Category = Static<typeof CategorySchema>
