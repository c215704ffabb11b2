#!/usr/bin/env bash
# Whole-process throughput and peak memory of `extract` on news-1996 repeated 1x, ~5.5x (about a
# million words) and 10x, on 1 and 2 threads. Release build. Usage:
#   tests/scripts/measure-scale.sh [CORPUS_DIR]   (default ../shared/corpus/news-1996)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="$(cd "${1:-$root/../shared/corpus/news-1996}" && pwd)"
work="${TMPDIR:-/tmp}/factextract-scale"
dll="$root/src/FactExtract.Cli/bin/Release/net10.0/FactExtract.Cli.dll"

dotnet build "$root/src/FactExtract.Cli" -c Release -v q >/dev/null

make_copies() { # $1 = number of copies of the corpus
  local dir="$work/x$1"
  if [ ! -d "$dir" ]; then
    mkdir -p "$dir"
    for i in $(seq 1 "$1"); do cp -r "$corpus" "$dir/copy$(printf %03d "$i")"; done
  fi
  echo "$dir"
}

printf '%-6s %-8s %10s %10s %16s %16s %12s\n' copies threads words seconds "words/s(process)" "words/s(batch)" "peak RSS MB"
for copies in 1 6 10; do
  dir=$(make_copies "$copies")
  for threads in 1 2; do
    out="$work/out-$copies-$threads"
    /usr/bin/time -f '%e %M' -o "$work/time.txt" \
      dotnet "$dll" extract "$dir" --out "$out" --threads "$threads" --quiet 2> "$work/stderr.txt" || true
    words=$(grep -oE 'words [0-9,]+' "$work/stderr.txt" | tail -1 | tr -dc '0-9')
    batch=$(grep -oE '[0-9,]+ words/s' "$work/stderr.txt" | tail -1 | tr -dc '0-9')
    read -r secs kb < "$work/time.txt"
    process=$(awk -v w="$words" -v s="$secs" 'BEGIN { printf "%d", w / s }')
    printf '%-6s %-8s %10s %10s %16s %16s %12s\n' "$copies" "$threads" "$words" "$secs" "$process" "$batch" "$((kb / 1024))"
  done
done
