#!/usr/bin/env bash
# Typesets the seed report with groff and extracts it again the ways people do (nroff text,
# pdftotext, pdftotext -layout), so the text cleaner can be tried on real tools' artifacts:
# hyphenated line ends, page headers and numbers, form feeds, justified spacing, curly quotes.
# Copied from the reference kit the report's samples were first made with; the report's true text is
# ../Samples/expected.json (or $LECTERN_EXPECTED).
# usage: make-samples.sh OUT_DIR [LINE_LENGTH_INCHES=6.0] [PAPER=letter|a4|a5] [POINT_SIZE=10]
# needs: groff and poppler-utils (apt-get install -y groff poppler-utils), python3
set -euo pipefail
out=${1:?usage: make-samples.sh OUT_DIR [LL] [PAPER] [PS]}; ll=${2:-6.0}; paper=${3:-letter}; ps=${4:-10}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"; work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
expected=${LECTERN_EXPECTED:-$here/../Samples/expected.json}
python3 - "$expected" "$ps" > "$work/report.ms" <<'PY'
import json, sys
d = json.load(open(sys.argv[1])); ps = int(sys.argv[2])
print(f'.nr PS {ps}\n.nr VS {ps + 2}\n.nr PD 0.3v\n.hy 14\n.ds CH \\- % \\-\n.TL\n{d["title"]}\n.LP')
for i, p in enumerate(d['paragraphs']):
    if i == 0: p = d['dateline'] + ' -- ' + p
    if i == len(d['paragraphs']) - 1: p += ' -0-'
    print('.PP\n\\&' + p)
PY
name="ll${ll}-${paper}-${ps}pt"
case $paper in a5) width=5.83;; a4) width=8.27;; *) width=8.5;; esac
po=$(python3 -c "print(max(0.2, ($width - $ll) / 2))")  # centre the text block on the page
groff -ms -Tascii -P-cbou -rLL="${ll}i" "$work/report.ms" > "$out/nroff-$name.txt" 2>/dev/null
groff -ms -Tpdf -dpaper="$paper" -P-p"$paper" -rLL="${ll}i" -rPO="${po}i" "$work/report.ms" > "$work/r.pdf" 2>/dev/null
pdftotext "$work/r.pdf" "$out/pdftotext-$name.txt"
pdftotext -layout "$work/r.pdf" "$out/pdftotext-layout-$name.txt"
ls "$out"/*"$name"*
