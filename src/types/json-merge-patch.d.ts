// Types for json-merge-patch, which ships none.
declare module 'json-merge-patch' {
  /** Applies an RFC 7396 merge patch to `target` (which it may modify) and returns the result. */
  export function apply (target: unknown, patch: unknown): unknown
  export function generate (before: unknown, after: unknown): unknown
  export function merge (patch1: unknown, patch2: unknown): unknown
}
