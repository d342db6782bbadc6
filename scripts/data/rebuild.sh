#!/usr/bin/env bash
# Rebuilds every corpus under .data/ from the fetched repository mirrors (see README.md here).
# A converter whose mirror is absent is skipped with a message; any other failure stops the run.
#
#   bash scripts/data/rebuild.sh            # all converters
#   bash scripts/data/rebuild.sh antcorpus  # only the named ones (file names without .ts)
#   MIRROR_ROOT=/elsewhere bash scripts/data/rebuild.sh
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root" || exit 1

# antcorpus-all: every antcorpus article (antcorpus.ts --all), for held-out gold outside the 3,000.
all=(saudinewsnet ner-anercorp ner-newsfane ner-wojood antcorpus antcorpus-all timex-dahmri)
if [ "$#" -gt 0 ]; then todo=("$@"); else todo=("${all[@]}"); fi

built=() skipped=()
for name in "${todo[@]}"; do
  echo "== $name"
  if [ "$name" = antcorpus-all ]; then run=(antcorpus.ts --all); else run=("$name.ts"); fi
  npx tsx "$here/${run[0]}" "${run[@]:1}" > "/tmp/rebuild-$name.log" 2>&1
  rc=$?
  if [ "$rc" -eq 3 ]; then
    echo "   skipped: $(tail -n 1 "/tmp/rebuild-$name.log")"
    skipped+=("$name")
  elif [ "$rc" -ne 0 ]; then
    cat "/tmp/rebuild-$name.log"
    echo "   FAILED ($rc)"
    exit "$rc"
  else
    grep -E '"output"|"articles"|"sentences"|"entities"|"documents"|"timexes"|"events"|offsetMismatches' "/tmp/rebuild-$name.log" | sed 's/^/   /'
    built+=("$name")
  fi
done
echo "built: ${built[*]:-none}; skipped: ${skipped[*]:-none}"
