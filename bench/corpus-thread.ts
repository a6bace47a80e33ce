// The corpus's articles made on a second thread while the first writes them: making an article costs about a fifth
// of writing it, and on two cores that time need not be spent on the writing thread. Batches arrive in order through
// a synchronous hand-over, so the writer stays one plain loop of synchronous transactions.
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads'
import type { ArticleInput } from '../src/repositories/article-input.js'

/** Batches the maker may have ready before the writer takes them: enough to never wait, few enough to hold little. */
export const AHEAD = 2
/** Counters shared by both threads, in an Int32Array over a SharedArrayBuffer. */
export const MADE = 0
export const TAKEN = 1
// A maker that has made nothing for this long has failed in a way it could not report.
const STALLED_MS = 120_000

/** What the maker posts for each batch, in order. */
export type BatchMessage = { inputs: ArticleInput[] } | { error: string }

export interface WorkerSettings { articles: number, batch: number, now: number, signal: SharedArrayBuffer }

export interface ArticleBatches {
  /** The next batch, generateArticle(n, articles, now) for its n in order; undefined after the last. */
  next: () => ArticleInput[] | undefined
  close: () => void
}

/** Articles 0 to `articles` - 1 of a corpus whose newest is dated `now`, in batches of `batch`, made on a worker thread. */
export function articleBatches (articles: number, batch: number, now: number): ArticleBatches {
  const signal = new SharedArrayBuffer(8)
  const counters = new Int32Array(signal)
  const { port1, port2 } = new MessageChannel()
  const entry = new URL('./corpus-worker.ts', import.meta.url).href
  // The worker is TypeScript as the bench is, and a worker thread does not inherit tsx's module hooks.
  const tsx = import.meta.resolve('tsx/esm/api')
  const settings: WorkerSettings = { articles, batch, now, signal }
  const worker = new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}) })`,
    { eval: true, workerData: { settings, port: port2 }, transferList: [port2] })
  const batches = Math.ceil(articles / batch)
  let taken = 0
  return {
    next: () => {
      if (taken === batches) return undefined
      while (Atomics.load(counters, MADE) <= taken) {
        if (Atomics.wait(counters, MADE, taken, STALLED_MS) === 'timed-out') throw new Error(`No batch of articles made in ${STALLED_MS / 1000} s`)
      }
      const received = receiveMessageOnPort(port1)
      if (received === undefined) throw new Error('A batch of articles was counted but not received')
      const message = received.message as BatchMessage
      if ('error' in message) throw new Error(`Making articles failed: ${message.error}`)
      taken++
      Atomics.store(counters, TAKEN, taken)
      Atomics.notify(counters, TAKEN)
      return message.inputs
    },
    close: () => {
      port1.close()
      void worker.terminate()
    }
  }
}
