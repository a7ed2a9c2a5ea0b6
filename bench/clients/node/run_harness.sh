#!/usr/bin/env bash
# One run of one JS client on one workload (or `size`); prints ONE JSON line (see harness.mjs).
#   bench/clients/node/run_harness.sh {cozecore|coze-js} WORKLOAD BASE_URL
#   bench/clients/node/run_harness.sh {cozecore|coze-js} size
# Ours: the npm package in $COZE_JS_PKG (default web/, dist/ from scripts/targets/wasm build),
# loaded through its package.json "exports" (node/import). The peer: @coze/api 1.3.9 in
# $COZE_JS_PEERS (default $COZE_BENCH_OUT/peers/node, installed by setup.sh). Same node, same flags.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
export COZE_JS_PKG=${COZE_JS_PKG:-$ROOT/web}
export COZE_JS_PEERS=${COZE_JS_PEERS:-${COZE_BENCH_PEERS:-${COZE_BENCH_OUT:-$ROOT/build/bench}/peers}/node}
if [ ! -f "$COZE_JS_PKG/dist/index.node.mjs" ] || [ ! -d "$COZE_JS_PEERS/node_modules/@coze/api" ]; then
  echo "{\"client\": \"${1:-}\", \"workload\": \"${2:-}\", \"events\": 0, \"seconds\": null, \"first_event_ms\": null, \"ok\": false, \"error\": \"not set up: run bench/clients/node/setup.sh\"}"
  exit 1
fi
exec node ${BENCH_NODE_OPTS:-} "$HERE/harness.mjs" "$@"
