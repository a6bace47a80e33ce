import { readdirSync, readFileSync } from 'node:fs'
import t from 'tap'
import { parseArticle } from '../../src/import/importer.js'
import type { ParsedArticle, ParsedMedia } from '../../src/import/parsed.js'
import { build } from '../helper.js'
import { blockTexts } from '../../src/lib/rich-text.js'

// Pages in the shapes the importer once got wrong, written for these tests; each is checked field by field.
const DIR = new URL('../fixtures/pages/shapes/', import.meta.url)
const fixture = (name: string): string => readFileSync(new URL(name, DIR), 'utf8')
const NOW = '2025-06-01T12:00:00.000Z'

interface Expected {
  kicker: string | null
  title: string
  byline: string | null
  teaser: string | null
  publishedAt: string | null
  breadcrumb: string[]
  /** Headings as "## …", then the blocks' text, in order. */
  body: string[]
  media: Array<Pick<ParsedMedia, 'type' | 'role' | 'caption' | 'credit' | 'durationSeconds' | 'date' | 'availableUntil'>>
  warnings: string[]
}

// The two long paragraphs of 20-long-paragraphs.txt, each one line of the file: neither merged nor cut.
const LONG = fixture('20-long-paragraphs.txt').split('\n').filter((line) => line.length > 500)

