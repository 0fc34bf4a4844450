#!/usr/bin/env bash
# Shared by run.sh and test.sh: installs the Debian packages CollabDesk needs (only the missing ones),
# then configures and builds into build/. Safe to run again: it does nothing that is already done.
#   scripts/setup.sh --with-test-server   also PostgreSQL 15, whose private server the tests start
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

packages=(
  # toolchain
  g++ cmake ninja-build ccache pkg-config dpkg-dev file
  # Qt 6: base (Core, Sql, Gui, Widgets), charts, SVG, translation tools, platform plugins
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6 libqt6opengl6-dev libgl-dev
  # Qt's PostgreSQL driver: server workspaces (team mode)
  libqt6sql6-psql
  # SQLite's own headers (bulk import fast path) and its command-line tool (benchmarks, support)
  libsqlite3-dev sqlite3
  # a font for headless rendering (PDF, offscreen tests); KDE's Breeze icons where the desktop has none
  fonts-dejavu-core breeze-icon-theme
  # tests: Catch2 v2, desktop/AppStream validators, screenshots of the real window
  catch2 desktop-file-utils appstream xvfb xauth
  # tests: a contract PDF's text and page count (pdftotext, pdfinfo), and looking at its pages (pdftoppm)
  poppler-utils
  # tests: the libFuzzer targets (scripts/fuzz.sh): clang, its fuzzer and sanitizer runtimes, and
  # llvm-symbolizer for readable stacks (g++ has no libFuzzer)
  clang-14 libclang-rt-14-dev llvm-14
)
if [[ ${1-} == --with-test-server ]]; then
  # tests: the server the team-mode tests run against (scripts/postgresql-server.sh starts a private
  # one); only test.sh asks for it, so run.sh never installs a database server
  packages+=(postgresql-15)
fi

missing=()
while read -r state name; do
  [[ $state == ii ]] || missing+=("$name")
done < <(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' "${packages[@]}" 2>/dev/null || true)
# dpkg-query prints nothing for packages it has never heard of: add those too.
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Package}\n' "$p" >/dev/null 2>&1 || missing+=("$p")
done

if ((${#missing[@]})); then
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
  echo "Installing missing Debian packages: ${missing[*]}"
  sudo_=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo_=sudo
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo_ apt-get update -qq
  $sudo_ apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cd "$root"
if [[ ! -f build/build.ninja ]]; then
  cmake --preset dev
fi
cmake --build build
