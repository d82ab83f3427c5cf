#!/usr/bin/env bash
# Builds the closest peer, mkdocs-quiz, with the seed lesson on one page, into
# bench/.work/dist-mkdocs-quiz. mkdocs, Material and mkdocs-quiz are installed with pip, at
# pinned versions, into a virtual environment in the ignored bench/.peers (skipped when
# there at these versions); the page is written from content/local-models.toml by
# bench/gen-mkdocs-quiz.mjs and built on every run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv="$root/bench/.peers/mkdocs-venv"
src="$root/bench/.work/mkdocs-quiz"
out="$root/bench/.work/dist-mkdocs-quiz"
pins=(mkdocs==1.6.1 mkdocs-material==9.8.1 mkdocs-quiz==1.7.1)

installed() {
  [ -x "$venv/bin/pip" ] || return 1
  local have
  have=$("$venv/bin/pip" freeze --quiet 2>/dev/null) || return 1
  for pin in "${pins[@]}"; do
    grep -qix "${pin//_/-}" <<<"${have//_/-}" || return 1
  done
}
if ! installed; then
  echo "bench: installing ${pins[*]} with pip into bench/.peers/mkdocs-venv"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "${pins[@]}"
fi
rm -rf "$src" "$out"
node "$root/bench/gen-mkdocs-quiz.mjs" "$src"
(cd "$src" && NO_MKDOCS_2_WARNING=1 "$venv/bin/mkdocs" build --quiet --strict --site-dir "$out")
echo "bench: mkdocs-quiz page built in bench/.work/dist-mkdocs-quiz"
