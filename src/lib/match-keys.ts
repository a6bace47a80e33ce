// Spelling-insensitive keys for tags and categories, and the stable ids and slugs of categories, derived from their names.
import slugifyText from '@sindresorhus/slugify'
import { stableId } from './ids.js'

/** Labels from the root joined by this make a category's path. */
export const CATEGORY_SEPARATOR = '/'

/**
 * What a filter value and a stored name are compared by: lower case, German transliteration (ä = ae, ß = ss),
 * anything but letters and digits one dash. `Außenpolitik`, `AUSSENPOLITIK` and `aussenpolitik` are one key.
 * A name without letters or digits keeps itself, lower-cased, so it still matches only itself.
 */
export function matchKey (text: string): string {
  const normal = text.normalize('NFC')
  const key = slugifyText(normal, { locale: 'de', decamelize: false, customReplacements: [['&', ' und ']] })
  return key === '' ? normal.toLowerCase() : key
}

// Tags and category labels repeat across an archive and are written again with every article: their keys are
// computed once. Bounded, as a stream of new values has no end.
const REMEMBERED_LIMIT = 10_000
const remembered = new Map<string, string>()

/** matchKey(text), remembered: for writes, which key the same few labels and tags over and over. */
export function rememberedMatchKey (text: string): string {
  let key = remembered.get(text)
  if (key === undefined) {
    key = matchKey(text)
    if (remembered.size >= REMEMBERED_LIMIT) remembered.clear()
    remembered.set(text, key)
  }
  return key
}

/** A category's slug: the match key of each label of its path, joined by "/" (`nachrichten/politik/aussenpolitik`). */
export function categorySlug (path: string): string {
  return path.split(CATEGORY_SEPARATOR).map(matchKey).join(CATEGORY_SEPARATOR)
}

/** A category's id: derived from its path alone, so the same category has the same id on every machine, forever. */
export function categoryId (path: string): string {
  return stableId(`category:${path.normalize('NFC')}`)
}
