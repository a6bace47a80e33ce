// Words, names and places for the generated corpus: German newsroom language with umlauts and ß, drawn with a
// Zipf-like skew so that some words are in most articles and others in a handful, as in real text.

/** A small, fast, seedable generator (mulberry32): the same seed gives the same corpus on every machine. */
export function random (seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Picks from `items` with weight 1/(rank+1): the first items are common, the last ones rare. */
export function zipf<T> (items: readonly T[]): (rnd: () => number) => T {
  const cumulative: number[] = []
  let total = 0
  for (let i = 0; i < items.length; i++) {
    total += 1 / (i + 1)
    cumulative.push(total)
  }
  return (rnd) => {
    const target = rnd() * total
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((cumulative[mid] ?? 0) < target) lo = mid + 1
      else hi = mid
    }
    return items[lo] as T
  }
}

// The most frequent content word first: it is the "common word" of the search scenarios.
export const NOUNS = [
  'Regierung', 'Gespräche', 'Präsident', 'Bundesregierung', 'Straße', 'Verhandlungen', 'Wirtschaft', 'Bürger', 'Länder',
  'Sicherheit', 'Grenze', 'Maßnahmen', 'Erklärung', 'Gipfel', 'Mehrheit', 'Parlament', 'Wahl', 'Koalition', 'Haushalt',
  'Unterstützung', 'Öffentlichkeit', 'Behörden', 'Polizei', 'Gericht', 'Urteil', 'Klage', 'Ministerium', 'Ausschuss',
  'Gesetz', 'Entwurf', 'Reform', 'Steuern', 'Renten', 'Löhne', 'Preise', 'Energie', 'Strompreise', 'Heizkosten', 'Mieten',
  'Wohnungen', 'Schulen', 'Lehrer', 'Schüler', 'Universität', 'Forschung', 'Klimaschutz', 'Überschwemmung', 'Hitze', 'Dürre',
  'Ernte', 'Landwirte', 'Verkehr', 'Bahn', 'Züge', 'Flughäfen', 'Häfen', 'Brücken', 'Autobahn', 'Baustelle', 'Stau',
  'Krankenhäuser', 'Ärzte', 'Pflegekräfte', 'Impfstoff', 'Gesundheit', 'Verbraucher', 'Unternehmen', 'Aktien', 'Börse',
  'Zölle', 'Exporte', 'Handel', 'Industrie', 'Gewerkschaft', 'Streik', 'Tarifverhandlungen', 'Arbeitsplätze', 'Fachkräfte',
  'Einwanderung', 'Asyl', 'Flüchtlinge', 'Bündnis', 'Streitkräfte', 'Abrüstung', 'Waffenruhe', 'Friedensgespräche',
  'Außenminister', 'Botschafter', 'Sanktionen', 'Opposition', 'Kanzler', 'Bürgermeister', 'Stadtrat', 'Gemeinde', 'Bürgerinitiative',
  'Fußball', 'Mannschaft', 'Trainer', 'Spielzeit', 'Tor', 'Meisterschaft', 'Stadion', 'Olympia', 'Medaille', 'Rekord',
  'Ausstellung', 'Museum', 'Theater', 'Konzert', 'Festival', 'Roman', 'Schriftstellerin', 'Künstler', 'Denkmal', 'Kirche',
  'Gutachten', 'Studie', 'Umfrage', 'Statistik', 'Prognose', 'Zinsen', 'Inflation', 'Währung', 'Schulden', 'Überschuss',
  'Großstadt', 'Dörfer', 'Küste', 'Gebirge', 'Wälder', 'Flüsse', 'Süden', 'Norden', 'Osten', 'Westen', 'Nachbarländer',
  'Gemeinschaft', 'Jugendliche', 'Familien', 'Senioren', 'Kinder', 'Frauen', 'Männer', 'Beschäftigte', 'Mitglieder', 'Wähler'
] as const

export const VERBS = [
  'fordert', 'kritisiert', 'betont', 'erklärt', 'kündigt an', 'lehnt ab', 'begrüßt', 'warnt', 'verspricht', 'prüft',
  'beschließt', 'verhandelt', 'unterstützt', 'bestätigt', 'weist zurück', 'sieht', 'hält fest', 'plant', 'erwägt', 'räumt ein',
  'schließt aus', 'berichtet', 'meldet', 'verschärft', 'lockert', 'verlängert', 'stoppt', 'genehmigt', 'überprüft', 'stärkt'
] as const

export const ADJECTIVES = [
  'neue', 'große', 'wichtige', 'öffentliche', 'politische', 'wirtschaftliche', 'soziale', 'schwierige', 'heftige', 'deutliche',
  'schnelle', 'gemeinsame', 'europäische', 'internationale', 'regionale', 'örtliche', 'künftige', 'frühere', 'geplante', 'umstrittene',
  'überraschende', 'längere', 'kürzere', 'höhere', 'niedrigere', 'weitere', 'grundsätzliche', 'mögliche', 'zusätzliche', 'bundesweite'
] as const

