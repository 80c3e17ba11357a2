#!/usr/bin/env bash
# Installs whatever is missing, then runs every test: the Rust tests natively, then the
# browser tests in headless Chromium against the release build served over HTTP.
set -euo pipefail
cd "$(dirname "$0")/.."
tests/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/tests/node_modules/.bin:$PATH"

printf '\033[1m==> cargo fmt, clippy, test\033[0m\n'
cargo fmt --check
# The native side (the page renderer, with every test) and the wasm's (the islands).
cargo clippy --quiet --all-targets --features ssr -- -D warnings
cargo clippy --quiet --lib --target wasm32-unknown-unknown --features hydrate -- -D warnings
cargo test --quiet --features ssr

printf '\033[1m==> trunk build --release\033[0m\n'
trunk build --release --offline

printf '\033[1m==> browser tests\033[0m\n'
npm test --prefix tests
