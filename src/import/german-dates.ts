// Dates and running times as German pages write them ("26.04.2019, 08:30 Uhr", "1 min", "0:52 min").
import { DateTime } from 'luxon'

const NEWSROOM_ZONE = 'Europe/Berlin'

/**
 * "26.04.2019" or "26.04.2019, 08:30 Uhr" in German local time → ISO 8601 UTC, or null when there is no valid date.
 * A date without a time stands for the start of that day in Berlin.
 */
export function parseGermanDate (text: string): string | null {
  const match = /(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*,?\s*(\d{1,2})[:.](\d{2})(?![.:]?\d)(?:\s*Uhr)?)?/.exec(text)
  if (match === null) return null
  const [, day, month, year, hour, minute] = match
  const local = DateTime.fromObject({
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: hour === undefined ? 0 : Number(hour),
    minute: minute === undefined ? 0 : Number(minute)
  }, { zone: NEWSROOM_ZONE })
  // toISOString() gives the one timestamp format the database compares as text.
  return local.isValid ? local.toJSDate().toISOString() : null
}

const UNIT_SECONDS = new Map<string, number>([
  ['h', 3600], ['std', 3600], ['stunde', 3600], ['stunden', 3600],
  ['min', 60], ['minute', 60], ['minuten', 60],
  ['s', 1], ['sek', 1], ['sekunde', 1], ['sekunden', 1]
])

/** "1 min" → 60, "0:52 min" → 52, "23:21 min" → 1401, "1:02:03" → 3723, "45 Sek." → 45, "2 Std." → 7200; null when unreadable. */
export function parseGermanDuration (text: string): number | null {
  const value = text.trim().toLowerCase()
  let match = /^(\d+):([0-5]\d):([0-5]\d)\b/.exec(value)
  if (match !== null) return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3])
  match = /^(\d+):([0-5]\d)\b/.exec(value)
  if (match !== null) return Number(match[1]) * 60 + Number(match[2])
  let seconds = 0
  let found = false
  for (const part of value.matchAll(/(\d+)\s*([a-z]+)\.?/g)) {
    const unit = UNIT_SECONDS.get(part[2] ?? '')
    if (unit === undefined) continue
    seconds += Number(part[1]) * unit
    found = true
  }
  return found ? seconds : null
}

/**
 * "Video verfügbar bis 27.09.2023" → the end of that day in Berlin (the next midnight, as an exclusive bound);
 * with a time ("27.09.2023, 23:59 Uhr"), that minute's end.
 */
export function parseAvailableUntil (text: string): string | null {
  const start = parseGermanDate(text)
  if (start === null) return null
  const hasTime = /\d{1,2}\.\d{1,2}\.\d{4}\s*,?\s*\d{1,2}[:.]\d{2}(?![.:]?\d)/.test(text)
  const local = DateTime.fromISO(start, { zone: NEWSROOM_ZONE }).plus(hasTime ? { minutes: 1 } : { days: 1 })
  return local.toJSDate().toISOString()
}