export const PLACES = [
  'Berlin', 'München', 'Hamburg', 'Köln', 'Frankfurt', 'Düsseldorf', 'Stuttgart', 'Leipzig', 'Dresden', 'Nürnberg',
  'Brüssel', 'Wien', 'Zürich', 'Paris', 'Warschau', 'Moskau', 'Peking', 'Washington', 'Wladiwostok', 'Göttingen',
  'Lübeck', 'Würzburg', 'Saarbrücken', 'Osnabrück', 'Mülheim', 'Fürth', 'Gießen', 'Tübingen', 'Bad Tölz', 'Füssen'
] as const

export const PEOPLE = [
  'Müller', 'Schäfer', 'Köhler', 'Weiß', 'Groß', 'Krüger', 'Bäcker', 'Schröder', 'Jäger', 'Günther',
  'Hoffmann', 'Schulz', 'Wagner', 'Becker', 'Fuchs', 'Lange', 'Vogel', 'Friedrich', 'Keller', 'Böhm'
] as const

export const FILLER = [
  'der', 'die', 'das', 'und', 'mit', 'für', 'über', 'nach', 'vor', 'bei', 'auch', 'noch', 'nicht', 'nur', 'schon',
  'sowie', 'zudem', 'jedoch', 'allerdings', 'außerdem', 'während', 'gegenüber', 'seit', 'bis', 'gegen'
] as const

/** Breadcrumbs as newsrooms use them: a few large departments, many small ones. */
export const BREADCRUMBS: ReadonlyArray<readonly string[]> = [
  ['Nachrichten', 'Politik', 'Deutschland'], ['Nachrichten', 'Politik', 'Ausland'], ['Nachrichten', 'Wirtschaft'],
  ['Nachrichten', 'Panorama'], ['Sport', 'Fußball', 'Bundesliga'], ['Nachrichten', 'Politik', 'Außenpolitik'],
  ['Kultur', 'Bücher'], ['Nachrichten', 'Wirtschaft', 'Börse'], ['Sport', 'Fußball', 'Champions League'],
  ['Wissen', 'Klima'], ['Nachrichten', 'Regionales', 'Bayern'], ['Nachrichten', 'Regionales', 'Nordrhein-Westfalen'],
  ['Kultur', 'Theater'], ['Sport', 'Wintersport'], ['Wissen', 'Gesundheit'], ['Nachrichten', 'Regionales', 'Baden-Württemberg'],
  ['Kultur', 'Musik'], ['Verbraucher', 'Geld'], ['Verbraucher', 'Reise'], ['Wissen', 'Forschung'], ['Sport', 'Olympia'],
  ['Nachrichten', 'Regionales', 'Thüringen'], ['Kultur', 'Kunst'], ['Verbraucher', 'Mobilität'], ['Sport', 'Tennis'],
  ['Nachrichten', 'Regionales', 'Schleswig-Holstein'], ['Wissen', 'Digitales'], ['Kultur', 'Film'], ['Sport', 'Radsport'],
  ['Nachrichten', 'Regionales', 'Saarland']
]

export const TAGS = [
  'Bundestag', 'Europäische Union', 'Klimawandel', 'Energiepreise', 'Ukraine', 'Nahost', 'Wahlen', 'Bundesliga',
  'Inflation', 'Bahn', 'Streik', 'Gesundheit', 'Bildung', 'Migration', 'Künstliche Intelligenz', 'Wohnungsmarkt',
  'Landwirtschaft', 'Hochwasser', 'Verkehrswende', 'Rente', 'Steuern', 'Außenpolitik', 'NATO', 'China', 'USA',
  'Russland', 'Nordkorea', 'Fußball-EM', 'Olympia', 'Literatur', 'Theater', 'Oper', 'Denkmalschutz', 'Tourismus',
  'Verbraucherschutz', 'Datenschutz', 'Cybersicherheit', 'Justiz', 'Polizei', 'Feuerwehr', 'Wetter', 'Hitze',
  'Dürre', 'Schule', 'Universität', 'Forschung', 'Raumfahrt', 'Medizin', 'Pflege', 'Arbeitsmarkt', 'Gewerkschaften',
  'Handel', 'Zölle', 'Börse', 'Banken', 'Autoindustrie', 'Luftfahrt', 'Schifffahrt', 'Häfen', 'Grüße aus Köln'
] as const

/**
 * Words that occur in about one article in RARE_EVERY: the "rare word" of the search scenarios. They are real
 * words, chosen so that none of the lists above contains them.
 */
export const RARE_WORDS = ['Quittengelee', 'Zaunkönig', 'Wärmflasche', 'Fußgängerüberweg'] as const
export const RARE_EVERY = 2000
