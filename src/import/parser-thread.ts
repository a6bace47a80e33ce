// Parses documents for import on a worker thread with a time budget: a page however large or deeply nested costs
// the requests the server answers meanwhile nothing, and one that takes too long is refused instead of waited for.
import { Worker } from 'node:worker_threads'
import type { ParsedArticle } from './parsed.js'

export interface ParseRequest { id: number, source: string, text: string }
export type ParseReply = { id: number, parsed: ParsedArticle } | { id: number, reason: string, failure?: string }
/** What parsing one document came to: the article, or why there is none (an ImportError's reason). */
export type ParseOutcome = { parsed: ParsedArticle } | { reason: string, failure?: string }

export interface ParserThreadOptions {
  /** How long one document may take to parse, in milliseconds. */
  timeoutMs?: number
  /** How long the thread stays up with nothing to do before it is stopped, in milliseconds. */
  idleMs?: number
  /** The heap one parse may use: a page that needs more is refused. */
  maxHeapMb?: number
}

interface Job { source: string, text: string, resolve: (outcome: ParseOutcome) => void, reject: (error: Error) => void }

// From src/ under tsx the worker is TypeScript too, and a worker thread does not inherit tsx's module hooks.
const FROM_SOURCE = import.meta.url.endsWith('.ts')
const ENTRY = new URL(FROM_SOURCE ? './parse-worker.ts' : './parse-worker.js', import.meta.url)

function startWorker (maxHeapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: maxHeapMb }
  if (!FROM_SOURCE) return new Worker(ENTRY, { resourceLimits })
  const tsx = import.meta.resolve('tsx/esm/api')
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY.href)}) })`, { eval: true, resourceLimits })
}

export class ParserThread {
  readonly #timeoutMs: number
  readonly #idleMs: number
  readonly #maxHeapMb: number
  readonly #queue: Job[] = []
  #worker: Worker | undefined
  #ready = false
  #current: (Job & { id: number, timer: NodeJS.Timeout }) | undefined
  #idleTimer: NodeJS.Timeout | undefined
  #nextId = 1
  #closed = false

  constructor ({ timeoutMs = 10_000, idleMs = 60_000, maxHeapMb = 512 }: ParserThreadOptions = {}) {
    this.#timeoutMs = timeoutMs
    this.#idleMs = idleMs
    this.#maxHeapMb = maxHeapMb
  }

  /** Parses `text` (named `source` in reasons) on the thread, one document at a time in the order asked. */
  async parse (source: string, text: string): Promise<ParseOutcome> {
    if (this.#closed) throw new Error('the parser thread is closed')
    return await new Promise<ParseOutcome>((resolve, reject) => {
      this.#queue.push({ source, text, resolve, reject })
      this.#next()
    })
  }

  /** Stops the thread; documents still waiting are refused. */
  async close (): Promise<void> {
    this.#closed = true
    clearTimeout(this.#idleTimer)
    for (const job of this.#queue.splice(0)) job.resolve({ reason: 'not imported: the server is shutting down' })
    await this.#stop('not imported: the server is shutting down')
  }

  #next (): void {
    if (this.#current !== undefined || this.#queue.length === 0) return
    clearTimeout(this.#idleTimer)
    const worker = this.#worker ?? this.#start()
    worker.ref()
    if (!this.#ready) return
    const job = this.#queue.shift() as Job
    const id = this.#nextId++
    // The budget runs from when the thread has the document, not from when it was queued.
    const timer = setTimeout(() => {
      void this.#stop(`not an article: reading it took longer than ${this.#timeoutMs / 1000} s; it is too large or too intricate`).then(() => this.#next())
    }, this.#timeoutMs)
    this.#current = { ...job, id, timer }
    worker.postMessage({ id, source: job.source, text: job.text } satisfies ParseRequest)
  }

  #start (): Worker {
    const worker = startWorker(this.#maxHeapMb)
    this.#worker = worker
    this.#ready = false
    worker.on('message', (message: ParseReply | { ready: true }) => {
      if ('ready' in message) {
        this.#ready = true
        this.#next()
        return
      }
      const current = this.#current
      if (current?.id !== message.id) return
      clearTimeout(current.timer)
      this.#current = undefined
      const { id: _, ...outcome } = message
      current.resolve(outcome)
      this.#idle()
      this.#next()
    })
    worker.on('error', (error) => {
      const reason = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `not an article: reading it needs more than ${this.#maxHeapMb} MB of memory`
        : 'not an article: the document could not be read'
      this.#fail(worker, reason, error.stack ?? error.message)
    })
    worker.on('exit', () => { this.#fail(worker, 'not an article: the document could not be read') })
    return worker
  }

  /** The thread `worker` is gone: the document it had is refused, and the next one gets a new thread. */
  #fail (worker: Worker, reason: string, failure?: string): void {
    if (this.#worker !== worker) return
    const started = this.#ready
    this.#worker = undefined
    this.#ready = false
    if (!started && !this.#closed) {
      // A thread that cannot even start is the server's fault, not the documents'.
      for (const job of this.#queue.splice(0)) job.reject(new Error(`the import parser thread did not start: ${failure ?? reason}`))
      return
    }
    const current = this.#current
    this.#current = undefined
    if (current !== undefined) {
      clearTimeout(current.timer)
      current.resolve(failure === undefined ? { reason } : { reason, failure })
    }
    if (!this.#closed) this.#next()
  }

  async #stop (reason: string): Promise<void> {
    const worker = this.#worker
    if (worker === undefined) return
    this.#fail(worker, reason)
    await worker.terminate()
  }

  /** With nothing queued the thread no longer keeps the process alive, and after a while it is stopped. */
  #idle (): void {
    if (this.#queue.length > 0 || this.#worker === undefined) return
    this.#worker.unref()
    clearTimeout(this.#idleTimer)
    this.#idleTimer = setTimeout(() => { void this.#stop('idle') }, this.#idleMs).unref()
  }
}
