// The plugins every request passes through, listed in the order their `dependencies` declare.
import auth from './auth.js'
import compression from './compression.js'
import cors from './cors.js'
import httpCache from './http-cache.js'
import jsonBodies from './json-bodies.js'
import limits from './limits.js'
import loadShedding from './load-shedding.js'
import requestIds from './logging.js'
import problems from './problems.js'
import queryHygiene from './query-hygiene.js'
import rateLimit from './rate-limit.js'
import securityHeaders from './security-headers.js'
import storableValues from './storable-values.js'

export const REQUEST_PLUGINS = [
  jsonBodies,
  securityHeaders,
  loadShedding,
  limits,
  storableValues,
  queryHygiene,
  requestIds,
  problems,
  auth,
  rateLimit,
  cors,
  compression,
  httpCache
]
