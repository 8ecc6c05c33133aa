# syntax=docker/dockerfile:1
# The service as an image: docker build -t procedure-tracker .
# Build stage: the full install (dev dependencies included), the Prisma client
# generated and everything compiled to dist/. Runtime stage: Node LTS slim,
# the runtime dependencies alone, dist/ and prisma/migrations, run by tini as
# an unprivileged user. scripts/ci-image-check.sh runs the same steps without
# Docker in CI.
ARG NODE_VERSION=24

FROM node:${NODE_VERSION}-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts ./scripts
COPY src ./src
RUN npm run build

FROM node:${NODE_VERSION}-slim AS runtime
# tini as PID 1: forwards SIGTERM to node (which drains requests and exits 0)
# and reaps zombies.
# hadolint ignore=DL3008
RUN apt-get update \
  && apt-get install -y --no-install-recommends tini \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DOCUMENT_DIR=/data/documents
WORKDIR /app
COPY package.json package-lock.json ./
# Runtime dependencies only: no tsx, prisma CLI or embedded PostgreSQL (the
# image runs on DATABASE_URL). Prisma's query compiler ships for every
# database; only PostgreSQL's is kept.
RUN npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund \
  && npm cache clean --force \
  && find node_modules/@prisma/client/runtime -name 'query_compiler_*' ! -name '*postgresql*' -delete \
  && mkdir -p /data/documents \
  && chown node:node /data/documents
COPY --from=build /app/dist ./dist
COPY prisma/migrations ./prisma/migrations
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "--max-semi-space-size=32", "--no-allocation-site-pretenuring", "--import", "./dist/src/telemetry.js", "dist/src/server.js"]
