#!/usr/bin/env bash
# Sets up everything (packages, build) and runs every test. Exits non-zero on any failure.
#   scripts/test.sh            the whole suite (ctest), then the core and CLI tests under the address,
#                              undefined-behaviour and leak sanitizers (scripts/sanitize.sh), then each
#                              fuzz target for 20 s (scripts/fuzz.sh); CI runs this
#   scripts/test.sh --quick    the ctest suite only (while developing)
# Any further arguments go to ctest.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
quick=0
if [[ ${1-} == --quick ]]; then
  quick=1
  shift
fi
"$root/scripts/setup.sh" --with-test-server
cd "$root"
started=$(date +%s)
ctest --test-dir build --output-on-failure --parallel "$(nproc)" "$@"
echo "test: the suite ran in $(($(date +%s) - started)) s"
((quick)) && exit 0

started=$(date +%s)
"$root/scripts/sanitize.sh"
echo "test: the sanitizer build and run took $(($(date +%s) - started)) s"
started=$(date +%s)
"$root/scripts/fuzz.sh"
echo "test: the fuzz build and runs took $(($(date +%s) - started)) s"
