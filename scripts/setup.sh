#!/usr/bin/env bash
# Set up briefing: the system libraries WeasyPrint needs, fonts with real glyphs (Latin,
# CJK, emoji), poppler-utils, shellcheck, zbar-tools and Chromium for tests, and a virtualenv with the package installed.
# Usage: scripts/setup.sh [--test]
#
# On Debian and Ubuntu it installs the missing packages with apt-get (as root, or with
# sudo), waiting for another apt or dpkg run to finish. Elsewhere it cannot ask for
# packages by name, so it checks the libraries, fonts and commands themselves and names
# what is missing. When everything is in place it does nothing: the package is
# reinstalled only when pyproject.toml or the mode (--test or not) changed since the last
# install, as recorded in .venv/.briefing-setup.
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
  "") mode=run ;;
  --test) mode=test ;;
  *) echo "usage: scripts/setup.sh [--test]" >&2; exit 2 ;;
esac

python=${PYTHON:-python3}

# fonts-noto-core carries Noto Naskh Arabic and Noto Sans Hebrew (right-to-left articles) as well.
packages=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fontconfig
          fonts-dejavu-core fonts-liberation2 fonts-noto-core fonts-noto-cjk
          fonts-noto-color-emoji)
# chromium: the headless browser the preview's tests drive (through Playwright, never its own download).
# zbar-tools: zbarimg reads back the QR codes of the pack's source list in the tests.
[ "$mode" = test ] && packages+=(poppler-utils shellcheck chromium zbar-tools)

# apt-get install waits this long (seconds) for another apt or dpkg run to release its lock.
apt_wait=(-o DPkg::Lock::Timeout=600)

# apt-get update, waiting up to 600 s for the package lists' lock: apt 2.6's update ignores
# DPkg::Lock::Timeout for that lock and fails at once, so it is retried. "$@": sudo, or nothing.
apt_update() {
  local err waited=0
  while ! err=$("$@" env LC_ALL=C apt-get "${apt_wait[@]}" update -qq 2>&1 >/dev/null); do
    if [[ $err == *"Could not get lock"* ]] && [ "$waited" -lt 600 ]; then
      [ "$waited" = 0 ] && echo "setup: waiting for another apt or dpkg run to finish" >&2
      sleep 5
      waited=$((waited + 5))
    else
      echo "$err" >&2
      return 1
    fi
  done
  [ -z "$err" ] || echo "$err" >&2
}

# What the packages above provide, checked directly where there is no dpkg to ask: prints
# one line per missing library, font family or command.
missing_without_dpkg() {
  if command -v "$python" >/dev/null; then
    # The names WeasyPrint itself tries (weasyprint/text/ffi.py), loaded the same way.
    "$python" - <<'EOF'
import ctypes
import ctypes.util

#: What WeasyPrint loads: its short name, then the names it tries (weasyprint/text/ffi.py).
LIBRARIES = {
    "GObject (libgobject-2.0)": ("gobject-2.0", "libgobject-2.0-0", "gobject-2.0-0", "gobject-2.0",
                                 "libgobject-2.0.so.0", "libgobject-2.0.0.dylib"),
    "Pango (libpango-1.0)": ("pango-1.0", "libpango-1.0-0", "pango-1.0-0", "pango-1.0", "libpango-1.0.so.0",
                             "libpango-1.0.dylib"),
    "PangoFT2 (libpangoft2-1.0)": ("pangoft2-1.0", "libpangoft2-1.0-0", "pangoft2-1.0-0", "pangoft2-1.0",
                                   "libpangoft2-1.0.so.0", "libpangoft2-1.0.dylib"),
    "HarfBuzz (libharfbuzz)": ("harfbuzz", "libharfbuzz-0", "harfbuzz", "harfbuzz-0.0", "libharfbuzz.so.0",
                               "libharfbuzz.0.dylib"),
    "HarfBuzz subset (libharfbuzz-subset)": ("harfbuzz-subset", "libharfbuzz-subset-0", "harfbuzz-subset",
                                             "harfbuzz-subset-0.0", "libharfbuzz-subset.so.0",
                                             "libharfbuzz-subset.0.dylib"),
    "fontconfig (libfontconfig)": ("fontconfig", "libfontconfig-1", "fontconfig-1", "fontconfig",
                                   "libfontconfig.so.1", "libfontconfig.1.dylib"),
}


def loads(short, *names):
    found = ctypes.util.find_library(short)
    for name in (*names, *([found] if found else [])):
        try:
            ctypes.CDLL(name)
            return True
        except OSError:
            pass
    return False


for what, names in LIBRARIES.items():
    if not loads(*names):
        print(f"library {what}")
EOF
  else
    echo "command $python (Python 3.11 or newer; set PYTHON to use another)"
  fi
  if command -v fc-list >/dev/null; then
    local families
    families=$(fc-list : family)
    for family in "DejaVu Sans" "Liberation Sans" "Liberation Serif" "Noto Sans" "Noto Serif" "Noto Sans CJK SC" "Noto Color Emoji" \
                  "Noto Naskh Arabic" "Noto Sans Hebrew"; do
      grep -qiE "(^|,)$family(,|\$)" <<<"$families" || echo "font $family"
    done
  else
    echo "command fc-list (fontconfig; without it the fonts cannot be checked either)"
  fi
  if [ "$mode" = test ] && ! command -v shellcheck >/dev/null; then
    echo "command shellcheck"
  fi
  if [ "$mode" = test ] && ! command -v chromium >/dev/null; then
    echo "command chromium (the browser the preview tests drive)"
  fi
  if [ "$mode" = test ] && ! command -v pdftoppm >/dev/null; then
    echo "command pdftoppm (poppler-utils)"
  fi
  if [ "$mode" = test ] && ! command -v zbarimg >/dev/null; then
    echo "command zbarimg (zbar-tools)"
  fi
}

