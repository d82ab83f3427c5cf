#!/usr/bin/env bash
# Fetches the peers' scripts for the size and speed comparison into bench/.peers (ignored,
# never committed): quizdown 0.4.1 with npm, mdbook-quiz 0.5.0 with cargo.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p .peers .work
if [ ! -f .peers/quizdown.js ]; then
  tgz=$(cd .work && npm pack --silent quizdown@0.4.1)
  tar -xzf ".work/$tgz" -C .work package/public/build/quizdown.js
  cp .work/package/public/build/quizdown.js .peers/quizdown.js
fi
if [ ! -f .peers/quiz-embed.iife.js ]; then
  probe=.work/mdbook-quiz-probe
  mkdir -p "$probe/src"
  printf '[workspace]\n\n[package]\nname = "probe"\nversion = "0.0.0"\nedition = "2021"\n\n[dependencies]\nmdbook-quiz = "=0.5.0"\n' > "$probe/Cargo.toml"
  echo 'fn main() {}' > "$probe/src/main.rs"
  (cd "$probe" && cargo fetch --quiet)
  src=$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/mdbook-quiz-0.5.0 | head -n 1)
  cp "$src/js/quiz-embed.iife.js" .peers/quiz-embed.iife.js
fi
ls -l .peers
