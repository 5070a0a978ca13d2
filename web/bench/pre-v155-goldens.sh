#!/usr/bin/env bash
# Writes the test resources of CompactStorageMigrationTest from an observatory built BEFORE migration V155
# (JAR=... the old build): a 3-week demo is crawled, every route of routes.txt is fetched from it, and its
# tables are dumped as JSON, with the schema version they were written at. Needs psql (any version >= 15).
# Usage: JAR=/path/to/old/observatory.jar web/bench/pre-v155-goldens.sh
set -euo pipefail
OUT="$(cd "$(dirname "$0")/.." && pwd)/src/test/resources/pre-v155"
JAR="${JAR:?JAR=path to an observatory.jar built before V155}"
PSQL="${PSQL:-$(ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | tail -1)}"
LOG="$(mktemp)"
java -Xmx512m -jar "$JAR" demo --port 0 --weeks 3 > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -f "$LOG"' EXIT
until grep -q "simulated data): http" "$LOG"; do sleep 2; kill -0 $PID; done
BASE="$(grep -o 'http://127.0.0.1:[0-9]*/' "$LOG" | head -1)"
PGPORT="$(grep -o 'embedded PostgreSQL on port [0-9]*' "$LOG" | grep -o '[0-9]*$')"
rm -rf "$OUT/api" && mkdir -p "$OUT/api"
i=0
while read -r route; do
  [ -z "$route" ] && continue
  curl -sf -o "$OUT/api/$i.body" "${BASE%/}$route"
  i=$((i + 1))
done < "$OUT/routes.txt"
echo "$BASE" > "$OUT/base.txt"
P="$PSQL -h localhost -p $PGPORT -U postgres -d postgres -At"
$P -c "select version from flyway_schema_history where success order by installed_rank desc limit 1" > "$OUT/version.txt"
$P -c "select 'select json_build_object(' || string_agg(format('%L, (select coalesce(json_agg(t), ''[]'') from %I t)',
  tablename, tablename), ', ' order by tablename) || ')' from pg_tables where schemaname = 'public'
  and tablename <> 'flyway_schema_history' and tablename not like 'qrtz%'" | $P -f - | gzip -9 > "$OUT/tables.json.gz"
echo "written: $OUT ($i answers, schema $(cat "$OUT/version.txt"), served at $BASE)"
