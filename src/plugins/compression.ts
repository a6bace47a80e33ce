// Compressed answers: Brotli or gzip as the client accepts, for bodies worth compressing.
import { constants as zlib } from 'node:zlib'
import compress from '@fastify/compress'
import fp from 'fastify-plugin'

export default fp(async (app) => {
  // Brotli at quality 4 compresses JSON nearly as well as 11 at a small fraction of the CPU per response.
  await app.register(compress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } }
  })
}, { name: 'beitrag-compression', dependencies: ['beitrag-cors'] })
