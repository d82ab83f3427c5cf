#!/usr/bin/env bash
# Builds the app over the broken fixture lessons and checks that the build stops with
# one `file:line: message` per broken file, and a warning for raw HTML. Expected lines are
# derived from the fixtures.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=tests/fixtures/lessons
log=$(mktemp)
trap 'rm -f "$log"' EXIT

if LECTERN_CONTENT=$dir cargo build --quiet --target wasm32-unknown-unknown --lib >"$log" 2>&1; then
  echo "content check: the build accepted $dir, which holds broken lessons" >&2
  exit 1
fi

# file -> the line its problem is on (found in the fixture by what makes it broken).
declare -A expect=(
  [two_correct_options.toml]='id = "q2"'
  [no_correct_option.toml]='id = "q1"'
  [unknown_section.toml]='section = "three"'
  [syntax_error.toml]='minutes = = 3'
  [control_character.toml]='prompt = "First'
  [multiple_no_correct.toml]='id = "q1"'
  [order_marked_correct.toml]='{ id = "b", text = "B", correct = true }'
  [typed_without_accept.toml]='id = "q1"'
  [typed_with_options.toml]='options = ['
  [accept_on_single.toml]='accept = ['
  [tolerance_without_number.toml]='tolerance = 0.5'
  [unknown_kind.toml]='kind = "essay"'
  [javascript_link.toml]='JavaScript:alert'
  [data_image.toml]='data:image/png'
  [broken_lesson_link.toml]='lesson:no-such-lesson'
  [broken_section_link.toml]='#no-such-section'
  [image_without_alt.toml]='![](pixel.png)'
  [missing_image.toml]='no-such-chart.png'
  [section_without_sections.toml]='section = "intro"'
  [missing_section.toml]='id = "q1"'
)
passed=0 failed=0
# expect_at FILE NEEDLE [AFTER [WHAT]]: the log names FILE at the line holding NEEDLE,
# followed by AFTER (a diagnostic of any kind when empty).
expect_at() {
  local file=$1 needle=$2 after=${3:-} what=${4:-diagnostic} line
  line=$(grep -n -m1 -F "$needle" "$file" | cut -d: -f1)
  if grep -q -F "$file:$line: $after" "$log"; then
    passed=$((passed + 1))
  else
    echo "content check: no $what for $file:$line" >&2
    failed=$((failed + 1))
  fi
}
for file in "${!expect[@]}"; do
  expect_at "$dir/$file" "${expect[$file]}"
done
# Raw HTML is a warning, reported at its line; the build would go on for it alone.
expect_at "$dir/raw_html_warning.toml" '<kbd>' 'warning: raw HTML' warning
for valid in valid_two_sections.toml no_sections.toml; do
  if grep -q -F "$valid:" "$log"; then
    echo "content check: the valid fixture $valid was reported as broken" >&2
    failed=$((failed + 1))
  fi
done
# A broken site.toml stops the build too, with a line per problem.
site=tests/fixtures/site/broken.toml
if LECTERN_SITE=$site cargo build --quiet --target wasm32-unknown-unknown --lib >"$log" 2>&1; then
  echo "content check: the build accepted $site" >&2
  failed=$((failed + 1))
else
  for needle in 'title = ""' 'language = "fr"' 'theme_color = "blue"' 'source = "ftp:'; do
    expect_at "$site" "$needle"
  done
fi
echo "content: $passed passed, $failed failed"
[ "$failed" = 0 ]
