// Helpers for tests that run the real programs as child processes, the way a user runs them.
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))

/** Environment for a child: the test's own, minus variables the program reads, plus `env`. */
function childEnv (env: Record<string, string>): NodeJS.ProcessEnv {
  const base = { ...process.env }
  for (const key of ['PORT', 'HOST', 'DATABASE_PATH', 'LOG_LEVEL', 'PUBLIC_BASE_URL', 'SEED_SAMPLE']) delete base[key]
  return { ...base, ...env }
}

export interface Finished {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs a TypeScript entry point of src/ to completion. */
export async function run (script: string, args: string[], env: Record<string, string>): Promise<Finished> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env: childEnv(env) })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8') })
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8') })
  const [code] = await once(child, 'close') as [number | null]
  return { code, stdout, stderr }
}

export interface Server {
  child: ChildProcess
  url: string
  /** Everything the server logged so far. */
  output: () => string
  /** Sends SIGTERM and resolves with the exit code. */
  stop: () => Promise<number | null>
}

/**
 * Starts src/server.ts (or `command`, e.g. the CLI's serve) on an ephemeral port and resolves once it logs where
 * its Swagger UI is, its last start-up line.
 */
export async function startServer (env: Record<string, string>, command: string[] = ['src/server.ts'], timeoutMs = 20_000): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...command], { cwd: ROOT, env: childEnv({ PORT: '0', ...env }) })
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), timeoutMs)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8')
      const match = /Swagger UI at (http:\/\/127\.0\.0\.1:\d+)\/docs/.exec(output)
      if (match?.[1] !== undefined) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${String(code)}:\n${output}`))
    })
  })
  return {
    child,
    url,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return child.exitCode
      child.kill('SIGTERM')
      const [code] = await once(child, 'exit') as [number | null]
      return code
    }
  }
}
