#!/usr/bin/env bash
# Country-scale load benchmark of the read-only API with wrk (Debian package "wrk"); not part of the test suite.
# 1. Generates (once; reused while DB_DIR exists and the jar accepts it, generated again if the jar refuses its
#    schema) a database of 1,000 institutions and 5 years of weekly history with the history benchmark's generator
#    (observatory-engine test sources, real schema and migrations): the weekly aggregates of all 260 weeks, crawl
#    details of the last RETAINED weeks (rankings, histories and trends read only the weekly aggregates).
# 2. Starts the built observatory (serve) on that database, with no crawls scheduled and retention off, with
#    JAVA_OPTS (printed).
# 3. Runs wrk on the URLs the dashboard asks: the ranking of one week (/api/v1/rankings?week=W, every week in
#    turn), one institution's history (/api/v1/institutions/CODE/history, every institution in turn), the ranking's
#    trend lines (/api/v1/rankings/trends?week=W, every week in turn), then the ranking and the history on one URL
#    each; prints requests/s, p50/p90/p99, the count of non-2xx answers and the load average around each run, the
#    answer cache's counters (/metrics: cached, computed, shared, evicted, MB kept) and the server's longest GC pause
#    so far after each run, and at the end a table of all of them.
#   ./mvnw -B -q -o -DskipTests package && web/bench/country-load.sh [connections] [seconds]
# Environment: DB_DIR (default /tmp/observatorio-country-db), DATASETS (1000), RETAINED (4; both enough for these reads,
# and generated in minutes; 104 as the default retention takes over 30 min since V160), THREADS (wrk
# threads, default 1: wrk takes one core of two, the server the other), HEADERS (a header wrk sends; default
# "Accept-Encoding: gzip, deflate, br" as browsers send it; empty: none), JAVA_OPTS (the server's JVM flags; default
# below: fixed heap, pre-touched, Parallel GC), JAR, PORT.
set -euo pipefail
cd "$(dirname "$0")/../.."
. web/bench/lib.sh
CONNECTIONS="${1:-200}"; SECONDS_EACH="${2:-20}"; THREADS="${THREADS:-1}"
JAVA_OPTS="${JAVA_OPTS:--Xms512m -Xmx512m -XX:+AlwaysPreTouch -XX:+UseParallelGC}"
HEADERS="${HEADERS-Accept-Encoding: gzip, deflate, br}"; DB_DIR="${DB_DIR:-/tmp/observatorio-country-db}"; DATASETS="${DATASETS:-1000}"; RETAINED="${RETAINED:-4}"
command -v wrk >/dev/null || { echo "wrk missing: apt-get install wrk" >&2; exit 2; }
JAR="${JAR:-web/target/observatory.jar}"
[ -f "$JAR" ] || { echo "build first: ./mvnw -B -q -o -DskipTests package" >&2; exit 2; }
PORT="${PORT:-18182}"
WORK=$(mktemp -d)
PID=""
trap '[ -n "$PID" ] && kill $PID 2>/dev/null; [ -n "$PID" ] && wait $PID 2>/dev/null; rm -rf "$WORK"' EXIT

generate() {
  echo "generating 260 weeks x 1,000 institutions, $DATASETS datasets, details of $RETAINED weeks into $DB_DIR"
  local t0; t0=$(date +%s)
  ./mvnw -B -q -pl observatory-engine test-compile
  ./mvnw -B -q -pl observatory-engine dependency:build-classpath -Dmdep.outputFile="$WORK/cp"
  (cd observatory-engine && java -Xmx1g -cp "target/test-classes:target/classes:$(cat "$WORK/cp")" \
    gt.observatorio.engine.bench.HistoryBenchmark 260 1000 "$DATASETS" "$RETAINED" false "$DB_DIR") \
    | grep -vE "^[0-9:.]+ (INFO|DEBUG|WARN)" || { echo "generation failed" >&2; exit 1; }
  echo "generated in $(( $(date +%s) - t0 )) s"
}
[ -f "$DB_DIR/PG_VERSION" ] || generate

