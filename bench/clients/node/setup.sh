#!/usr/bin/env bash
# Installs the JS peer (benchmark-only; never used by the tests) and checks that this project's
# npm package is built. Safe to run twice.
#   peer: npm install --prefix $COZE_BENCH_PEERS/node @coze/api@1.3.9 (default $COZE_BENCH_OUT/peers/node;
#         npm also installs its peer dependency axios)
#   ours: web/dist (scripts/targets/wasm build)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
PEERS=${COZE_BENCH_PEERS:-${COZE_BENCH_OUT:-$ROOT/build/bench}/peers}/node
if ! node -e 'process.exit(require(process.argv[1]).version === "1.3.9" ? 0 : 1)' \
    "$PEERS/node_modules/@coze/api/package.json" 2>/dev/null; then
  mkdir -p "$PEERS"
  npm install --prefix "$PEERS" --no-audit --no-fund --loglevel=error @coze/api@1.3.9 >&2
fi
if [ ! -f "$ROOT/web/dist/index.node.mjs" ]; then
  "$ROOT/scripts/targets/wasm" build >&2
fi
