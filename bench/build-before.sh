#!/usr/bin/env bash
# Builds the release before hydration (the last commit whose app replaced a static copy of
# the page, 524c6fd) into bench/.work/dist-before, once, so `make bench` can measure the
# blocking time hydration was to halve against it in the same run. Skipped when built.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/bench/.work"
out="$work/dist-before"
rev=524c6fd
if [ -f "$out/index.html" ]; then
  exit 0
fi
if ! git -C "$root" cat-file -e "$rev^{commit}" 2>/dev/null; then
  echo "bench: commit $rev is not in this clone (shallow?): no before figures" >&2
  exit 0
fi
src="$work/before-src"
rm -rf "$src"
mkdir -p "$src"
git -C "$root" archive "$rev" | tar -x -C "$src"
ln -s "$root/node_modules" "$src/node_modules"
(cd "$src" && CARGO_TARGET_DIR="$work/target-before" trunk build --release --public-url /lectern/ --dist "$out")
