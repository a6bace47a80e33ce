// Every route plugin of the API; each takes what it needs from `app.context`. A new resource's routes are one line here.
import articleWrites from './article-writes.js'
import articles from './articles.js'
import categories from './categories.js'
import changes from './changes.js'
import feeds from './feeds.js'
import health from './health.js'
import imports from './imports.js'
import mediaWrites from './media-writes.js'
import media from './media.js'
import oembed from './oembed.js'
import problemTypes from './problem-types.js'
import revisions from './revisions.js'
import search from './search.js'
import sections from './sections.js'
import webhooks from './webhooks.js'

export const ROUTES = [
  health,
  problemTypes,
  articles,
  feeds,
  categories,
  search,
  sections,
  media,
  oembed,
  articleWrites,
  revisions,
  mediaWrites,
  imports,
  changes,
  webhooks
]
