// The sample ids in the schemas are constants; they must stay the ids the import gives the bundled sample page.
import t from 'tap'
import { stableId } from '../../src/lib/ids.js'
import { SAMPLE_ARTICLE_ID, SAMPLE_MEDIA_ID, SAMPLE_SOURCE } from '../../src/schemas/examples.js'

t.test('the example ids are the sample page\'s stable ids', async (t) => {
  t.equal(SAMPLE_ARTICLE_ID, stableId(`source:${SAMPLE_SOURCE}`))
  t.equal(SAMPLE_MEDIA_ID, stableId(`source:${SAMPLE_SOURCE}#media-1`))
})
