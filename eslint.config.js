// ESLint flat config: standard style for TypeScript (neostandard) plus a hard rule against import cycles.
import neostandard from 'neostandard'
import { importX, createNodeResolver } from 'eslint-plugin-import-x'

export default [
  {
    ignores: ['dist/**', 'coverage/**', 'node_modules/**', '.tap/**', 'openapi/**', 'bench/results/**']
  },
  ...neostandard({ ts: true }),
  {
    files: ['**/*.ts', '**/*.js'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these the rule cannot read the .ts files it resolves to, and silently finds no cycles.
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      // The sources import each other as `./x.js` (NodeNext); the file on disk is `x.ts`.
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.js', '.json', '.node'],
          extensionAlias: { '.js': ['.ts', '.js'] }
        })
      ]
    },
    rules: {
      // Type-only cycles count too: they tie the modules' meanings together the same way.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // `void promise` is how this code marks a promise it deliberately does not await (shutdown, timers, listeners).
      'no-void': ['error', { allowAsStatement: true }]
    }
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests poll flags that a request's or a child process's callback sets; the rule cannot see those writes.
      'no-unmodified-loop-condition': 'off'
    }
  }
]
