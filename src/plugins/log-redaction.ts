// What request logs may show of a URL: credentials a client put in the query string, or an API key anywhere, are censored.
import type { FastifyRequest } from 'fastify'

const CENSOR = '[redacted]'

// An API key pasted anywhere in a URL (btr_ + prefix + _ + secret), however it arrives.
const API_KEY = /btr_[0-9a-z]{10}_[A-Za-z0-9_-]{20,}/g

// Query parameters that carry credentials by convention: api_key, access_token, X-Amz-Signature, password …
const CREDENTIAL_PARAM = /(?:key|token|secret|password|passwd|auth|authorization|signature|sig|credentials?|session)$/i

function paramName (raw: string): string {
  try {
    return decodeURIComponent(raw.replaceAll('+', ' '))
  } catch {
    return raw
  }
}

/** The URL with the values of credential-like query parameters, and any API key, replaced by [redacted]. */
export function redactUrl (url: string): string {
  const censored = url.replace(API_KEY, `btr_${CENSOR}`)
  const question = censored.indexOf('?')
  if (question === -1) return censored
  const query = censored.slice(question + 1).split('&').map((pair) => {
    const equals = pair.indexOf('=')
    if (equals === -1) return pair
    return CREDENTIAL_PARAM.test(paramName(pair.slice(0, equals))) ? `${pair.slice(0, equals)}=${CENSOR}` : pair
  })
  return `${censored.slice(0, question + 1)}${query.join('&')}`
}

/**
 * Fastify's request serializer with the URL redacted. Clients do send keys in query strings by mistake, and a
 * URL in a log travels further than the request did.
 */
export function serializeRequest (request: FastifyRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort
  }
}
