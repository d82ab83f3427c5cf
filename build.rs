//! Reads every lesson in the content folder (`LECTERN_CONTENT`, default `content/`),
//! validates it, renders its Markdown, and writes it as compact JSON (`Course::to_text`)
//! for the pages made at build time (`render-pages`), which put each page's share of it
//! into the page, with the list of image files they publish (`media.txt`). A broken lesson
//! stops the build with one `file:line: message` per problem, so the browser never sees
//! invalid content; a warning (raw HTML, a heavy image) is printed and the build goes on.
//!
//! Also reads the site's settings (`site.toml` beside the lessons, or the file
//! `LECTERN_SITE` names; none: the defaults) into `site.json`, and picks the interface's
//! catalog for the site's language (`src/locales/<language>.ftl`) into `locale.ftl`: both
//! are small and fixed for a build, so the app and `render-pages` embed them, and the
//! browser downloads one language. `LECTERN_PSEUDO_LOCALE=1` embeds a pseudo-translation
//! of the English catalog instead, which shows any interface text left out of it.

use std::path::{Path, PathBuf};

use lectern_core::authoring::{build, lesson_files};
use lectern_core::media::Media;
use lectern_core::site::Site;
use lectern_core::site_file::parse_site;

fn main() {
    println!("cargo:rerun-if-env-changed=LECTERN_CONTENT");
    println!("cargo:rerun-if-env-changed=LECTERN_SITE");
    println!("cargo:rerun-if-env-changed=LECTERN_PSEUDO_LOCALE");
    let dir = from_manifest(&std::env::var("LECTERN_CONTENT").unwrap_or_else(|_| "content".into()));
    println!("cargo:rerun-if-changed={}", dir.display());

    let files = match read_lessons(&dir) {
        Ok(files) => files,
        Err(message) => fail(&[message]),
    };
    let built = match build(&files) {
        Ok(built) => built,
        Err(problems) => fail(&problems.iter().map(ToString::to_string).collect::<Vec<_>>()),
    };
    for warning in &built.warnings {
        println!("cargo:warning={warning}");
    }
    let site_file = match std::env::var("LECTERN_SITE") {
        Ok(file) if !file.is_empty() => from_manifest(&file),
        _ => dir.join("site.toml"),
    };
    let site = read_site(&site_file).unwrap_or_else(|problems| fail(&problems));
    let catalog = read_catalog(&site).unwrap_or_else(|problem| fail(&[problem]));
    write_out("course.json", &built.course.to_text());
    write_out("media.txt", &media_list(&built.media));
    write_out("site.json", &site.to_text());
    write_out("locale.ftl", &catalog);
}

/// A path as given when absolute, else under the package's folder.
fn from_manifest(path: &str) -> PathBuf {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    if Path::new(path).is_absolute() {
        PathBuf::from(path)
    } else {
        manifest.join(path)
    }
}

/// A path as authors see it: under the package's folder when it is there.
fn shown(path: &Path) -> String {
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    path.strip_prefix(&root)
        .unwrap_or(path)
        .display()
        .to_string()
}

fn write_out(name: &str, text: &str) {
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    if let Err(e) = std::fs::write(out.join(name), text) {
        fail(&[format!("{}: {e}", out.join(name).display())]);
    }
}

/// One image a line: its published name, a tab, the whole path of its file.
fn media_list(media: &[Media]) -> String {
    media
        .iter()
        .map(|m| {
            let file = from_manifest(&m.source.display().to_string());
            format!("{}\t{}\n", m.name, file.display())
        })
        .collect()
}

/// The lesson files, as (path shown to authors, text); cargo rebuilds when one changes.
fn read_lessons(dir: &Path) -> Result<Vec<(String, String)>, String> {
    Ok(lesson_files(dir)?
        .into_iter()
        .map(|(path, text)| {
            println!("cargo:rerun-if-changed={}", path.display());
            (shown(&path), text)
        })
        .collect())
}

/// The site's settings from `file`; its defaults when there is no such file.
fn read_site(file: &Path) -> Result<Site, Vec<String>> {
    println!("cargo:rerun-if-changed={}", file.display());
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Site::default()),
        Err(e) => return Err(vec![format!("{}: {e}", shown(file))]),
    };
    parse_site(&shown(file), &text)
        .map_err(|problems| problems.iter().map(ToString::to_string).collect())
}

/// The catalog of the site's language, or the pseudo-translated English one.
fn read_catalog(site: &Site) -> Result<String, String> {
    let pseudo = std::env::var("LECTERN_PSEUDO_LOCALE").is_ok_and(|v| v == "1");
    let language = if pseudo { "en" } else { site.language.as_str() };
    let file = from_manifest(&format!("src/locales/{language}.ftl"));
    println!("cargo:rerun-if-changed={}", file.display());
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", shown(&file)))?;
    let mut resource = fluent_syntax::parser::parse(text.as_str()).map_err(|(_, errors)| {
        let line = |at: usize| text[..at.min(text.len())].matches('\n').count() + 1;
        errors
            .iter()
            .map(|e| format!("{}:{}: {e}", shown(&file), line(e.pos.start)))
            .collect::<Vec<_>>()
            .join("\n  ")
    })?;
    if !pseudo {
        return Ok(text);
    }
    pseudo_resource(&mut resource);
    Ok(fluent_syntax::serializer::serialize(&resource))
}

/// Every text of every message pseudo-translated: accented and lengthened, so that text
/// left out of the catalog stands out and layout is tried with longer words. Placeables
/// (`{ $count }`) are kept.
fn pseudo_resource(resource: &mut fluent_syntax::ast::Resource<&str>) {
    use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};

    fn pattern(p: &mut Pattern<&str>) {
        for element in &mut p.elements {
            match element {
                PatternElement::TextElement { value } => {
                    let text = fluent_pseudo::transform(value, false, true).into_owned();
                    // A build script runs once: the text lives until it ends.
                    *value = Box::leak(text.into_boxed_str());
                }
                PatternElement::Placeable {
                    expression: Expression::Select { variants, .. },
                } => variants.iter_mut().for_each(|v| pattern(&mut v.value)),
                PatternElement::Placeable { .. } => {}
            }
        }
    }
    for entry in &mut resource.body {
        if let Entry::Message(m) = entry {
            m.value.iter_mut().for_each(pattern);
            m.attributes.iter_mut().for_each(|a| pattern(&mut a.value));
        }
    }
}

fn fail(problems: &[String]) -> ! {
    eprintln!("\nLectern content has {} problem(s):", problems.len());
    for p in problems {
        eprintln!("  {p}");
        println!("cargo:warning={p}");
    }
    std::process::exit(1);
}
