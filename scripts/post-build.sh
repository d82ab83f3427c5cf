#!/usr/bin/env bash
# trunk post_build hook: the Content-Security-Policy first (it changes index.html), then
# the service worker, whose version covers every file including index.html.
set -euo pipefail
here=$(dirname "$0")
node "$here/csp.mjs"
bash "$here/write-sw.sh"
