import t from 'tap'
import { parseGermanDate, parseGermanDuration } from '../../src/import/german-dates.js'

t.test('dates in Berlin time become UTC', async (t) => {
  t.equal(parseGermanDate('26.04.2019'), '2019-04-25T22:00:00.000Z', 'summer time, start of day')
  t.equal(parseGermanDate('26.04.2019, 08:30 Uhr'), '2019-04-26T06:30:00.000Z')
  t.equal(parseGermanDate('05.01.2024 14.05'), '2024-01-05T13:05:00.000Z', 'winter time, dot as time separator')
  t.equal(parseGermanDate('Datum: 1.2.2023'), '2023-01-31T23:00:00.000Z')
  t.equal(parseGermanDate(''), null)
  t.equal(parseGermanDate('31.02.2023'), null, 'no such day')
  t.equal(parseGermanDate('gestern'), null)
})

t.test('running times', async (t) => {
  t.equal(parseGermanDuration('1 min'), 60)
  t.equal(parseGermanDuration('0:52 min'), 52)
  t.equal(parseGermanDuration('23:21 min'), 1401)
  t.equal(parseGermanDuration('1:02:03'), 3723)
  t.equal(parseGermanDuration('45 Sek.'), 45)
  t.equal(parseGermanDuration('2 Std. 5 Min.'), 7500)
  t.equal(parseGermanDuration('3 Minuten'), 180)
  t.equal(parseGermanDuration(''), null)
  t.equal(parseGermanDuration('lang'), null)
  t.equal(parseGermanDuration('5 constructor'), null)
})
