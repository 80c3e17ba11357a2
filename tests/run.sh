#!/usr/bin/env bash
# Installs whatever is missing, then runs every test: the Rust tests natively, then the
# browser tests in headless Chromium against the release build served over HTTP.
set -euo pipefail
cd "$(dirname "$0")/.."
tests/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/tests/node_modules/.bin:$PATH"
step() { printf '\033[1m==> %s\033[0m\n' "$*"; }

step "cargo fmt"
cargo fmt --check

# Three builds side by side, each in a target directory of its own, as they share no artifact.
step "clippy and cargo test; the wasm release build and the lints of the wasm side beside them"
# The wasm's lints, then the plain-Rust core built alone (no Leptos, no browser stack).
(
  export CARGO_TARGET_DIR=target/lint
  cargo clippy --quiet --lib --target wasm32-unknown-unknown --features hydrate -- -D warnings
  cargo check --quiet --lib
) &
lints=$!
# What Trunk builds next (it then finds it built).
cargo build --quiet --release --lib --target wasm32-unknown-unknown --features hydrate &
wasm=$!
# One native build both lints and runs every test: clippy-driver compiles this crate's targets
# as `cargo clippy --all-targets` checks them. It also builds the page renderer Trunk's hook runs.
export CARGO_TARGET_DIR=target/native
RUSTC_WORKSPACE_WRAPPER="$(dirname "$(rustup which rustc)")/clippy-driver" \
  CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__" \
  cargo test --quiet --features ssr
unset CARGO_TARGET_DIR
wait "$lints"
wait "$wasm"

# The HSDS export's CSV package in every language, by the renderer that build made.
step "HSDS: the CSV packages, validated by frictionless"
hsds=$(mktemp -d)
target/native/debug/render hsds data/directory.json "$hsds"
for package in "$hsds"/datapackage.json "$hsds"/*/datapackage.json; do
  tests/.venv/bin/frictionless validate "$package" >"$hsds/report.txt" || { cat "$hsds/report.txt"; exit 1; }
done
echo "frictionless: $(find "$hsds" -name datapackage.json | wc -l) packages valid"
rm -rf "$hsds"

# The renderer that build made, for Trunk's hook and the benchmark's smoke run.
export MICHISHIRUBE_RENDER="$PWD/target/native/debug/render"

step "trunk build --release"
trunk build --release --offline

step "browser tests"
npm test --prefix tests
