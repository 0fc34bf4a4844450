#!/usr/bin/env bash
# Sets up everything (packages, build) and starts CollabDesk. Arguments are passed on, e.g.
#   scripts/run.sh --db ~/clients.collabdesk
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
  cat >&2 <<MSG
CollabDesk is built, but there is no display to show its window on.
- On a desktop, run this from a terminal inside your graphical session.
- Over SSH, connect with X forwarding (ssh -X) and run it again.
- On a headless machine, use a virtual display:  xvfb-run -a scripts/run.sh
- For scripts and servers, the same workspace is reachable without a display:
    build/app/collabdesk-cli --help
MSG
  exit 1
fi
exec "$root/build/app/collabdesk" "$@"