const EXPECTED: Record<string, Expected> = {
  '01-kicker-colon-tight.txt': {
    kicker: 'Klimakonferenz',
    title: 'Einigung in letzter Minute',
    byline: null,
    teaser: 'Nach zwei Wochen zäher Verhandlungen haben sich die Delegierten auf eine Abschlusserklärung geeinigt.',
    publishedAt: '2023-11-18T21:40:00.000Z',
    breadcrumb: [],
    body: [
      'Nach zwei Wochen zäher Verhandlungen haben sich die Delegierten auf eine Abschlusserklärung geeinigt.',
      'Die Staaten wollen ihre Emissionen bis zum Ende des Jahrzehnts deutlich senken. Konkrete Zahlen nennt das Papier allerdings nicht.',
      'Umweltverbände sprachen von einem Minimalkompromiss. Die Gastgeber lobten dagegen den Willen zur Zusammenarbeit.'
    ],
    media: [],
    warnings: []
  },
  '02-kicker-colon-tight-breadcrumb.txt': {
    kicker: 'Bundesliga',
    title: 'Aufsteiger schlägt den Meister',
    byline: null,
    teaser: 'Mit einem späten Treffer hat der Aufsteiger den amtierenden Meister besiegt. Die Fans feierten bis in die Nacht.',
    publishedAt: '2022-10-02T17:31:00.000Z',
    breadcrumb: ['Sport', 'Fußball'],
    body: [
      'Mit einem späten Treffer hat der Aufsteiger den amtierenden Meister besiegt. Die Fans feierten bis in die Nacht.',
      'Das entscheidende Tor fiel in der 89. Minute nach einer Ecke.',
      'Der Trainer des Meisters zeigte sich enttäuscht: Seine Mannschaft habe die Chancen nicht genutzt.'
    ],
    media: [],
    warnings: []
  },
  '03-caption-runs-into-video.txt': {
    kicker: 'Hafenerweiterung',
    title: 'Bagger rollen ab Montag',
    byline: null,
    teaser: 'Der Ausbau des Containerhafens beginnt früher als geplant. Anwohner fürchten monatelangen Lärm.',
    publishedAt: '2021-04-02T22:00:00.000Z',
    breadcrumb: [],
    body: [
      'Die Arbeiten sollen zwei Jahre dauern. Das Land beteiligt sich mit 80 Millionen Euro.',
      'Eine Bürgerinitiative hat bereits Klage angekündigt.'
    ],
    media: [
      { type: 'video', role: 'lead', caption: 'Der Hafenchef zeigte sich zuversichtlich: „Wir liegen gut im Zeitplan“, sagte er.', credit: null, durationSeconds: 75, date: '2021-04-02T22:00:00.000Z', availableUntil: null }
    ],
    warnings: []
  },
  '04-caption-runs-into-video-availability.txt': {
    kicker: 'Wetter',
    title: 'Erster Schnee in den Alpen',
    byline: null,
    teaser: 'In den bayerischen Alpen ist in der Nacht der erste Schnee gefallen. Auf den Straßen wurde es glatt.',
    publishedAt: '2022-11-11T23:00:00.000Z',
    breadcrumb: [],
    body: [
      'Der Wetterdienst erwartet bis zum Wochenende weitere Niederschläge. Oberhalb von 1.000 Metern kann es bis zu 20 Zentimeter Neuschnee geben.',
      'Autofahrer sollten Winterreifen aufziehen.'
    ],
    media: [
      { type: 'video', role: 'lead', caption: 'Ein Räumfahrzeug auf der Passstraße am frühen Morgen!', credit: null, durationSeconds: 45, date: '2022-11-11T23:00:00.000Z', availableUntil: '2023-11-12T23:00:00.000Z' }
    ],
    warnings: []
  },
  '05-teaser-runs-into-video.txt': {
    kicker: null,
    title: 'Wahlabend in Magdeburg',
    byline: null,
    teaser: 'Die Regierungspartei bleibt stärkste Kraft, verliert aber deutlich an Stimmen. Die Koalition muss neu verhandeln.',
    publishedAt: null,
    breadcrumb: [],
    body: [
      'Nach den ersten Hochrechnungen kommt die Partei auf gut ein Drittel der Stimmen.',
      'Die Wahlbeteiligung lag etwas höher als vor fünf Jahren.'
    ],
    media: [
      { type: 'video', role: 'lead', caption: 'Die Regierungspartei bleibt stärkste Kraft, verliert aber deutlich an Stimmen. Die Koalition muss neu verhandeln.', credit: null, durationSeconds: 150, date: '2021-06-05T22:00:00.000Z', availableUntil: null }
    ],
    warnings: ['no publication date found']
  },
  '06-video-page-furniture-line.txt': {
    kicker: null,
    title: 'Ein Feuer hat in der Nacht eine Lagerhalle im Gewerbegebiet zerstört',
    byline: null,
    teaser: null,
    publishedAt: null,
    breadcrumb: [],
    body: [
      'Ein Feuer hat in der Nacht eine Lagerhalle im Gewerbegebiet zerstört. Verletzt wurde niemand, der Schaden geht in die Millionen.'
    ],
    media: [
      { type: 'video', role: 'lead', caption: 'Ein Feuer hat in der Nacht eine Lagerhalle im Gewerbegebiet zerstört. Verletzt wurde niemand, der Schaden geht in die Millionen.', credit: null, durationSeconds: 180, date: '2020-05-13T22:00:00.000Z', availableUntil: '2022-05-14T22:00:00.000Z' }
    ],
    warnings: ['no title found: title derived from the first sentence', 'no publication date found', 'no teaser found']
  },
  '07-video-page-furniture-time.txt': {
    kicker: null,
    title: 'Schülerinnen und Schüler aus ganz Europa haben in Straßburg über die Zukunft der Union diskutiert',
    byline: null,
    teaser: null,
    publishedAt: null,
    breadcrumb: [],
    body: [
      'Schülerinnen und Schüler aus ganz Europa haben in Straßburg über die Zukunft der Union diskutiert. Ihre Vorschläge gehen an das Parlament.'
    ],
    media: [
      { type: 'video', role: 'lead', caption: 'Schülerinnen und Schüler aus ganz Europa haben in Straßburg über die Zukunft der Union diskutiert. Ihre Vorschläge gehen an das Parlament.', credit: null, durationSeconds: 90, date: '2021-09-01T22:00:00.000Z', availableUntil: '2026-09-02T22:00:00.000Z' }
    ],
    warnings: ['no title found: title derived from the first sentence', 'no publication date found', 'no teaser found']
  },
  '08-video-page-with-title.txt': {
    kicker: null,
    title: 'Rettung aus dem Eis',
    byline: null,
    teaser: 'Zwei Angler sind auf einem zugefrorenen See eingebrochen. Feuerwehrleute zogen sie mit einem Schlitten ans Ufer.',
    publishedAt: null,
    breadcrumb: [],
    body: [
      'Zwei Angler sind auf einem zugefrorenen See eingebrochen. Feuerwehrleute zogen sie mit einem Schlitten ans Ufer.'
    ],
    media: [
      { type: 'video', role: 'lead', caption: 'Zwei Angler sind auf einem zugefrorenen See eingebrochen. Feuerwehrleute zogen sie mit einem Schlitten ans Ufer.', credit: null, durationSeconds: 120, date: '2024-01-27T23:00:00.000Z', availableUntil: '2025-01-28T23:00:00.000Z' }
    ],
    warnings: ['no publication date found']
  },
  '09-briefing-author-box.txt': {
    kicker: 'Der Morgen',
    title: 'Was heute wichtig ist',
    byline: 'Von Anna Beispiel',
    teaser: 'Guten Morgen, heute stellt die Regierung den Haushalt für das kommende Jahr vor.',
    publishedAt: null,
    breadcrumb: [],
    body: [
      'Guten Morgen, heute stellt die Regierung den Haushalt für das kommende Jahr vor.',
      'Die Opposition kündigte bereits scharfe Kritik an den geplanten Kürzungen an.',
      'Außerdem wird es in weiten Teilen des Landes wieder wärmer.',
      'Am Nachmittag sind im Süden einzelne Gewitter möglich.'
    ],
    media: [
      { type: 'video', role: 'inline', caption: 'Haushaltsdebatte im Bundestag', credit: null, durationSeconds: 725, date: '2021-05-11T22:00:00.000Z', availableUntil: null }
    ],
    warnings: ['no publication date found']
  },
  '10-briefing-author-line.txt': {
    kicker: 'Am Abend',
    title: 'Der Tag in drei Minuten',
    byline: 'Von Jonas Muster',
    teaser: 'Der Stadtrat hat den Bau der neuen Straßenbahnlinie beschlossen. Die ersten Züge sollen in fünf Jahren fahren.',
    publishedAt: null,
    breadcrumb: [],
    body: [
      'Im Landtag ging es um die Versorgung mit Hausärzten auf dem Land.',
      'Morgen wird es freundlich bei bis zu 14 Grad.'
    ],
    media: [
      { type: 'video', role: 'lead', caption: 'Die Pläne für die Trasse', credit: null, durationSeconds: 200, date: '2023-03-07T23:00:00.000Z', availableUntil: null },
      { type: 'video', role: 'inline', caption: 'Stimmen aus der Debatte', credit: null, durationSeconds: 245, date: '2023-03-07T23:00:00.000Z', availableUntil: null }
    ],
    warnings: ['no publication date found']
  },
  '11-briefing-name-alone.txt': {
    kicker: 'Wochenrückblick',
    title: 'Was die Region bewegt hat',
    byline: 'Von Marie Beispielfrau',
    teaser: 'Die Bauarbeiten an der Talbrücke sind abgeschlossen. Ab Freitag rollt der Verkehr wieder in beide Richtungen.',
    publishedAt: null,
    breadcrumb: [],
    body: [
      'Das Freibad öffnet nach der Sanierung eine Woche früher als angekündigt.'
    ],
    media: [
      { type: 'video', role: 'lead', caption: 'Freigabe der Talbrücke', credit: null, durationSeconds: 105, date: '2022-06-16T22:00:00.000Z', availableUntil: null }
    ],
    warnings: ['no publication date found']
  },
  '12-photo-caption-agency.txt': {
    kicker: null,
    title: 'Gegen die geplante Schulreform haben am Samstag Tausende Menschen in Hannover demonstriert',
    byline: null,
    teaser: null,
    publishedAt: null,
    breadcrumb: [],
    body: [
      'Gegen die geplante Schulreform haben am Samstag Tausende Menschen in Hannover demonstriert. Die Veranstalter sprachen von mehr als 5.000 Teilnehmenden.',
      'Die Landesregierung will die Zahl der Schulformen verringern. Eltern und Lehrkräfte fürchten größere Klassen.',
      'Das Kultusministerium kündigte Gespräche mit den Verbänden an.'
    ],
    media: [
      { type: 'image', role: 'lead', caption: 'Demonstrierende vor dem Landtag in Hannover. Rund 3.000 Menschen wollten ihren Unmut über die Schulreform äußern.', credit: 'AGENTUR / Fotograf', durationSeconds: null, date: null, availableUntil: null }
    ],
    warnings: ['no title found: title derived from the first sentence', 'no publication date found', 'no teaser found']
  },
  '13-photo-caption-sender-credit.txt': {
    kicker: null,
    title: 'Schleswig-Holstein hat im ersten Halbjahr so viel Windstrom erzeugt wie nie zuvor',
    byline: null,
    teaser: null,
    publishedAt: '2023-09-21T09:05:00.000Z',
    breadcrumb: [],
    body: [
      'Schleswig-Holstein hat im ersten Halbjahr so viel Windstrom erzeugt wie nie zuvor. Das geht aus Zahlen des Statistikamts hervor.',
      'Ein Grund sei der Ausbau an Land, sagte die Energieministerin.',
      'Netzbetreiber mussten dennoch zahlreiche Anlagen zeitweise abregeln.'
    ],
    media: [
      { type: 'image', role: 'lead', caption: 'Ein Windrad auf einem Feld bei Husum.', credit: '© Beispielsender / Max Muster', durationSeconds: null, date: null, availableUntil: null }
    ],
    warnings: ['no title found: title derived from the first sentence', 'no teaser found']
  },
  '14-sample-shape-no-video.txt': {
    kicker: 'Streit um Windpark',
    title: 'Gemeinderat vertagt Entscheidung',
    byline: null,
    teaser: 'Der Gemeinderat hat die Abstimmung über den Windpark verschoben. Zu viele Fragen seien offen.',
    publishedAt: null,
    breadcrumb: [],
    body: [
      'Der Gemeinderat hat die Abstimmung über den Windpark verschoben. Zu viele Fragen seien offen.',
      'Mehr als 200 Bürgerinnen und Bürger kamen am Mittwochabend in die Stadthalle.',
      '## Umstrittene Standorte',
      'Die geplanten Anlagen sollen nur 800 Meter von der nächsten Siedlung entfernt stehen.'
    ],
    media: [],
    warnings: ['no publication date found']
  },
  '15-sample-shape-no-video-single-lines.txt': {
    kicker: 'Neue Fähre',
    title: 'Pendler müssen umsteigen',
    byline: null,
    teaser: 'Die alte Fähre über den Fluss wird nach 40 Jahren ausgemustert. Ab März fährt ein Elektroschiff.',
    publishedAt: '2024-01-08T23:00:00.000Z',
    breadcrumb: [],
    body: [
      'Die alte Fähre über den Fluss wird nach 40 Jahren ausgemustert. Ab März fährt ein Elektroschiff.',
      'Das neue Schiff bietet Platz für 60 Autos und 300 Fahrgäste.',
      'Während der Umstellung fällt der Betrieb für zwei Wochen aus.'
    ],
    media: [],
    warnings: []
  },
  '16-sample-shape-date-in-teaser.txt': {
    kicker: 'Tarifstreit',
    title: 'Warnstreik im Nahverkehr',
    byline: null,
    teaser: 'Am 15.03.2024 stehen Busse und Bahnen in vielen Städten still. Die Gewerkschaft ruft zu ganztägigen Streiks auf.',
    publishedAt: '2024-03-14T05:00:00.000Z',
    breadcrumb: [],
    body: [
      'Am 15.03.2024 stehen Busse und Bahnen in vielen Städten still. Die Gewerkschaft ruft zu ganztägigen Streiks auf.',
      'Betroffen sind vor allem Pendlerinnen und Pendler in den Ballungsräumen.',
      'Die Arbeitgeber nannten den Streik unverhältnismäßig.'
    ],
    media: [],
    warnings: []
  },
  '17-teaser-only-paragraph.txt': {
    kicker: 'Bahnstrecke gesperrt',
    title: 'Baum auf den Gleisen',
    byline: null,
    teaser: 'Nach einem Sturm ist ein Baum auf die Strecke zwischen Hagen und Siegen gestürzt. Züge fallen bis zum Abend aus.',
    publishedAt: null,
    breadcrumb: [],
    body: [
      'Nach einem Sturm ist ein Baum auf die Strecke zwischen Hagen und Siegen gestürzt. Züge fallen bis zum Abend aus.'
    ],
    media: [],
    warnings: ['no publication date found']
  },
  '18-blank-runs-and-indentation.txt': {
    kicker: 'Ehrenamt',
    title: 'Tafeln suchen Helfer',
    byline: null,
    teaser: 'Die Tafeln im Land suchen dringend Freiwillige. Immer mehr Menschen sind auf Lebensmittelspenden angewiesen.',
    publishedAt: null,
    breadcrumb: [],
    body: [
      'Die Tafeln im Land suchen dringend Freiwillige. Immer mehr Menschen sind auf Lebensmittelspenden angewiesen.',
      'Besonders am Vormittag fehlen Fahrerinnen und Fahrer, die Spenden bei Supermärkten abholen.',
      'Wer helfen will, kann sich bei der nächsten Ausgabestelle melden.',
      'Viele Helfer sind selbst schon im Rentenalter.'
    ],
    media: [],
    warnings: ['no publication date found']
  },
  '19-hard-wrapped.txt': {
    kicker: 'Bibliothek',
    title: 'Längere Öffnungszeiten ab Mai',
    byline: null,
    teaser: 'Die Stadtbibliothek öffnet ab dem 1. Mai auch am Sonntag. Zunächst ist ein Probebetrieb bis zum Jahresende geplant, danach will der Rat über eine dauerhafte Lösung entscheiden.',
    publishedAt: null,
    breadcrumb: [],
    body: [
      'Die Stadtbibliothek öffnet ab dem 1. Mai auch am Sonntag. Zunächst ist ein Probebetrieb bis zum Jahresende geplant, danach will der Rat über eine dauerhafte Lösung entscheiden.',
      'Finanziert wird das zusätzliche Personal aus einem Förderprogramm des Landes. Die Bibliotheksleitung rechnet mit vielen Familien, die unter der Woche keine Zeit für einen Besuch haben.',
      'Auch die Zweigstellen in den Stadtteilen sollen später folgen.'
    ],
    media: [],
    warnings: ['no publication date found']
  },
  '20-long-paragraphs.txt': {
    kicker: 'Krankenhausreform',
    title: 'Kommission legt Bericht vor',
    byline: null,
    teaser: 'Die Regierungskommission empfiehlt einen grundlegenden Umbau der Kliniklandschaft.',
    publishedAt: '2023-02-07T13:10:00.000Z',
    breadcrumb: [],
    body: [
      'Die Regierungskommission empfiehlt einen grundlegenden Umbau der Kliniklandschaft.',
      LONG[0] ?? '',
      LONG[1] ?? '',
      'Die Opposition sprach von einem Papier ohne Zahlen.'
    ],
    media: [],
    warnings: []
  },
  '21-combined-shapes.txt': {
    kicker: 'Museum',
    title: 'Rekord bei der Langen Nacht',
    byline: 'Von Lea Beispiel',
    teaser: 'So viele Gäste wie nie kamen in diesem Jahr zur Langen Nacht der Museen. Einige Häuser mussten zeitweise schließen.',
    publishedAt: '2023-05-20T21:50:00.000Z',
    breadcrumb: ['Nachrichten', 'Kultur'],
    body: [
      'Mehr als 40.000 Tickets wurden verkauft. Besonders gefragt waren die Führungen hinter den Kulissen.',
      'Die Stadt will die Veranstaltung im nächsten Jahr auf zwei Nächte ausweiten.'
    ],
    media: [
      { type: 'video', role: 'lead', caption: 'Besucher vor dem Naturkundemuseum, kurz nach Mitternacht.', credit: null, durationSeconds: 65, date: '2023-05-19T22:00:00.000Z', availableUntil: null },
      { type: 'image', role: 'inline', caption: 'Ausstellungsstücke aus dem Depot.', credit: 'ARCHIV / Beispielfotografin', durationSeconds: null, date: null, availableUntil: null }
    ],
    warnings: []
  },
  '22-stand-sentence-and-labels.txt': {
    kicker: 'Brückensanierung',
    title: 'Stadt rechnet mit höheren Kosten',
    byline: null,
    teaser: 'Die Sanierung der Rheinbrücke wird teurer als geplant. Der Rat soll nächste Woche über zusätzliche Mittel beraten.',
    publishedAt: '2023-10-11T06:00:00.000Z',
    breadcrumb: [],
    body: [
      'Die Sanierung der Rheinbrücke wird teurer als geplant. Der Rat soll nächste Woche über zusätzliche Mittel beraten.',
      'Stand der Dinge ist, dass zwei Pfeiler vollständig erneuert werden müssen.',
      'Aktualisiert werden die Planungen erst, wenn das Gutachten vorliegt.',
      'Veröffentlicht hat die Stadt bislang nur eine Kostenschätzung.'
    ],
    media: [],
    warnings: []
  }
}

