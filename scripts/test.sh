#!/usr/bin/env bash
# Sets up everything (packages, build) and runs every test with ctest. Exits non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"
cd "$root"
ctest --test-dir build --output-on-failure --parallel "$(nproc)" "$@"
