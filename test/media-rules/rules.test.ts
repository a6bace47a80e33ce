// The rules as a pure function: each reason at its exact boundary instants, the youth protection windows across
// both daylight-saving switches of 2026 in Europe/Berlin, age-check tokens and geo allow-lists.
import t from 'tap'
import { playability, type RuleFacts, type Viewer } from '../../src/media-rules/rules.js'
import { parseYouthWindows, youthWindowProblems } from '../../src/media-rules/youth-windows.js'

const settings = { windows: parseYouthWindows('16=22:00-06:00,18=23:00-06:00'), timeZone: 'Europe/Berlin' }
const free: RuleFacts = { availableFrom: null, availableUntil: null, allowedRegions: [], ageRating: null }
const ms = (iso: string): number => Date.parse(iso)
function viewer (now: string, overrides: Partial<Viewer> = {}): Viewer {
  return { now: ms(now), country: 'DE', verifiedAge: null, verifiedUntil: null, ...overrides }
}
const decide = (facts: Partial<RuleFacts>, now: string, overrides: Partial<Viewer> = {}) => playability({ ...free, ...facts }, viewer(now, overrides), settings)

t.test('media without rules are playable and never change', async (t) => {
  t.same(decide({}, '2026-06-01T12:00:00.000Z'), { dependsOnCountry: false, dependsOnAge: false, playable: true, reason: null, playableFrom: null, nextChange: null, lastChange: null, usedToken: false })
})

t.test('the availability window: playable from availableFrom inclusive until availableUntil exclusive', async (t) => {
  const window = { availableFrom: '2026-06-01T10:00:00.000Z', availableUntil: '2026-06-08T22:00:00.000Z' }
  t.match(decide(window, '2026-06-01T09:59:59.999Z'), { playable: false, reason: 'not-yet-available', playableFrom: '2026-06-01T10:00:00.000Z', nextChange: ms('2026-06-01T10:00:00.000Z') })
  t.match(decide(window, '2026-06-01T10:00:00.000Z'), { playable: true, reason: null, playableFrom: null, nextChange: ms('2026-06-08T22:00:00.000Z') })
  t.match(decide(window, '2026-06-08T21:59:59.999Z'), { playable: true, nextChange: ms('2026-06-08T22:00:00.000Z') })
  t.match(decide(window, '2026-06-08T22:00:00.000Z'), { playable: false, reason: 'expired', playableFrom: null, nextChange: null })
  t.match(decide({ availableUntil: '2023-09-27T21:59:59.000Z' }, '2026-06-01T12:00:00.000Z'), { reason: 'expired' }, '"Video verfügbar bis 27.09.2023"')
})

t.test('geo allow-lists: the viewer\'s country must be listed; unknown countries are blocked', async (t) => {
  const dach = { allowedRegions: ['DE', 'AT', 'CH'] }
  t.match(decide(dach, '2026-06-01T12:00:00.000Z'), { playable: true, dependsOnCountry: true })
  t.match(decide(dach, '2026-06-01T12:00:00.000Z', { country: 'FR' }), { playable: false, reason: 'geo-blocked', playableFrom: null })
  t.match(decide(dach, '2026-06-01T12:00:00.000Z', { country: null }), { playable: false, reason: 'geo-blocked' })
  t.match(decide({}, '2026-06-01T12:00:00.000Z', { country: null }), { playable: true, dependsOnCountry: false }, 'empty means worldwide')
})

t.test('reasons take precedence: expired, geo-blocked, not-yet-available, age-restricted', async (t) => {
  const everything = { availableFrom: '2026-06-02T00:00:00.000Z', availableUntil: '2026-06-09T00:00:00.000Z', allowedRegions: ['AT'], ageRating: 18 as const }
  t.match(decide(everything, '2026-06-01T12:00:00.000Z'), { reason: 'geo-blocked', playableFrom: null })
  t.match(decide(everything, '2026-06-01T12:00:00.000Z', { country: 'AT' }), { reason: 'not-yet-available', playableFrom: '2026-06-02T00:00:00.000Z' }, 'midnight in UTC is 02:00 in Berlin: inside the FSK 18 window')
  t.match(decide({ ...everything, availableFrom: '2026-06-02T10:00:00.000Z' }, '2026-06-01T12:00:00.000Z', { country: 'AT' }), { reason: 'not-yet-available', playableFrom: '2026-06-02T21:00:00.000Z' }, 'playable from the first window after availableFrom')
  t.match(decide(everything, '2026-06-09T00:00:00.000Z'), { reason: 'expired' })
  t.match(decide({ ageRating: 16, availableUntil: '2026-06-01T19:00:00.000Z' }, '2026-06-01T12:00:00.000Z'), { reason: 'age-restricted', playableFrom: null }, 'no window opens before it expires')
})

