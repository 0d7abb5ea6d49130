#!/usr/bin/env bash
# Tries the Linux installer as a user would (docs/installing.md): installs the .deb, runs `onrecord`
# from the PATH, starts the window from the desktop entry's Exec line and from the command line under
# Xvfb, opens a case by its file (xdg-open), checks the stripped models give the same suggestions as the
# full jar, and uninstalls. Needs root (dpkg), Xvfb, xdotool and xdg-utils; run from the repository root
# after `./mvnw -Pdist package`.
# Usage: [REFERENCE_CASE=F] dist/try-install.sh [DEB]      Prints one line per check and a summary; exit 1 if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
DEB=${1:-$(ls target/dist/onrecord_*.deb 2>/dev/null | head -1)}
[ -f "$DEB" ] || { echo "no .deb: run ./mvnw -Pdist package first" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "run as root (dpkg -i)" >&2; exit 2; }

WORK=$(mktemp -d /tmp/onrecord-try.XXXXXX)
export HOME="$WORK/home"   # a fresh user: no last case, no preferences, no models cache
mkdir -p "$HOME"
DISPLAY_NUM=:$((90 + RANDOM % 9))
failures=0
ms() { date +%s%3N; }
check() {  # check NAME COMMAND… : runs, prints ok/FAILED and the time it took
    local name=$1; shift
    local t0; t0=$(ms)
    if "$@" >"$WORK/out" 2>&1; then
        printf 'ok      %-58s %6d ms\n' "$name" $(( $(ms) - t0 ))
    else
        printf 'FAILED  %-58s %6d ms\n' "$name" $(( $(ms) - t0 )); sed 's/^/        | /' "$WORK/out" | tail -15
        failures=$((failures + 1))
    fi
}

# --- install
# A desktop has a system menu folder (its menu package makes it); a minimal image has none, and then the
# package installs without a menu entry. Make one for the test, as a desktop would have it.
# (xdg-desktop-menu wants both a menus folder and a desktop-directories folder to write to.)
made_dirs=()
for d in /etc/xdg/menus /usr/share/desktop-directories /usr/share/applications; do
    if [ ! -d "$d" ]; then mkdir -p "$d" && made_dirs+=("$d") && echo "no $d: made it, as a desktop has it"; fi
done
echo "installer: $DEB ($(du -h "$DEB" | cut -f1))"
install_deb() { dpkg -i "$DEB" || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq; }; }
check "install (dpkg -i, apt-get -f for missing dependencies)" install_deb
check "installed: /opt/onrecord" test -x /opt/onrecord/bin/onrecord
echo "installed size: $(du -sh /opt/onrecord | cut -f1) in /opt/onrecord ($(dpkg-query -W -f='${Installed-Size}' onrecord) KB by dpkg)"

# --- the command line, from the PATH
check "onrecord on the PATH" sh -c 'command -v onrecord | grep -q /usr/bin/onrecord'
check "onrecord --version" sh -c 'onrecord --version | grep -q "Onrecord"'
CASE="$WORK/Sony hack.onrecord"
check "onrecord demo --case (a CLI command from the PATH)" onrecord demo --case "$CASE"
check "onrecord list --case" sh -c "onrecord list --case '$CASE' | grep -q ."

# --- the stripped models: same suggestions as the full models jar (needs ../shared and target/onrecord.jar)
if [ -f ../shared/seeds/000_59e71b067b6cb623.txt ] && [ -f target/onrecord.jar ] && [ -n "${JAVA_HOME:-}" ]; then
    REF="$WORK/reference.onrecord"
    if [ -n "${REFERENCE_CASE:-}" ]; then cp "$REFERENCE_CASE" "$REF"   # one built before (REFERENCE_CASE=F)
    else check "reference case built (docs/reference-case.sh)" bash docs/reference-case.sh "$REF"; fi
    cp "$REF" "$WORK/full.onrecord"; cp "$REF" "$WORK/installed.onrecord"
    check "analyze with the full models jar (java -jar)" "$JAVA_HOME/bin/java" -Xmx1536m -jar target/onrecord.jar analyze --case "$WORK/full.onrecord"
    check "analyze with the installed app (stripped models)" onrecord analyze --case "$WORK/installed.onrecord"
    onrecord export --case "$WORK/full.onrecord" --format json --out "$WORK/full.json" >/dev/null 2>&1
    onrecord export --case "$WORK/installed.onrecord" --format json --out "$WORK/installed.json" >/dev/null 2>&1
    same_suggestions() { grep -c '"suggested"' "$WORK/full.json" && cmp "$WORK/full.json" "$WORK/installed.json"; }
    check "same suggestions (JSON exports identical)" same_suggestions
