#!/bin/bash
# What --report adds to extract: alternating runs with and without it, medians of wall and CPU time.
# Usage (from the repository root, after dotnet build -c Release): docs/report-measure/measure-cost.sh [CORPUS] [RUNS]
CLI=src/FactExtract.Cli/bin/Release/net10.0/FactExtract.Cli.dll
CORPUS=${1:-../shared/corpus/news-1996}
N=${2:-7}
times=$(mktemp)
for i in $(seq 1 "$N"); do
  for mode in plain report; do
    extra=""; [ $mode = report ] && extra=--report
    /usr/bin/time -f "$mode %e %U %S" -a -o "$times" dotnet $CLI extract "$CORPUS" --out "/tmp/report-cost-$mode" --quiet $extra 2>/dev/null
  done
done
python3 - "$times" <<'PY'
import sys, statistics as st
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
med = {}
for m in ('plain', 'report'):
    wall = [float(r[1]) for r in rows if r[0] == m]
    cpu = [float(r[2]) + float(r[3]) for r in rows if r[0] == m]
    med[m] = (st.median(wall), st.median(cpu))
    print(f"{m:7} wall median {med[m][0]:.2f} s  cpu median {med[m][1]:.2f} s  walls {wall}")
print(f"--report adds {100 * (med['report'][0] / med['plain'][0] - 1):+.0f}% wall, {med['report'][1] - med['plain'][1]:+.2f} s CPU")
PY
rm -f "$times"
