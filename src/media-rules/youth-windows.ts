// Youth protection windows: the wall-clock hours in which media with an FSK rating may be played without an age
// check, e.g. FSK 16 from 22:00 to 06:00 Europe/Berlin time, with the daylight-saving switches handled by luxon.
import { DateTime } from 'luxon'

export const AGE_RATINGS = [0, 6, 12, 16, 18] as const
export type AgeRating = typeof AGE_RATINGS[number]

/** Minutes after local midnight: the window opens at `start` and closes at `end` (the next day when end <= start). */
export interface YouthWindow {
  rating: AgeRating
  start: number
  end: number
}

const PAIR = /^(0|6|12|16|18)=([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/

/** What is wrong with a YOUTH_WINDOWS setting, [] when nothing. */
export function youthWindowProblems (text: string): string[] {
  if (text.trim().toLowerCase() === 'none') return []
  const problems: string[] = []
  const seen = new Set<string>()
  for (const raw of text.split(',')) {
    const pair = raw.trim()
    const match = PAIR.exec(pair)
    if (match === null) {
      problems.push(`'${pair}' is not rating=HH:MM-HH:MM with a rating of 0, 6, 12, 16 or 18`)
      continue
    }
    if (seen.has(match[1] ?? '')) problems.push(`rating ${match[1] ?? ''} is given twice`)
    seen.add(match[1] ?? '')
    if (`${match[2] ?? ''}${match[3] ?? ''}` === `${match[4] ?? ''}${match[5] ?? ''}`) problems.push(`'${pair}' opens and closes at the same time`)
  }
  return problems
}

/** The windows of a valid YOUTH_WINDOWS setting ('none': no windows). */
export function parseYouthWindows (text: string): YouthWindow[] {
  if (text.trim().toLowerCase() === 'none') return []
  return text.split(',').map((raw) => {
    const [, rating, sh, sm, eh, em] = PAIR.exec(raw.trim()) ?? []
    return { rating: Number(rating) as AgeRating, start: Number(sh) * 60 + Number(sm), end: Number(eh) * 60 + Number(em) }
  }).sort((a, b) => a.rating - b.rating)
}

/** The window that restricts media of `rating`: that of the highest configured rating at or below it; none below the lowest. */
export function windowFor (windows: YouthWindow[], rating: number | null): YouthWindow | undefined {
  if (rating === null) return undefined
  let found: YouthWindow | undefined
  for (const window of windows) if (window.rating <= rating) found = window
  return found
}

function at (day: DateTime, minutes: number): number {
  // A time the spring switch skips (02:30) is moved forward by luxon to the first instant that exists.
  return day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0, millisecond: 0 }).toMillis()
}

const RECENT_LIMIT = 256

// A window's occurrences change once a local day: they are kept per day, as the window states are per instant.
const days = new Map<string, Array<[number, number]>>()

/** The window's occurrences around `now` as [opens, closes) instants, oldest first. */
function occurrences (window: YouthWindow, now: number, zone: string): Array<[number, number]> {
  const today = DateTime.fromMillis(now, { zone }).startOf('day')
  const key = `${zone}|${window.start}|${window.end}|${today.toISODate() ?? ''}`
  const known = days.get(key)
  if (known !== undefined) return known
  const result: Array<[number, number]> = []
  for (let offset = -1; offset <= 2; offset++) {
    const day = today.plus({ days: offset })
    const closesOn = window.end <= window.start ? day.plus({ days: 1 }) : day
    result.push([at(day, window.start), at(closesOn, window.end)])
  }
  if (days.size >= RECENT_LIMIT) days.clear()
  days.set(key, result)
  return result
}

export interface WindowState {
  /** Whether the window is open at `now`. */
  open: boolean
  /** The next instant the window opens or closes. */
  nextChange: number
  /** The next instant it opens: now itself when it is open. */
  nextOpen: number
  /** The last instant at or before `now` at which it opened or closed. */
  lastChange: number
}

// Time-zone arithmetic is the costly part of a decision, and every request decides at its own instant. A window's
// state holds for the whole span from its last change to its next one, so each window keeps the span it was last
// found in and answers any instant inside it without arithmetic; an instant outside it (a clock set back, a request
// past the change) computes afresh.
interface Span { from: number, state: WindowState }
const spans = new Map<string, Span>()

/** Whether the window is open at `now` (an epoch millisecond instant), and when that changes. */
export function windowState (window: YouthWindow, now: number, zone: string): WindowState {
  const key = `${zone}|${window.start}|${window.end}`
  const span = spans.get(key)
  if (span !== undefined && span.from <= now && now < span.state.nextChange) {
    return span.state.open ? { ...span.state, nextOpen: now } : span.state
  }
  const state = computeWindowState(window, now, zone)
  if (spans.size >= RECENT_LIMIT) spans.clear()
  spans.set(key, { from: state.lastChange, state })
  return state
}

function computeWindowState (window: YouthWindow, now: number, zone: string): WindowState {
  const spans = occurrences(window, now, zone)
  const current = spans.find(([opens, closes]) => opens <= now && now < closes)
  if (current !== undefined) return { open: true, nextChange: current[1], nextOpen: now, lastChange: current[0] }
  const next = spans.find(([opens]) => opens > now)
  // Four days of occurrences always hold the next opening and the last closing; the fallbacks keep the type honest.
  const nextOpen = next?.[0] ?? now + 86_400_000
  const lastClose = spans.map(([, closes]) => closes).filter((closes) => closes <= now).at(-1) ?? now - 86_400_000
  return { open: false, nextChange: nextOpen, nextOpen, lastChange: lastClose }
}

/** The first instant at or after `from` at which the window is open. */
export function nextOpenAt (window: YouthWindow, from: number, zone: string): number {
  return windowState(window, from, zone).nextOpen
}
