#!/usr/bin/env bash
# Installs what building the app needs, skipping whatever is already present at the
# right version. Only package registries are used (crates.io, npm); nothing from GitHub.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION=0.21.14
BINDGEN_VERSION=0.2.130
BINARYEN_VERSION=132.0.0

have_version() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -q "$2"; }

if ! rustup target list --installed | grep -q '^wasm32-unknown-unknown$'; then
  echo "==> rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
if ! have_version wasm-bindgen "$BINDGEN_VERSION"; then
  echo "==> cargo install wasm-bindgen-cli $BINDGEN_VERSION (about 3 minutes)"
  # Not --locked: its lockfile pins a crate version the registry mirror lacks.
  cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION"
fi
if ! have_version trunk "$TRUNK_VERSION"; then
  echo "==> cargo install trunk $TRUNK_VERSION (about 8 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --no-default-features --features rustls
fi
# wasm-opt from npm's binaryen; Debian's wasm-opt 108 produces output that breaks in the browser.
tools="$here/.tools"
if ! [ -x "$tools/node_modules/.bin/wasm-opt" ] || ! "$tools/node_modules/.bin/wasm-opt" --version | grep -q "version ${BINARYEN_VERSION%%.*}"; then
  echo "==> npm install binaryen@$BINARYEN_VERSION into .tools/"
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION"
fi
# resvg (as wasm, no native binary) renders style/icon.svg into the PNG icons at build time.
RESVG_VERSION=2.6.2
if ! grep -q "\"version\": \"$RESVG_VERSION\"" "$tools/node_modules/@resvg/resvg-wasm/package.json" 2>/dev/null; then
  echo "==> npm install @resvg/resvg-wasm@$RESVG_VERSION into .tools/"
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --silent "@resvg/resvg-wasm@$RESVG_VERSION"
fi
