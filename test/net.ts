// Helpers for tests that speak HTTP over a real socket: what Node's HTTP parser does never shows through inject().
import { request, type Agent, type IncomingHttpHeaders } from 'node:http'
import { connect, type Socket } from 'node:net'
import type { FastifyInstance } from 'fastify'

/** Listens on an ephemeral loopback port and returns it; the app's teardown closes the server. */
export async function listen (app: FastifyInstance): Promise<number> {
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  if (address === null || typeof address === 'string') throw new Error('no TCP address')
  return address.port
}

export interface RawExchange {
  /** Everything the server sent, as text. */
  response: string
  /** Whether the server closed the connection (rather than the wait running out). */
  closed: boolean
  /** Milliseconds from the last write to the close, or to the end of the wait. */
  elapsed: number
}

/**
 * Writes `chunks` to a new connection (a number waits that many milliseconds before the next chunk), then
 * waits up to `waitMs` for the server to close it.
 */
export async function exchange (port: number, chunks: Array<string | Buffer | number>, waitMs = 3000): Promise<RawExchange> {
  const socket: Socket = connect(port, '127.0.0.1')
  const received: Buffer[] = []
  socket.on('data', (chunk: Buffer) => received.push(chunk))
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()))
  socket.on('error', () => {})
  await new Promise<void>((resolve, reject) => { socket.once('connect', resolve); socket.once('error', reject) })
  for (const chunk of chunks) {
    if (typeof chunk === 'number') await new Promise((resolve) => setTimeout(resolve, chunk))
    else if (!socket.destroyed) socket.write(chunk)
  }
  const start = Date.now()
  let timer: NodeJS.Timeout | undefined
  const timedOut = new Promise<boolean>((resolve) => { timer = setTimeout(() => resolve(true), waitMs) })
  const didTimeOut = await Promise.race([closed.then(() => false), timedOut])
  clearTimeout(timer)
  const elapsed = Date.now() - start
  socket.destroy()
  return { response: Buffer.concat(received).toString('utf8'), closed: !didTimeOut, elapsed }
}

export interface ParsedResponse {
  status: number
  headers: Record<string, string>
  body: string
}

/** The first HTTP/1.1 response in `text` (Content-Length framed, as every answer of this server is). */
export function parseResponse (text: string): ParsedResponse {
  const end = text.indexOf('\r\n\r\n')
  if (end === -1) throw new Error(`no complete response head in ${JSON.stringify(text.slice(0, 200))}`)
  const [statusLine = '', ...lines] = text.slice(0, end).split('\r\n')
  const headers: Record<string, string> = {}
  for (const line of lines) {
    const colon = line.indexOf(':')
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  const length = Number(headers['content-length'] ?? 0)
  const body = Buffer.from(text.slice(end + 4), 'utf8').subarray(0, length).toString('utf8')
  return { status: Number(statusLine.split(' ')[1]), headers, body }
}

export interface Answer {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

export interface Sent {
  method?: string
  path: string
  headers?: Record<string, string>
  body?: string
  agent?: Agent
}

/** One request over node:http to 127.0.0.1:`port`; rejects with the socket error (ECONNREFUSED, ECONNRESET …). */
export async function send (port: number, { method = 'GET', path, headers = {}, body, agent }: Sent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, method, path, headers, ...(agent === undefined ? {} : { agent }) }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }))
      response.on('error', reject)
    })
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}
