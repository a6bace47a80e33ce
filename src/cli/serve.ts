// `beitrag serve`: runs the HTTP API, as `npm start` does.
import { parseArgs } from 'node:util'
import { ConfigSchema } from '../config.js'
import { EXIT, type Command } from './command.js'

/** The environment variables the service reads, with their defaults, from the configuration schema itself. */
function environmentHelp (): string {
  const lines = Object.entries(ConfigSchema.properties).map(([name, schema]) => {
    const { description, default: byDefault } = schema as { description?: string, default?: unknown }
    return `  ${name.padEnd(16)} ${description ?? ''} (default ${String(byDefault)})`
  })
  return `Environment:\n${lines.join('\n')}`
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Run the HTTP API (what npm start runs)',
  help: `usage: beitrag serve [--port <port>] [--host <address>]

Serves the API, its OpenAPI document and the Swagger UI at /docs. Creates and migrates the database
when needed and imports the sample article into a new one. Stops gracefully on SIGTERM or SIGINT.
Logs are JSON lines, pretty-printed when standard output is a terminal.

Options:
  --port <port>      TCP port to listen on; overrides PORT
  --host <address>   interface to bind; overrides HOST
  -h, --help         show this help

${environmentHelp()}

Exit codes: 0 after a graceful stop, 64 bad arguments, 78 invalid configuration.`,
  async run (args) {
    const { values } = parseArgs({ args, options: { port: { type: 'string' }, host: { type: 'string' } } })
    if (values.port !== undefined) process.env.PORT = values.port
    if (values.host !== undefined) process.env.HOST = values.host
    // The server module reads the configuration, listens and stays up; the command is done once it listens.
    await import('../server.js')
    return EXIT.OK
  }
}
