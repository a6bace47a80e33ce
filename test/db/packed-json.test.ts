// Packed JSON (revision snapshots, import bases): what is packed reads back byte for byte, from JavaScript and SQL,
// and a value in a format this release does not know is refused rather than misread.
import t from 'tap'
import { openDatabase } from '../../src/db/open.js'
import { addPackedJsonFunctions, packJson, unpackJson } from '../../src/db/packed-json.js'

const DOCUMENTS = [
  '{}',
  '[]',
  JSON.stringify({ title: 'Grüße aus Köln: Straßenfest', sections: [{ heading: null, blocks: [{ type: 'paragraph', text: 'Ä Ö Ü ä ö ü ß – „Zitat“ 😀' }] }] }),
  JSON.stringify({ text: 'x'.repeat(100_000) }),
  JSON.stringify({ words: Array.from({ length: 2000 }, (_, i) => `Wort${i}`) })
]

t.test('packJson and unpackJson give back the same text', async (t) => {
  for (const json of DOCUMENTS) {
    const packed = packJson(json)
    t.equal(packed[0], 1, 'format byte 1')
    t.equal(unpackJson(packed), json)
  }
  const article = DOCUMENTS[2] ?? ''
  t.ok(packJson(article.repeat(20)).length < article.length * 2, 'repetition is packed away')
})

t.test('text stored before packing reads as it is; an unknown format is refused', async (t) => {
  t.equal(unpackJson('{"a":1}'), '{"a":1}')
  const packed = packJson('{"a":1}')
  packed[0] = 9
  t.throws(() => unpackJson(packed), /Unknown packed JSON format 9/)
})

t.test('SQL reads inside packed values with unpack_json, on every connection openDatabase opens', async (t) => {
  const db = openDatabase(':memory:')
  t.teardown(() => db.close())
  db.exec('CREATE TABLE docs (body BLOB) STRICT')
  db.prepare('INSERT INTO docs (body) VALUES (pack_json(?))').run(DOCUMENTS[2])
  t.equal(db.prepare("SELECT json_extract(unpack_json(body), '$.title') AS title FROM docs").pluck().get(), 'Grüße aus Köln: Straßenfest')
  t.equal(db.prepare('SELECT unpack_json(NULL)').pluck().get(), null)
  addPackedJsonFunctions(db)
  t.equal(db.prepare('SELECT unpack_json(body) FROM docs').pluck().get(), DOCUMENTS[2], 'adding the functions again changes nothing')
})
