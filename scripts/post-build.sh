#!/usr/bin/env bash
# trunk post_build hook, in this order: the Content-Security-Policy goes into trunk's
# index.html, which hashes its inline scripts; then one page per route is written from that
# index.html (the app's own render, natively), so every page carries the same policy; then
# the service worker, whose version covers every file, every page included.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
stage=${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}
# The policy and the offline cache are properties of the release; `trunk serve` adds its
# own live-reload script and must not be cached.
release=false
[ "${TRUNK_PROFILE:-release}" = release ] && release=true
if $release; then
  node "$here/csp.mjs"
fi
# The dev profile: quick to build and shared with `make test-ssr`. build.rs reads the
# lessons from LECTERN_CONTENT, as the browser build's does.
cargo run --quiet --manifest-path "$root/Cargo.toml" --no-default-features --features ssr --bin render-pages -- "$stage"
if $release; then
  bash "$here/write-sw.sh"
fi
