#!/usr/bin/env node
// `beitrag`: the command-line interface, one subcommand per task, each with --help. The package's `bin`.
import { readFileSync } from 'node:fs'
import { ConfigError } from '../config.js'
import { backupCommand } from './backup.js'
import { EXIT, UsageError, wantsHelp, type Command } from './command.js'
import { edgeCommand } from './edge.js'
import { importCommand } from './import.js'
import { keysCommand } from './keys.js'
import { migrateCommand } from './migrate.js'
import { openapiCommand } from './openapi.js'
import { serveCommand } from './serve.js'

const COMMANDS: Command[] = [serveCommand, migrateCommand, importCommand, backupCommand, openapiCommand, keysCommand, edgeCommand]

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }

const USAGE = `usage: beitrag <command> [options]

A headless content API for newsrooms: articles, sections and media as typed JSON from SQLite.

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(9)} ${command.summary}`).join('\n')}

Run \`beitrag <command> --help\` for a command's options, or \`beitrag --version\`.
`

/** Node's parseArgs reports unknown options and stray arguments as errors with these codes. */
function isArgumentError (error: unknown): error is Error {
  return error instanceof Error && /^ERR_PARSE_ARGS_/.test((error as NodeJS.ErrnoException).code ?? '')
}

export async function main (argv: string[]): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined) {
    process.stderr.write(USAGE)
    return EXIT.USAGE
  }
  if (name === '--help' || name === '-h') {
    process.stdout.write(USAGE)
    return EXIT.OK
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${version}\n`)
    return EXIT.OK
  }
  // `beitrag help` and `beitrag help <command>`, as git and npm allow.
  const command = COMMANDS.find((candidate) => candidate.name === (name === 'help' ? args[0] : name))
  if (name === 'help' && args[0] === undefined) {
    process.stdout.write(USAGE)
    return EXIT.OK
  }
  if (command === undefined) {
    process.stderr.write(`beitrag: unknown command '${name === 'help' ? args[0] ?? '' : name}'\n\n${USAGE}`)
    return EXIT.USAGE
  }
  if (name === 'help' || wantsHelp(args)) {
    process.stdout.write(`${command.help}\n`)
    return EXIT.OK
  }
  try {
    return await command.run(args)
  } catch (error) {
    if (error instanceof UsageError || isArgumentError(error)) {
      process.stderr.write(`beitrag ${command.name}: ${error.message}\n${command.help.split('\n\n')[0] ?? ''}\n`)
      return EXIT.USAGE
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`)
      return EXIT.CONFIG
    }
    throw error
  }
}

// Not process.exit(): `serve` returns once it listens, and the server must keep the process alive.
process.exitCode = await main(process.argv.slice(2))
