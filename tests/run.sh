#!/usr/bin/env bash
# Installs whatever is missing, then runs every test: the Rust tests natively, then the
# browser tests in headless Chromium against the release build served over HTTP.
set -euo pipefail
cd "$(dirname "$0")/.."
tests/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/tests/node_modules/.bin:$PATH"
step() { printf '\033[1m==> %s\033[0m\n' "$*"; }

step "cargo fmt; the plain-Rust core alone (no Leptos, no browser stack)"
cargo fmt --check
cargo check --quiet --lib

# The wasm side's lints, in a target directory of their own so they run beside the native build.
step "clippy (wasm, in the background), then cargo test linted by clippy"
CARGO_TARGET_DIR=target/lint-wasm cargo clippy --quiet --lib --target wasm32-unknown-unknown --features hydrate -- -D warnings &
wasm_lints=$!
# One native build both lints and runs every test, the page renderer's included: clippy-driver
# compiles this crate's targets as `cargo clippy --all-targets` would check them.
RUSTC_WORKSPACE_WRAPPER="$(dirname "$(rustup which rustc)")/clippy-driver" \
  CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__" \
  cargo test --quiet --features ssr
wait "$wasm_lints"

step "trunk build --release"
trunk build --release --offline

step "browser tests"
npm test --prefix tests
