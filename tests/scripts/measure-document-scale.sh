#!/usr/bin/env bash
# Time and peak memory of `extract` on one very long document and on a very large JSON Lines file
# (issue 12). Release build, one thread, each run alone. Prints the figures and the ratios:
#
#   linear     = time(article x6000 in one file) / time(article x1500 in one file)       goal <= 4.5
#   vs files   = time(article x6000 in one file) / time(the same 6000 copies as files)   goal <= 1.5
#   memory     = peak RSS of the x6000 file (19 MB, 3.2 M words)                         goal <= 400 MB
#   jsonl flat = peak RSS(2 GB .jsonl) / peak RSS(200 MB .jsonl), and the 2 GB run's highest
#                sampled RSS in its first and second half                                goal ~ 1, no trend
#
# Times are CPU seconds (user + sys) of the whole process, because this machine is shared and wall
# time moves with everyone else's load; wall seconds are printed too.
# The .jsonl records are what a web-archive export holds: the article's text (the supplied
# article) plus the page's raw HTML (~200 KB, not processed), so the file is 2 GB while the words
# to process stay a few million: the run shows that reading streams, whatever the file size.
#
# Usage: tests/scripts/measure-document-scale.sh [--no-jsonl]
# Work files go to ${TMPDIR:-/tmp}/factextract-document-scale (about 2.5 GB with the .jsonl files).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
article="$root/corpus/seed-article.txt"
work="${TMPDIR:-/tmp}/factextract-document-scale"
dll="$root/src/FactExtract.Cli/bin/Release/net10.0/FactExtract.Cli.dll"
jsonl=1; [ "${1:-}" = "--no-jsonl" ] && jsonl=0

dotnet build "$root/src/FactExtract.Cli" -c Release -v q >/dev/null
mkdir -p "$work"

# One file holding the article n times (each copy ends with its blank line).
one_file() {
  local dir="$work/one-$1"
  [ -f "$dir/article.txt" ] && { echo "$dir"; return; }
  mkdir -p "$dir"
  python3 - "$article" "$1" "$dir/article.txt" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read().rstrip("\n") + "\n\n"
with open(sys.argv[3], "w", encoding="utf-8") as out:
    for _ in range(int(sys.argv[2])): out.write(text)
PY
  echo "$dir"
}

# The article n times as n separate files.
many_files() {
  local dir="$work/files-$1"
  [ -d "$dir" ] && [ "$(find "$dir" -name '*.txt' | wc -l)" -eq "$1" ] && { echo "$dir"; return; }
  rm -rf "$dir"; mkdir -p "$dir"
  for i in $(seq 1 "$1"); do
    sub="$dir/$((i / 1000))"; mkdir -p "$sub"; cp "$article" "$sub/article-$i.txt"
  done
  echo "$dir"
}

# A .jsonl file of about $1 MB: records with the article as text and ~200 KB of raw HTML.
jsonl_file() {
  local file="$work/archive-$1mb.jsonl"
  [ -f "$file" ] && { echo "$file"; return; }
  python3 - "$article" "$1" "$file" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
paragraphs = "".join(f"<p class=\"body\">{p}</p>\n" for p in text.split("\n\n") if p.strip())
page = "<html><head><script>" + "var x=1;" * 2000 + "</script></head><body>" + paragraphs * 55 + "</body></html>"
target, n = int(sys.argv[2]) << 20, 0
with open(sys.argv[3], "w", encoding="utf-8") as out:
    while out.tell() < target:
        n += 1
        out.write(json.dumps({"id": f"page-{n}", "url": f"https://example.org/{n}", "text": text, "raw_html": page}) + "\n")
PY
  echo "$file"
}

# Runs extract on $1, prints "cpu_seconds wall_seconds peak_MB words"; samples the resident memory
# every second into $work/rss.txt (MB), so flatness can be seen over the run, not only at its peak.
measure() {
  local out="$work/out"
  rm -rf "$out" "$work/rss.txt"
  /usr/bin/time -f '%U %S %e %M' -o "$work/time.txt" \
    dotnet "$dll" extract "$1" --out "$out" --threads 1 --quiet 2> "$work/stderr.txt" &
  local timer=$! pid=""
  while kill -0 "$timer" 2>/dev/null; do
    [ -z "$pid" ] && pid=$(pgrep -P "$timer" | head -1 || true)
    [ -n "$pid" ] && awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$pid/status" >> "$work/rss.txt" 2>/dev/null || true
    sleep 1
  done
  wait "$timer" || { cat "$work/stderr.txt" >&2; return 1; }
  local words; words=$(grep -oE 'words [0-9,]+' "$work/stderr.txt" | tail -1 | tr -dc '0-9')
  awk -v w="$words" '{ printf "%.1f %.1f %d %s\n", $1 + $2, $3, $4 / 1024, w }' "$work/time.txt"
}

# Highest sampled memory in the first and in the second half of the last run: "first second".
halves() {
  awk '{ v[NR] = $1 } END { h = int(NR / 2); for (i = 1; i <= NR; i++) if (i <= h) { if (v[i] > a) a = v[i] } else if (v[i] > b) b = v[i]; print a + 0, b + 0 }' "$work/rss.txt"
}

row() { printf '%-40s %12s %10s %10s %12s\n' "$@"; }
row input words "cpu s" "wall s" "peak MB"
read -r c1500 w1500 m1500 n1500 < <(measure "$(one_file 1500)")
row "one file, article x1500 (4.9 MB)" "$n1500" "$c1500" "$w1500" "$m1500"
read -r c6000 w6000 m6000 n6000 < <(measure "$(one_file 6000)")
row "one file, article x6000 (19 MB)" "$n6000" "$c6000" "$w6000" "$m6000"
read -r cfiles wfiles mfiles nfiles < <(measure "$(many_files 6000)")
row "6000 files, the article each" "$nfiles" "$cfiles" "$wfiles" "$mfiles"
if [ "$jsonl" = 1 ]; then
  read -r cj1 wj1 mj1 nj1 < <(measure "$(jsonl_file 200)")
  row ".jsonl, 200 MB" "$nj1" "$cj1" "$wj1" "$mj1"
  read -r cj2 wj2 mj2 nj2 < <(measure "$(jsonl_file 2048)")
  row ".jsonl, 2 GB" "$nj2" "$cj2" "$wj2" "$mj2"
  read -r first second < <(halves)
fi

echo
awk -v a="$c6000" -v b="$c1500" 'BEGIN { printf "linear:     x6000 / x1500 one file     = %.2f (cpu)   goal <= 4.5\n", a / b }'
awk -v a="$w6000" -v b="$w1500" 'BEGIN { printf "            (wall %.2f)\n", a / b }'
awk -v a="$c6000" -v b="$cfiles" 'BEGIN { printf "vs files:   x6000 one file / 6000 files = %.2f (cpu)   goal <= 1.5\n", a / b }'
awk -v a="$w6000" -v b="$wfiles" 'BEGIN { printf "            (wall %.2f)\n", a / b }'
echo "memory:     x6000 one file peak RSS     = $m6000 MB        goal <= 400"
if [ "$jsonl" = 1 ]; then
  awk -v a="$mj2" -v b="$mj1" 'BEGIN { printf "jsonl flat: 2 GB / 200 MB peak RSS      = %.2f (%d / %d MB)\n", a / b, a, b }'
  echo "            2 GB run, highest sampled RSS in its first / second half = $first / $second MB"
fi
