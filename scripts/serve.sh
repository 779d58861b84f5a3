#!/usr/bin/env bash
# Sets up what is missing, builds Tend and serves it at http://127.0.0.1:8080
# (rebuilding on every change).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
exec trunk serve --offline --address 127.0.0.1 --port 8080
