// The worker thread of corpus-thread.ts: makes the corpus's articles batch by batch, staying at most AHEAD batches
// ahead of the writer.
import { workerData, type MessagePort } from 'node:worker_threads'
import type { ArticleInput } from '../src/repositories/article-input.js'
import { generateArticle } from './corpus.js'
import { AHEAD, MADE, TAKEN, type BatchMessage, type WorkerSettings } from './corpus-thread.js'

const { settings, port } = workerData as { settings: WorkerSettings, port: MessagePort }
const { articles, batch, now } = settings
const counters = new Int32Array(settings.signal)

function post (message: BatchMessage): void {
  port.postMessage(message)
  Atomics.add(counters, MADE, 1)
  Atomics.notify(counters, MADE)
}

try {
  for (let from = 0, made = 0; from < articles; from += batch, made++) {
    for (let taken = Atomics.load(counters, TAKEN); made - taken >= AHEAD; taken = Atomics.load(counters, TAKEN)) {
      Atomics.wait(counters, TAKEN, taken)
    }
    const inputs: ArticleInput[] = []
    for (let n = from; n < Math.min(articles, from + batch); n++) inputs.push(generateArticle(n, articles, now))
    post({ inputs })
  }
} catch (error) {
  post({ error: error instanceof Error ? error.stack ?? error.message : String(error) })
}
port.close()
