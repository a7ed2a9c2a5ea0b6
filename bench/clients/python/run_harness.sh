#!/usr/bin/env bash
# One run of one Python client on one workload; prints ONE JSON line (see harness.py).
#   bench/clients/python/run_harness.sh {cozecore|cozepy|cozepy_async} WORKLOAD BASE_URL
# Both clients run on the same interpreter: the peers' venv ($COZE_BENCH_OUT/peers/py, made by
# setup.sh from the same python3), with this project's package from $COZE_BUILD_DIR/python
# (scripts/targets/python build) on PYTHONPATH for cozecore only.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
BUILD=${COZE_BUILD_DIR:-$ROOT/build/native}
PEERS=${COZE_BENCH_PEERS:-${COZE_BENCH_OUT:-$ROOT/build/bench}/peers}
PY=$PEERS/py/bin/python
client=${1:-}
if [ ! -x "$PY" ]; then
  echo "{\"client\": \"$client\", \"workload\": \"${2:-}\", \"events\": 0, \"seconds\": null, \"first_event_ms\": null, \"ok\": false, \"error\": \"peers not installed: run bench/clients/python/setup.sh\"}"
  exit 1
fi
export PYTHONDONTWRITEBYTECODE=1
if [ "$client" = cozecore ]; then
  export PYTHONPATH="$BUILD/python${PYTHONPATH:+:$PYTHONPATH}"
fi
exec "$PY" "$HERE/harness.py" "$@"
