// API keys: prepared statements and the row <-> record mapping. Secrets are never stored, only their hashes.
import type { Db } from '../db/open.js'
import { generateKey, type Scope } from '../auth/api-keys.js'
import { newId } from '../lib/ids.js'

export const KEY_PROFILES = ['kids'] as const
export type KeyProfile = typeof KEY_PROFILES[number]

export interface ApiKey {
  id: string
  prefix: string
  name: string
  scopes: Scope[]
  rateLimitPerMinute: number | null
  /** A profile the key always reads with ('kids'), or null. */
  profile: KeyProfile | null
  createdAt: string
  revokedAt: string | null
}

interface KeyRow {
  id: string
  prefix: string
  secret_hash: string
  name: string
  scopes: string
  rate_limit_per_minute: number | null
  profile: KeyProfile | null
  created_at: string
  revoked_at: string | null
}

function rowToKey (row: KeyRow): ApiKey {
  return {
    id: row.id,
    prefix: row.prefix,
    name: row.name,
    scopes: JSON.parse(row.scopes) as Scope[],
    rateLimitPerMinute: row.rate_limit_per_minute,
    profile: row.profile,
    createdAt: row.created_at,
    revokedAt: row.revoked_at
  }
}

export class ApiKeyRepository {
  readonly #insert
  readonly #byPrefix
  readonly #list
  readonly #revoke

  constructor (db: Db) {
    this.#insert = db.prepare(`
      INSERT INTO api_keys (id, prefix, secret_hash, name, scopes, rate_limit_per_minute, profile, created_at)
      VALUES (@id, @prefix, @secretHash, @name, @scopes, @rateLimitPerMinute, @profile, @now)`)
    this.#byPrefix = db.prepare<[string], KeyRow>('SELECT * FROM api_keys WHERE prefix = ?')
    this.#list = db.prepare<[], KeyRow>('SELECT * FROM api_keys ORDER BY created_at, id')
    this.#revoke = db.prepare<[string, string, string]>(
      'UPDATE api_keys SET revoked_at = ? WHERE (id = ? OR prefix = ?) AND revoked_at IS NULL')
  }

  /** Creates a key; the returned `key` is the only time the secret exists outside the caller's hands. */
  create (options: { name: string, scopes: Scope[], rateLimitPerMinute?: number | null, profile?: KeyProfile | null }, now: string): { apiKey: ApiKey, key: string } {
    const { prefix, key, secretHash } = generateKey()
    const id = newId()
    this.#insert.run({
      id,
      prefix,
      secretHash,
      name: options.name,
      scopes: JSON.stringify([...new Set(options.scopes)]),
      rateLimitPerMinute: options.rateLimitPerMinute ?? null,
      profile: options.profile ?? null,
      now
    })
    return { apiKey: this.findByPrefix(prefix)!.apiKey, key }
  }

  /** The key with this prefix (revoked or not) and its secret's hash. */
  findByPrefix (prefix: string): { apiKey: ApiKey, secretHash: string } | undefined {
    const row = this.#byPrefix.get(prefix)
    return row === undefined ? undefined : { apiKey: rowToKey(row), secretHash: row.secret_hash }
  }

  list (): ApiKey[] {
    return this.#list.all().map(rowToKey)
  }

  /** Revokes the key with this id or prefix; false when there is no such unrevoked key. */
  revoke (idOrPrefix: string, now: string): boolean {
    return this.#revoke.run(now, idOrPrefix, idOrPrefix).changes > 0
  }
}
