#!/usr/bin/env bash
# trunk post_build hook: writes sw.js into the staged build with the list of every file
# the build produced (hashed names included) and a version derived from their contents.
set -euo pipefail
stage=${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}
cd "$stage"
files=$(find . -type f ! -name sw.js ! -name 404.html | sed 's|^\./||' | LC_ALL=C sort)
version=$(printf '%s\n' $files | xargs cat | sha256sum | cut -c1-16)
list=$(printf '%s\n' "./" $files | sed 's|.*|"&"|' | paste -sd, -)
src="${TRUNK_SOURCE_DIR:-$(dirname "$0")/..}/assets/sw.js"
sed -e "s|__VERSION__|$version|" -e "s|__FILES__|[$list]|" "$src" > sw.js
