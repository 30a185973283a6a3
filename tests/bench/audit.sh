#!/usr/bin/env bash
# Audit benchmark: times `listinglint audit` as a whole process on N synthetic NDJSON listings.
# usage: tests/bench/audit.sh [N] [extra audit arguments…]     (default N=100000)
# Prints listings/s and peak RSS. The corpus is generated once per N into .bench/ (deterministic).
set -euo pipefail
cd "$(dirname "$0")/../.."
count="${1:-100000}"; shift || true
mkdir -p .bench
corpus=".bench/listings-$count.ndjson"
dotnet build tests/ListingLint.Benchmarks -c Release -v q -nologo >/dev/null
# The CLI as it ships: Release, ReadyToRun (precompiled, so a run does not spend its first seconds in the JIT).
rid=$(dotnet --info | awk '/RID:/ { print $2; exit }')
dotnet publish src/ListingLint.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o .bench/cli -v q -nologo >/dev/null
[ -f "$corpus" ] || dotnet tests/ListingLint.Benchmarks/bin/Release/net10.0/ListingLint.Benchmarks.dll generate "$count" "$corpus"
cli=.bench/cli/listinglint.dll
# Warm the disk cache so the first measured run is not an I/O measurement.
cat "$corpus" >/dev/null
best=""
for run in 1 2 3; do
  /usr/bin/time -f "%e %M" -o .bench/time.txt dotnet "$cli" audit "$corpus" --format json --fail-on none "$@" >.bench/out.json
  read -r seconds rss_kb <.bench/time.txt
  echo "run $run: ${seconds}s, peak RSS $((rss_kb / 1024)) MB"
  if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then best=$seconds; best_rss=$rss_kb; fi
done
awk -v n="$count" -v s="$best" -v r="$best_rss" 'BEGIN{printf "listings: %d  best: %.2fs  throughput: %.0f listings/s  peak RSS: %d MB\n", n, s, n/s, r/1024}'
