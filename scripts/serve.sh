#!/usr/bin/env bash
# Sets up what is missing, builds Tend and serves it at http://127.0.0.1:8080
# (rebuilding on every change; reload the page to see it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Trunk 0.21 stops when a folder its watcher ignores (Trunk.toml) does not
# exist yet, as target/ and dist/ on a fresh clone.
mkdir -p target dist
# No auto-reload: Trunk adds its reload script to the page after the
# post_build hook has listed the page's inline scripts in its Content
# Security Policy, so the browser refused it and said so in the console.
exec trunk serve --offline --no-autoreload --address 127.0.0.1 --port 8080
