// The edge nodes named in EDGE_PURGE_URLS.

/** The comma-separated URLs, trimmed and normalised (http://host:8080 and http://host:8080/ are one node), each once. */
export function edgeNodeUrls (list: string): string[] {
  return [...new Set(list.split(',').map((url) => url.trim()).filter((url) => url !== '').map((url) => new URL(url).href))]
}
