#!/usr/bin/env bash
# Crawler benchmarks (issue 4). They print figures; they are not part of the test suite.
#
#   bench/crawler-bench.sh probe [hosts=32 seconds=8 threads=32 perHost=4 delay=200 phases=ceiling,off,on]
#   bench/crawler-bench.sh ckan  [datasets=100000 rows=1000]
#
# "probe" needs wrk (Debian package wrk). "ckan" runs in a JVM capped at -Xmx512m (HEAP to change it).
# Results and their reading: docs/benchmarks-crawler.md.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-probe}
shift || true
# Compile the crawler and its tests, and write the test class path (dependencies) to a file.
mvn -B -q ${MVN_FLAGS:-} -pl crawler -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CP="crawler/target/test-classes:crawler/target/classes:$(cat crawler/target/bench.classpath)"
echo "uptime before: $(uptime)"
case "$what" in
  probe) java -Xmx1g -cp "$CP" gt.observatorio.crawler.bench.ProbeBenchmark "$@" ;;
  ckan)  java -Xmx${HEAP:-512m} -cp "$CP" gt.observatorio.crawler.bench.CkanStreamBenchmark "$@" ;;
  *) echo "usage: $0 probe|ckan [key=value ...]" >&2; exit 2 ;;
esac
echo "uptime after: $(uptime)"
