// The import parser's thread: reads documents into articles away from the event loop that answers requests.
import { parentPort, workerData } from 'node:worker_threads'
import { ImportError, parseArticle } from './importer.js'
import { readingNow, type ParseReply, type ParseRequest } from './parser-thread.js'

if (parentPort === null) throw new Error('parse-worker.js runs as a worker thread, not on its own')
const port = parentPort
// Which document is being read and since when: the other thread measures each document's time budget from here.
const reading = readingNow((workerData as { reading: SharedArrayBuffer }).reading)
port.on('message', ({ id, source, text }: ParseRequest) => {
  reading.startedAt[0] = Date.now()
  Atomics.store(reading.id, 0, id)
  let reply: ParseReply
  try {
    reply = { id, parsed: parseArticle(source, text) }
  } catch (error) {
    // A parser that throws anything else has met a page it was not written for: the page is refused, the server lives on.
    reply = error instanceof ImportError ? { id, reason: error.reason } : { id, reason: 'not an article: the document could not be read', failure: error instanceof Error ? error.stack ?? error.message : String(error) }
  }
  Atomics.store(reading.id, 0, 0)
  port.postMessage(reply)
})
port.postMessage({ ready: true })
