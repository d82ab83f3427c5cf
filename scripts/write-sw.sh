#!/usr/bin/env bash
# trunk post_build hook: writes sw.js into the staged build with the files to pre-cache and
# a version derived from the contents of every file. The pre-cache is the app shell (the
# home page, 404.html, scripts, WebAssembly, icons, manifest), every lesson's
# lesson.json and every picture the lessons show (media/), but not the page of each route
# below the home: a large course has thousands, and the worker keeps those as they are
# visited. Pictures are pre-cached rather than kept on first view because a lesson never
# opened opens offline from its lesson.json, and its pictures must come with it; the build
# warns about any picture above 500 kB, which keeps that first download small.
set -euo pipefail
stage=${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}
cd "$stage"
version=$(find . -type f ! -name sw.js -print0 | LC_ALL=C sort -z | xargs -0 cat | sha256sum | cut -c1-16)
shell=$(find . -type f ! -name sw.js ! -path './*/index.html' | sed 's|^\./||' | LC_ALL=C sort)
list=$(printf '%s\n' "./" $shell | sed 's|.*|"&"|' | paste -sd, -)
src="${TRUNK_SOURCE_DIR:-$(dirname "$0")/..}/assets/sw.js"
sed -e "s|__VERSION__|$version|" -e "s|__FILES__|[$list]|" "$src" > sw.js
