// Which URLs may receive webhooks: http(s) without credentials, and by default nothing on loopback, private or
// link-local networks, so a key holder cannot make the service call into the network it runs in.
import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'

const blocked = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4]
] as const) blocked.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) blocked.addSubnet(network, prefix, 'ipv6')

/** Whether an IP address is one a webhook may not reach (IPv4-mapped IPv6 addresses are judged as IPv4). */
export function isPrivateAddress (address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1]
  if (mapped !== undefined) return blocked.check(mapped, 'ipv4')
  const family = isIP(address)
  if (family === 0) return false
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

function bareHost (url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase()
}

/** What is wrong with `raw` as a webhook URL, or undefined when it may be registered. */
export function webhookUrlProblem (raw: string, allowPrivateNetworks: boolean): string | undefined {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return 'must be an absolute http or https URL'
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `must use http or https, not ${url.protocol.replace(/:$/, '')}`
  if (url.username !== '' || url.password !== '') return 'must not carry a user name or password; deliveries are authenticated by their signature'
  if (url.hash !== '') return 'must not have a #fragment'
  const host = bareHost(url)
  if (!allowPrivateNetworks && (host === 'localhost' || host.endsWith('.localhost') || isPrivateAddress(host))) {
    return 'points to a loopback, private or link-local address, which webhooks may not reach'
  }
  return undefined
}

/**
 * Before each attempt: whether the URL's host now resolves to an address webhooks may not reach (a public name
 * can be pointed at an internal address after registration). The connection resolves the name again, so this
 * narrows that window rather than closing it; a network egress policy closes it.
 */
export async function resolvesToPrivateAddress (raw: string): Promise<boolean> {
  const host = bareHost(new URL(raw))
  if (isIP(host) !== 0) return isPrivateAddress(host)
  const addresses = await lookup(host, { all: true })
  return addresses.some(({ address }) => isPrivateAddress(address))
}
