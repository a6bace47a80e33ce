// Runs the given tap test files in this one process, one after another: the modules they share (the app, TypeBox,
// Ajv, SQLite) load once instead of once per file. Start it with `node --import tsx`; scripts/test-fast.js does.
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const files = process.argv.slice(2)
// tap names a test's fixture directory after the script and its arguments: with every file an argument, that name
// would outgrow what a file system allows.
process.argv.splice(2)
for (const file of files) await import(pathToFileURL(resolve(file)).href)
