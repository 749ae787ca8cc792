#!/bin/sh
# How resources/fonts/NotoSans-{Regular,Bold}.ttf were made: Noto Sans (Latin, Greek, Cyrillic)
# with the arrows and mathematical operators of Noto Sans Math and the geometric shapes, symbols
# and dingbats of Noto Sans Symbols 2 merged in, so a report prints ≥ ≤ → ✓ ★ ■ from one font
# (pdfkit has no font fallback). All three are OFL 1.1 with no Reserved Font Name.
# Needs Debian's fonts-noto-core (apt-get download fonts-noto-core; dpkg-deb -x) and
# python3-fonttools. Usage: merge-report-fonts.sh <noto-dir> <out-dir>
set -eu
N="$1"; OUT="$2"; T=$(mktemp -d)
python3 -m fontTools.subset "$N/NotoSansMath-Regular.ttf" --unicodes=U+2190-21FF,U+2200-22FF \
  --no-hinting --layout-features='*' --output-file="$T/math.ttf"
python3 -m fontTools.subset "$N/NotoSansSymbols2-Regular.ttf" \
  --unicodes=U+2300-23FF,U+2500-27BF,U+2B00-2BFF --no-hinting --layout-features='*' --output-file="$T/sym2.ttf"
for w in Regular Bold; do
  python3 -m fontTools.merge "$N/NotoSans-$w.ttf" "$T/math.ttf" "$T/sym2.ttf" --output-file="$T/merged.ttf"
  # The merge takes the deepest descender of the three: keep Noto Sans's line metrics so every
  # report lays out exactly as before.
  python3 - "$N/NotoSans-$w.ttf" "$T/merged.ttf" "$OUT/NotoSans-$w.ttf" <<'PY'
import sys
from fontTools.ttLib import TTFont
base, merged = TTFont(sys.argv[1]), TTFont(sys.argv[2])
for table, fields in {'hhea': ['ascent', 'descent', 'lineGap'],
                      'OS/2': ['sTypoAscender', 'sTypoDescender', 'sTypoLineGap', 'usWinAscent', 'usWinDescent']}.items():
    for f in fields:
        setattr(merged[table], f, getattr(base[table], f))
merged.save(sys.argv[3])
PY
done
rm -rf "$T"
