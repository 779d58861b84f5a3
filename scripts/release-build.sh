#!/usr/bin/env bash
# The release build of the app into dist/ (extra arguments go to Trunk,
# e.g. --dist /tmp/x).
#
# The wasm is built with the standard library compiled from source and
# panics that stop at once, with no message or location (nothing shows a
# panic message in a release build anyway), and Debug formatting left out.
# That makes the wasm about 15 KB gzip smaller, which Tend needs to fit its
# 200 KB budget. These are unstable cargo and rustc options:
# RUSTC_BOOTSTRAP=1 lets the machine's stable toolchain (the only one it
# can have) accept them, for this build only; `rustup component add
# rust-src` (scripts/setup.sh) provides the library's source. Tests, clippy
# and `trunk serve` build the ordinary way.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
# Replaces the rustflags of .cargo/config.toml for this build, so it repeats
# erase_components.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
exec trunk build --release --offline "$@"
