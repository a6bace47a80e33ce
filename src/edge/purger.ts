// Purges edge cache nodes from the change log in the background: for each node, the public changes after its
// acknowledged position are turned into surrogate keys and soft-purged there; the position advances only when the
// node has acknowledged them, so a restart or a node that is down loses no purge. Never on a request's path.
import { hostname } from 'node:os'
import { randomBytes } from 'node:crypto'
import type { FastifyBaseLogger } from 'fastify'
import { surrogateKeys } from '../lib/surrogate-keys.js'
import type { ChangeRepository } from '../repositories/change.js'
import type { ClaimedNode, EdgeNodeRepository, NodeLag } from '../repositories/edge-node.js'
import { backoff } from '../webhooks/dispatcher.js'
import { keysFor } from './keys.js'

/** What the purger reports to /metrics. */
export interface PurgeMetrics {
  purged: (node: string, keys: number) => void
  failed: (node: string) => void
}

export interface PurgerOptions {
  /** The edge nodes to purge, each as the URL its PURGE requests go to. */
  urls: string[]
  /** The app's clock: scheduled publications fall due by it, as the read routes see them. */
  now: () => string
  timeoutMs: number
  retryBaseMs: number
  retryMaxDelayMs: number
  pollIntervalMs: number
  /** Changes read and purged in one round; their keys go out in as few requests as the header size allows. */
  batchSize?: number
  log: FastifyBaseLogger
  metrics?: PurgeMetrics
}

/**
 * Where the change log stood: on a public answer, when the origin read it; on a PURGE, the newest change it is for.
 * The VCL keeps no answer read before a change it has purged, so a read that straddles a write and its purge
 * cannot store the old version again.
 */
export const CHANGE_SEQ_HEADER = 'x-change-seq'

/** The longest xkey-softpurge header sent: well below Varnish's 8 KiB limit for one header line. */
const MAX_HEADER_CHARS = 4000

/** Space-separated keys in lines of at most MAX_HEADER_CHARS. */
export function keyLines (keys: string[]): string[] {
  const lines: string[] = []
  let line = ''
  for (const key of surrogateKeys(keys).split(' ').filter((k) => k !== '')) {
    if (line !== '' && line.length + 1 + key.length > MAX_HEADER_CHARS) {
      lines.push(line)
      line = ''
    }
    line = line === '' ? key : `${line} ${key}`
  }
  if (line !== '') lines.push(line)
  return lines
}

