#!/usr/bin/env bash
# The C# user's path: pack the FactExtract library, build samples/FactExtract.Sample against
# that freshly packed .nupkg only (no project reference), run it from /tmp on the supplied
# article and check that it prints entities and facts found with the packaged model.
# Usage: tests/scripts/sample-package.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/factextract-sample.XXXXXX")"
# A version of its own, so a package of the same version in the NuGet cache cannot stand in for
# the one just packed; removed from the cache again at the end.
version="1.0.0-local.$(date +%Y%m%d%H%M%S).$$"
cache="$(dotnet nuget locals global-packages --list | sed 's/^[^:]*: *//')"
trap 'rm -rf "$work" "$cache/factextract/$version"' EXIT
fail() { echo "sample-package: FAILED: $*" >&2; exit 1; }

dotnet pack "$root/src/FactExtract" -c Release -o "$work/nupkg" -p:Version="$version" -v q -nologo
nupkg="$work/nupkg/FactExtract.$version.nupkg"
[ -f "$nupkg" ] || fail "no $nupkg"
listing="$(unzip -l "$nupkg")"
for f in lib/net10.0/FactExtract.dll lib/net10.0/FactExtract.xml \
         contentFiles/any/any/models/ner-en/model.bin contentFiles/any/any/models/ner-en/gazetteer.txt.gz; do
  grep -q " $f\$" <<<"$listing" || fail "package lacks $f"
done

# Build a copy of the sample outside the repository, with the packed folder as an extra source.
cp -r "$root/samples/FactExtract.Sample" "$work/sample"
rm -rf "$work/sample/bin" "$work/sample/obj"
cat > "$work/sample/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><add key="packed" value="$work/nupkg" /></packageSources></configuration>
XML
dotnet build "$work/sample" -c Release -p:FactExtractVersion="$version" -v q -nologo -o "$work/sample-out"
[ -f "$work/sample-out/models/ner-en/model.bin" ] || fail "the package did not copy the model beside the sample"

unset FACTEXTRACT_MODEL
cd /tmp
dotnet "$work/sample-out/FactExtract.Sample.dll" "$root/corpus/seed-article.txt" > "$work/printed.txt" \
  || fail "the sample exited $?"
cat "$work/printed.txt"
grep -Eq '^Entities \([1-9][0-9]*\):' "$work/printed.txt" || fail "no entities printed"
grep -Eq '^Facts \([1-9][0-9]*\):' "$work/printed.txt" || fail "no facts printed"
grep -q 'Person  *Keir Starmer -> Keir Starmer' "$work/printed.txt" || fail "Keir Starmer not printed as a person"
grep -q 'Number more than 380000  *people' "$work/printed.txt" || fail "the 380,000 people fact not printed"
echo "sample-package: sample built against FactExtract $version printed $(grep -c '^  ' "$work/printed.txt") lines"
