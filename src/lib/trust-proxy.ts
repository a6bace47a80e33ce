// TRUST_PROXY: which proxies in front of the API may say who the client is (X-Forwarded-For), as Fastify's trustProxy.
import { isIP } from 'node:net'

/** `off` (the default): the socket's peer is the client; a number: that many proxy hops; or addresses and CIDRs. */
export type TrustProxy = false | number | string[]

const HOPS = /^\d{1,2}$/
const OFF = new Set(['', 'off', 'false', 'no', '0'])

function cidrProblem (entry: string): string | undefined {
  const [address = '', bits, ...rest] = entry.split('/')
  const family = isIP(address)
  if (family === 0 || rest.length > 0) return `'${entry}' is not an IP address or CIDR range`
  if (bits === undefined) return undefined
  const max = family === 4 ? 32 : 128
  if (!/^\d{1,3}$/.test(bits) || Number(bits) > max) return `'${entry}' has a prefix length outside 0–${max}`
  return undefined
}

/** What is wrong with a TRUST_PROXY value, in words; empty when it is valid. */
export function trustProxyProblems (value: string): string[] {
  const trimmed = value.trim().toLowerCase()
  if (OFF.has(trimmed) || HOPS.test(trimmed)) return []
  if (trimmed === 'true') return ["'true' would believe any X-Forwarded-For a client sends: give the number of proxy hops or their addresses"]
  const entries = value.split(',').map((entry) => entry.trim())
  if (entries.some((entry) => entry === '')) return ['an empty entry in the comma-separated list']
  return entries.flatMap((entry) => cidrProblem(entry) ?? [])
}

/** The parsed setting; call with a value trustProxyProblems() accepted. */
export function parseTrustProxy (value: string | undefined): TrustProxy {
  const trimmed = (value ?? '').trim().toLowerCase()
  if (OFF.has(trimmed)) return false
  if (HOPS.test(trimmed)) return Number(trimmed)
  return (value ?? '').split(',').map((entry) => entry.trim())
}

/** Fastify's `trustProxy` option for the setting: the nearest `hops` addresses, or proxy-addr's list of ranges. */
export function fastifyTrustProxy (setting: TrustProxy): boolean | string | ((address: string, hop: number) => boolean) {
  if (setting === false) return false
  if (typeof setting === 'number') return (_address, hop) => hop < setting
  return setting.join(',')
}
