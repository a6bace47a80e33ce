// Cross-origin reads from browsers: the origins CORS_ORIGINS allows, and the headers a frontend sends and reads.
import cors from '@fastify/cors'
import fp from 'fastify-plugin'

export default fp(async (app) => {
  const { config } = app.context
  await app.register(cors, {
    origin: config.CORS_ORIGINS === '*' ? '*' : config.CORS_ORIGINS.split(',').map((origin) => origin.trim()),
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'If-Modified-Since', 'X-Request-Id', config.AGE_TOKEN_HEADER],
    exposedHeaders: ['ETag', 'Link', 'Location', 'Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'X-Request-Id', 'Deprecation', 'Sunset'],
    maxAge: 600
  })
}, { name: 'beitrag-cors', dependencies: ['beitrag-rate-limit'] })
