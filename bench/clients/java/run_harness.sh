#!/usr/bin/env bash
# One run of one Java client on one workload; prints ONE JSON line (see src/main/java/bench/Harness.java).
#   bench/clients/java/run_harness.sh {cozecore|coze-java} WORKLOAD BASE_URL
# Needs setup.sh first (builds the harness with Maven into $COZE_BENCH_OUT/java, default
# build/bench/java, with coze-api 0.4.2's jars in lib/). Both clients run in the same JVM
# setup (default flags) with the same classpath: the harness, coze-api's jars, and our jar from
# $COZE_BUILD_DIR (scripts/targets/java build).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
BUILD=${COZE_BUILD_DIR:-$ROOT/build/native}
OUT=${COZE_BENCH_OUT:-$ROOT/build/bench}/java
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/java-17-openjdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
OURS=$BUILD/bindings/java/maven/cozecore-0.1.0.jar
if [ ! -f "$OUT/target/client-bench-0.1.0.jar" ] || [ ! -f "$OURS" ]; then
  echo "{\"client\": \"${1:-}\", \"workload\": \"${2:-}\", \"events\": 0, \"seconds\": null, \"first_event_ms\": null, \"ok\": false, \"error\": \"not built: run bench/clients/java/setup.sh\"}"
  exit 1
fi
# Our jar goes first; the peer's dependencies (okhttp, retrofit, jackson, rxjava, ...) after.
exec "$JAVA" ${BENCH_JAVA_OPTS:-} -cp "$OUT/target/client-bench-0.1.0.jar:$OURS:$OUT/lib/*" bench.Harness "$@"
