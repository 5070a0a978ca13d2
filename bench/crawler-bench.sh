#!/usr/bin/env bash
# Crawler benchmarks (issue 4). They print figures; they are not part of the test suite.
#
#   bench/crawler-bench.sh probe [key=value ...]   three JVM runs of under a minute each:
#       phases=ceiling,off seconds=8 warmup=10 (steady state: 10 s more of prober batches first) | phases=on delay=1000 seconds=12 | phases=on delay=200 seconds=8
#       (extra key=value arguments are added to each: hosts=32 threads=32 perHost=4 wrkConnections=64)
#   bench/crawler-bench.sh ckan  [datasets=100000 rows=1000]
#   bench/crawler-bench.sh faults [FILE]   the hostile-server faults of issue 19 under -Xmx256m; writes
#       docs/fault-matrix.md (or FILE) with each fault's outcome, time and peak heap
#   bench/crawler-bench.sh turtle [N] [grouped|ungrouped|datajson]   a generated catalog of N datasets (DCAT Turtle, 6 triples each; or data.json)
#       harvested under -Xmx512m with the default body and triple limits
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
  probe)
    P=gt.observatorio.crawler.bench.ProbeBenchmark
    java -Xmx1g -cp "$CP" $P phases=ceiling,off seconds=8 warmup=10 "$@"
    java -Xmx1g -cp "$CP" $P phases=on delay=1000 seconds=12 "$@"
    java -Xmx1g -cp "$CP" $P phases=on delay=200 seconds=8 "$@" ;;
  ckan)  java -Xmx${HEAP:-512m} -cp "$CP" gt.observatorio.crawler.bench.CkanStreamBenchmark "$@" ;;
  turtle) java -Xmx${HEAP:-512m} -cp "$CP" gt.observatorio.crawler.hostile.LargeTurtle "$@" ;;
  faults) java -Xmx${HEAP:-256m} -cp "$CP" gt.observatorio.crawler.hostile.FaultMatrix "$@" ;;
  *) echo "usage: $0 probe|ckan|faults|turtle [key=value ...]" >&2; exit 2 ;;
esac
echo "uptime after: $(uptime)"
