#!/usr/bin/env bash
# Load benchmark of the read-only API with wrk (Debian package "wrk"); not part of the test suite.
# Starts the demo (simulated portals, N crawled weeks) from the built jar, then measures the rankings
# and history endpoints: requests per second and latency percentiles (p99 included).
#   ./mvnw -B -q -o -DskipTests package && web/bench/api-load.sh [weeks] [connections] [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
. web/bench/lib.sh
WEEKS="${1:-12}"; CONNECTIONS="${2:-200}"; SECONDS_EACH="${3:-20}"; THREADS="${THREADS:-2}"
command -v wrk >/dev/null || { echo "wrk missing: apt-get install wrk" >&2; exit 2; }
JAR="${JAR:-web/target/observatory.jar}"
[ -f "$JAR" ] || { echo "build first: ./mvnw -B -q -o -DskipTests package" >&2; exit 2; }
PORT="${PORT:-18181}"
LOG=$(mktemp)
java -jar "$JAR" demo --port "$PORT" --weeks "$WEEKS" >"$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -f "$LOG"' EXIT
wait_for_observatory "$LOG" "$PID" "$PORT"
BASE="http://127.0.0.1:$PORT"
CODE=$(curl -s "$BASE/api/v1/rankings" | sed -n 's/.*"institutions":\[{"code":"\([^"]*\)".*/\1/p')
echo "demo: $WEEKS weeks, institution for history: $CODE; cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
for path in /api/v1/rankings "/api/v1/institutions/$CODE/history"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d2s "$BASE$path" >/dev/null   # warm-up
  echo "== GET $path  (wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_EACH}s --latency)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "$BASE$path" \
    | grep -E "Requests/sec|Latency  |50%|90%|99%|Non-2xx|Socket errors"
done
