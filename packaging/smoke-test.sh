#!/usr/bin/env bash
# Smoke-test the bundle as a user on a fresh machine would meet it: packaging/smoke-test.sh
# Fresh XDG folders (no database yet), then `--version` and `next` on the 2021 clock: the
# bundled program must create and migrate its database, load the default data and name
# Crew-3 as the next launch. Run packaging/build.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."

BUNDLE=${BUNDLE:-dist/mission-tracker}
PROGRAM="$BUNDLE/tracker"
[ -x "$PROGRAM" ] || { echo "no bundle at $BUNDLE: run packaging/build.sh" >&2; exit 1; }

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
  XDG_CACHE_HOME="$home/cache" XDG_STATE_HOME="$home/state" QT_QPA_PLATFORM=offscreen
unset TRACKER_DATABASE_URL TRACKER_NOW
fail() { echo "smoke test FAILED: $*" >&2; exit 1; }

version=$("$PROGRAM" --version)
expected=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' tracker/__init__.py)
[ "$version" = "tracker $expected" ] || fail "--version said '$version', expected 'tracker $expected'"
echo "ok: $version"

out=$("$PROGRAM" --now 2021-10-27T12:00:00Z next)
echo "$out"
case "$(head -n1 <<<"$out")" in
  "Crew-3 "*"T− 3d 18:21:00") echo "ok: Crew-3 is the next launch" ;;
  *) fail "next did not name Crew-3 with its countdown" ;;
esac
db="$XDG_DATA_HOME/mission-tracker/tracker.db"
[ -s "$db" ] || fail "no database created at $db"
head_rev=$(ls tracker/store/migrations/versions | sed -n 's/^\([0-9]\{4\}\)_.*\.py$/\1/p' | sort | tail -n1)
rev=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("select version_num from alembic_version").fetchone()[0])' "$db")
[ "$rev" = "$head_rev" ] || fail "database at schema $rev, expected the newest migration $head_rev"
echo "ok: database created and migrated to schema $rev at $db"

# The icons are SVG: without Qt's SVG plug-ins they would load as empty icons, silently.
for plugin in imageformats/libqsvg.so iconengines/libqsvgicon.so platforms/libqxcb.so; do
  [ -f "$BUNDLE/_internal/PySide6/Qt/plugins/$plugin" ] || fail "missing Qt plug-in $plugin"
done
echo "ok: Qt SVG and xcb plug-ins are bundled"
# Qt's own translations for the languages the window speaks (standard buttons, dialogs).
qm=$(cd "$BUNDLE/_internal/PySide6/Qt/translations" && ls | sort | tr '\n' ' ')
[ "$qm" = "qtbase_de.qm qtbase_ja.qm qtbase_ru.qm " ] || fail "unexpected Qt translations: $qm"
echo "ok: Qt translations: $qm"
modules=$(cd "$BUNDLE/_internal/PySide6" && ls Qt*.abi3.so | sort | tr '\n' ' ')
[ "$modules" = "QtCore.abi3.so QtGui.abi3.so QtSvg.abi3.so QtWidgets.abi3.so " ] \
  || fail "unexpected Qt modules in the bundle: $modules"
echo "ok: Qt modules: $modules"

# The bundle can put itself in the menu: the entry starts this very program.
"$PROGRAM" --install-desktop-entry
entry="$XDG_DATA_HOME/applications/io.github.missiontracker.MissionTracker.desktop"
grep -qx "TryExec=$(cd "$BUNDLE" && pwd)/tracker" "$entry" || fail "the entry does not start $PROGRAM"
[ -s "$XDG_DATA_HOME/icons/hicolor/48x48/apps/io.github.missiontracker.MissionTracker.png" ] \
  || fail "no icon installed"
"$PROGRAM" --uninstall-desktop-entry
[ ! -e "$entry" ] || fail "--uninstall-desktop-entry left $entry"
echo "ok: --install-desktop-entry and --uninstall-desktop-entry"

# The window starts (offscreen, in German: its translations load from the bundle) and stays
# up without complaint until we close it.
log="$home/gui.log"
LANGUAGE=de "$PROGRAM" --now 2021-10-27T12:00:00Z >"$log" 2>&1 &
pid=$!
sleep 5
kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; fail "the window exited early"; }
kill "$pid"
wait "$pid" 2>/dev/null || true
if grep -v "propagateSizeHints" "$log" | grep -q .; then cat "$log" >&2; fail "the window printed errors"; fi
echo "ok: the window starts"
echo "smoke test passed"