function bodyOf (article: ParsedArticle): string[] {
  return article.sections.flatMap((section) => [
    ...(section.heading === null ? [] : [`## ${section.heading}`]),
    ...section.blocks.map((block) => block.type === 'media' ? `[media ${block.mediaId}]` : blockTexts(block).join('\n'))
  ])
}

t.test('every page in the fixtures is checked', async (t) => {
  t.same(readdirSync(DIR).sort(), Object.keys(EXPECTED).sort())
  t.ok(Object.keys(EXPECTED).length >= 20)
  t.equal(LONG.length, 2)
})

for (const [name, expected] of Object.entries(EXPECTED)) {
  t.test(name, async (t) => {
    const article = parseArticle(name, fixture(name))
    t.equal(article.format, 'text')
    t.equal(article.kicker, expected.kicker, 'kicker')
    t.equal(article.title, expected.title, 'title')
    t.equal(article.byline, expected.byline, 'byline')
    t.equal(article.teaser, expected.teaser, 'teaser')
    t.equal(article.publishedAt, expected.publishedAt, 'publishedAt')
    t.same(article.breadcrumb, expected.breadcrumb, 'breadcrumb')
    t.same(bodyOf(article), expected.body, 'body')
    t.same(article.media.map(({ type, role, caption, credit, durationSeconds, date, availableUntil }) => ({ type, role, caption, credit, durationSeconds, date, availableUntil })), expected.media, 'media')
    t.same(article.warnings, expected.warnings, 'warnings')
    // No player furniture, credit or author box survives in any text of the article.
    const texts = [article.title, article.teaser, ...bodyOf(article), ...article.media.map((m) => m.caption)].filter((x): x is string => x !== null)
    for (const text of texts) {
      t.notMatch(text, /\d+(?::\d{2})? min\b|verfügbar bis|herunterladen|^\|$|^Update$|AGENTUR|Beispielsender|^von\b/, `no furniture in "${text.slice(0, 40)}…"`)
    }
  })
}

t.test('all of them import whole, and again unchanged', async (t) => {
  const app = await build(t, { SEED_SAMPLE: 'false' })
  for (const name of Object.keys(EXPECTED)) {
    const result = app.context.importer.importText(name, fixture(name), NOW)
    t.equal(result.outcome, 'created', name)
    const article = app.context.articles.getById(result.articleId, { now: NOW, preview: true })
    t.equal(article?.title, EXPECTED[name]?.title, `${name} is stored with its title`)
    t.equal(app.context.importer.importText(name, fixture(name), NOW).outcome, 'unchanged')
  }
})
