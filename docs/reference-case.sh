#!/usr/bin/env bash
# Builds the reference case (the two seed articles in ../shared/seeds) through the public command
# line, annotated by hand with a few entities, statements and dated events, as a researcher would.
# Usage: docs/reference-case.sh [CASE_FILE]   (run from the repository root after ./mvnw package)
set -euo pipefail
CASE=${1:-target/reference.onrecord}
SEEDS=../shared/seeds
onrecord() { "${JAVA_HOME:+$JAVA_HOME/bin/}java" -jar target/onrecord.jar "$@"; }
id() { awk '{print $NF; exit}'; }   # "statement 7" -> 7

rm -f "$CASE"
onrecord import --case "$CASE" --outlet Variety --published 2014-12-05 "$SEEDS/000_59e71b067b6cb623.txt" >/dev/null
onrecord import --case "$CASE" --outlet CNET --author "Ben Fox Rubin" --published 2014-12-07 "$SEEDS/002_57a2053d724bbdad.txt" >/dev/null

NK=$(onrecord entity add --case "$CASE" --name "North Korea" --type LOCATION --alias DPRK \
      --alias "Democratic People’s Republic of Korea" | id)
SPE=$(onrecord entity add --case "$CASE" --name "Sony Pictures Entertainment" --type ORGANIZATION \
      --alias "Sony Pictures" --alias SPE | id)
VOA=$(onrecord entity add --case "$CASE" --name "Voice of America" --type ORGANIZATION --alias VOA | id)
KCNA=$(onrecord entity add --case "$CASE" --name "KCNA" --type ORGANIZATION --alias "Korean Central News Agency" | id)
for a in 1 2; do
  onrecord mention add --case "$CASE" --entity "$NK" --article $a --text "North Korea" --occurrence 1 >/dev/null
  onrecord mention add --case "$CASE" --entity "$SPE" --article $a --text "Sony Pictures" --occurrence 1 >/dev/null
done
onrecord mention add --case "$CASE" --entity "$NK" --article 1 --text "DPRK" --occurrence 1 >/dev/null
onrecord mention add --case "$CASE" --entity "$VOA" --article 1 --text "Voice of America" >/dev/null
onrecord mention add --case "$CASE" --entity "$KCNA" --article 2 --text "Korean Central News Agency" --occurrence 1 >/dev/null

onrecord statement add --case "$CASE" --article 1 --kind denial --via "Voice of America" --date-said 2014-12-05 \
  --speaker "an unidentified North Korean diplomat" \
  --text "Linking the DPRK (Democratic People’s Republic of Korea, the official name of North Korea) to the Sony hacking is another fabrication targeting the country" >/dev/null
onrecord statement add --case "$CASE" --article 1 --kind claim --via "Voice of America" --date-said 2014-12-05 \
  --speaker "an unidentified North Korean diplomat" \
  --text "My country publicly declared that it would follow international norms banning hacking and piracy." >/dev/null
onrecord statement add --case "$CASE" --article 1 --kind other --via BBC --speaker "a spokesman for North Korea’s United Nations delegation" \
  --text "kindly just wait and see." >/dev/null

onrecord statement add --case "$CASE" --article 2 --kind denial --via "Korean Central News Agency" --speaker-entity "$NK" \
  --text "We do not know where in America the Sony Pictures is situated and for what wrongdoings it became the target of the attack," >/dev/null
onrecord statement add --case "$CASE" --article 2 --kind other --via "Korean Central News Agency" --speaker-entity "$NK" \
  --text "might be a righteous deed of the supporters and sympathizers" >/dev/null
onrecord event add --case "$CASE" --article 1 --text "Nov. 24" --description "Attack on Sony Pictures' computer systems" >/dev/null
onrecord event add --case "$CASE" --article 1 --text "Earlier this week" --description "North Korea's UN delegation speaks to the BBC" >/dev/null
onrecord event add --case "$CASE" --article 2 --text "last month" --occurrence 1 --description "Sony Pictures attacked" >/dev/null
onrecord list --case "$CASE"
