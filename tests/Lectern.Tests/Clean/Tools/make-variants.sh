#!/usr/bin/env bash
# Typesets the seed report like make-samples.sh beside it, in layouts that script does not make,
# and extracts each with every tool at hand: one or two columns, justified or ragged right, block
# paragraphs or first-line indents; pdftotext, pdftotext -layout and (if installed) mutool.
# usage: make-variants.sh OUT_DIR [LINE_LENGTH_INCHES=6.0] [PAPER=letter|a4|a5] [POINT_SIZE=10]
# needs: groff, poppler-utils, python3; optionally mupdf-tools
set -euo pipefail
out=${1:?usage: make-variants.sh OUT_DIR [LL] [PAPER] [PS]}; ll=${2:-6.0}; paper=${3:-letter}; ps=${4:-10}
here=$(cd "$(dirname "$0")" && pwd)
expected=${LECTERN_EXPECTED:-$here/../Samples/expected.json}
mkdir -p "$out"; work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
case $paper in a5) width=5.83;; a4) width=8.27;; *) width=8.5;; esac
po=$(python3 -c "print(max(0.2, ($width - $ll) / 2))")
for columns in 1 2; do for adjust in b l; do for para in PP LP; do
  python3 - "$expected" "$ps" "$columns" "$adjust" "$para" > "$work/report.ms" <<'PY'
import json, sys
d = json.load(open(sys.argv[1])); ps, columns, adjust, para = int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
print(f'.nr PS {ps}\n.nr VS {ps + 2}\n.nr PD 0.3v\n.hy 14\n.ds CH \\- % \\-\n.TL\n{d["title"]}\n.LP')
if columns == '2': print('.2C')
for i, p in enumerate(d['paragraphs']):
    if i == 0: p = d['dateline'] + ' -- ' + p
    if i == len(d['paragraphs']) - 1: p += ' -0-'
    print(f'.{para}\n' + ('.na\n' if adjust == 'l' else '') + '\\&' + p)
PY
  name="$columns""col-$adjust-$para-ll${ll}-${paper}-${ps}pt"
  groff -ms -Tpdf -dpaper="$paper" -P-p"$paper" -rLL="${ll}i" -rPO="${po}i" "$work/report.ms" > "$work/r.pdf" 2>/dev/null
  pdftotext "$work/r.pdf" "$out/pdftotext-$name.txt"
  pdftotext -layout "$work/r.pdf" "$out/pdftotext-layout-$name.txt"
  if command -v mutool >/dev/null; then mutool draw -q -F txt -o "$out/mutool-$name.txt" "$work/r.pdf" 2>/dev/null; fi
done; done; done
ls "$out"/*"ll${ll}-${paper}-${ps}pt"*
