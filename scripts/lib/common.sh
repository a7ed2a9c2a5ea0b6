# Shared by scripts/*: paths and the native build.
# shellcheck shell=bash
COZE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export COZE_ROOT
# One native build dir holds the core, the curl client, the tests and the
# SWIG modules, so the core compiles once. Override for side builds.
COZE_BUILD_DIR=${COZE_BUILD_DIR:-$COZE_ROOT/build/native}
COZE_WASM_BUILD_DIR=${COZE_WASM_BUILD_DIR:-$COZE_ROOT/build/wasm}
export COZE_BUILD_DIR COZE_WASM_BUILD_DIR
export COZE_VECTORS=${COZE_VECTORS:-$COZE_ROOT/tests/vectors}
COZE_JOBS=${COZE_JOBS:-$(nproc 2>/dev/null || echo 2)}

log() { printf '==> %s\n' "$*" >&2; }

# Configures (once) and builds the given targets of the native build.
native_build() {
  if [ ! -f "$COZE_BUILD_DIR/build.ninja" ]; then
    cmake -S "$COZE_ROOT" -B "$COZE_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCOZE_PYTHON=ON -DCOZE_JAVA=ON ${COZE_CMAKE_ARGS:-} >/dev/null
  fi
  cmake --build "$COZE_BUILD_DIR" -j "$COZE_JOBS" ${1:+--target "$@"}
}

# Prints the "N passed, N failed" numbers of the last such line in a file.
summary_of() {
  grep -E '^([A-Za-z_-]+: )?[0-9]+ passed, [0-9]+ failed' "$1" | tail -n 1 |
    sed -E 's/^[A-Za-z_-]+: //; s/^([0-9]+) passed, ([0-9]+) failed.*/\1 \2/'
}
