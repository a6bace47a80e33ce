// JSON stored compressed (raw DEFLATE of its UTF-8), for columns that keep whole documents nobody queries by part:
// revision snapshots. A snapshot shrinks to about 40%, and the table with it.
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib'
import type Database from 'better-sqlite3'

// Level 1 with a small window and memory: a snapshot is a few KB, so a bigger window finds nothing more, and setting
// up the larger state costs more than compressing. The stored format does not depend on these settings.
const DEFLATE = { level: 1, windowBits: 13, memLevel: 6, strategy: constants.Z_DEFAULT_STRATEGY }

/** `json` (a serialised document) compressed for storage. */
export function packJson (json: string): Buffer {
  return deflateRawSync(Buffer.from(json, 'utf8'), DEFLATE)
}

/** The JSON text of a packed column; text stored before packing began is returned as it is. */
export function unpackJson (stored: Buffer | Uint8Array | string): string {
  return typeof stored === 'string' ? stored : inflateRawSync(stored).toString('utf8')
}

/**
 * Lets SQL read packed columns: `json_extract(unpack_json(snapshot), '$.title')`. Every connection that runs such SQL
 * needs it; openDatabase adds it.
 */
export function addPackedJsonFunctions (db: Database.Database): void {
  db.function('unpack_json', { deterministic: true }, (stored: unknown) =>
    stored === null ? null : unpackJson(stored as Buffer | string))
  db.function('pack_json', { deterministic: true }, (json: unknown) =>
    json === null ? null : packJson(String(json)))
}
