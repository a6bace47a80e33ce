// Sends webhook deliveries in the background: fans new changes out to endpoints, leases due deliveries, POSTs
// them signed with a timeout and bounded concurrency, and retries failures with backoff, never on a request's path.
import { hostname } from 'node:os'
import { randomBytes } from 'node:crypto'
import type { LookupFunction } from 'node:net'
import type { FastifyBaseLogger } from 'fastify'
import type { ChangeRepository } from '../repositories/change.js'
import type { AttemptResult, ClaimedDelivery, WebhookRepository } from '../repositories/webhook.js'
import { deliveryHeaders } from './signature.js'
import { post, publicOnlyLookup, REFUSED_HOST_CODE } from './send.js'
import { reachesOnlyPublicAddresses } from './url-policy.js'

export interface DispatcherOptions {
  /** The app's clock: scheduled publications fall due by it, as the read routes see them. */
  now: () => string
  timeoutMs: number
  retryBaseMs: number
  retryMaxDelayMs: number
  retryForMs: number
  concurrency: number
  pollIntervalMs: number
  allowPrivateNetworks: boolean
  userAgent: string
  log: FastifyBaseLogger
}

/** The wait before retry number `attempt` + 1: doubling from the base, capped, then between half and all of it. */
export function backoff (attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt - 1, 30))
  return Math.round(ceiling / 2 + random() * ceiling / 2)
}

// The delivery log's one entry for a host that cannot be used, whether the name does not resolve or resolves to an
// internal address: a key holder reading the log must not learn which names exist inside the network.
export const HOST_REFUSED_ATTEMPT = 'refused: the host does not resolve to public addresses only'

// Resolver errors, as the connection reports them when a name vanished between the check and the connection.
const NAME_ERRORS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME', 'ENODATA', 'ESERVFAIL', 'ENONAME'])

function describe (error: unknown, timeoutMs: number, allowPrivateNetworks: boolean): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no answer within ${timeoutMs} ms`
  const { code, message } = error as { code?: unknown, message?: unknown }
  if (code === REFUSED_HOST_CODE || (!allowPrivateNetworks && typeof code === 'string' && NAME_ERRORS.has(code))) return HOST_REFUSED_ATTEMPT
  if (typeof code === 'string') return `${code}${typeof message === 'string' ? `: ${message}` : ''}`
  return error instanceof Error ? error.message : String(error)
}

export class WebhookDispatcher {
  /** Who holds a lease: unique per process and start, so a restarted process does not mistake old leases for its own. */
  readonly owner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`
  readonly #webhooks: WebhookRepository
  readonly #changes: ChangeRepository
  readonly #options: DispatcherOptions
  /** Resolves a host for the connection, refusing it unless every address is allowed. */
  readonly #lookup: LookupFunction
  readonly #inFlight = new Map<string, { done: Promise<void>, abort: AbortController }>()
  #timer: NodeJS.Timeout | undefined
  #running = false
  #again = false
  #stopped = true

  constructor (webhooks: WebhookRepository, changes: ChangeRepository, options: DispatcherOptions) {
    this.#webhooks = webhooks
    this.#changes = changes
    this.#options = options
    this.#lookup = publicOnlyLookup(options.allowPrivateNetworks)
  }

  start (): void {
    this.#stopped = false
    this.nudge()
  }

  /** Runs a pass soon: after a write, or when a slot frees up. */
  nudge (): void {
    if (this.#stopped) return
    if (this.#running) {
      this.#again = true
      return
    }
    this.#schedule(0)
  }

  /** Stops passes, interrupts attempts in flight and waits until they are logged, so the database can close. */
  async stop (): Promise<void> {
    this.#stopped = true
    clearTimeout(this.#timer)
    for (const { abort } of this.#inFlight.values()) abort.abort()
    await Promise.allSettled([...this.#inFlight.values()].map(({ done }) => done))
  }

  #schedule (delay: number): void {
    clearTimeout(this.#timer)
    // Unref'd: a pending pass never keeps a process alive that has nothing else to do.
    this.#timer = setTimeout(() => { this.#pass() }, delay).unref()
  }

  #pass (): void {
    if (this.#stopped) return
    this.#running = true
    try {
      this.#changes.recordDuePublications(this.#options.now())
      const now = Date.now()
      this.#webhooks.fanOut(new Date(now).toISOString(), new Date(now + this.#options.retryForMs).toISOString())
      const free = this.#options.concurrency - this.#inFlight.size
      if (free > 0) {
        // The lease outlasts the attempt's own timeout, so it cannot expire while the attempt is still running.
        const leaseUntil = new Date(now + this.#options.timeoutMs * 2 + 5000).toISOString()
        for (const delivery of this.#webhooks.claim(this.owner, new Date(now).toISOString(), leaseUntil, free)) this.#send(delivery)
      }
    } catch (error) {
      // A busy or closing database: the next pass tries again.
      this.#options.log.error({ err: error }, 'webhook dispatch pass failed')
    } finally {
      this.#running = false
    }
    if (this.#stopped) return
    const again = this.#again
    this.#again = false
    this.#schedule(again ? 0 : this.#options.pollIntervalMs)
  }

  #send (delivery: ClaimedDelivery): void {
    const abort = new AbortController()
    const done = this.#attempt(delivery, abort.signal)
      .catch((error: unknown) => { this.#options.log.error({ err: error, deliveryId: delivery.id }, 'webhook attempt could not be logged') })
      .finally(() => {
        this.#inFlight.delete(delivery.id)
        this.nudge()
      })
    this.#inFlight.set(delivery.id, { done, abort })
  }

  async #attempt (delivery: ClaimedDelivery, stopping: AbortSignal): Promise<void> {
    const startedAt = new Date()
    let statusCode: number | null = null
    let error: string | null = null
    try {
      if (!this.#options.allowPrivateNetworks && !await reachesOnlyPublicAddresses(delivery.url)) {
        error = HOST_REFUSED_ATTEMPT
      } else {
        const headers = deliveryHeaders({
          secret: delivery.secret,
          deliveryId: delivery.id,
          event: delivery.event,
          body: delivery.body,
          timestamp: Math.floor(Date.now() / 1000),
          userAgent: this.#options.userAgent
        })
        statusCode = await post(delivery.url, {
          headers,
          body: delivery.body,
          signal: AbortSignal.any([stopping, AbortSignal.timeout(this.#options.timeoutMs)]),
          lookup: this.#lookup
        })
        if (statusCode < 200 || statusCode > 299) error = `HTTP ${statusCode}`
      }
    } catch (caught) {
      error = stopping.aborted ? 'interrupted: the service stopped during the attempt' : describe(caught, this.#options.timeoutMs, this.#options.allowPrivateNetworks)
    }
    const finished = Date.now()
    const result: AttemptResult = { startedAt: startedAt.toISOString(), durationMs: finished - startedAt.getTime(), statusCode, error }
    let retryAt: string | null = null
    if (error !== null) {
      const wait = stopping.aborted ? 0 : backoff(delivery.attempt, this.#options.retryBaseMs, this.#options.retryMaxDelayMs)
      const next = new Date(finished + wait).toISOString()
      retryAt = next <= delivery.giveUpAt ? next : null
    }
    this.#webhooks.record(delivery, this.owner, result, retryAt, new Date(finished).toISOString())
    if (error !== null && !stopping.aborted) {
      this.#options.log.warn({ deliveryId: delivery.id, webhookId: delivery.webhookId, attempt: delivery.attempt, statusCode, error, retryAt }, 'webhook attempt failed')
    }
  }
}
