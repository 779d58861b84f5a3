#!/usr/bin/env bash
# The release build of the app into dist/ (extra arguments go to Trunk,
# e.g. --dist /tmp/x): `trunk build --release --offline` on the stable
# toolchain, with binaryen's wasm-opt from node_modules (Debian's is too old).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
mkdir -p target dist
exec trunk build --release --offline "$@"
