#!/usr/bin/env bash
# Scores the date suggestions on TimeBank 1.2 (../shared/eval/timeml/texts) through the public command
# line, as ../shared/eval/README.md runs a set: import each text with its manifest date, analyze,
# export, score_timex.py. Also scores the two parts the date rules are kept honest with: "dev" (the
# first two thirds of the texts by file name, the part rules were tuned on) and "held-out" (the last
# third, only measured). Nothing is copied from ../shared: the split folders under target/ hold
# symbolic links to the texts and the gold filtered to their files.
# Usage: docs/timebank.sh [CASE_FILE]   (run from the repository root after ./mvnw package)
# An existing CASE_FILE is reused (its bodies do not change); delete it to import again.
set -euo pipefail
CASE=${1:-target/timebank.onrecord}
OUT=${CASE%.onrecord}.json
D=../shared/eval/timeml/texts
SPLIT=target/timebank-split
onrecord() { "${JAVA_HOME:+$JAVA_HOME/bin/}java" -jar target/onrecord.jar "$@"; }

if [ ! -e "$CASE" ]; then
  # one import per publication date (the manifest has no null dates; a null one would go without --published)
  python3 - "$D/manifest.json" <<'EOF' |
import json, sys
by_date = {}
for d in json.load(open(sys.argv[1])):
    by_date.setdefault(d["published"] or "", []).append(d["file"])
for date, files in sorted(by_date.items()):
    print(date, *files)
EOF
  while read -r published files; do
    args=()
    for f in $files; do args+=("$D/$f"); done
    onrecord import --case "$CASE" ${published:+--published "$published"} "${args[@]}" </dev/null >/dev/null \
      || echo "FAILED: $published $files" >&2
  done
fi
onrecord analyze --case "$CASE" >/dev/null
onrecord export --case "$CASE" --format json --out "$OUT" >/dev/null

python3 - "$D" "$SPLIT" <<'EOF'
import json, os, sys
src, out = sys.argv[1], sys.argv[2]
manifest = json.load(open(os.path.join(src, "manifest.json")))
gold = json.load(open(os.path.join(src, "gold.json")))
names = sorted(d["file"] for d in manifest)
cut = (2 * len(names) + 2) // 3
for part, files in (("dev", set(names[:cut])), ("held-out", set(names[cut:]))):
    folder = os.path.join(out, part)
    os.makedirs(folder, exist_ok=True)
    for f in files:
        link = os.path.join(folder, f)
        if not os.path.lexists(link):
            os.symlink(os.path.abspath(os.path.join(src, f)), link)
    json.dump([d for d in manifest if d["file"] in files], open(os.path.join(folder, "manifest.json"), "w"))
    json.dump(dict(gold, docs=[d for d in gold["docs"] if d["file"] in files]), open(os.path.join(folder, "gold.json"), "w"))
EOF

summary() { # one line per view from score_timex.py --json
  python3 -c '
import json, sys
d = json.load(sys.stdin)
for view in ("timeline", "all_types"):
    v = d[view]
    print("  %-9s extent F1 strict %.1f / relaxed %.1f (P %.1f R %.1f)   value F1 %.1f (accuracy %.1f %%)   type accuracy %.1f %%" % (
        view, 100 * v["strict"]["f1"], 100 * v["relaxed"]["f1"], 100 * v["relaxed"]["precision"], 100 * v["relaxed"]["recall"],
        100 * v["value"]["f1"], 100 * v["value"]["accuracy"], 100 * v["type"]["accuracy"]))
print("  by gold type (gold / relaxed found / strict found / value right): " + ", ".join(
    "%s %d/%d/%d/%d" % (t, c["gold"], c["relaxed_found"], c["strict_found"], c["value_right"]) for t, c in d["by_gold_type"].items()))
'
}
python3 ../shared/eval/score_timex.py "$OUT" > "${OUT%.json}-score.txt"
echo "== all $(ls "$D"/*.txt | wc -l) texts (full report: ${OUT%.json}-score.txt)"
python3 ../shared/eval/score_timex.py "$OUT" --json | summary
for part in dev held-out; do
  echo "== $part: $(ls "$SPLIT/$part"/*.txt | wc -l) texts"
  python3 ../shared/eval/score_timex.py "$OUT" --data "$SPLIT/$part" --json | summary
done
