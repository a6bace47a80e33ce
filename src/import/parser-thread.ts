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
type SentJob = Job & { id: number }

/**
 * Documents handed to the thread before it has finished the ones before them: it reads on while the caller is busy
 * (the import command writing the last batch), and this many texts at most wait in its queue.
 */
const IN_FLIGHT = 500

/** Where the thread says which document it is reading and since when (the budget runs from then): see parse-worker.ts. */
export interface ReadingNow { startedAt: Float64Array, id: Int32Array }

export function readingNow (buffer: SharedArrayBuffer): ReadingNow {
  return { startedAt: new Float64Array(buffer, 0, 1), id: new Int32Array(buffer, 8, 1) }
}

// From src/ under tsx the worker is TypeScript too, and a worker thread does not inherit tsx's module hooks.
const FROM_SOURCE = import.meta.url.endsWith('.ts')
const ENTRY = new URL(FROM_SOURCE ? './parse-worker.ts' : './parse-worker.js', import.meta.url)

function startWorker (maxHeapMb: number, reading: SharedArrayBuffer): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb }, workerData: { reading } }
  if (!FROM_SOURCE) return new Worker(ENTRY, options)
  const tsx = import.meta.resolve('tsx/esm/api')
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY.href)}) })`, { eval: true, ...options })
}

export class ParserThread {
  readonly #timeoutMs: number
  readonly #idleMs: number
  readonly #maxHeapMb: number
  readonly #queue: Job[] = []
  /** Handed to the thread and not answered yet, oldest first: the thread reads them in this order. */
  readonly #sent: SentJob[] = []
  #worker: Worker | undefined
  #reading: ReadingNow | undefined
  #ready = false
  #watchdog: NodeJS.Timeout | undefined
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
    if (this.#queue.length === 0 || this.#sent.length >= IN_FLIGHT) return
    clearTimeout(this.#idleTimer)
    const worker = this.#worker ?? this.#start()
    worker.ref()
    if (!this.#ready) return
    while (this.#queue.length > 0 && this.#sent.length < IN_FLIGHT) {
      const job = { ...this.#queue.shift() as Job, id: this.#nextId++ }
      this.#sent.push(job)
      worker.postMessage({ id: job.id, source: job.source, text: job.text } satisfies ParseRequest)
    }
    if (this.#watchdog === undefined) this.#watch()
  }

  /**
   * Refuses the oldest document once the thread has been reading it for longer than the budget. The budget runs from
   * when the thread began reading it, as the thread records, so time spent queued, or answered while this thread
   * was busy, never counts.
   */
  #watch (): void {
    clearTimeout(this.#watchdog)
    this.#watchdog = undefined
    const oldest = this.#sent[0]
    if (oldest === undefined || this.#reading === undefined) return
    const reading = Atomics.load(this.#reading.id, 0) === oldest.id
    const left = reading ? (this.#reading.startedAt[0] ?? 0) + this.#timeoutMs - Date.now() : this.#timeoutMs
    if (reading && left <= 0) {
      void this.#stop(`not an article: reading it took longer than ${this.#timeoutMs / 1000} s; it is too large or too intricate`).then(() => this.#next())
      return
    }
    this.#watchdog = setTimeout(() => { this.#watch() }, Math.max(1, left))
  }

  #start (): Worker {
    const buffer = new SharedArrayBuffer(16)
    const worker = startWorker(this.#maxHeapMb, buffer)
    this.#worker = worker
    this.#reading = readingNow(buffer)
    this.#ready = false
    worker.on('message', (message: ParseReply | { ready: true }) => {
      if (this.#worker !== worker) return
      if ('ready' in message) {
        this.#ready = true
        this.#next()
        return
      }
      if (this.#sent[0]?.id !== message.id) return
      const job = this.#sent.shift() as SentJob
      const { id: _, ...outcome } = message
      job.resolve(outcome)
      this.#watch()
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

  /**
   * The thread `worker` is gone: the document it was reading is refused, the ones handed to it after that one go to
   * a new thread.
   */
  #fail (worker: Worker, reason: string, failure?: string): void {
    if (this.#worker !== worker) return
    const started = this.#ready
    const readingId = this.#reading === undefined ? 0 : Atomics.load(this.#reading.id, 0)
    this.#worker = undefined
    this.#reading = undefined
    this.#ready = false
    clearTimeout(this.#watchdog)
    this.#watchdog = undefined
    if (!started && !this.#closed) {
      // A thread that cannot even start is the server's fault, not the documents'.
      for (const job of this.#queue.splice(0)) job.reject(new Error(`the import parser thread did not start: ${failure ?? reason}`))
      return
    }
    const sent = this.#sent.splice(0)
    // The one it was reading; the oldest when it was between documents, so that a thread dying at every document
    // still refuses one each time.
    const culprit = sent.find((job) => job.id === readingId) ?? sent[0]
    culprit?.resolve(failure === undefined ? { reason } : { reason, failure })
    const others = sent.filter((job) => job !== culprit)
    if (this.#closed) {
      for (const job of others) job.resolve({ reason: 'not imported: the server is shutting down' })
      return
    }
    this.#queue.unshift(...others.map(({ id: _, ...job }) => job))
    this.#next()
  }

  async #stop (reason: string): Promise<void> {
    const worker = this.#worker
    if (worker === undefined) return
    this.#fail(worker, reason)
    await worker.terminate()
  }

  /** With nothing queued the thread no longer keeps the process alive, and after a while it is stopped. */
  #idle (): void {
    if (this.#queue.length > 0 || this.#sent.length > 0 || this.#worker === undefined) return
    this.#worker.unref()
    clearTimeout(this.#idleTimer)
    this.#idleTimer = setTimeout(() => { void this.#stop('idle') }, this.#idleMs).unref()
  }
}
