// API keys: random secrets shown once, stored as a SHA-256 hash and found by a short public prefix.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

export const SCOPES = ['content:write', 'content:preview', 'partner', 'admin'] as const
export type Scope = typeof SCOPES[number]

export function isScope (value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value)
}

// "btr_" + 10 characters of prefix + "_" + 43 characters (256 bits) of secret.
const KEY_PATTERN = /^btr_([0-9a-z]{10})_([A-Za-z0-9_-]{43})$/

export interface NewKey {
  prefix: string
  /** The whole key, to show once. */
  key: string
  secretHash: string
}

/**
 * The secret has 256 bits of entropy, so a plain SHA-256 cannot be brute-forced; a slow password hash
 * would only add latency to every authenticated request.
 */
export function hashSecret (key: string): string {
  return createHash('sha256').update(key).digest('hex')
}

export function generateKey (): NewKey {
  const prefix = Array.from(randomBytes(10), (byte) => '0123456789abcdefghijklmnopqrstuvwxyz'[byte % 36]).join('')
  const key = `btr_${prefix}_${randomBytes(32).toString('base64url')}`
  return { prefix, key, secretHash: hashSecret(key) }
}

/** The prefix of a well-formed key, or undefined. */
export function prefixOf (key: string): string | undefined {
  return KEY_PATTERN.exec(key)?.[1]
}

export function secretMatches (key: string, secretHash: string): boolean {
  const given = Buffer.from(hashSecret(key), 'hex')
  const stored = Buffer.from(secretHash, 'hex')
  return given.length === stored.length && timingSafeEqual(given, stored)
}
