# syntax=docker/dockerfile:1.7
# The screening API. Build from the repository root:  docker build -f docker/api.Dockerfile -t screening-api .
# The build steps are the ones `pnpm --filter @screening/api... run build` + `pnpm deploy` run outside Docker.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
ENV CI=true COREPACK_INTEGRITY_KEYS=0
RUN npm install -g pnpm@12.4.2
WORKDIR /src
COPY . .
RUN pnpm install --frozen-lockfile
RUN pnpm --filter "@screening/api..." run build
# a self-contained folder: the package's dist, its production node_modules, workspace packages copied in
RUN pnpm --filter @screening/api deploy --prod /out

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080
WORKDIR /app
COPY --from=build --chown=node:node /out ./
USER node
EXPOSE 8080
# /readyz: Redis answers, a worker consumes with lists loaded, not draining
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
# node runs as PID 1 (no shell, no npm in between), so SIGTERM reaches the drain logic directly
# V8's GC helper threads: one (a container usually gets one or two cores; Node's default four made a worker's full GC
# take every core for ~100 ms, README: Scale); NODE_OPTIONS overrides
ENV NODE_OPTIONS=--v8-pool-size=1
CMD ["node", "dist/main.js"]
