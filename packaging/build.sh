#!/usr/bin/env bash
# Build the one-folder bundle with one command: packaging/build.sh
# A fresh venv under build/ gets the project (non-editable, as users get it) and PyInstaller
# from PyPI; the bundle lands in dist/mission-tracker/ (the program is dist/mission-tracker/tracker).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=build/bundle-venv
start=$(date +%s)

rm -rf "$VENV" build/mission-tracker dist/mission-tracker
"$PYTHON" -m venv "$VENV"
"$VENV/bin/pip" install -q --upgrade pip
"$VENV/bin/pip" install -q '.[packaging]'
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --workpath build/pyinstaller --distpath dist packaging/mission-tracker.spec

end=$(date +%s)
echo "built dist/mission-tracker in $((end - start)) s: $(du -sh dist/mission-tracker | cut -f1)"
