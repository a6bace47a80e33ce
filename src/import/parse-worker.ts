// The import parser's thread: reads documents into articles away from the event loop that answers requests.
import { parentPort } from 'node:worker_threads'
import { ImportError, parseArticle } from './importer.js'
import type { ParseReply, ParseRequest } from './parser-thread.js'

if (parentPort === null) throw new Error('parse-worker.js runs as a worker thread, not on its own')
const port = parentPort
port.on('message', ({ id, source, text }: ParseRequest) => {
  let reply: ParseReply
  try {
    reply = { id, parsed: parseArticle(source, text) }
  } catch (error) {
    // A parser that throws anything else has met a page it was not written for: the page is refused, the server lives on.
    reply = error instanceof ImportError ? { id, reason: error.reason } : { id, reason: 'not an article: the document could not be read', failure: error instanceof Error ? error.stack ?? error.message : String(error) }
  }
  port.postMessage(reply)
})
port.postMessage({ ready: true })