if command -v dpkg-query >/dev/null; then
  # One dpkg-query for all the packages; an unknown package only goes unlisted.
  status=$(dpkg-query -W -f='${Package}\t${Status}\n' "${packages[@]}" 2>/dev/null || true)
  missing=()
  for pkg in "${packages[@]}"; do
    [[ $'\n'"$status"$'\n' == *$'\n'"$pkg"$'\t'"install ok installed"$'\n'* ]] || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
      echo "setup: installing system packages: ${missing[*]}" >&2
      apt_update
      DEBIAN_FRONTEND=noninteractive apt-get "${apt_wait[@]}" install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
    elif command -v apt-get >/dev/null && command -v sudo >/dev/null; then
      echo "setup: installing system packages with sudo: ${missing[*]}" >&2
      apt_update sudo
      sudo DEBIAN_FRONTEND=noninteractive apt-get "${apt_wait[@]}" install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
    else
      echo "setup: missing system packages: ${missing[*]}" >&2
      echo "setup: install them with your package manager (Pango, fonts, poppler-utils), then rerun." >&2
      exit 1
    fi
  fi
else
  echo "setup: no dpkg-query here, so the libraries, fonts and commands themselves are checked." >&2
  echo "setup: briefing needs what these Debian packages hold (your system's names may differ):" >&2
  echo "setup:   ${packages[*]}" >&2
  missing_items=$(missing_without_dpkg)
  if [ -n "$missing_items" ]; then
    echo "setup: missing:" >&2
    sed 's/^/setup:   /' <<<"$missing_items" >&2
    echo "setup: install them with your package manager, then rerun." >&2
    exit 1
  fi
  echo "setup: all of them are present." >&2
fi

# briefing's own modules byte-compiled, as pip does for a regular install: an editable one
# leaves that to the first import, which never happens where PYTHONDONTWRITEBYTECODE is set
# (as on our machines): every run then compiles about 70 modules, 0.1 s of a pack rerun's 1.7.
# Quick when nothing changed; a stale file is recompiled by Python itself.
compile_sources() { [ -x .venv/bin/python ] && .venv/bin/python -m compileall -q briefing >/dev/null || true; }

# The virtualenv: reinstall only when pyproject.toml or the mode changed. A --test install
# (with the test extra) also serves a plain run.
stamp=.venv/.briefing-setup
want="$(cksum < pyproject.toml | cut -d' ' -f1,2) $mode"
if [ -x .venv/bin/python ] && [ -x .venv/bin/briefing ] && [ -f "$stamp" ]; then
  have=$(<"$stamp")
  if [ "$have" = "$want" ] || { [ "$mode" = run ] && [ "$have" = "${want% run} test" ]; }; then
    compile_sources
    exit 0
  fi
fi

new_enough='import sys; sys.exit(sys.version_info < (3, 11))'
if [ ! -x .venv/bin/python ]; then
  if ! command -v "$python" >/dev/null || ! "$python" -c "$new_enough" 2>/dev/null; then
    echo "setup: briefing needs Python 3.11 or newer; $python is not: set PYTHON=/path/to/python3.11 and rerun." >&2
    exit 1
  fi
  "$python" -m venv .venv
elif ! .venv/bin/python -c "$new_enough"; then
  echo "setup: .venv has a Python older than 3.11, which briefing needs: remove .venv and rerun" \
       "(with PYTHON=/path/to/python3.11 if python3 is older)." >&2
  exit 1
fi
extra=""
[ "$mode" = test ] && extra="[test]"
echo "setup: installing briefing${extra} into .venv" >&2
rm -f "$stamp"
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extra}"
echo "$want" > "$stamp"
compile_sources