# The registry names one of the generated institutions and its source as the generator wrote them (nothing changes).
cat >"$WORK/registry.yaml" <<'YAML'
institutions:
  - { code: I0001, name: "Institución de prueba 1", type: ministerio, sector: "sector 1", website: null }
sources:
  - { id: src-1, institution: I0001, kind: ckan, url: "https://datos1.example.gt/api/3/action", cron: "0 0 3 ? * MON" }
YAML
start() {
  OBSERVATORY_DB_URL="" OBSERVATORY_DB_EMBEDDED_DIR="$DB_DIR" OBSERVATORY_WEB_PORT="$PORT" \
    OBSERVATORY_WEB_REGISTRY_FILE="$WORK/registry.yaml" OBSERVATORY_SCHEDULER_ENABLED=false \
    OBSERVATORY_RETENTION_WEEKS=0 java $JAVA_OPTS -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" serve >"$WORK/log" 2>&1 &
  PID=$!
  wait_for_observatory "$WORK/log" "$PID" "$PORT" >"$WORK/start.out"
}
if ! start; then
  # A database generated for an older schema that Flyway cannot migrate (a lower-numbered migration landed since):
  # generate it again, once.
  grep -qiE "flyway|migration" "$WORK/log" || { cat "$WORK/start.out" >&2; exit 1; }
  echo "the jar refused the database in $DB_DIR ($(grep -iE -m1 "flyway|migration" "$WORK/log" | cut -c1-160)); generating it again"
  kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=""
  rm -rf "$DB_DIR"; generate
  start || { cat "$WORK/start.out" >&2; exit 1; }
fi
echo "server: java $JAVA_OPTS -jar $JAR serve (pid $PID); wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_EACH}s --latency${HEADERS:+ -H \"$HEADERS\"}"
BASE="http://127.0.0.1:$PORT"
curl -sf "$BASE/api/v1/weeks" | grep -o '"[0-9]\{4\}-W[0-9]\{2\}"' | tr -d '"' | sort -u >"$WORK/weeks"
curl -sf "$BASE/api/v1/rankings" | grep -o '"code":"[^"]*"' | cut -d'"' -f4 >"$WORK/codes"
WEEK=$(tail -1 "$WORK/weeks"); CODE=$(sed -n '500p' "$WORK/codes"); CODE="${CODE:-$(head -1 "$WORK/codes")}"
echo "database: $DB_DIR ($(du -sh "$DB_DIR" | cut -f1)), $(wc -l <"$WORK/weeks") weeks, $(wc -l <"$WORK/codes") institutions" \
  "in the latest ranking; cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
size() { curl -s ${HEADERS:+-H "$HEADERS"} "$BASE$1" | wc -c; }
echo "answer sizes (bytes, as sent${HEADERS:+ with $HEADERS}): ranking $(size "/api/v1/rankings?week=$WEEK")," \
  "history $(size "/api/v1/institutions/$CODE/history")"

# A wrk script that asks the given paths in turn (each wrk thread from its own offset).
paths_lua() {
  { echo "local paths = {"; sed 's/.*/  "&",/' "$1"; echo "}"
    echo 'local i = math.random(#paths)'
    echo 'request = function() i = i % #paths + 1; return wrk.format("GET", paths[i]) end'; } >"$2"
}
sed "s|.*|/api/v1/rankings?week=&|" "$WORK/weeks" >"$WORK/rankings.txt"; paths_lua "$WORK/rankings.txt" "$WORK/rankings.lua"
sed "s|.*|/api/v1/institutions/&/history|" "$WORK/codes" >"$WORK/history.txt"; paths_lua "$WORK/history.txt" "$WORK/history.lua"
sed "s|.*|/api/v1/rankings/trends?week=&|" "$WORK/weeks" >"$WORK/trends.txt"; paths_lua "$WORK/trends.txt" "$WORK/trends.lua"

