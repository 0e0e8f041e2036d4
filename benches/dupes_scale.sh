#!/usr/bin/env bash
# Archive-scale curve of `claimcheck dupes` and the archive index (issue 17): the BBC
# corpus at 1x, 5x and 20x (N - 1 lightly edited copies, written by make_corpus.py under
# /tmp, never in the repository), timed with /usr/bin/time; then `index build` on the
# 20x corpus, its size, and `dupes --against` for one article.
#
#   cargo build --release && bash benches/dupes_scale.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
BBC=../shared/corpora/bbc/articles
OUT=${1:-/tmp/claimcheck-scale}
BIN=$PWD/target/release/claimcheck
if [ ! -d "$BBC" ]; then echo "skipped: $BBC is not here"; exit 0; fi
mkdir -p "$OUT"
for n in 1 5 20; do
  [ -d "$OUT/x$n" ] || python3 benches/make_corpus.py "$n" "$OUT/x$n" "$BBC"
done
echo "| corpus | articles | MB | format | seconds | CPU seconds | peak MB | output MB |"
echo "|---|---|---|---|---|---|---|---|"
for n in 1 5 20; do
  files=$(find "$OUT/x$n" -name '*.txt' | wc -l)
  mb=$(du -sb --apparent-size "$OUT/x$n" | awk '{printf "%.0f", $1/1e6}')
  for fmt in human json csv; do
    /usr/bin/time -f "%e %U %S %M" -o "$OUT/time" "$BIN" dupes "$OUT/x$n" --first-copy path \
      --format "$fmt" >"$OUT/out.$fmt" 2>/dev/null || true
    read -r wall user sys kb <"$OUT/time"
    size=$(stat -c %s "$OUT/out.$fmt" | awk '{printf "%.1f", $1/1e6}')
    cpu=$(echo "$user $sys" | awk '{printf "%.1f", $1+$2}')
    echo "| ${n}x | $files | $mb | $fmt | $wall | $cpu | $((kb / 1024)) | $size |"
  done
done
rm -f "$OUT/x20.idx"
/usr/bin/time -f "%e %M" -o "$OUT/time" "$BIN" index build "$OUT/x20" -o "$OUT/x20.idx" --first-copy path 2>"$OUT/build.log"
read -r wall kb <"$OUT/time"
echo
echo "index build 20x: $wall s, peak $((kb / 1024)) MB; $(tail -1 "$OUT/build.log")"
one=$(find "$OUT/x1" -name '0005.txt' | head -1)
/usr/bin/time -f "%e %M" -o "$OUT/time" "$BIN" dupes --against "$OUT/x20.idx" "$one" --format json >/dev/null || true
read -r wall kb <"$OUT/time"
echo "dupes --against one article: $wall s, peak $((kb / 1024)) MB"
