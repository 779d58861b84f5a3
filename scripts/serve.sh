#!/usr/bin/env bash
# Sets up what is missing, builds Tend and serves it at http://127.0.0.1:8080
# (rebuilding on every change).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Trunk 0.21 stops when a folder its watcher ignores (Trunk.toml) does not
# exist yet, as target/ and dist/ on a fresh clone.
mkdir -p target dist
exec trunk serve --offline --address 127.0.0.1 --port 8080
