// `beitrag edge`: runs Varnish in the foreground with the shipped VCL in front of a beitrag API (an edge node).
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { EdgeSetupError, renderVcl, VCL_PATH, varnishdArgs, varnishdPath } from '../edge/varnish.js'
import { EXIT, UsageError, type Command } from './command.js'

export const edgeCommand: Command = {
  name: 'edge',
  summary: 'Run a Varnish edge node in front of the API (what npm run edge runs)',
  help: `usage: beitrag edge [--origin <url>] [--port <port>] [--host <address>] [--purger <address>]…
                   [--storage <spec>] [--vcl <file>] [--print-vcl]

Starts varnishd in the foreground with deploy/varnish/beitrag.vcl: anonymous GET and HEAD answers are
cached by their Cache-Control and soft-purged by Surrogate-Key when the API's purger (EDGE_PURGE_URLS)
sends PURGE. Stops on SIGTERM or SIGINT. Needs Debian's varnish and varnish-modules packages
(sh scripts/ensure-varnish.sh installs them as root).

Options:
  --origin <url>       the API, plain http (default http://127.0.0.1:3000)
  --port <port>        port the edge listens on (default 8080)
  --host <address>     interface to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --purger <address>   an address or CIDR range allowed to purge; repeat for several (default loopback)
  --storage <spec>     varnishd -s, the cache's storage (default malloc,256m)
  --vcl <file>         a VCL of your own instead of the shipped one (origin and purgers are filled in the same way)
  --print-vcl          print the VCL with origin and purgers filled in, and exit (for varnishd run by systemd)
  -h, --help           show this help

Environment:
  VARNISHD             the varnishd binary (default: on PATH, else /usr/sbin/varnishd)

Point the API at every edge node: EDGE_PURGE_URLS=http://<edge>:<port>[,http://<edge2>:<port>…].

Exit codes: varnishd's own once it ran, 64 bad arguments, 69 varnishd not installed.`,
  async run (args) {
    const { values } = parseArgs({
      args,
      options: {
        origin: { type: 'string', default: 'http://127.0.0.1:3000' },
        port: { type: 'string', default: '8080' },
        host: { type: 'string', default: '127.0.0.1' },
        purger: { type: 'string', multiple: true },
        storage: { type: 'string', default: 'malloc,256m' },
        vcl: { type: 'string' },
        'print-vcl': { type: 'boolean', default: false }
      }
    })
    const port = Number(values.port)
    if (!/^\d+$/.test(values.port) || port < 1 || port > 65535) throw new UsageError(`--port ${values.port} is not a TCP port (1 to 65535)`)
    let vcl: string
    try {
      vcl = renderVcl(readFileSync(values.vcl === undefined ? VCL_PATH : resolve(values.vcl), 'utf8'), { origin: values.origin, purgers: values.purger })
    } catch (error) {
      if (error instanceof EdgeSetupError) throw new UsageError(error.message)
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`--vcl ${values.vcl ?? ''}: no such file`)
      throw error
    }
    if (values['print-vcl']) {
      process.stdout.write(vcl)
      return EXIT.OK
    }
    let binary: string
    try {
      binary = varnishdPath()
    } catch (error) {
      process.stderr.write(`beitrag edge: ${(error as Error).message}\n`)
      return EXIT.UNAVAILABLE
    }
    const workdir = mkdtempSync(join(tmpdir(), 'beitrag-edge-'))
    // Started as root, varnishd reads the VCL as its own unprivileged user.
    chmodSync(workdir, 0o755)
    const file = join(workdir, 'beitrag.vcl')
    writeFileSync(file, vcl, { mode: 0o644 })
    const listen = `${values.host.includes(':') ? `[${values.host}]` : values.host}:${port}`
    process.stderr.write(`beitrag edge: varnishd on http://${listen} in front of ${values.origin}\n`)
    const child = spawn(binary, varnishdArgs({ vcl: file, listen, workdir: join(workdir, 'varnish'), storage: values.storage }), { stdio: 'inherit' })
    const forward = (signal: NodeJS.Signals): void => { child.kill(signal) }
    process.on('SIGTERM', forward)
    process.on('SIGINT', forward)
    const code = await new Promise<number>((resolve) => {
      child.once('error', (error) => {
        process.stderr.write(`beitrag edge: ${error.message}\n`)
        resolve(EXIT.UNAVAILABLE)
      })
      child.once('exit', (exitCode, signal) => { resolve(exitCode ?? (signal === 'SIGTERM' || signal === 'SIGINT' ? 0 : 1)) })
    })
    process.off('SIGTERM', forward)
    process.off('SIGINT', forward)
    rmSync(workdir, { recursive: true, force: true })
    return code
  }
}