# Every answer asked once before measuring (four at a time): what the first visitors after a publication cost.
warm() {
  local t0; t0=$(date +%s.%N)
  sed "s|^|$BASE|" "$1" | xargs -P4 -n1 curl -s -o /dev/null -w '%{http_code}\n' | sort | uniq -c | tr '\n' ' '
  echo "<- $(wc -l <"$1") answers computed in $(echo "$(date +%s.%N) - $t0" | bc) s (HTTP status counts)"
}
# wrk's latency in milliseconds ("812.00us", "4.30ms", "1.20s" -> ms).
ms() { awk '{ v = $1 + 0; if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /[0-9]s$/ && $1 !~ /ms$/) v *= 1000; printf "%.1f", v }'; }
pct() { sed -n "s/^ *$1% *//p" "$WORK/out" | ms; }
measure() { # label, then wrk's own arguments
  local label="$1"; shift
  local h=(); [ -n "${HEADERS:-}" ] && h=(-H "$HEADERS")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "${h[@]}" "$@" >/dev/null   # warm-up (fills the answer cache)
  echo "== $label  (wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_EACH}s --latency${HEADERS:+ -H \"$HEADERS\"}; load before: $(cut -d' ' -f1 /proc/loadavg))"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "${h[@]}" "$@" >"$WORK/out"
  grep -E "Requests/sec|Transfer/sec| 50%| 90%| 99%|Socket errors" "$WORK/out" | sed 's/^ */  /'
  local non2xx; non2xx=$(sed -n 's/.*Non-2xx or 3xx responses: *//p' "$WORK/out" | grep . || echo 0)
  echo "  non-2xx: $non2xx; load after: $(cut -d' ' -f1 /proc/loadavg)"
  local errors; errors=$(sed -n 's/.*connect \([0-9]*\), read \([0-9]*\), write \([0-9]*\), timeout \([0-9]*\).*/\1+\2+\3+\4/p' \
    "$WORK/out" | bc); errors="${errors:-0}"
  echo "  $(answers)"
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$(sed -n 's/^Requests\/sec: *//p' "$WORK/out" | cut -d. -f1)" \
    "$(pct 50)" "$(pct 90)" "$(pct 99)" "$non2xx" "$errors" "$(cut -d' ' -f1 /proc/loadavg)" >>"$WORK/table"
}
# The answer cache's counters so far (/metrics) and the longest GC pause so far (the server's -Xlog:gc).
answers() {
  local m; m=$(curl -s "$BASE/metrics")
  printf 'answers cached %s, computed %s, shared %s, evicted %s, kept %s MB; longest GC pause so far %s ms' \
    "$(metric "$m" 'observatorio_api_answers_total{.*outcome="cached"')" \
    "$(metric "$m" 'observatorio_api_answers_total{.*outcome="computed"')" \
    "$(metric "$m" 'observatorio_api_answers_total{.*outcome="shared"')" \
    "$(metric "$m" 'observatorio_api_answers_evicted_total')" \
    "$(echo "$(metric "$m" 'observatorio_api_answers_kept_bytes') / 1048576" | bc)" \
    "$(grep Pause "$WORK/gc.log" | grep -o '[0-9.]*ms$' | tr -d 'ms' | sort -n | tail -1)"
}
metric() { echo "$1" | grep -E "^$2" | head -1 | awk '{printf "%.0f", $NF}'; }
echo "warm-up, rankings:"; warm "$WORK/rankings.txt"
echo "warm-up, history:"; warm "$WORK/history.txt"
echo "warm-up, trends:"; warm "$WORK/trends.txt"
measure "rankings of one week, 1,000 institutions: every week in turn" -s "$WORK/rankings.lua" "$BASE"
measure "history of one institution, 5 years: every institution in turn" -s "$WORK/history.lua" "$BASE"
measure "trends of one week's ranking, 1,000 x 26 weeks: every week in turn" -s "$WORK/trends.lua" "$BASE"
measure "GET /api/v1/rankings?week=$WEEK" "$BASE/api/v1/rankings?week=$WEEK"
measure "GET /api/v1/institutions/$CODE/history" "$BASE/api/v1/institutions/$CODE/history"
echo
echo "Summary ($(date -u +%FT%TZ); cores $(nproc); server: java $JAVA_OPTS; wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_EACH}s;" \
  "targets p99: rankings <= 20 ms, history <= 10 ms)"
echo "| endpoint | req/s | p50 ms | p90 ms | p99 ms | non-2xx | socket errors | load |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
cat "$WORK/table"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
