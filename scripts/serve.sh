#!/usr/bin/env bash
# Command one: install what is missing, build, and serve the app at http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/tools-build.sh
export PATH="$PWD/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
echo "==> trunk build --release"
trunk build --release
echo "==> postbuild (CSP, service worker, single-file offline copy)"
node scripts/postbuild.mjs dist
exec node scripts/serve-dist.mjs dist
