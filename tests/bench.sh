#!/usr/bin/env bash
# Installs whatever is missing, builds the release app, and measures it (see BENCHMARKS.md).
#   tests/bench.sh                  the full benchmark (about 10 minutes)
#   tests/bench.sh --runs 1 --sizes 100,1000   a quick look
set -euo pipefail
cd "$(dirname "$0")/.."
tests/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/tests/node_modules/.bin:$PATH"
trunk build --release --offline
exec node tests/bench/bench.mjs "$@"
