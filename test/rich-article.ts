// A rich article as a write sends it: every block type and mark, umlauts and ß included. Shared by the rich-text tests.
export const RICH_MEDIA_ID = 'r1chm3d1a0000001'

export function richArticleWrite (overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Wahlabend in Potsdam: Große Freude, knappe Mehrheit',
    teaser: 'Die Regierungspartei bleibt vorn.',
    status: 'published',
    sections: [
      {
        heading: null,
        blocks: [
          {
            type: 'paragraph',
            text: 'Laut der Landeswahlleiterin lag die Beteiligung bei 72,9 Prozent.\nSo hoch wie seit 1990 nicht.',
            content: [
              { type: 'text', text: 'Laut der ' },
              { type: 'text', text: 'Landeswahlleiterin', marks: [{ type: 'link', href: 'https://www.wahlen.example.org/landtag?jahr=2024&land=bb' }] },
              { type: 'text', text: ' lag die Beteiligung bei ' },
              { type: 'text', text: '72,9 Prozent', marks: [{ type: 'strong' }, { type: 'emphasis' }] },
              { type: 'text', text: '.' },
              { type: 'break' },
              { type: 'text', text: 'So hoch wie seit 1990 nicht.' }
            ]
          },
          { type: 'media', mediaId: RICH_MEDIA_ID, alt: 'Wahlhelfer zählen Stimmzettel aus' },
          { type: 'subheading', text: 'Was jetzt kommt' },
          {
            type: 'list',
            style: 'ordered',
            items: [
              { text: 'Sondierungen ab Montag', content: [{ type: 'text', text: 'Sondierungen' }, { type: 'text', text: ' ab Montag', marks: [{ type: 'emphasis' }] }] },
              { text: 'Koalitionsvertrag bis Weihnachten' }
            ]
          }
        ]
      },
      {
        heading: 'Stimmen und Zahlen',
        blocks: [
          {
            type: 'quote',
            text: 'Das ist ein großer Abend für die Demokratie.',
            content: [{ type: 'text', text: 'Das ist ein ' }, { type: 'text', text: 'großer', marks: [{ type: 'strong' }] }, { type: 'text', text: ' Abend für die Demokratie.' }],
            attribution: 'Die Ministerpräsidentin'
          },
          { type: 'table', caption: 'Vorläufiges Ergebnis', header: ['Partei', 'Stimmen'], rows: [['Partei A', '30,9 %'], ['Partei B', '29,2 %']] },
          { type: 'embed', provider: 'YouTube', url: 'https://www.youtube.com/watch?v=abc123', title: 'Die Wahlparty im Video' },
          {
            type: 'paragraph',
            text: 'Fragen? Schreiben Sie der Redaktion.',
            content: [{ type: 'text', text: 'Fragen? Schreiben Sie ' }, { type: 'text', text: 'der Redaktion', marks: [{ type: 'link', href: 'mailto:wahl@example.org' }] }, { type: 'text', text: '.' }]
          }
        ]
      }
    ],
    media: [
      { id: RICH_MEDIA_ID, type: 'image', role: 'inline', caption: 'Auszählung in Potsdam', credit: 'Foto: Max Muster', renditions: [{ url: 'https://media.example.org/wahl/auszaehlung.jpg', mimeType: 'image/jpeg', width: 1600, height: 900 }] }
    ],
    ...overrides
  }
}
