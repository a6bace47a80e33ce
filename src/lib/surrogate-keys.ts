// Surrogate keys: the names of what a response depends on, written the same way by the routes that send them
// and the edge purger that purges them.

/**
 * A Surrogate-Key header value: each key once, space-separated, as CDNs expect. Anything but visible ASCII
 * (a category "Außenpolitik", a space) is percent-encoded as UTF-8, as in a URL.
 */
export function surrogateKeys (keys: string[]): string {
  return [...new Set(keys.map((key) => key.replace(/[^\x21-\x24\x26-\x7e]+/g, (run) => encodeURIComponent(run))))].join(' ')
}
