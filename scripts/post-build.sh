#!/usr/bin/env bash
# trunk post_build hook, in this order: the prerendered pages go into index.html; then the
# Content-Security-Policy, which hashes every inline script (the prerender adds one); then
# the service worker, whose version covers every file, index.html included.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
stage=${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}
content=${LECTERN_CONTENT:-content}
case "$content" in /*) ;; *) content="$root/$content" ;; esac
cargo run --quiet --release --manifest-path "$root/core/Cargo.toml" --features authoring --bin prerender -- "$content" "$stage/index.html"
# The policy and the offline cache are properties of the release; `trunk serve` adds its
# own live-reload script and must not be cached.
if [ "${TRUNK_PROFILE:-release}" = release ]; then
  node "$here/csp.mjs"
  bash "$here/write-sw.sh"
fi