else
    echo "skipped analyze comparison: ../shared, target/onrecord.jar or JAVA_HOME missing"
fi

# --- the window, under Xvfb
Xvfb "$DISPLAY_NUM" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
export DISPLAY=$DISPLAY_NUM
sleep 1
# xdg-desktop-menu puts it in the first writable XDG data folder: /usr/local/share before /usr/share
DESKTOP=$(ls /usr/local/share/applications/onrecord*.desktop /usr/share/applications/onrecord*.desktop 2>/dev/null | head -1)
check "desktop entry installed and valid" sh -c "[ -n '$DESKTOP' ] && desktop-file-validate '$DESKTOP'"
EXEC=$(sed -n 's/^Exec=//p' "$DESKTOP")
echo "desktop entry: $DESKTOP; Exec=$EXEC"
check "MIME type of a .onrecord file" sh -c "xdg-mime query filetype '$CASE' | grep -qx application/x-onrecord"
check "default application for application/x-onrecord" sh -c "xdg-mime query default application/x-onrecord | grep -q onrecord"

# kill_tree PID: the process we started and its descendants (xdg-open runs the app as a child)
kill_tree() {
    local child
    for child in $(ps -o pid= --ppid "$1"); do kill_tree "$child"; done
    kill "$1" 2>/dev/null
}
# window_opens NAME TITLE COMMAND…: starts the window, waits for a window whose title has TITLE, closes it
window_opens() {
    local title=$1; shift
    # the previous check's window may still be closing: wait until none is shown, so it is not taken for this one
    for _ in $(seq 1 40); do xdotool search --onlyvisible --name "Onrecord" >/dev/null 2>&1 || break; sleep 0.25; done
    "$@" >"$WORK/window.log" 2>&1 &
    local pid=$!
    local found=1
    for _ in $(seq 1 120); do
        if xdotool search --onlyvisible --name "$title" >/dev/null 2>&1; then found=0; break; fi
        sleep 0.5
    done
    xdotool search --onlyvisible --name "$title" getwindowname 2>/dev/null
    kill_tree "$pid"
    wait "$pid" 2>/dev/null
    return $found
}
# the Exec line as a desktop would run it, %f replaced by the case file
desktop_exec() { local cmd=${EXEC//%f/\"$CASE\"}; eval "$cmd"; }
check "window from the desktop entry's Exec line, case opened" window_opens "Sony hack.onrecord" desktop_exec
check "window from the command line (onrecord)" window_opens "Onrecord" onrecord
check "case opened by its file (xdg-open)" window_opens "Sony hack.onrecord" xdg-open "$CASE"

# launch to first frame of the installed app (JVM start → first rendered frame), 3 runs
for i in 1 2 3; do
    JAVA_TOOL_OPTIONS="-Donrecord.timing=true -Donrecord.exitAfterFirstFrame=true" onrecord 2>/dev/null | grep "first frame"
done
check "AOT cache accepted by the installed JVM (-XX:AOTMode=on)" \
    env JAVA_TOOL_OPTIONS="-XX:AOTMode=on -Donrecord.exitAfterFirstFrame=true -Donrecord.timing=true" onrecord
kill "$XVFB" 2>/dev/null

# --- uninstall
check "uninstall (dpkg -r)" dpkg -r onrecord
check "gone: /opt/onrecord, /usr/bin/onrecord, desktop entry" \
    sh -c "[ ! -e /opt/onrecord ] && [ ! -e /usr/bin/onrecord ] && [ -z \"\$(ls /usr/local/share/applications/onrecord*.desktop /usr/share/applications/onrecord*.desktop 2>/dev/null)\" ]"

rm -rf "$WORK"
for d in "${made_dirs[@]}"; do rmdir --ignore-fail-on-non-empty "$d"; done
echo "failures: $failures"
[ "$failures" = 0 ]
