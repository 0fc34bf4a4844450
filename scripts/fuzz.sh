#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang-14 (address and undefined-behaviour
# sanitizers) into build-fuzz/ and runs each over its seed corpus for a while. Exits non-zero when a
# target crashes, hangs, leaks or breaks a property it checks; the input that did it is kept in
# build-fuzz/artifacts/NAME/ and the target's output in build-fuzz/logs/NAME.log.
#   scripts/fuzz.sh                   every target for 20 s (scripts/test.sh runs this)
#   scripts/fuzz.sh --seconds 600     every target for 600 s
#   scripts/fuzz.sh import csv_reader only these (the folder names of tests/fuzz/corpus)
# To reproduce a crash: build-fuzz/tests/fuzz/fuzz_NAME build-fuzz/artifacts/NAME/crash-...
# Needs Debian's clang-14, libclang-rt-14-dev (libFuzzer and the sanitizer runtimes) and llvm-14
# (llvm-symbolizer, for stacks with file names and lines).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; }
seconds=20
targets=()
while (($#)); do
  case $1 in
    --seconds)
      [[ ${2:-} =~ ^[1-9][0-9]*$ ]] || { echo "error: --seconds needs a number of seconds" >&2; exit 2; }
      seconds=$2
      shift 2
      ;;
    -h | --help) usage; exit 0 ;;
    -*) echo "error: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
if ((${#targets[@]} == 0)); then
  for dir in "$root"/tests/fuzz/corpus/*/; do
    targets+=("$(basename "$dir")")
  done
fi
for name in "${targets[@]}"; do
  [[ -d $root/tests/fuzz/corpus/$name ]] || { echo "error: no fuzz target '$name' (tests/fuzz/corpus/$name)" >&2; exit 2; }
done

for tool in clang++-14 cmake ninja; do
  command -v "$tool" >/dev/null || { echo "error: $tool is missing (scripts/setup.sh installs it)" >&2; exit 1; }
done

build=$root/build-fuzz
if [[ ! -f $build/build.ninja ]]; then
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  # Debug keeps Qt's own checks (Q_ASSERT in QList::at and the like); -O1 keeps the runs fast;
  # line tables are all a stack needs, and compile faster than full debug information.
  cmake -S "$root" -B "$build" -G Ninja -DCOLLABDESK_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-gline-tables-only -O1" "${launcher[@]}"
fi
started=$(date +%s)
cmake --build "$build"
echo "fuzz: targets built in $(($(date +%s) - started)) s"

# Symbolised stacks; undefined behaviour with its stack.
export ASAN_OPTIONS=${ASAN_OPTIONS:-symbolize=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
# Every sanitizer looks for "llvm-symbolizer" on the PATH; Debian's llvm-14 keeps it here.
[[ -x /usr/lib/llvm-14/bin/llvm-symbolizer ]] && export PATH=/usr/lib/llvm-14/bin:$PATH

failed=()
total=0
mkdir -p "$build/logs"
for name in "${targets[@]}"; do
  program=$build/tests/fuzz/fuzz_$name
  seeds=$root/tests/fuzz/corpus/$name
  # New inputs go to the first folder (build-fuzz/corpus/NAME, kept between runs); the seeds in
  # tests/fuzz/corpus are only read.
  corpus=$build/corpus/$name
  artifacts=$build/artifacts/$name
  log=$build/logs/$name.log
  tmp=$build/tmp/$name
  rm -rf "$tmp"
  mkdir -p "$corpus" "$artifacts" "$tmp"
  # Seeds that are database files live with the other fixtures, under tests/data/fuzz/NAME.
  more_seeds=()
  [[ -d $root/tests/data/fuzz/$name ]] && more_seeds=("$root/tests/data/fuzz/$name")
  dict=()
  [[ -f $root/tests/fuzz/dict/$name.dict ]] && dict=(-dict="$root/tests/fuzz/dict/$name.dict")
  echo "fuzz: $name for ${seconds} s ..."
  status=0
  # -timeout: an input that takes longer is a hang; -rss_limit_mb: memory that grows without bound.
  TMPDIR=$tmp "$program" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2560 -print_final_stats=1 \
    "${dict[@]}" -artifact_prefix="$artifacts/" "$corpus" "$seeds" "${more_seeds[@]}" >"$log" 2>&1 || status=$?
  rm -rf "$tmp"
  runs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -n 1)
  coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
  total=$((total + ${runs:-0}))
  if ((status != 0)); then
    failed+=("$name")
    echo "fuzz: $name FAILED (exit $status) after ${runs:-?} runs; the end of $log:" >&2
    tail -n 60 "$log" >&2
    echo "fuzz: the input is kept in $artifacts/:" >&2
    ls -1t "$artifacts" | head -n 3 | sed "s|^|  $artifacts/|" >&2
  else
    echo "fuzz: $name: ${runs:-?} runs, ${coverage:-?} coverage points, $(find "$corpus" -type f | wc -l) inputs in its corpus"
  fi
done
echo "fuzz: number of executed units, all targets: $total"
if ((${#failed[@]})); then
  echo "fuzz: FAILED: ${failed[*]}" >&2
  exit 1
fi
