// `npm run migrate`: brings the configured database up to the newest schema.
import { configOrExit, openMigrated } from './open.js'

const config = configOrExit()
const { db, applied } = openMigrated(config)
db.close()
process.stdout.write(applied.length === 0
  ? `${config.DATABASE_PATH} is up to date\n`
  : `${config.DATABASE_PATH}: applied ${applied.join(', ')}\n`)
