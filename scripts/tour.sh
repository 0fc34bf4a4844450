#!/usr/bin/env bash
# The screenshot tour: every page and main dialog of the small demo, on a real (private) X server, at
# 1366x768 and 1920x1080, light and dark, in English and Bahasa Indonesia, saved as PNG files to look
# at as a new user would (design.md, "Check it"). README's pictures come from these.
#   scripts/tour.sh                     everything into build/tour/ (about 150 pictures, a few minutes)
#   scripts/tour.sh --out DIR           somewhere else
#   scripts/tour.sh --quick             1366x768 light only, both languages
#   scripts/tour.sh dashboard campaigns only these screens (doc_screens' names)
# Pictures are named LANGUAGE-WIDTHxHEIGHT-THEME-SCREEN.png. Needs xvfb (scripts/setup.sh installs it).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; }
out=$root/build/tour
sizes=(1366x768 1920x1080)
themes=(light dark)
screens=()
while (($#)); do
  case $1 in
    --out) out=${2:?--out needs a folder}; shift 2 ;;
    --quick) sizes=(1366x768); themes=(light); shift ;;
    -h | --help) usage; exit 0 ;;
    -*) echo "error: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) screens+=("$1"); shift ;;
  esac
done
if ((${#screens[@]} == 0)); then
  screens=(today today-rights dashboard creators brands campaigns pipeline contracts payments results results-followers
    mark-posted money followups new-creator new-brand new-campaign settings settings-money settings-managers)
fi

"$root/scripts/setup.sh" >/dev/null
program=$root/build/tests/bench/doc_screens
cli=$root/build/app/collabdesk-cli
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Settings and the verified-file notes of the tour stay in its own folders.
export XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache XDG_DATA_HOME=$work/data
"$cli" --db "$work/demo.collabdesk" demo >/dev/null

taken=0
for language in en id; do
  for size in "${sizes[@]}"; do
    for theme in "${themes[@]}"; do
      for screen in "${screens[@]}"; do
        picture=$out/$language-$size-$theme-$screen.png
        dark=()
        [[ $theme == dark ]] && dark=(--dark)
        # A fresh copy each time: a screen that edits (a form) leaves the next one as it was.
        cp "$work/demo.collabdesk" "$work/shown.collabdesk"
        if ! xvfb-run -a -s "-screen 0 ${size}x24 -nolisten tcp" \
          "$program" --shot "$picture" "${dark[@]}" "$work/shown.collabdesk" "$screen" "$language" \
          >"$work/log" 2>&1; then
          echo "error: $screen ($language, $size, $theme) failed:" >&2
          cat "$work/log" >&2
          exit 1
        fi
        rm -f "$work/shown.collabdesk"*
        taken=$((taken + 1))
      done
    done
  done
done
echo "tour: $taken pictures in $out"
