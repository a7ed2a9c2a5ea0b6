# The "examples" suite of each target (scripts/targets/<t> test): one fake
# Coze server (tests/fake_coze) for the target's run, then each of the
# target's examples (examples/<lang>/: chat_stream, workflow_resume,
# upload_progress, messages_pages, weather_tools, and guide, the program the
# package README's code blocks are cut from) must exit 0 and print the lines expected.
# Usage (after sourcing common.sh):
#   examples_suite <target> <function>  starts the server (exports COZE_BASE_URL and
#       COZE_API_TOKEN), calls <function>, which calls `examples_run <name> <command...>`
#       per example (or `examples_broken <why>` when it cannot run them), stops the
#       server and prints "<target> examples: N passed, N failed"; the counts are
#       left in ex_pass / ex_fail for the target's total.
# Safe under `set -e`.
# shellcheck shell=bash

ex_pass=0
ex_fail=0
ex_target=""
ex_server=""
ex_dir=""

# What each example must print (every line of it, as fixed strings) when run
# with no arguments against the fake server.
examples_expect() {
  case "$1" in
    chat_stream) printf '%s\n' 'Echo: Hello from cozecore' ;;
    workflow_resume) printf '%s\n' 'Which city?' 'Echo: Paris' ;;
    upload_progress) printf '%s\n' '100%' ', 4194304 bytes' ;;
    messages_pages) printf '%s\n' 'page 1: 2 messages' 'page 3: 1 messages' 'message 5' ;;
    weather_tools) printf '%s\n' 'Tool outputs: get_weather -> ' '; get_time -> ' ;;
    # The README walk-through: each section checks its own results and prints
    # "ok <section>"; the last line says every section ran.
    guide) printf '%s\n' 'guide: every section ran' ;;
  esac
}

# The snake_case name of a Java class name: ChatStream -> chat_stream.
examples_name() {
  sed -E 's/([a-z0-9])([A-Z])/\1_\2/g' <<<"$1" | tr '[:upper:]' '[:lower:]'
}

examples_begin() {
  ex_target=$1
  ex_pass=0
  ex_fail=0
  ex_dir=$(mktemp -d)
  python3 "$COZE_ROOT/tests/fake_coze/server.py" --port 0 >"$ex_dir/server.out" 2>"$ex_dir/server.err" &
  ex_server=$!
  local port="" i
  for i in $(seq 1 300); do # up to 30 s: a Python start on a loaded machine can take seconds
    port=$(sed -nE 's/^LISTENING ([0-9]+)$/\1/p' "$ex_dir/server.out" 2>/dev/null || true)
    [ -n "$port" ] && break
    kill -0 "$ex_server" 2>/dev/null || break # it exited: no point waiting
    sleep 0.1
  done
  if [ -z "$port" ]; then
    examples_broken "the fake server did not start"
    cat "$ex_dir/server.err" || true
    return 1
  fi
  export COZE_BASE_URL="http://127.0.0.1:$port" COZE_API_TOKEN=pat_examples
}

examples_run() {
  local name=$1 log="$ex_dir/$1.log" rc=0 missing="" want
  shift
  timeout 120 "$@" </dev/null >"$log" 2>&1 || rc=$?
  while IFS= read -r want; do
    grep -qF -- "$want" "$log" || missing+=" '$want'"
  done < <(examples_expect "$name")
  if [ "$rc" -eq 0 ] && [ -z "$missing" ]; then
    ex_pass=$((ex_pass + 1))
  else
    ex_fail=$((ex_fail + 1))
    echo "$ex_target examples: FAIL $name (exit $rc${missing:+; missing$missing})"
    tail -n 20 "$log"
  fi
}

# Counts the whole suite as failed when it could not run (build failed, ...).
examples_broken() {
  echo "$ex_target examples: $*"
  ex_fail=$((ex_fail + 1))
}

examples_end() {
  if [ -n "$ex_server" ]; then
    kill "$ex_server" 2>/dev/null || true
    wait "$ex_server" 2>/dev/null || true
  fi
  ex_server=""
  rm -rf "$ex_dir"
  unset COZE_BASE_URL COZE_API_TOKEN
  echo "$ex_target examples: $ex_pass passed, $ex_fail failed"
}

examples_suite() {
  local started=0
  log "$1: examples (examples/, against the fake server)"
  if examples_begin "$1"; then started=1; fi
  if [ "$started" -eq 1 ]; then "$2" || true; fi
  examples_end
}
