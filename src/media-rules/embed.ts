// Embed code for a video: the player at PLAYER_BASE_URL/{id} in an iframe, sized to the video's aspect ratio.
import type { Embed, StoredMedia } from '../schemas/media.js'

export const EMBED_WIDTH = 640
const TITLE_LENGTH = 100

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text made safe inside a double-quoted HTML attribute. */
export function escapeAttribute (text: string): string {
  return text.replace(/[&<>"']/g, (c) => ATTRIBUTE_ESCAPES[c] as string)
}

/** The video's height over its width, from its first rendition that knows both; 16:9 when none does. */
export function aspectRatio (media: Pick<StoredMedia, 'renditions'>): number {
  const sized = media.renditions.find((r) => r.width !== null && r.height !== null)
  return sized === undefined ? 9 / 16 : (sized.height as number) / (sized.width as number)
}

/** Width and height of the player scaled to fit within maxWidth × maxHeight, keeping the aspect ratio (RFC-free: oEmbed's rule). */
export function fit (ratio: number, maxWidth?: number, maxHeight?: number): { width: number, height: number } {
  let width = EMBED_WIDTH
  if (maxWidth !== undefined) width = Math.min(width, maxWidth)
  if (maxHeight !== undefined) width = Math.min(width, Math.floor(maxHeight / ratio))
  width = Math.max(1, width)
  return { width, height: Math.max(1, Math.min(Math.round(width * ratio), maxHeight ?? Infinity)) }
}

/** A short accessible name for the iframe: "Video: " and the title, else the start of the caption. */
function frameTitle (media: Pick<StoredMedia, 'title' | 'caption'>): string {
  const text = (media.title ?? media.caption ?? '').trim()
  if (text.length <= TITLE_LENGTH) return text === '' ? 'Video' : `Video: ${text}`
  const cut = text.slice(0, TITLE_LENGTH)
  return `Video: ${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).trimEnd()} …`
}

/** The embed code of a video (any other type has none), at the given size. */
export function embedFor (media: Pick<StoredMedia, 'id' | 'title' | 'caption'>, playerBaseUrl: string, size: { width: number, height: number }): Embed {
  const url = `${playerBaseUrl}/${encodeURIComponent(media.id)}`
  const html = `<iframe src="${escapeAttribute(url)}" width="${size.width}" height="${size.height}" title="${escapeAttribute(frameTitle(media))}" ` +
    'style="border:0" allow="autoplay; fullscreen; picture-in-picture" allowfullscreen></iframe>'
  return { url, html, width: size.width, height: size.height }
}
