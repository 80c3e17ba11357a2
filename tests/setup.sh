#!/usr/bin/env bash
# Installs whatever is missing to build (and with --browser, to test) Michishirube, at pinned
# versions. Safe to run again: it installs nothing that is already there at the right version.
# Needs rustup, Node/npm and (for --browser) apt.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must match the wasm-bindgen crate exactly.
WASM_BINDGEN_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')
export PATH="$HOME/.cargo/bin:$PWD/tests/node_modules/.bin:$PATH"

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }

for component in rustfmt clippy; do
  rustup component list --installed | grep -q "^$component" || rustup component add "$component"
done

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "Installing trunk $TRUNK_VERSION (about 10 minutes, once)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2)" != "$WASM_BINDGEN_VERSION" ]; then
  step "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes, once)"
  # Not --locked: that crate's lockfile names a version the registry no longer has.
  cargo install --force wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
fi

# npm's binaryen gives wasm-opt 132 (Debian's 108 breaks the module); playwright-core drives
# the system Chromium and downloads no browser.
if [ ! -x tests/node_modules/.bin/wasm-opt ] || [ tests/package-lock.json -nt tests/node_modules/.package-lock.json ]; then
  step "Installing the npm packages in tests/"
  npm ci --prefix tests --no-audit --no-fund
fi

# The browser tests need Chromium, and fonts for every script the app speaks (as phones have),
# and nginx with its brotli_static module to serve the build with the configuration we ship
# (deploy/nginx.conf; the tests start their own on 127.0.0.1 and a free port: tests/nginx.mjs).
if [ "${1:-}" = "--browser" ]; then
  missing=""
  for package in chromium fonts-noto-core fonts-noto-cjk nginx libnginx-mod-http-brotli-static; do
    dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
  done
  if [ -n "$missing" ]; then
    step "Installing from apt:$missing"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
  fi
fi

# frictionless validates the HSDS export's CSV package (tests/run.sh), in a virtualenv of its own.
FRICTIONLESS_VERSION=5.21.0
if [ "$(tests/.venv/bin/python -c 'import importlib.metadata as m; print(m.version("frictionless"))' 2>/dev/null)" != "$FRICTIONLESS_VERSION" ]; then
  if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
    step "Installing from apt: python3-venv"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-venv
  fi
  step "Installing frictionless $FRICTIONLESS_VERSION in tests/.venv"
  python3 -m venv tests/.venv
  tests/.venv/bin/pip install --quiet --disable-pip-version-check "frictionless==$FRICTIONLESS_VERSION"
fi

# Trunk builds offline, so every crate must already be here.
cargo fetch --quiet
