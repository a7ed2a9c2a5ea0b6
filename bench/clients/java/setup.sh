#!/usr/bin/env bash
# Builds the Java harness (benchmark-only; never used by the tests): our jar via
# scripts/targets/java build when missing, then `mvn -q package` of bench/clients/java/pom.xml,
# which resolves com.coze:coze-api:0.4.2 from Maven Central and copies its runtime jars into
# $COZE_BENCH_OUT/java/lib (default build/bench/java). Safe to run twice.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
BUILD=${COZE_BUILD_DIR:-$ROOT/build/native}
OUT=${COZE_BENCH_OUT:-$ROOT/build/bench}/java
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/java-17-openjdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
fi
if [ ! -f "$BUILD/bindings/java/maven/cozecore-0.1.0.jar" ]; then
  "$ROOT/scripts/targets/java" build >&2
fi
# Debian's Maven prints colour codes even with style.color=never: strip them.
mvn -B -q -Dstyle.color=never -Dcoze.build="$BUILD" -Dbench.out="$OUT" -f "$HERE/pom.xml" package 2>&1 |
  sed -e 's/\x1b\[[0-9;]*m//g' | grep -v '^$' >&2 || true
[ -f "$OUT/target/client-bench-0.1.0.jar" ] || { echo "java harness: build failed" >&2; exit 1; }
