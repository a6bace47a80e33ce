// What every `beitrag` subcommand is: a name, its help text, and a function from arguments to an exit code.

export interface Command {
  name: string
  /** One line for `beitrag --help`. */
  summary: string
  /** The full text `beitrag <name> --help` prints: usage first, then what it does, its options and its exit codes. */
  help: string
  run: (args: string[]) => Promise<number>
}

/** Exit codes from BSD's sysexits.h, which scripts and service managers already know. */
export const EXIT = {
  OK: 0,
  FAILURE: 1,
  USAGE: 64,
  NO_INPUT: 66,
  UNAVAILABLE: 69,
  CANT_CREATE: 73,
  CONFIG: 78
} as const

/** A mistake in how the command was called: reported with the command's usage line and exit code 64. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** `--help` or `-h` anywhere among the arguments. */
export function wantsHelp (args: string[]): boolean {
  return args.includes('--help') || args.includes('-h')
}

/** The environment variables every command that opens the database reads. */
export const DATABASE_ENVIRONMENT = `Environment:
  DATABASE_PATH    the SQLite file (default ./data/beitrag.db)`
