#!/usr/bin/env bash
# Runs the Dockerfiles' build steps without a Docker engine (none on the development machines), then starts the
# deployed API and worker with plain node and waits for /readyz: proves that what the images contain runs.
# Usage: docker/build-check.sh   (needs pnpm 12.4.2 and a Redis at REDIS_URL, default redis://127.0.0.1:6379)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$(mktemp -d)
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill -TERM "$p" 2>/dev/null || true; done; rm -rf "$OUT"; }
trap cleanup EXIT
for svc in api worker; do
  pnpm --filter "@screening/$svc..." run build
  pnpm --filter "@screening/$svc" deploy --prod "$OUT/$svc" >/dev/null
done
PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
export PORT REDIS_PREFIX="build-check-$$" LOG_LEVEL=warn
(cd "$OUT/worker" && exec node dist/main.js) & PIDS+=($!)
(cd "$OUT/api" && exec node dist/main.js) & PIDS+=($!)
for _ in $(seq 120); do
  if node -e "fetch('http://127.0.0.1:$PORT/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; then
    echo "build-check: deployed api + worker ready on :$PORT ($(du -sh "$OUT/api" | cut -f1) api, $(du -sh "$OUT/worker" | cut -f1) worker)"
    exit 0
  fi
  sleep 0.5
done
echo "build-check: the deployed services did not become ready" >&2
exit 1
