#!/usr/bin/env bash
# run_harness.sh <cozecore|handwritten> <workload> <base_url>: one measured
# run, one JSON line (bench/clients/README.md). Built by setup.sh.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
OUT=${COZE_BENCH_OUT:-$ROOT/build/bench}
case "$1" in
  cozecore | handwritten) exec "$OUT/go-$1" "$2" "$3" ;;
  *) echo "unknown client $1" >&2; exit 2 ;;
esac
