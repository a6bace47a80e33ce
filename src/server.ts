// Starts the service: reads the configuration, listens, and closes gracefully on SIGTERM/SIGINT.
import cluster from 'node:cluster'
import { setFlagsFromString } from 'node:v8'
import closeWithGrace from 'close-with-grace'
import { buildApp } from './app.js'
import { CLOSING, runPrimary } from './cluster.js'
import { configOrExit } from './cli/open.js'

// V8 lets the heap grow to several times what survived its last full collection before it collects again; under the
// bench's searches ~100 MiB of garbage piled up beside ~50 MiB that was live. Collecting once the heap is 20 % over
// the live set keeps the peak near what is live, for more (mostly concurrent) marking. `node --heap-growing-percent=N`
// still chooses another (0: V8's own heuristics); Node refuses the flag in NODE_OPTIONS.
const HEAP_GROWING_PERCENT = 20
if (!process.execArgv.some((flag) => flag.startsWith('--heap-growing-percent'))) {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
}

const config = configOrExit()

if (config.WORKERS > 1 && cluster.isPrimary) {
  await runPrimary(config)
} else {
  const app = await buildApp(config)

  // In-flight requests finish within the grace period; past it the process exits with code 1 rather than hang.
  closeWithGrace({ delay: config.SHUTDOWN_GRACE_MS, logger: app.log }, async ({ signal, err }) => {
    if (cluster.isWorker) process.send?.(CLOSING)
    if (err !== undefined) app.log.error({ err }, 'shutting down after an error')
    else app.log.info({ signal }, 'shutting down')
    await app.close()
  })

  const address = await app.listen({ port: config.PORT, host: config.HOST })
  app.log.info(`Swagger UI at ${address}/docs`)
}
