#!/usr/bin/env bash
# Renders an executive report (report.html) with headless Chromium to a PNG, the way a reader's
# browser shows it, so a person (or a reviewer) can look at the report without opening it.
#
# usage: scripts/screenshot.sh [REPORT_HTML [OUT_PNG [WIDTH,HEIGHT]]]
#   With no REPORT_HTML, the sample report is written first from samples/ into
#   target/sample-out (needs target/revenue-gap-orchestrator.jar: mvn -B package -DskipTests).
#   OUT_PNG defaults to target/report.png, the window to 1280,2400 (the picture is cut there).
#   docs/report.png is made with: scripts/screenshot.sh target/sample-out/report.html docs/report.png
#
# Needs Debian's chromium (apt-get install -y chromium); CHROMIUM=/path/to/browser picks another.
# The report has no external resources, and the flags below keep Chromium off the network anyway.
set -euo pipefail

cd "$(dirname "$0")/.."
report="${1:-}"
out="${2:-target/report.png}"
size="${3:-1280,2400}"

if [[ -z "$report" ]]; then
    jar=target/revenue-gap-orchestrator.jar
    [[ -f "$jar" ]] || { echo "no $jar: run mvn -B package -DskipTests first" >&2; exit 1; }
    log="$(mktemp)"
    java -jar "$jar" run --data samples --out target/sample-out >"$log" 2>&1 \
        || { cat "$log" >&2; rm -f "$log"; exit 1; }
    rm -f "$log"
    report=target/sample-out/report.html
fi
[[ -f "$report" ]] || { echo "no such report: $report" >&2; exit 1; }

browser="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
[[ -n "$browser" ]] || { echo "chromium not found: apt-get install -y chromium" >&2; exit 1; }

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
mkdir -p "$(dirname "$out")"
out_abs="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
report_abs="$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"

# timeout: a browser that hangs must not hang the caller (CI, a script)
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
    --user-data-dir="$profile" --window-size="$size" --screenshot="$out_abs" \
    "file://$report_abs" >/dev/null 2>&1

[[ -s "$out_abs" ]] || { echo "chromium wrote no screenshot" >&2; exit 1; }
echo "$out ($(wc -c <"$out_abs") bytes)"
