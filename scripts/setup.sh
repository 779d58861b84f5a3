#!/usr/bin/env bash
# Installs whatever Tend's build needs and is missing: the wasm32 target,
# rustfmt and clippy, Trunk 0.21.x, wasm-bindgen-cli at the exact version in
# Cargo.lock, the splitter (wasm-split-cli), the npm dev tools (binaryen's wasm-opt, Playwright), and the
# Python iCalendar parsers the calendar test reads the export with
# (icalendar, recurring-ical-events) in .venv.
# With --browser it also makes sure the three engines the tests drive are
# present: Chromium and ChromeDriver, Firefox ESR and geckodriver, WebKitGTK
# (MiniBrowser and WebKitWebDriver) and Xvfb.
# Safe to run again: each step is skipped when already satisfied.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "Missing $1: $2" >&2; exit 1; }
}
need cargo "install Rust with rustup (https://rustup.rs)"
need rustup "install Rust with rustup (https://rustup.rs)"
need node "install Node.js 20 or newer"
need npm "install Node.js 20 or newer (it includes npm)"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for c in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$c"; then
    say "Adding $c"
    rustup component add "$c"
  fi
done

if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then
  say "Installing Trunk 0.21 (about 11 minutes on 2 cores)"
  cargo install trunk --version '^0.21' --locked
fi

# wasm-bindgen-cli must match the wasm-bindgen crate exactly.
[ -f Cargo.lock ] || cargo generate-lockfile
wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $wb_version"; then
  say "Installing wasm-bindgen-cli $wb_version (about 6 minutes)"
  cargo install wasm-bindgen-cli --version "$wb_version"
fi

# The splitter that cuts the wasm into a chunk per screen
# (scripts/build-wasm.mjs), pinned with the two above: the version whose
# output Leptos 0.8's wasm_split_helpers and wasm-bindgen 0.2.130 accept.
split_version=0.2.4
if ! cargo install --list | grep -qx "wasm_split_cli_support v$split_version:"; then
  say "Installing wasm-split-cli $split_version (about 4 minutes)"
  cargo install wasm_split_cli_support --version "$split_version" --features build-binary --locked
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "Installing npm dev tools"
  npm ci --no-audit --no-fund
fi

# The real iCalendar parsers tests/ics.rs checks the export with, in a venv
# of our own so the system Python is left alone.
ics_modules="import icalendar, recurring_ical_events"
if command -v python3 >/dev/null 2>&1 && ! .venv/bin/python3 -c "$ics_modules" 2>/dev/null; then
  say "Installing the Python iCalendar parsers into .venv"
  [ -x .venv/bin/python3 ] || python3 -m venv .venv
  .venv/bin/python3 -m pip install --quiet 'icalendar>=6,<8' 'recurring-ical-events>=3,<4'
fi

if [ "${1:-}" = "--browser" ]; then
  # Chromium and ChromeDriver for the Playwright suite and the wasm tests;
  # Firefox ESR with geckodriver, and WebKitGTK's MiniBrowser with
  # WebKitWebDriver under Xvfb, for the same journeys in the other two
  # engines (tests/engines). Debian packages each, but geckodriver, which
  # comes from crates.io.
  missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
  command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null 2>&1 || missing+=(webkit2gtk-driver)
  command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
  if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      say "Installing ${missing[*]}"
      apt-get update
      DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
    else
      echo "The tests need these Debian packages: ${missing[*]}" >&2
      echo "(Chromium and ChromeDriver at /usr/bin/chromium and /usr/bin/chromedriver, Firefox ESR," >&2
      echo "WebKitGTK's WebKitWebDriver and MiniBrowser, and Xvfb.)" >&2
      echo "On Debian, run: sudo apt-get install ${missing[*]}" >&2
      exit 1
    fi
  fi
  if ! command -v geckodriver >/dev/null 2>&1; then
    say "Installing geckodriver from crates.io (about 4 minutes on 2 cores)"
    cargo install geckodriver --locked
  fi
fi