t.test('FSK 16 plays 22:00–06:00 and FSK 18 23:00–06:00 Berlin time (summer: UTC+2), exactly at the boundaries', async (t) => {
  t.match(decide({ ageRating: 16 }, '2026-06-01T19:59:59.999Z'), { playable: false, reason: 'age-restricted', playableFrom: '2026-06-01T20:00:00.000Z', nextChange: ms('2026-06-01T20:00:00.000Z'), dependsOnAge: true })
  t.match(decide({ ageRating: 16 }, '2026-06-01T20:00:00.000Z'), { playable: true, nextChange: ms('2026-06-02T04:00:00.000Z') })
  t.match(decide({ ageRating: 16 }, '2026-06-02T03:59:59.999Z'), { playable: true })
  t.match(decide({ ageRating: 16 }, '2026-06-02T04:00:00.000Z'), { playable: false, reason: 'age-restricted', playableFrom: '2026-06-02T20:00:00.000Z' })
  t.match(decide({ ageRating: 18 }, '2026-06-01T20:30:00.000Z'), { playable: false, playableFrom: '2026-06-01T21:00:00.000Z' })
  t.match(decide({ ageRating: 18 }, '2026-06-01T21:00:00.000Z'), { playable: true })
  t.match(decide({ ageRating: 12 }, '2026-06-01T12:00:00.000Z'), { playable: true, dependsOnAge: false, nextChange: null }, 'FSK 12 has no window by default')
  t.match(decide({ ageRating: 0 }, '2026-06-01T12:00:00.000Z'), { playable: true, dependsOnAge: false })
})

t.test('winter time (UTC+1): the same wall-clock hours are other instants', async (t) => {
  t.match(decide({ ageRating: 16 }, '2026-12-01T20:59:59.999Z'), { playable: false, playableFrom: '2026-12-01T21:00:00.000Z' })
  t.match(decide({ ageRating: 16 }, '2026-12-01T21:00:00.000Z'), { playable: true, nextChange: ms('2026-12-02T05:00:00.000Z') })
  t.match(decide({ ageRating: 16 }, '2026-12-02T05:00:00.000Z'), { playable: false })
})

t.test('the night of the spring switch (29 March 2026, 02:00 CET → 03:00 CEST): seven hours of FSK 16', async (t) => {
  // Opens 22:00 CET = 21:00Z on the 28th, closes 06:00 CEST = 04:00Z on the 29th.
  t.match(decide({ ageRating: 16 }, '2026-03-28T20:59:59.999Z'), { playable: false, playableFrom: '2026-03-28T21:00:00.000Z' })
  t.match(decide({ ageRating: 16 }, '2026-03-28T21:00:00.000Z'), { playable: true, nextChange: ms('2026-03-29T04:00:00.000Z') })
  t.match(decide({ ageRating: 16 }, '2026-03-29T01:30:00.000Z'), { playable: true }, 'across the skipped hour')
  t.match(decide({ ageRating: 16 }, '2026-03-29T03:59:59.999Z'), { playable: true })
  t.match(decide({ ageRating: 16 }, '2026-03-29T04:00:00.000Z'), { playable: false, playableFrom: '2026-03-29T20:00:00.000Z' }, 'the next evening is summer time')
  t.match(decide({ ageRating: 18 }, '2026-03-28T21:59:59.999Z'), { playable: false, playableFrom: '2026-03-28T22:00:00.000Z' })
})

