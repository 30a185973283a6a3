#!/usr/bin/env bash
# End-to-end test of the html report in headless Chromium. Installs what it needs on a fresh Debian machine
# (Debian's chromium, Node.js if missing, playwright-core from tests/browser/package-lock.json), makes the
# reports with the CLI and runs tests/browser/report.test.mjs. Prints "browser: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

if [ ! -x /usr/bin/chromium ] || ! command -v node >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core $(command -v node >/dev/null || echo nodejs npm) >/dev/null
fi
(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)

dotnet build src/ListingLint.Cli -nologo -v q -clp:ErrorsOnly
cli=(dotnet "$root/src/ListingLint.Cli/bin/Debug/net10.0/listinglint.dll")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Exit code 1 only says that findings were reported; anything above it is a failure.
audit() { "${cli[@]}" audit "$@" --fail-on none; }
audit fixtures/listings fixtures/report --format html -o "$work/fixtures.html"
node tests/browser/make-listings.mjs 10000 "$work" fixtures/report/images
audit "$work/hostile" --format html -o "$work/hostile.html"
start=$(date +%s%N)
audit "$work/large" --format html -o "$work/large.html"
echo "browser: 10,000-listing audit with html report took $(( ($(date +%s%N) - start) / 1000000 )) ms ($(du -h "$work/large.html" | cut -f1))"

set +e
(cd tests/browser && FIXTURES_REPORT="$work/fixtures.html" HOSTILE_REPORT="$work/hostile.html" LARGE_REPORT="$work/large.html" \
  node --test --test-concurrency=1 --test-reporter=tap report.test.mjs) > "$work/tap.txt" 2>&1
status=$?
set -e
cat "$work/tap.txt"
passed=$(grep -E '^# pass ' "$work/tap.txt" | awk '{print $3}')
failed=$(grep -E '^# fail ' "$work/tap.txt" | awk '{print $3}')
echo "browser: ${passed:-0} passed, ${failed:-0} failed"
if [ "$status" -ne 0 ] || [ "${passed:-0}" -eq 0 ]; then exit 1; fi
