// Opaque, URL-safe ids: 16 characters of lowercase Crockford base32 (80 bits).
import { createHash, randomBytes } from 'node:crypto'

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'

function encode (bytes: Uint8Array): string {
  let out = ''
  let buffer = 0
  let bits = 0
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte
    bits += 8
    while (bits >= 5) {
      bits -= 5
      out += ALPHABET[(buffer >> bits) & 31]
    }
    buffer &= (1 << bits) - 1
  }
  return out.slice(0, 16)
}

/** A fresh random id. */
export function newId (): string {
  return encode(randomBytes(10))
}

/** The same id for the same key every time: imports derive ids from their source so re-imports and links stay stable. */
export function stableId (key: string): string {
  return encode(createHash('sha256').update(key).digest().subarray(0, 10))
}
