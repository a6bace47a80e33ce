// One webhook POST over node:http(s), connecting only to addresses the URL policy allows at the moment it connects.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { LookupFunction } from 'node:net'
import { isPrivateAddress } from './url-policy.js'

/** The error a connection gets when its host resolves to an address webhooks may not reach. */
export const REFUSED_HOST_CODE = 'EREFUSEDHOST'

/**
 * The resolver the connection itself uses: every address the name has must be public, and the connection goes to
 * one of those it checked. A name re-pointed inside after the check before the attempt (DNS rebinding) is caught
 * here, at the only resolution that counts.
 */
export function publicOnlyLookup (allowPrivateNetworks: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, found: LookupAddress[]) => {
      if (error !== null) {
        callback(error, '', 0)
        return
      }
      if (!allowPrivateNetworks && (found.length === 0 || found.some(({ address }) => isPrivateAddress(address)))) {
        callback(Object.assign(new Error(`${hostname} does not resolve to public addresses only`), { code: REFUSED_HOST_CODE }), '', 0)
        return
      }
      const wanted = options.family === 4 || options.family === 6 ? found.filter(({ family }) => family === options.family) : found
      if (options.all === true) (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, wanted)
      else if (wanted[0] === undefined) callback(Object.assign(new Error(`${hostname} has no address of family ${String(options.family)}`), { code: 'ENOTFOUND' }), '', 0)
      else callback(null, wanted[0].address, wanted[0].family)
    })
  }
}

export interface PostOptions {
  headers: Record<string, string>
  body: string
  signal: AbortSignal
  lookup: LookupFunction
}

/**
 * POSTs `body` to `url` and resolves with the answer's status. Redirects are not followed (a partner endpoint must
 * not send the service elsewhere); the answer's body is not read, and dropping it ends the connection.
 */
export async function post (url: string, { headers, body, signal, lookup }: PostOptions): Promise<number> {
  const target = new URL(url)
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest
  return await new Promise<number>((resolve, reject) => {
    const request = send(target, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      signal,
      lookup,
      // A connection of its own: none is shared with, or kept for, another request.
      agent: false
    }, (response) => {
      resolve(response.statusCode ?? 0)
      response.destroy()
    })
    request.on('error', reject)
    request.end(body)
  })
}