t.test('the night of the autumn switch (25 October 2026, 03:00 CEST → 02:00 CET): nine hours of FSK 16', async (t) => {
  // Opens 22:00 CEST = 20:00Z on the 24th, closes 06:00 CET = 05:00Z on the 25th.
  t.match(decide({ ageRating: 16 }, '2026-10-24T19:59:59.999Z'), { playable: false, playableFrom: '2026-10-24T20:00:00.000Z' })
  t.match(decide({ ageRating: 16 }, '2026-10-24T20:00:00.000Z'), { playable: true, nextChange: ms('2026-10-25T05:00:00.000Z') })
  t.match(decide({ ageRating: 16 }, '2026-10-25T00:30:00.000Z'), { playable: true }, 'the first 02:30')
  t.match(decide({ ageRating: 16 }, '2026-10-25T01:30:00.000Z'), { playable: true }, 'the second 02:30')
  t.match(decide({ ageRating: 16 }, '2026-10-25T04:59:59.999Z'), { playable: true })
  t.match(decide({ ageRating: 16 }, '2026-10-25T05:00:00.000Z'), { playable: false, playableFrom: '2026-10-25T21:00:00.000Z' }, 'the next evening is winter time')
})

t.test('a window that opens at a time the spring switch skips opens at the first instant that exists', async (t) => {
  const odd = { windows: parseYouthWindows('16=02:30-05:00'), timeZone: 'Europe/Berlin' }
  const before = playability({ ...free, ageRating: 16 }, viewer('2026-03-29T00:59:00.000Z'), odd)
  t.equal(before.playableFrom, '2026-03-29T01:30:00.000Z', '03:30 CEST')
})

t.test('an age-check token for the rating plays at any time, until it expires', async (t) => {
  const token = { verifiedAge: 18, verifiedUntil: ms('2026-06-01T13:00:00.000Z') }
  t.match(decide({ ageRating: 18 }, '2026-06-01T12:00:00.000Z', token), { playable: true, usedToken: true, nextChange: ms('2026-06-01T13:00:00.000Z') })
  t.match(decide({ ageRating: 18 }, '2026-06-01T12:00:00.000Z', { verifiedAge: 16, verifiedUntil: ms('2026-06-01T13:00:00.000Z') }), { playable: false, reason: 'age-restricted', usedToken: false }, 'a token for 16 does not open FSK 18')
  t.match(decide({ ageRating: 16 }, '2026-06-01T12:00:00.000Z', { verifiedAge: 16, verifiedUntil: ms('2026-06-01T13:00:00.000Z') }), { playable: true })
  t.match(decide({ ageRating: 12 }, '2026-06-01T12:00:00.000Z', token), { playable: true, usedToken: false }, 'unrestricted media do not depend on it')
})

t.test('YOUTH_WINDOWS: parsed, checked, and the highest window at or below a rating applies', async (t) => {
  t.same(youthWindowProblems('16=22:00-06:00,18=23:00-06:00'), [])
  t.same(youthWindowProblems('none'), [])
  t.match(youthWindowProblems('16=22-06'), [/not rating=HH:MM-HH:MM/])
  t.match(youthWindowProblems('17=22:00-06:00'), [/not rating=HH:MM-HH:MM/])
  t.match(youthWindowProblems('16=22:00-06:00,16=23:00-06:00'), [/given twice/])
  t.match(youthWindowProblems('16=22:00-22:00'), [/same time/])
  const only16 = { windows: parseYouthWindows('16=22:00-06:00'), timeZone: 'Europe/Berlin' }
  t.match(playability({ ...free, ageRating: 18 }, viewer('2026-06-01T20:30:00.000Z'), only16), { playable: true }, 'FSK 18 falls under the FSK 16 window')
  t.match(playability({ ...free, ageRating: 18 }, viewer('2026-06-01T12:00:00.000Z'), { windows: [], timeZone: 'Europe/Berlin' }), { playable: true, dependsOnAge: false })
})

t.test('decisions for output no request asked for take the anonymous viewer of the default country', async (t) => {
  const { MediaRules } = await import('../../src/media-rules/decisions.js')
  const rules = new MediaRules({ YOUTH_WINDOWS: '16=22:00-06:00', YOUTH_TIME_ZONE: 'Europe/Berlin', COUNTRY_HEADER: 'X-Country-Code', DEFAULT_COUNTRY: 'DE', AGE_TOKEN_HEADER: 'X-Age-Token', PLAYER_BASE_URL: 'https://player.example.org' })
  const decisions = rules.forAnonymous('2026-06-01T12:00:00.000Z')
  t.match(decisions.decide({ id: 'a', ...free, allowedRegions: ['DE'] }), { playable: true })
  t.match(decisions.decide({ id: 'b', ...free, ageRating: 16 }), { playable: false, reason: 'age-restricted' })
  t.equal(decisions.nextChange, ms('2026-06-01T20:00:00.000Z'))
  t.not(decisions.fingerprint, '')
})
