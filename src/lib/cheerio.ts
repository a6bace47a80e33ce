// cheerio's load(), loaded on first use: the module takes a third of a second or more to import, and a server
// that never imports HTML should not pay for it at every start.
import { createRequire } from 'node:module'
import type * as Cheerio from 'cheerio'

const require = createRequire(import.meta.url)
let cheerio: typeof Cheerio | undefined

export function load (...args: Parameters<typeof Cheerio.load>): ReturnType<typeof Cheerio.load> {
  cheerio ??= require('cheerio') as typeof Cheerio
  return cheerio.load(...args)
}
