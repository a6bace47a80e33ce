// Command-line options shared by the bench scripts.

/** A whole-number option within bounds; anything else prints what is allowed and the usage, and exits 64 (EX_USAGE). */
export function integerOption (value: string | undefined, fallback: number, min: number, max: number, name: string, usage: string): number {
  const parsed = value === undefined ? fallback : Number(value)
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    process.stderr.write(`--${name} must be a whole number from ${min} to ${max}\n\n${usage}\n`)
    process.exit(64)
  }
  return parsed
}
