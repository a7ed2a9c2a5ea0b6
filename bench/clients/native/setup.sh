#!/usr/bin/env bash
# Builds the native harnesses (ours over cozecore::curl, the libcurl peer, the
# concurrency run) into $COZE_BENCH_OUT/clients-native, the core included.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
OUT=${COZE_BENCH_OUT:-$ROOT/build/bench}
BUILD=$OUT/clients-native
if [ ! -f "$BUILD/build.ninja" ]; then
  cmake -S "$ROOT/bench/clients/native" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$BUILD" -j "${COZE_JOBS:-$(nproc)}" --target bench_cozecore bench_handwritten bench_concurrency >&2
