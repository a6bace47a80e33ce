// Bundles the server (src/server.ts) into one file, dist/server.js, after `tsc` has built dist/: the server then
// starts from one module instead of ~170 compiled files and several hundred ES modules of its dependencies, which
// Node's ES module loader resolves, reads and links one by one (most of the start-up time without the bundle).
// Run by `npm run build`; the rest of dist/ (the CLI, the parser worker) stays as tsc wrote it.
// `node scripts/bundle.js [outfile]` writes elsewhere (a test bundles beside the real one).
import { readFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const src = join(root, 'src')
const dist = join(root, 'dist')
const outfile = resolve(process.argv[2] ?? join(dist, 'server.js'))

/**
 * Left out of the bundle and loaded from node_modules as before: better-sqlite3 loads its native addon; the others
 * read files next to their own code (Swagger UI's assets, pino's transport worker, @fastify/swagger's package.json).
 * cheerio and xmlbuilder2 are loaded on first use through createRequire, which the bundler leaves alone.
 */
const EXTERNAL = ['better-sqlite3', 'pino', 'pino-pretty', '@fastify/swagger', '@fastify/swagger-ui']

/**
 * Each source file finds its neighbours (migrations/, samples/, openapi/, the parser worker) from its own
 * import.meta.url. In the bundle that URL is the bundle's, so each file's becomes the URL of its compiled twin in
 * dist/, computed from the bundle's own location: the tree can still be moved or mounted anywhere.
 */
const ownUrl = {
  name: 'own-import-meta-url',
  setup (bundler) {
    bundler.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      if (!path.startsWith(`${src}/`)) return undefined
      const twin = join(dist, relative(src, path)).replace(/\.ts$/, '.js')
      const compiled = `./${relative(dirname(outfile), twin).split('\\').join('/')}`
      const text = await readFile(path, 'utf8')
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(compiled)}, import.meta.url).href`), loader: 'ts' }
    })
  }
}

await build({
  entryPoints: [join(src, 'server.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: EXTERNAL,
  plugins: [ownUrl],
  // Less to parse at every start; stack traces map back to the sources with node --enable-source-maps.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  sourcesContent: false,
  // CommonJS dependencies inside the bundle call require() for Node's built-ins; an ES module has none of its own.
  banner: {
    js: "// Bundled by scripts/bundle.js from src/server.ts and its dependencies.\nimport { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);"
  },
  logLevel: 'warning'
})