function describe (error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no answer within ${timeoutMs} ms`
  const cause = (error as { cause?: { code?: unknown, message?: unknown } }).cause
  if (typeof cause?.code === 'string') return `${cause.code}${typeof cause.message === 'string' ? `: ${cause.message}` : ''}`
  return error instanceof Error ? error.message : String(error)
}

class PurgeRefused extends Error {}

export class EdgePurger {
  /** Who holds a node's lease: unique per process and start. */
  readonly owner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`
  readonly #nodes: EdgeNodeRepository
  readonly #changes: ChangeRepository
  readonly #options: PurgerOptions
  readonly #inFlight = new Map<string, { done: Promise<void>, abort: AbortController }>()
  #timer: NodeJS.Timeout | undefined
  #running = false
  #again = false
  #stopped = true

  constructor (nodes: EdgeNodeRepository, changes: ChangeRepository, options: PurgerOptions) {
    this.#nodes = nodes
    this.#changes = changes
    this.#options = options
  }

  get urls (): string[] {
    return this.#options.urls
  }

  /** How far each configured node is behind the change log. */
  lag (): NodeLag[] {
    const configured = new Set(this.#options.urls)
    return this.#nodes.lag(this.#options.now()).filter((node) => configured.has(node.url))
  }

  start (): void {
    if (this.#options.urls.length === 0) return
    this.#nodes.ensure(this.#options.urls, this.#options.now())
    this.#stopped = false
    this.nudge()
  }

  /** Runs a pass soon: after a write, or when a node's round ends. */
  nudge (): void {
    if (this.#stopped) return
    if (this.#running) {
      this.#again = true
      return
    }
    this.#schedule(0)
  }

  /** Stops passes, interrupts purges in flight (their changes stay unacknowledged) and gives the leases back. */
  async stop (): Promise<void> {
    if (this.#stopped) return
    this.#stopped = true
    clearTimeout(this.#timer)
    for (const { abort } of this.#inFlight.values()) abort.abort()
    await Promise.allSettled([...this.#inFlight.values()].map(({ done }) => done))
    try {
      this.#nodes.release(this.owner)
    } catch (error) {
      this.#options.log.error({ err: error }, 'edge purge leases could not be released')
    }
  }

  #schedule (delay: number): void {
    clearTimeout(this.#timer)
    // Unref'd: a pending pass never keeps a process alive that has nothing else to do.
    this.#timer = setTimeout(() => { this.#pass() }, delay).unref()
  }

  #leaseUntil (now: number): string {
    // The lease outlasts a whole round of requests, so it cannot expire while this process is still purging.
    return new Date(now + this.#options.timeoutMs * 4 + 5000).toISOString()
  }

  #pass (): void {
    if (this.#stopped) return
    this.#running = true
    try {
      // A scheduled article goes public by time alone: its instant becomes an event here too, so the edge learns of it.
      this.#changes.recordDuePublications(this.#options.now())
      const now = Date.now()
      for (const url of this.#options.urls) {
        if (this.#inFlight.has(url)) continue
        const node = this.#nodes.claim(url, this.owner, new Date(now).toISOString(), this.#leaseUntil(now))
        if (node !== undefined) this.#start(node)
      }
    } catch (error) {
      // A busy or closing database: the next pass tries again.
      this.#options.log.error({ err: error }, 'edge purge pass failed')
    } finally {
      this.#running = false
    }
    if (this.#stopped) return
    const again = this.#again
    this.#again = false
    this.#schedule(again ? 0 : this.#options.pollIntervalMs)
  }

  #start (node: ClaimedNode): void {
    const abort = new AbortController()
    const done = this.#round(node, abort.signal)
      .then((advanced) => {
        this.#inFlight.delete(node.url)
        // Changes made while the round ran wait for no poll interval.
        if (advanced) this.nudge()
      }, (error: unknown) => {
        this.#inFlight.delete(node.url)
        this.#options.log.error({ err: error, node: node.url }, 'edge purge round could not be recorded')
      })
    this.#inFlight.set(node.url, { done, abort })
  }

  /** Purges the node up to the newest change, batch by batch, recording each acknowledged batch; whether it advanced. */
  async #round (node: ClaimedNode, stopping: AbortSignal): Promise<boolean> {
    let position = node.position
    for (;;) {
      const batch = this.#nodes.changesAfter(position, this.#options.batchSize ?? 200)
      if (batch.next === position) return position !== node.position
      const keys = batch.changes.flatMap(keysFor)
      const covered = batch.changes.at(-1)?.seq ?? position
      try {
        for (const line of keyLines(keys)) await this.#purge(node.url, line, covered, stopping)
      } catch (error) {
        if (stopping.aborted) return false
        const message = error instanceof PurgeRefused ? error.message : describe(error, this.#options.timeoutMs)
        const failures = node.failures + 1
        const retryAt = new Date(Date.now() + backoff(failures, this.#options.retryBaseMs, this.#options.retryMaxDelayMs)).toISOString()
        this.#nodes.fail(node.url, this.owner, message, retryAt)
        this.#options.metrics?.failed(node.url)
        this.#options.log.warn({ node: node.url, error: message, failures, retryAt, position }, 'edge purge failed; retrying')
        return position !== node.position
      }
      if (node.failures > 0) this.#options.log.info({ node: node.url, failures: node.failures }, 'edge node acknowledges purges again')
      node.failures = 0
      this.#nodes.acknowledge(node.url, this.owner, batch.next, this.#options.now())
      if (keys.length > 0) this.#options.metrics?.purged(node.url, new Set(keys).size)
      position = batch.next
      if (!batch.full || this.#stopped) return true
      // A long backlog: keep the lease for the next batch, or leave the node to whoever took it over.
      const now = Date.now()
      if (this.#nodes.claim(node.url, this.owner, new Date(now).toISOString(), this.#leaseUntil(now)) === undefined) return true
    }
  }

  /** Soft-purges `keys` on the node; `covered` is the newest change they are for (the VCL stores no answer read before it). */
  async #purge (url: string, keys: string, covered: number, stopping: AbortSignal): Promise<void> {
    // A timer of its own rather than AbortSignal.timeout: the answer and its body are both bounded by it.
    const abort = new AbortController()
    const timer = setTimeout(() => { abort.abort(new DOMException(`no answer within ${this.#options.timeoutMs} ms`, 'TimeoutError')) }, this.#options.timeoutMs)
    const onStop = (): void => { abort.abort(stopping.reason) }
    stopping.addEventListener('abort', onStop, { once: true })
    try {
      const response = await fetch(url, { method: 'PURGE', headers: { 'xkey-softpurge': keys, [CHANGE_SEQ_HEADER]: String(covered) }, redirect: 'manual', signal: abort.signal })
      const text = await response.text()
      if (response.status < 200 || response.status > 299) {
        throw new PurgeRefused(`HTTP ${response.status}${text === '' ? '' : `: ${text.trim().slice(0, 200)}`}`)
      }
    } finally {
      clearTimeout(timer)
      stopping.removeEventListener('abort', onStop)
    }
  }
}
