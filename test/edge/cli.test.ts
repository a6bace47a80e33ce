// `beitrag edge` as an operator runs it: the VCL it writes compiles, bad options are usage errors, and the command
// runs varnishd in the foreground in front of a listening API until SIGTERM.
import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { varnishdPath } from '../../src/edge/varnish.js'
import { build } from '../helper.js'
import { listen } from '../net.js'
import { ROOT, run } from '../process.js'

const CLI = 'src/cli/index.ts'

t.test('--print-vcl fills in the origin and the purgers, and varnishd compiles it', async (t) => {
  const printed = await run(CLI, ['edge', '--print-vcl', '--origin', 'http://10.1.2.3:4000', '--purger', '10.0.0.0/8', '--purger', '192.0.2.7'], {})
  t.equal(printed.code, 0, printed.stderr)
  t.match(printed.stdout, /\.host = "10\.1\.2\.3";/)
  t.match(printed.stdout, /\.port = "4000";/)
  t.match(printed.stdout, /acl purgers \{\n {4}"10\.0\.0\.0"\/8;\n {4}"192\.0\.2\.7";\n\}/)
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-vcl-'))
  t.teardown(() => { rmSync(dir, { recursive: true, force: true }) })
  chmodSync(dir, 0o755)
  const file = join(dir, 'edge.vcl')
  writeFileSync(file, printed.stdout, { mode: 0o644 })
  const compiled = spawnSync(varnishdPath(), ['-C', '-f', file], { encoding: 'utf8' })
  t.equal(compiled.status, 0, compiled.stderr.split('\n').filter((line) => /error|Message/i.test(line)).join('\n'))
})

t.test('bad options are usage errors', async (t) => {
  for (const [args, message] of [
    [['--origin', 'https://api.example.org'], /plain HTTP/],
    [['--origin', 'http://127.0.0.1:3000/v1'], /without path/],
    [['--port', 'achtzig'], /not a TCP port/],
    [['--purger', 'everyone'], /not an IP address or CIDR range/]
  ] as const) {
    const result = await run(CLI, ['edge', '--print-vcl', ...args], {})
    t.equal(result.code, 64, args.join(' '))
    t.match(result.stderr, message)
  }
})

t.test('runs varnishd in the foreground in front of the API until SIGTERM', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'true', RATE_LIMIT_PER_MINUTE: '0' })
  const origin = `http://127.0.0.1:${await listen(app)}`
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const port = (probe.address() as AddressInfo).port
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'edge', '--origin', origin, '--port', String(port), '--storage', 'malloc,32m'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString('utf8') })
  child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString('utf8') })
  const exited = once(child, 'exit')
  t.teardown(() => { if (child.exitCode === null) child.kill('SIGKILL') })
  const deadline = Date.now() + 30_000
  let answer: Response | undefined
  while (answer === undefined) {
    answer = await fetch(`http://127.0.0.1:${port}/v1/articles?limit=1`).catch(() => undefined)
    if (answer === undefined) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the edge did not start:\n${output}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  t.equal(answer.status, 200)
  t.ok(answer.headers.get('via')?.includes('varnish'), 'answered through Varnish')
  const again = await fetch(`http://127.0.0.1:${port}/v1/articles?limit=1`)
  t.equal(again.headers.get('x-cache'), 'HIT')
  t.match(output, new RegExp(`varnishd on http://127\\.0\\.0\\.1:${port} in front of ${origin.replace(/\./g, '\\.')}`))
  child.kill('SIGTERM')
  const [code] = await exited as [number | null]
  t.equal(code, 0, 'a graceful stop exits 0')
})
