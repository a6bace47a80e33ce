// Opaque pagination cursors: base64url JSON naming the list they belong to and the position to continue after.
import { InvalidCursorError } from '../errors.js'

/** Encodes a position in the list called `list`. */
export function encodeCursor (list: string, position: unknown[]): string {
  return Buffer.from(JSON.stringify([list, ...position])).toString('base64url')
}

/**
 * The position inside `cursor`, after checking it belongs to `list` and that `isPosition` accepts it;
 * anything else, tampered or from another list, is a 400.
 */
export function decodeCursor<T extends unknown[]> (list: string, cursor: string, isPosition: (value: unknown[]) => value is T): T {
  let decoded: unknown
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    decoded = undefined
  }
  if (!Array.isArray(decoded) || decoded[0] !== list) {
    throw new InvalidCursorError("query parameter 'cursor' is not a cursor of this list; use the nextCursor of a previous page")
  }
  const position = decoded.slice(1)
  if (!isPosition(position)) {
    throw new InvalidCursorError("query parameter 'cursor' is damaged; use the nextCursor of a previous page")
  }
  return position
}
