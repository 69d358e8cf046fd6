# syntax=docker/dockerfile:1.7
# A screening worker process. Build from the repository root:  docker build -f docker/worker.Dockerfile -t screening-worker .
# Scale with `docker compose up --scale worker=4`; every worker shares the one Redis.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
ENV CI=true COREPACK_INTEGRITY_KEYS=0
RUN npm install -g pnpm@12.4.2
WORKDIR /src
COPY . .
RUN pnpm install --frozen-lockfile
RUN pnpm --filter "@screening/worker..." run build
RUN pnpm --filter @screening/worker deploy --prod /out

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production WORKER_HEALTH_HOST=0.0.0.0 WORKER_HEALTH_PORT=9464
WORKDIR /app
COPY --from=build --chown=node:node /out ./
USER node
# /livez /readyz /metrics of this worker process
EXPOSE 9464
HEALTHCHECK --interval=10s --timeout=3s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.WORKER_HEALTH_PORT+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
# V8's GC helper threads: one (a container usually gets one or two cores; Node's default four made a worker's full GC
# take every core for ~100 ms, README: Scale); NODE_OPTIONS overrides
ENV NODE_OPTIONS=--v8-pool-size=1
CMD ["node", "dist/main.js"]
