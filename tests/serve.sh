#!/usr/bin/env bash
# Installs whatever is missing, builds the release app and serves it on 127.0.0.1.
#   tests/serve.sh            → http://127.0.0.1:8080/
#   PORT=9000 tests/serve.sh  → another port
set -euo pipefail
cd "$(dirname "$0")/.."
tests/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/tests/node_modules/.bin:$PATH"
trunk build --release --offline
exec node tests/serve.mjs --dir dist --port "${PORT:-8080}"
