# syntax=docker/dockerfile:1
# beitrag: build stage compiles TypeScript and the better-sqlite3 addon; the runtime stage carries only what runs.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 builds its native addon with node-gyp when no prebuilt binary fits.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts/bundle.js ./scripts/
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATABASE_PATH=/data/beitrag.db
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY migrations ./migrations
COPY samples ./samples
COPY openapi ./openapi
# The database lives on a volume owned by the unprivileged user the service runs as.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node directly, not npm: signals reach the process, which closes the database before it exits.
CMD ["node", "dist/server.js"]
