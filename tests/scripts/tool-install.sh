#!/usr/bin/env bash
# The new user's path, end to end: pack the CLI as a .NET tool, install it (into a temporary
# --tool-path, so the machine's global tools are untouched), cd /tmp, run `factextract extract`
# on a folder and check the output files. The model must come from the installed tool itself.
# Usage: tests/scripts/tool-install.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/factextract-tool.XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() { echo "tool-install: FAILED: $*" >&2; exit 1; }

version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/src/FactExtract.Cli/FactExtract.Cli.csproj")"
dotnet pack "$root/src/FactExtract.Cli" -c Release -o "$work/nupkg" -v q -nologo

# Only the freshly packed folder as a source, and an empty package cache, so neither a package
# of the same name elsewhere nor a stale copy of this version can stand in for the new one.
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><clear /></packageSources></configuration>
XML
NUGET_PACKAGES="$work/packages" dotnet tool install FactExtract.Cli --version "$version" \
  --tool-path "$work/tools" --add-source "$work/nupkg" --configfile "$work/nuget.config"

mkdir -p "$work/articles/news"
cp "$root/corpus/seed-article.txt" "$root/corpus/company-earnings.txt" "$work/articles/news/"

# From a folder unrelated to the repository, with no model override: only the shipped copy can serve.
unset FACTEXTRACT_MODEL
cd /tmp
for d in /tmp /; do [ ! -e "$d/models/ner-en" ] || fail "$d/models/ner-en exists; cannot show the tool finds its own model"; done
"$work/tools/factextract" --version
status=0
"$work/tools/factextract" extract "$work/articles" --out "$work/out" --quiet || status=$?
[ "$status" -eq 0 ] || fail "factextract extract exited $status"

for f in entities.csv quantities.csv facts.csv articles.jsonl errors.csv; do
  [ -s "$work/out/$f" ] || fail "missing or empty $f"
done
head -n 1 "$work/out/entities.csv" | grep -q '^article_id,file,sentence,start,end,text,type,canonical,confidence,source' \
  || fail "entities.csv header"
grep -q ',Keir Starmer,PERSON,' "$work/out/entities.csv" || fail "no PERSON 'Keir Starmer' in entities.csv"
grep -q ',"380,000",NUMBER,380000,' "$work/out/quantities.csv" || fail "no 380,000 in quantities.csv"
[ "$(wc -l < "$work/out/articles.jsonl")" -eq 2 ] || fail "articles.jsonl should have 2 articles"
[ "$(wc -l < "$work/out/errors.csv")" -eq 1 ] || fail "errors.csv should hold only its header"
echo "tool-install: installed factextract $version ran from /tmp: $(($(wc -l < "$work/out/entities.csv") - 1)) entity rows, $(($(wc -l < "$work/out/facts.csv") - 1)) fact rows"
