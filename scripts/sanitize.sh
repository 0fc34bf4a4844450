#!/usr/bin/env bash
# Builds CollabDesk with AddressSanitizer, UndefinedBehaviorSanitizer and LeakSanitizer (preset "asan",
# build-asan/) and runs tests under them. Any finding fails the run: a memory error, undefined behaviour
# or a leak. Assumes the packages of scripts/setup.sh are installed.
#
#   scripts/sanitize.sh          the core and CLI tests (ctest "core: ..." and "cli: ..."), as CI runs it
#   scripts/sanitize.sh --all    everything built, the whole suite run (ui tests on the offscreen platform)
#
# Any further arguments go to ctest.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

all=0
if [[ ${1-} == --all ]]; then
  all=1
  shift
fi

# Exported before the build too: catch_discover_tests runs each test program at build time.
# abort_on_error gives a stack in a debugger and a non-zero status even where a caller ignores exit codes;
# halt_on_error with -fno-sanitize-recover=undefined (in the preset) makes UB fatal, not a printed warning.
# Debian's Qt is built without frame pointers, so the fast unwinder stops a leak's allocation stack at the first
# Qt frame (e.g. QLayoutPrivate::createWidgetItem) and hides which of our lines allocated it. To see the whole
# stack, rerun the one test with ASAN_OPTIONS=fast_unwind_on_malloc=0 (appended below); not the default, as it
# makes every allocation unwind through DWARF (the ui tests on campaigns: 19 s -> 123 s).
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"

if [[ ! -f build-asan/build.ninja ]]; then
  cmake --preset asan
fi

if ((all)); then
  cmake --build build-asan
  # The crash harness preloads its shim (LD_PRELOAD) into the CLI, ahead of the ASan runtime, which ASan
  # refuses; it kills the CLI with SIGKILL anyway, so the sanitizers have nothing to report there.
  ctest --test-dir build-asan --output-on-failure --parallel "$(nproc)" -E '^reliability:' "$@"
else
  cmake --build build-asan --target core_tests cli_tests collabdesk-cli
  ctest --test-dir build-asan -R '^(core|cli):' --output-on-failure --parallel "$(nproc)" "$@"
fi
