// The ceiling every figure is measured against: a bare Fastify server answering each benchmark URL with the exact
// status, headers and body bytes the API gave for it (a 304 too, for the If-None-Match it was asked with; compressed
// bytes for the Accept-Encoding it was asked with), from memory.
// Usage: node --import tsx bench/bare.ts <responses.json> <port>
import { readFileSync } from 'node:fs'
import Fastify from 'fastify'

export interface Recorded {
  url: string
  /** The If-None-Match header of the recorded request, if it had one. */
  ifNoneMatch?: string
  /** The Accept-Encoding header of the recorded request, if it had one. */
  acceptEncoding?: string
  status: number
  headers: Record<string, string>
  /** The body, base64. */
  body: string
}

const [file, port] = process.argv.slice(2)
if (file === undefined || port === undefined) throw new Error('usage: bare.ts <responses.json> <port>')

const recorded = JSON.parse(readFileSync(file, 'utf8')) as Recorded[]
const key = (url: string, ifNoneMatch: string | undefined, acceptEncoding: string | undefined): string => `${url}\n${ifNoneMatch ?? ''}\n${acceptEncoding ?? ''}`
const byRequest = new Map(recorded.map((r) => [key(r.url, r.ifNoneMatch, r.acceptEncoding), { status: r.status, headers: r.headers, body: Buffer.from(r.body, 'base64') }]))
const paths = new Set(recorded.map((r) => r.url.split('?')[0] ?? r.url))

const app = Fastify({ logger: false })
for (const path of paths) {
  app.get(path, (request, reply) => {
    // A search made unique by an extra word that matches nothing (bench/run.ts) has the answer of its first.
    const url = request.url.replace(/%20OR%20zqv[0-9a-z]+x/, '%20OR%20zqv0x')
    const answer = byRequest.get(key(url, request.headers['if-none-match'], request.headers['accept-encoding']))
    if (answer === undefined) return reply.code(404).send()
    return reply.code(answer.status).headers(answer.headers).send(answer.body)
  })
}
await app.listen({ port: Number(port), host: '127.0.0.1' })
process.stdout.write('ready\n')
process.on('SIGTERM', () => { void app.close().then(() => process.exit(0)) })
