#!/usr/bin/env bash
# Installs whatever is missing, builds the release app, and measures it (see BENCHMARKS.md).
#   tests/bench.sh                  the full benchmark (about 25 minutes)
#   tests/bench.sh --runs 1 --sizes 100,1000   a quick look
set -euo pipefail
cd "$(dirname "$0")/.."
tests/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/tests/node_modules/.bin:$PATH"
# twiggy reads where the wasm's bytes go (section 7).
[ "$(twiggy --version 2>/dev/null)" = "twiggy-opt 0.8.0" ] || cargo install --locked twiggy --version 0.8.0
trunk build --release --offline
exec node tests/bench/bench.mjs "$@"
