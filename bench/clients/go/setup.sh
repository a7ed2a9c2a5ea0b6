#!/usr/bin/env bash
# Builds the Go harnesses into $COZE_BENCH_OUT: ours over the cozecore module
# (bindings/go through the replace directive; its SWIG bridge and core built
# by scripts/targets/go build) and the net/http peer.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
OUT=${COZE_BENCH_OUT:-$ROOT/build/bench}
export GOTOOLCHAIN=${GOTOOLCHAIN:-local} GOFLAGS=${GOFLAGS:--mod=mod} CGO_ENABLED=1
if [ "${COZE_BENCH_SKIP_BINDING_BUILD:-0}" != 1 ]; then
  "$ROOT/scripts/targets/go" build >&2
fi
cd "$ROOT/bench/clients/go"
go build -o "$OUT/go-cozecore" ./cozecore
go build -o "$OUT/go-handwritten" ./handwritten
