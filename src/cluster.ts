// WORKERS > 1: the primary prepares the database once, forks the workers that serve (they share the port through
// node:cluster and the database through SQLite's WAL), replaces a worker that dies, and on SIGTERM/SIGINT stops
// them all gracefully before it exits.
import cluster, { type Worker } from 'node:cluster'
import type { Config } from './config.js'
import { migrate } from './db/migrate.js'
import { openDatabase } from './db/open.js'
import { seedSample } from './import/sample.js'
import { openContent } from './context.js'
import { reindexQueued } from './repositories/search-reindex.js'

/** What a worker tells the primary when it starts closing by itself. */
export const CLOSING = 'beitrag:closing'

const LEVELS = { info: 30, warn: 40, error: 50 } as const

/** A log line in the shape the workers' pino lines have, so one log pipeline reads both. */
function log (level: keyof typeof LEVELS, msg: string, fields: Record<string, unknown> = {}): void {
  process.stdout.write(`${JSON.stringify({ level: LEVELS[level], time: Date.now(), pid: process.pid, role: 'primary', ...fields, msg })}\n`)
}

/** Migrations, the search re-index and the sample run here, once, so workers starting together never race over them. */
function prepareDatabase (config: Config): void {
  const db = openDatabase(config.DATABASE_PATH, undefined, config.DB_CACHE_MB)
  try {
    const applied = migrate(db)
    if (applied.length > 0) log('info', 'database migrated', { migrations: applied })
    const content = openContent(db, config)
    const reindexed = reindexQueued(db, content.articles, content.search, new Date().toISOString())
    if (reindexed > 0) log('info', 'search index rebuilt', { articles: reindexed })
    if (config.SEED_SAMPLE) {
      const seeded = seedSample({ db, ...content }, new Date().toISOString())
      if (seeded !== undefined) log('info', 'sample article imported', { articleId: seeded.articleId })
    }
  } finally {
    db.close()
  }
}

export async function runPrimary (config: Config): Promise<void> {
  prepareDatabase(config)
  let stopping = false
  const listening = new Set<number>()
  // Workers that already close on their own (a terminal's Ctrl-C reaches the whole process group): a second
  // signal would make close-with-grace give up on their in-flight requests.
  const closing = new Set<number>()

  const fork = (): Worker => {
    const worker = cluster.fork()
    worker.on('message', (message: unknown) => {
      if (message === CLOSING) closing.add(worker.id)
    })
    worker.once('listening', (address) => {
      listening.add(worker.id)
      if (listening.size === config.WORKERS) log('info', `${config.WORKERS} workers listening on ${address.address ?? config.HOST}:${address.port}`)
    })
    return worker
  }

  cluster.on('exit', (worker, code, signal) => {
    const served = listening.delete(worker.id)
    if (stopping) return
    // A worker that never got to listen would fail again the same way: stop rather than fork forever.
    if (!served) {
      log('error', 'a worker failed to start; stopping', { workerPid: worker.process.pid, code, signal })
      void stop(1)
      return
    }
    log('error', 'a worker died; starting a new one', { workerPid: worker.process.pid, code, signal })
    fork()
  })

  const stop = async (exitCode: number, settle = 0): Promise<void> => {
    if (stopping) return
    stopping = true
    if (settle > 0) await new Promise((resolve) => setTimeout(resolve, settle))
    const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined)
    const exits = workers.map(async (worker) => new Promise<number>((resolve) => {
      if (worker.process.exitCode !== null) {
        resolve(worker.process.exitCode)
        return
      }
      worker.process.once('exit', (code) => resolve(code ?? 1))
    }))
    for (const worker of workers) {
      if (!closing.has(worker.id)) worker.process.kill('SIGTERM')
    }
    // Each worker has SHUTDOWN_GRACE_MS of its own; one that outlives it by a second is killed.
    const deadline = setTimeout(() => {
      for (const worker of workers) worker.process.kill('SIGKILL')
    }, config.SHUTDOWN_GRACE_MS + 1000)
    const codes = await Promise.all(exits)
    clearTimeout(deadline)
    process.exit(codes.every((code) => code === 0) ? exitCode : 1)
  }

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      log('info', 'shutting down', { signal })
      // SIGINT usually comes from a terminal to every process at once: give the workers' own handlers a moment.
      void stop(0, signal === 'SIGINT' ? 250 : 0)
    })
  }
  for (let i = 0; i < config.WORKERS; i++) fork()
}
