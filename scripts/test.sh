#!/usr/bin/env bash
# Command two: install the test tools if missing, then run every check CI runs:
# fmt, clippy (native and wasm), native engine tests, wasm-bindgen-test in headless
# Chromium, the release build, e2e tests against dist/ on loopback, Lighthouse, the
# performance benchmark (figures printed beside their budgets) and the size report.
# Ends with one summary line; exits non-zero if any step fails.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
log=$(mktemp -d)
started=$(date +%s)
failed_steps=()

step() { # step NAME COMMAND...
  local name=$1; shift
  local t0; t0=$(date +%s)
  echo "==> $name"
  if "$@" 2>&1 | tee "$log/$name.log"; then
    echo "--- $name ok ($(( $(date +%s) - t0 )) s)"
  else
    echo "--- $name FAILED ($(( $(date +%s) - t0 )) s)"
    failed_steps+=("$name")
  fi
}

bash scripts/tools-build.sh || { echo "tool install failed"; exit 1; }
bash scripts/tools-test.sh || { echo "test tool install failed"; exit 1; }
export PATH="$root/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step fmt cargo fmt --check
step clippy-native cargo clippy --all-targets --locked -- -D warnings
step clippy-wasm cargo clippy --lib --target wasm32-unknown-unknown --locked -- -D warnings
step clippy-wasm-api cargo clippy --lib --target wasm32-unknown-unknown --features api-module --locked -- -D warnings
step engine-tests cargo test --locked -- --skip api_fuzz --skip the_engine_agrees_with_the_reference_ledger
# The engine against the independent day-by-day reference ledger on random cases, with
# the agreement count printed; REFERENCE_CASES=30000 runs more.
step reference cargo test --locked --test reference_ledger -- --nocapture
# The JS API fuzz harness (tests/api_fuzz.rs), with its case count and time printed;
# FUZZ_CASES=100000 runs more.
step fuzz cargo test --locked --test api_fuzz -- --nocapture
step engine-bench cargo bench --locked --bench engine
step build bash -c "trunk build --release && node scripts/postbuild.mjs dist"
step wasm-tests cargo test --release --locked --target wasm32-unknown-unknown --test api_wasm
step e2e bash -c "cd tests/e2e && node --test --test-concurrency=1"
step lighthouse node tests/e2e/lighthouse.js
step perf node tests/e2e/perf.js
step size bash scripts/size-report.sh dist

# One closing line over every runner: cargo's "test result" lines and node's "# pass/# fail".
passed=0; failed=0
for f in "$log"/engine-tests.log "$log"/reference.log "$log"/fuzz.log "$log"/wasm-tests.log; do
  [ -f "$f" ] || continue
  p=$(grep -oE 'test result: [A-Za-z]+\. [0-9]+ passed; [0-9]+ failed' "$f" | awk '{s+=$4} END {print s+0}')
  q=$(grep -oE 'test result: [A-Za-z]+\. [0-9]+ passed; [0-9]+ failed' "$f" | awk '{s+=$6} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + q))
done
if [ -f "$log/e2e.log" ]; then
  passed=$((passed + $(grep -E '^# pass [0-9]+' "$log/e2e.log" | awk '{s+=$3} END {print s+0}')))
  failed=$((failed + $(grep -E '^# fail [0-9]+' "$log/e2e.log" | awk '{s+=$3} END {print s+0}')))
fi
# Benchmarks are not tests: they are reported on their own line (their timings never fail;
# a benchmark that stops early fails its step).
benchmarks=0
for f in "$log"/engine-bench.log "$log"/perf.log "$log"/lighthouse.log; do
  [ -f "$f" ] && benchmarks=$((benchmarks + 1))
done
echo
echo "benchmarks run (figures above, not counted as tests): $benchmarks"
echo "wall time: $(( $(date +%s) - started )) s"
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo "failed steps: ${failed_steps[*]}"
  failed=$((failed > 0 ? failed : 1))
fi
echo "summary: $passed passed, $failed failed"
[ ${#failed_steps[@]} -eq 0 ]
