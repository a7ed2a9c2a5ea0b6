#!/usr/bin/env bash
# run_harness.sh <cozecore|handwritten> <workload> <base_url>: one measured
# run, one JSON line (bench/clients/README.md). Built by setup.sh.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
BUILD=${COZE_BENCH_OUT:-$ROOT/build/bench}/clients-native
case "$1" in
  cozecore) exec "$BUILD/bench_cozecore" "$2" "$3" ;;
  handwritten) exec "$BUILD/bench_handwritten" "$2" "$3" ;;
  concurrency) exec "$BUILD/bench_concurrency" "$3" "${@:4}" ;;
  *) echo "unknown client $1" >&2; exit 2 ;;
esac
