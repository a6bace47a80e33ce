// Runs the given tap test files in this one process, one after another: the modules they share (the app, TypeBox,
// Ajv, SQLite) load once instead of once per file. Start it with `node --import tsx`; scripts/test-fast.js does.
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

for (const file of process.argv.slice(2)) await import(pathToFileURL(resolve(file)).href)
