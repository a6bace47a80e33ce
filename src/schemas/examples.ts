// The sample page's ids, used as examples in the schemas and the spec. Plain constants: schemas/ is data only.
// They are the ids the import gives the bundled sample (stableId of its source name); a test checks they still are.

/** The bundled sample page's source name; its article and video ids derive from it, so they are the same everywhere. */
export const SAMPLE_SOURCE = '000_4cabe8527bb692bf.txt'
/** stableId(`source:${SAMPLE_SOURCE}`) */
export const SAMPLE_ARTICLE_ID = '5wsg76t0af7tq119'
/** stableId(`source:${SAMPLE_SOURCE}#media-1`) */
export const SAMPLE_MEDIA_ID = '4nzspnn649g3g8h8'
