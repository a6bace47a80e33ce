// Compressed answers: Brotli or gzip as the client accepts, for bodies worth compressing; bodies the caches keep are
// compressed once and their compressed bytes sent again.
import negotiate from '@fastify/accept-negotiator'
import compress from '@fastify/compress'
import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { BROTLI_OPTIONS, compressedCopy, type Coding } from '../cache/compressed-bodies.js'
import { addVary } from '../lib/send.js'

/** Bodies below this many bytes go out as they are: compressing them gains less than it costs. */
const THRESHOLD = 1024
const CODINGS: Coding[] = ['br', 'gzip']

/** The coding @fastify/compress would choose for this Accept-Encoding (it reads `*` and `x-gzip` as gzip). */
export function chosenCoding (acceptEncoding: string | undefined): Coding | null {
  if (acceptEncoding === undefined) return null
  return negotiate(acceptEncoding.toLowerCase().replace(/\*|x-gzip/g, 'gzip'), CODINGS) as Coding | null
}

/**
 * Runs before @fastify/compress's own hook: a kept body gets its kept compressed copy, with the headers compress
 * would have set, and compress then leaves an answer that already has a Content-Encoding alone. Anything else
 * (answers no cache keeps, errors, x-no-compression) is left to compress.
 */
function sendKeptCompressed (request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (error: Error | null, payload: unknown) => void): void {
  if (!Buffer.isBuffer(payload) || payload.byteLength < THRESHOLD || reply.statusCode !== 200 ||
    reply.hasHeader('content-encoding') || request.headers['x-no-compression'] !== undefined) return done(null, payload)
  const coding = chosenCoding(request.headers['accept-encoding'])
  const copy = coding === null ? undefined : compressedCopy(payload, coding)
  if (copy === undefined || coding === null) return done(null, payload)
  addVary(reply, 'accept-encoding')
  reply.header('content-encoding', coding)
  reply.header('content-length', copy.byteLength)
  done(null, copy)
}

export default fp(async (app) => {
  // Route hooks run in the order they were added: this one is added before compress adds its own.
  app.addHook('onRoute', (route) => {
    route.onSend = [route.onSend ?? []].flat().concat(sendKeptCompressed)
  })
  await app.register(compress, { threshold: THRESHOLD, encodings: CODINGS, brotliOptions: BROTLI_OPTIONS })
}, { name: 'beitrag-compression', dependencies: ['beitrag-cors'] })
