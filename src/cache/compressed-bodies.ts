// Compressed copies of the bodies the caches keep: a CDN asks with Accept-Encoding on every request, and compressing
// a kept 6 KB article or 100 KB feed again each time would cost more than everything else its answer does.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

export type Coding = 'br' | 'gzip'

/** Brotli at quality 4 compresses JSON nearly as well as 11 at a small fraction of the CPU (plugins/compression.ts). */
export const BROTLI_OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }

/**
 * Each kept body's compressed copies, made on first demand. Keyed by the body itself, so a copy lives exactly as
 * long as a cache holds the body it was made from: evicting the body frees its copies, and a new body (new content)
 * can never be answered with an old one's bytes. Only bodies a cache marked are compressed here.
 */
const copies = new WeakMap<Buffer, Partial<Record<Coding, Buffer>>>()

/** Marks a body a cache keeps, so its compressed copies are kept with it. */
export function keepCompressed (body: Buffer): void {
  if (!copies.has(body)) copies.set(body, {})
}

/** The body compressed with `coding`, made once per kept body; undefined for a body no cache keeps. */
export function compressedCopy (body: Buffer, coding: Coding): Buffer | undefined {
  const kept = copies.get(body)
  if (kept === undefined) return undefined
  let copy = kept[coding]
  if (copy === undefined) {
    copy = coding === 'br' ? brotliCompressSync(body, BROTLI_OPTIONS) : gzipSync(body)
    kept[coding] = copy
  }
  return copy
}
