// The permanent identifier partner formats give an article: its API resource by id, which a slug change leaves alone.

/** The article's URI; `mediaBaseUrl` is where media live (…/v1/media), and articles live beside them (…/v1/articles). */
export function articleUri (mediaBaseUrl: string, id: string): string {
  return `${mediaBaseUrl.replace(/\/media$/, '')}/articles/${id}`
}
