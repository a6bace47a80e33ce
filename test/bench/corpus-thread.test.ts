// The corpus generator's second thread hands over exactly the articles generateArticle makes, in order.
import t from 'tap'
import { articleBatches } from '../../bench/corpus-thread.js'
import { generateArticle } from '../../bench/corpus.js'

t.test('batches from the worker thread are generateArticle(n) for every n, in order, the last one short', async (t) => {
  const now = Date.parse('2026-01-01T00:00:00.000Z')
  const batches = articleBatches(7, 3, now)
  t.teardown(() => { batches.close() })
  const sizes: number[] = []
  const made = []
  for (let batch = batches.next(); batch !== undefined; batch = batches.next()) {
    sizes.push(batch.length)
    made.push(...batch)
  }
  t.same(sizes, [3, 3, 1])
  t.strictSame(made, Array.from({ length: 7 }, (_, n) => generateArticle(n, 7, now)))
  t.equal(batches.next(), undefined, 'nothing after the last batch')
})
