#!/usr/bin/env bash
# Makes the variants of every document in tests/Lectern.Tests/Clean/Documents/: each document typeset to PDF by
# typeset-document.py with the settings drawn from a seed, and its text extracted again.
# Writes <name>-<seed>.txt (the text a cleaner is given) and <name>-<seed>.settings.json (what was
# printed around the text, for score-documents.py). With KEEP_PDF=1 in the environment the PDF is
# kept too, as <name>-<seed>.pdf (for a cleaner that reads PDFs: score-documents.py --pdf).
#
# usage: make-documents.sh                  the fixed seeds below, into tests/Lectern.Tests/Clean/Documents/variants/
#        make-documents.sh --random N DIR   N fresh random seeds per document, into DIR
#        make-documents.sh --seeds "7 8" DIR   these seeds for every document, into DIR
#
# needs: python3, groff, poppler-utils, mupdf-tools, ghostscript, chromium
#        (apt-get install -y groff poppler-utils mupdf-tools ghostscript chromium)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
docs=$(cd "$here/../Documents" && pwd)
mode=fixed; seeds=""; n=0
case "${1:-}" in
  --random) mode=random; n=${2:?--random N DIR}; out=${3:?--random N DIR};;
  --seeds) mode=given; seeds=${2:?--seeds \"S ...\" DIR}; out=${3:?--seeds \"S ...\" DIR};;
  "") out="$docs/variants";;
  *) echo "usage: $0 [--random N DIR | --seeds \"S ...\" DIR]" >&2; exit 2;;
esac
for tool in python3 groff pdftotext mutool ps2pdf chromium; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y groff poppler-utils mupdf-tools ghostscript chromium" >&2; exit 1; }
done

# six fixed seeds per document, chosen so that each document gets both engines, every extractor it
# can, two columns, hyphenation, several page-number forms and a browser-style header and footer
declare -A FIXED=(
  [kcna-statement]="124 154 174 189 190 195"
  [kcna-speech]="203 226 243 247 273 282"
  [un-charter]="300 309 356 362 384 390"
  [omb-m1313]="401 404 458 463 483 497"
  [federalist-39]="503 506 549 581 587 591"
)

mkdir -p "$out"
if [ "$mode" = fixed ]; then rm -f "$out"/*.txt "$out"/*.settings.json; fi
count=0
for doc in "$docs"/*.json; do
  name=$(basename "$doc" .json)
  case $mode in
    fixed) list=${FIXED[$name]:-};;
    given) list=$seeds;;
    random) list=$(python3 -c "import random; print(' '.join(str(random.randrange(1000, 10**6)) for _ in range($n)))");;
  esac
  [ -n "$list" ] || { echo "no seeds for $name (add it to FIXED in $0)" >&2; exit 1; }
  for seed in $list; do
    keep=(); [ "${KEEP_PDF:-0}" = 1 ] && keep=(--pdf "$out/$name-$seed.pdf")
    python3 "$here/typeset-document.py" "$doc" --seed "$seed" --out "$out/$name-$seed.txt" \
      --settings "$out/$name-$seed.settings.json" "${keep[@]}"
    count=$((count + 1))
  done
done
echo "$count variants in $out ($(du -sh "$out" | cut -f1))"
