#!/usr/bin/env bash
# Rules benchmarks (issue 15). They print figures; they are not part of the test suite.
#
#   bench/rules-bench.sh shacl [N] [WARMUP]   the observatory's DCAT-AP 3.0 shapes (mqa.dcatApCompliance)
#       validated dataset by dataset (RDF4J engine, then the direct evaluation) on a generated catalog of N datasets (default 2000, 500 warm-up),
#       under -Xmx${HEAP:-256m}: ms per dataset (mean, p50, p95, p99), KiB allocated per dataset, peak heap
#
# Results and their reading: docs/benchmarks.md, section "SHACL".
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-shacl}
shift || true
# Compile the rules and their tests, and write the test class path (dependencies) to a file.
./mvnw -B -q -ntp ${MVN_FLAGS:--o} -pl rules -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CP="rules/target/test-classes:rules/target/classes:observatory-engine/target/classes:$(cat rules/target/bench.classpath)"
echo "uptime before: $(uptime)"
case "$what" in
  shacl) java -Xmx${HEAP:-256m} -cp "$CP" gt.observatorio.rules.builtin.mqa.ShaclBenchmark "$@" ;;
  *) echo "usage: $0 shacl [N] [WARMUP]" >&2; exit 2 ;;
esac
echo "uptime after: $(uptime)"
