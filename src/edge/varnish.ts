// Running Varnish in front of beitrag: the shipped VCL with its origin and purge ACL filled in, and varnishd started
// with it (in the foreground for `beitrag edge`, as a child for the tests and the bench).
import { spawn, type ChildProcess } from 'node:child_process'
import { accessSync, chmodSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { isIP } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** deploy/varnish/beitrag.vcl, from src/edge and dist/edge alike. */
export const VCL_PATH = fileURLToPath(new URL('../../deploy/varnish/beitrag.vcl', import.meta.url))

export class EdgeSetupError extends Error {
  override name = 'EdgeSetupError'
}

export interface VclOptions {
  /** The beitrag API, e.g. http://127.0.0.1:3000: Varnish speaks plain HTTP to it, so no https and no path. */
  origin: string
  /** Addresses or CIDR ranges (10.0.0.0/8) allowed to purge; by default loopback only. */
  purgers?: string[]
}

/** Host and port of an origin URL, or an error saying what Varnish cannot use. */
export function originOf (origin: string): { host: string, port: string } {
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    throw new EdgeSetupError(`--origin ${JSON.stringify(origin)} is not a URL; give the API's address, e.g. http://127.0.0.1:3000`)
  }
  if (url.protocol !== 'http:') throw new EdgeSetupError(`--origin ${origin}: Varnish reaches its backend over plain HTTP only; give an http:// URL`)
  if (url.pathname !== '/' || url.search !== '' || url.username !== '') throw new EdgeSetupError(`--origin ${origin}: give the origin alone (scheme, host, port), without path, query or credentials`)
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port: url.port === '' ? '80' : url.port }
}

function aclEntry (entry: string): string {
  const [address = '', bits, ...rest] = entry.trim().split('/')
  const family = isIP(address)
  const max = family === 6 ? 128 : 32
  if (family === 0 || rest.length > 0 || (bits !== undefined && !(/^\d{1,3}$/.test(bits) && Number(bits) <= max))) {
    throw new EdgeSetupError(`--purger ${JSON.stringify(entry)} is not an IP address or CIDR range (e.g. 10.0.0.5 or 10.0.0.0/8)`)
  }
  return bits === undefined ? `    "${address}";` : `    "${address}"/${bits};`
}

/** The shipped VCL with the backend's host and port and the purgers ACL replaced. */
export function renderVcl (template: string, options: VclOptions): string {
  const { host, port } = originOf(options.origin)
  const purgers = (options.purgers ?? ['127.0.0.1', '::1']).map(aclEntry)
  const vcl = template
    .replace(/(backend origin \{[^}]*?\.host = )"[^"]*";/, `$1"${host}";`)
    .replace(/(backend origin \{[^}]*?\.port = )"[^"]*";/, `$1"${port}";`)
    .replace(/acl purgers \{[^}]*\}/, `acl purgers {\n${purgers.join('\n')}\n}`)
  if (!vcl.includes(`.host = "${host}";`) || !vcl.includes('acl purgers {')) throw new EdgeSetupError('the VCL has no `backend origin` or `acl purgers` to fill in')
  return vcl
}

/** The varnishd binary: $VARNISHD, else the one on PATH, else Debian's /usr/sbin/varnishd. */
export function varnishdPath (): string {
  if (process.env.VARNISHD !== undefined && process.env.VARNISHD !== '') return process.env.VARNISHD
  for (const dir of [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/local/sbin']) {
    if (dir === '') continue
    try {
      accessSync(join(dir, 'varnishd'), constants.X_OK)
      return join(dir, 'varnishd')
    } catch {}
  }
  throw new EdgeSetupError('varnishd is not installed: run `sh scripts/ensure-varnish.sh` as root (Debian packages varnish and varnish-modules), or set VARNISHD to its path')
}

export interface VarnishdOptions {
  /** The VCL file to load (an absolute path). */
  vcl: string
  /** Where clients connect: host:port. */
  listen: string
  /** Varnish's working directory (its shared memory log and compiled VCL); -n. */
  workdir: string
  /** -s, e.g. malloc,256m. */
  storage: string
  /** Extra -p name=value parameters. */
  params?: string[]
}

/** varnishd's arguments for a foreground run (-F) with the VCL. */
export function varnishdArgs (options: VarnishdOptions): string[] {
  return ['-F', '-n', options.workdir, '-a', options.listen, '-f', options.vcl, '-s', options.storage,
    ...(options.params ?? []).flatMap((param) => ['-p', param])]
}

export interface RunningEdge {
  child: ChildProcess
  /** http://host:port of the edge. */
  url: string
  /** What varnishd printed so far. */
  output: () => string
  /** Stops varnishd and removes its working directory. */
  stop: () => Promise<void>
}

async function answers (url: string): Promise<boolean> {
  try {
    // A PURGE without keys is answered by the VCL itself (400), without asking the origin.
    const response = await fetch(url, { method: 'PURGE', signal: AbortSignal.timeout(1000) })
    await response.body?.cancel()
    return true
  } catch {
    return false
  }
}

/**
 * Starts varnishd as a child with the shipped VCL in front of `origin`, listening on 127.0.0.1:`port`, and resolves
 * once it answers. For the tests and the bench; `beitrag edge` runs varnishd in its own foreground instead.
 */
export async function startEdge (options: { origin: string, port: number, storage?: string, params?: string[], timeoutMs?: number }): Promise<RunningEdge> {
  const workdir = mkdtempSync(join(tmpdir(), 'beitrag-edge-'))
  // Started as root, varnishd reads the VCL as its own unprivileged user.
  chmodSync(workdir, 0o755)
  const vcl = join(workdir, 'beitrag.vcl')
  writeFileSync(vcl, renderVcl(readFileSync(VCL_PATH, 'utf8'), { origin: options.origin }), { mode: 0o644 })
  const args = varnishdArgs({ vcl, listen: `127.0.0.1:${options.port}`, workdir: join(workdir, 'varnish'), storage: options.storage ?? 'malloc,32m', params: options.params })
  const child = spawn(varnishdPath(), args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const collect = (chunk: Buffer): void => { output += chunk.toString('utf8') }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  let gone = false
  void exited.then(() => { gone = true })
  const url = `http://127.0.0.1:${options.port}`
  const stop = async (): Promise<void> => {
    if (!gone) {
      child.kill('SIGTERM')
      const timer = setTimeout(() => { child.kill('SIGKILL') }, 5000)
      await exited
      clearTimeout(timer)
    }
    rmSync(workdir, { recursive: true, force: true })
  }
  const deadline = Date.now() + (options.timeoutMs ?? 30_000)
  while (!await answers(url)) {
    if (gone || Date.now() > deadline) {
      await stop()
      throw new EdgeSetupError(`varnishd did not start on ${url}:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return { child, url, output: () => output, stop }
}
