// JSON stored compressed, for columns that keep whole documents nobody queries by part (revision snapshots): raw
// DEFLATE of the UTF-8 primed with the keys such documents repeat, so a 5.5 KB snapshot takes about 1.9 KB.
import type Database from 'better-sqlite3'
import { deflateRawSync, inflateRawSync } from 'node:zlib'

// The first byte of a packed value says how the rest was packed. 1: raw DEFLATE with PRIMER_1 as its preset
// dictionary. A packed value must stay readable forever: a new primer gets a new format byte, never replaces this one.
const FORMAT_1 = 1
// An article as a write gives it, with every key a snapshot holds (media items completed), and no content: DEFLATE
// refers back to these strings instead of spelling out the keys of every snapshot again.
const PRIMER_1 = Buffer.from(JSON.stringify({
  slug: '',
  kicker: '',
  title: '',
  byline: 'Von ',
  teaser: '',
  language: 'de',
  breadcrumb: [''],
  tags: [''],
  kids: false,
  status: 'published',
  publishedAt: '20',
  sections: [
    { heading: null, blocks: [{ type: 'paragraph', text: '' }, { type: 'quote', text: '', attribution: '' }, { type: 'media', mediaId: '' }] },
    { heading: '', blocks: [{ type: 'paragraph', text: '' }] }
  ],
  media: [{
    id: '',
    type: 'video',
    title: null,
    caption: '',
    durationSeconds: null,
    credit: null,
    copyright: null,
    date: null,
    availableFrom: null,
    availableUntil: null,
    renditions: [{ url: 'https://', mimeType: 'video/mp4', width: 1920, height: 1080, bitrate: null, codec: null, language: null }],
    thumbnails: [{ url: 'https://', mimeType: 'image/jpeg', width: 1280, height: 720, alt: null }],
    termsOfUseUrl: null,
    embeddable: true,
    syndicatable: true,
    allowedRegions: [],
    ageRating: null,
    kids: false,
    subtitles: [],
    role: 'lead'
  }]
}), 'utf8')
// Level 1 and an 8 KB window: a snapshot is a few KB, so more effort finds little more, and setting up the larger
// state costs more than the compression itself. Reading does not depend on these settings.
const DEFLATE = { level: 1, windowBits: 13, memLevel: 8, dictionary: PRIMER_1 }
const INFLATE = { windowBits: 13, dictionary: PRIMER_1 }

/** `json` (a serialised document) packed for storage. */
export function packJson (json: string): Buffer {
  const packed = deflateRawSync(Buffer.from(json, 'utf8'), DEFLATE)
  const stored = Buffer.allocUnsafe(packed.length + 1)
  stored[0] = FORMAT_1
  packed.copy(stored, 1)
  return stored
}

/** The JSON text of a packed value; text stored as it was (never packed) is returned unchanged. */
export function unpackJson (stored: Uint8Array | string): string {
  if (typeof stored === 'string') return stored
  if (stored[0] !== FORMAT_1) throw new Error(`Unknown packed JSON format ${String(stored[0])}`)
  return inflateRawSync(stored.subarray(1), INFLATE).toString('utf8')
}

/**
 * Lets SQL read packed columns: `json_extract(unpack_json(snapshot), '$.title')`, and migrations pack them with
 * pack_json(text). Every connection that runs such SQL needs them; openDatabase and migrate add them.
 */
export function addPackedJsonFunctions (db: Database.Database): void {
  db.function('unpack_json', { deterministic: true }, (stored: unknown) =>
    stored === null ? null : unpackJson(stored as Uint8Array | string))
  db.function('pack_json', { deterministic: true }, (json: unknown) =>
    json === null ? null : packJson(String(json)))
}
