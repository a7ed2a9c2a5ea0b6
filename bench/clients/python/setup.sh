#!/usr/bin/env bash
# Installs the Python peer (benchmark-only, never used by the tests) and checks that this
# project's package is built. Safe to run twice.
#   venv:    $COZE_BENCH_PEERS/py (default $COZE_BENCH_OUT/peers/py, build/bench/peers/py), from python3
#   peer:    cozepy==0.20.0 (pulls httpx, pydantic)
#   ours:    $COZE_BUILD_DIR/python (scripts/targets/python build)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
PEERS=${COZE_BENCH_PEERS:-${COZE_BENCH_OUT:-$ROOT/build/bench}/peers}
VENV=$PEERS/py
if ! "$VENV/bin/python" -c 'import importlib.metadata as m, sys; sys.exit(m.version("cozepy") != "0.20.0")' 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check cozepy==0.20.0 >&2
fi
BUILD=${COZE_BUILD_DIR:-$ROOT/build/native}
if ! compgen -G "$BUILD/python/cozecore/_cozecore_bridge*.so" >/dev/null; then
  "$ROOT/scripts/targets/python" build >&2
fi
