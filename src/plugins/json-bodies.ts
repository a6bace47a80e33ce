// JSON request bodies read as UTF-8 strictly: bytes that are not UTF-8 are a 400, not text quietly altered.
import type { FastifyInstance } from 'fastify'
import { InvalidJsonError } from '../errors.js'
import fp from 'fastify-plugin'

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** The body's text, or an error naming the problem: Node's own decoding would turn bad bytes into U+FFFD and store them. */
export function strictUtf8 (body: Buffer): string {
  try {
    return utf8.decode(body)
  } catch {
    throw new InvalidJsonError('The body is not valid UTF-8 text; send it encoded as UTF-8')
  }
}

type ParserDone = (error: Error | null, body?: unknown) => void

/**
 * A content-type parser for JSON media types (application/json, application/merge-patch+json): strict UTF-8, then
 * Fastify's own JSON parser with its protections against __proto__ and constructor pollution.
 */
export function strictJsonParser (app: FastifyInstance) {
  const parseJson = app.getDefaultJsonParser('error', 'error')
  return (request: Parameters<typeof parseJson>[0], body: Buffer, done: ParserDone): void => {
    let text: string
    try {
      text = strictUtf8(body)
    } catch (error) {
      done(error as Error)
      return
    }
    parseJson(request, text, done)
  }
}

/** Replaces Fastify's application/json parser with the strict one for every route that does not bring its own. */
export function registerJsonBodies (app: FastifyInstance): void {
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, strictJsonParser(app))
}

/** JSON bodies read strictly: UTF-8 only, the body limit and the JSON depth limit applied. */
export default fp(async (app) => { registerJsonBodies(app) }, { name: 'beitrag-json-bodies' })
