// Which URLs may receive webhooks: http(s) without credentials, and by default only hosts that resolve to public
// addresses, so a key holder cannot make the service call into the network it runs in, nor map that network.
import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'

// IPv4 blocks that are not globally reachable (IANA special-purpose registry): this network, private, shared,
// loopback, link-local, IETF protocol assignments, documentation, the old 6to4 relay, benchmarking, multicast, reserved.
const blockedV4 = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4]
] as const) blockedV4.addSubnet(network, prefix, 'ipv4')

// Within global unicast (2000::/3), what is still not a public host: Teredo (its IPv4 is obfuscated, and it tunnels
// anywhere), benchmarking, ORCHID, documentation.
const blockedV6 = new BlockList()
for (const [network, prefix] of [
  ['2001::', 32], ['2001:2::', 48], ['2001:10::', 28], ['2001:20::', 28], ['2001:db8::', 32], ['3fff::', 20]
] as const) blockedV6.addSubnet(network, prefix, 'ipv6')

/** The eight 16-bit groups of an IPv6 address that isIP() accepts (a dotted IPv4 tail included). */
function ipv6Groups (address: string): number[] {
  let text = address
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text)
  if (dotted !== null) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number]
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head = '', tail] = text.split('::')
  const left = head === '' ? [] : head.split(':')
  const right = tail === undefined || tail === '' ? [] : tail.split(':')
  const zeros = tail === undefined ? [] : new Array<string>(8 - left.length - right.length).fill('0')
  return [...left, ...zeros, ...right].map((group) => Number.parseInt(group, 16))
}

function ipv4Of (high: number, low: number): string {
  return `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`
}

/**
 * The IPv4 address an IPv6 address stands for, where a host would reach that IPv4 address through it:
 * IPv4-mapped (::ffff:a.b.c.d, which the socket layer connects as IPv4), the NAT64 well-known prefix
 * (64:ff9b::/96) and 6to4 (2002:AABB:CCDD::/48).
 */
function embeddedIPv4 (groups: number[]): string | undefined {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups as [number, number, number, number, number, number, number, number]
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0xffff) return ipv4Of(g6, g7)
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return ipv4Of(g6, g7)
  if (g0 === 0x2002) return ipv4Of(g1, g2)
  return undefined
}

/**
 * Whether an IP address is one a webhook may not reach: anything that is not a public unicast address. IPv6 forms
 * that lead to an IPv4 address are judged by it; everything outside global unicast (2000::/3) is refused, which
 * takes in the unspecified and loopback addresses, IPv4-compatible (::a.b.c.d, e.g. ::7f00:1) and IPv4-translated
 * (::ffff:0:a.b.c.d) forms, local-use NAT64, unique local, link-local, site-local (fec0::/10) and multicast.
 * A string that is not an IP address is not public either.
 */
export function isPrivateAddress (address: string): boolean {
  const bare = address.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '')
  const family = isIP(bare)
  if (family === 4) return blockedV4.check(bare, 'ipv4')
  if (family !== 6) return true
  const groups = ipv6Groups(bare)
  const ipv4 = embeddedIPv4(groups)
  if (ipv4 !== undefined) return blockedV4.check(ipv4, 'ipv4')
  if (((groups[0] ?? 0) & 0xe000) !== 0x2000) return true
  return blockedV6.check(bare, 'ipv6')
}

/** A URL's host as a resolver takes it: no IPv6 brackets, lower case, no trailing dots (`localhost.` is `localhost`). */
function bareHost (url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase().replace(/\.+$/, '')
}

// One answer whether a name does not resolve or resolves to an internal address: telling them apart would let a
// key holder find out which names exist inside the network.
export const HOST_REFUSED = 'must reach a public address: its host is, or resolves to, a loopback, private or link-local address, or does not resolve'

/** The addresses a host name resolves to, the hosts file included (as the connection will resolve it); [] when none. */
async function resolve (host: string): Promise<string[]> {
  try {
    return (await lookup(host, { all: true })).map(({ address }) => address)
  } catch {
    return []
  }
}

/**
 * Whether every address the URL's host stands for is public: a literal address itself, a name by resolving it
 * now. A name that does not resolve, `localhost` and its subdomains are not.
 */
export async function reachesOnlyPublicAddresses (raw: string): Promise<boolean> {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  const host = bareHost(url)
  if (isIP(host) !== 0) return !isPrivateAddress(host)
  if (host === '' || host === 'localhost' || host.endsWith('.localhost')) return false
  // The name as written too: a resolver may treat `name.` (absolute) and `name` (searched) differently.
  const names = url.hostname.endsWith('.') ? [url.hostname, host] : [host]
  const addresses = (await Promise.all(names.map(resolve)))
  return addresses.every((found) => found.length > 0) && addresses.flat().every((address) => !isPrivateAddress(address))
}

/** What is wrong with `raw` as a URL a webhook could be sent to, without resolving it; undefined when nothing. */
export function webhookUrlFormProblem (raw: string): string | undefined {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return 'must be an absolute http or https URL'
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `must use http or https, not ${url.protocol.replace(/:$/, '')}`
  if (url.username !== '' || url.password !== '') return 'must not carry a user name or password; deliveries are authenticated by their signature'
  if (url.hash !== '') return 'must not have a #fragment'
  return undefined
}

/**
 * What is wrong with `raw` as a webhook URL, or undefined when it may be registered. Unless private networks are
 * allowed, its host is resolved now and every address must be public; deliveries check again before each attempt.
 */
export async function webhookUrlProblem (raw: string, allowPrivateNetworks: boolean): Promise<string | undefined> {
  const problem = webhookUrlFormProblem(raw)
  if (problem !== undefined || allowPrivateNetworks) return problem
  return await reachesOnlyPublicAddresses(raw) ? undefined : HOST_REFUSED
}
