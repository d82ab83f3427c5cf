//! Build step (trunk post_build hook, after the Content-Security-Policy): writes one static
//! page per route, the app's own render in a copy of trunk's `index.html`, and each lesson's
//! text as `<lesson>/lesson.json`, and the images the lessons show (`media/`). The site's
//! settings (`site.toml`) go into every page's `<html lang dir>`, theme colour and link
//! previews, and into `manifest.webmanifest`.
//!
//! Usage: `render-pages DIST_DIR`, with `LECTERN_SITE_ORIGIN` (`https://user.github.io`) set
//! when links to a page should be absolute URLs (canonical, `og:url`).

use std::ops::Range;
use std::path::{Path, PathBuf};

use lectern::render::{self, Page};
use lectern::site::site;
use lectern_core::prose::escape;
use lectern_core::route::Route;
use lectern_core::site::Site;

fn main() {
    let Some(dist) = std::env::args().nth(1) else {
        eprintln!("usage: render-pages DIST_DIR");
        std::process::exit(2);
    };
    let origin = std::env::var("LECTERN_SITE_ORIGIN").unwrap_or_default();
    match run(Path::new(&dist), origin.trim_end_matches('/')) {
        Ok(summary) => println!("render-pages: {summary}"),
        Err(message) => {
            eprintln!("render-pages: {message}");
            std::process::exit(1);
        }
    }
}

/// Writes every page and lesson text into `dist`; returns the summary line.
fn run(dist: &Path, origin: &str) -> Result<String, String> {
    let problems = lectern::course::problems();
    if !problems.is_empty() {
        return problems_page(dist, problems);
    }
    let course = render::full_course().map_err(|e| format!("the course: {e}"))?;
    let index = dist.join("index.html");
    let named = |e: String| format!("{}: {e}", index.display());
    let html = std::fs::read_to_string(&index).map_err(|e| named(e.to_string()))?;
    let html = with_site(&html, site()).map_err(named)?;
    let template = Template::parse(&html).map_err(named)?;
    let routes = Route::all(course);
    let mut bytes = 0;
    for route in &routes {
        let html = template.fill(
            &render::page(route),
            &page_url(origin, template.base, route),
        );
        bytes += write(&dist.join(page_file(route)), &html)?;
    }
    bytes += write(&dist.join("outline.json"), &course.outline().to_text())?;
    bytes += write_manifest(&dist.join("manifest.webmanifest"), site())?;
    for lesson in &course.lessons {
        bytes += write(
            &dist.join(&lesson.id).join("lesson.json"),
            &lesson.to_text(),
        )?;
    }
    let images = render::media();
    for (name, source) in &images {
        bytes += copy(Path::new(source), &dist.join(name))?;
    }
    let (pages, lessons) = (routes.len(), course.lessons.len());
    Ok(format!(
        "{pages} pages, {lessons} lessons, {} images, {bytes} bytes in {}",
        images.len(),
        dist.display()
    ))
}

/// Under `make serve`, a broken course: every address shows its problems, as the build
/// prints them, until the lesson files are fixed (trunk then rebuilds and reloads the page).
fn problems_page(dist: &Path, problems: &str) -> Result<String, String> {
    let html = format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<meta http-equiv=\"refresh\" content=\"2\" />\n<title>The lessons have problems</title>\n</head>\n<body>\n<main class=\"content-problems\">\n<h1>The lessons have problems</h1>\n<p>Fix them in the lesson files: this page looks again every two seconds, and shows the site once they build.</p>\n<pre>{}</pre>\n</main>\n</body>\n</html>\n",
        escape(problems)
    );
    let mut bytes = write(&dist.join("index.html"), &html)?;
    bytes += write(&dist.join("404.html"), &html)?;
    Ok(format!(
        "the lessons have problems: their page ({bytes} bytes) is in {}",
        dist.display()
    ))
}

/// trunk's `index.html` with the site's language, direction and theme colour.
fn with_site(html: &str, site: &Site) -> Result<String, String> {
    let root = tag(html, 0, "<html")?;
    let color = tag(html, 0, "<meta name=\"theme-color\"")?;
    if color.start < root.end {
        return Err("the theme colour comes before <html>".into());
    }
    Ok(format!(
        "{}<html lang=\"{}\" dir=\"{}\">{}<meta name=\"theme-color\" content=\"{}\" />{}",
        &html[..root.start],
        escape(&site.language),
        site.direction(),
        &html[root.end..color.start],
        escape(&site.theme_color),
        &html[color.end..],
    ))
}

/// The web app manifest copied from `assets/`, with the site's name, description, language
/// and theme colour; returns the bytes written.
fn write_manifest(file: &Path, site: &Site) -> Result<usize, String> {
    let named = |e: String| format!("{}: {e}", file.display());
    let text = std::fs::read_to_string(file).map_err(|e| named(e.to_string()))?;
    let mut manifest: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| named(e.to_string()))?;
    let fields = manifest
        .as_object_mut()
        .ok_or_else(|| named("not a JSON object".into()))?;
    for (key, value) in [
        ("name", &site.title),
        ("short_name", &site.title),
        ("description", &site.description),
        ("theme_color", &site.theme_color),
        ("lang", &site.language),
    ] {
        fields.insert(key.into(), value.clone().into());
    }
    fields.insert("dir".into(), site.direction().into());
    let text = serde_json::to_string_pretty(&manifest).map_err(|e| named(e.to_string()))?;
    write(file, &text)
}

/// Copies an image the course publishes into the site; returns the bytes copied.
fn copy(source: &Path, file: &Path) -> Result<usize, String> {
    let fail = |e: std::io::Error| format!("{} -> {}: {e}", source.display(), file.display());
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).map_err(fail)?;
    }
    let bytes = std::fs::copy(source, file).map_err(fail)?;
    Ok(usize::try_from(bytes).unwrap_or(usize::MAX))
}

/// Writes `text` to `file`, making its folder; returns the bytes written.
fn write(file: &Path, text: &str) -> Result<usize, String> {
    let fail = |e: std::io::Error| format!("{}: {e}", file.display());
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).map_err(fail)?;
    }
    std::fs::write(file, text).map_err(fail)?;
    Ok(text.len())
}

/// Where a route's page lives under the site's folder: a folder's `index.html`, or a file
/// named by the route's path (`404.html`).
fn page_file(route: &Route) -> PathBuf {
    let path = route.to_path();
    if path.is_empty() || path.ends_with('/') {
        PathBuf::from(path).join("index.html")
    } else {
        PathBuf::from(path)
    }
}

/// The address of a route's page: the base and the route's path, after the origin when one
/// is given and the base is not already a whole URL. The home page's address is the base.
fn page_url(origin: &str, base: &str, route: &Route) -> String {
    let origin = if base.starts_with('/') { origin } else { "" };
    format!("{origin}{base}{}", route.to_path())
}

/// What a page fills in, in the order it appears in the template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    /// The text of `<title>`.
    Title,
    /// The description `<meta>`, which becomes the description and the link tags after it.
    Meta,
    /// Just before `</head>`: the lesson's text, if the page has a lesson.
    Island,
    /// The inner HTML of `<body>`.
    Body,
}

/// trunk's `index.html`, cut where pages differ: each piece of the template is followed
/// by a slot, then comes the tail.
struct Template<'a> {
    /// The public base path, from `<base href>`.
    base: &'a str,
    pieces: Vec<(&'a str, Slot)>,
    tail: &'a str,
}

impl<'a> Template<'a> {
    fn parse(html: &'a str) -> Result<Template<'a>, String> {
        let head_end = find(html, 0, "</head>")?.start;
        let head = &html[..head_end];
        if head.contains("rel=\"canonical\"") {
            return Err("already has a canonical link: render from trunk's own output".into());
        }
        let base = tag(head, 0, "<base ")
            .and_then(|range| attribute(head, range, "href"))
            .map_err(|_| "no <base href>: index.html needs <base data-trunk-public-url />")?;
        let mut slots = vec![
            (inner(head, 0, "<title", "</title>")?, Slot::Title),
            (tag(head, 0, "<meta name=\"description\"")?, Slot::Meta),
            (head_end..head_end, Slot::Island),
            (inner(html, head_end, "<body", "</body>")?, Slot::Body),
        ];
        slots.sort_by_key(|(range, _)| range.start);
        let mut pieces = Vec::with_capacity(slots.len());
        let mut at = 0;
        for (range, slot) in slots {
            pieces.push((&html[at..range.start], slot));
            at = range.end;
        }
        Ok(Template {
            base,
            pieces,
            tail: &html[at..],
        })
    }

    /// The template with `page` in its slots; `url` is the page's own address.
    fn fill(&self, page: &Page, url: &str) -> String {
        let mut html = String::with_capacity(self.tail.len() * 2 + page.body.len());
        for (piece, slot) in &self.pieces {
            html.push_str(piece);
            match slot {
                Slot::Title => html.push_str(&escape(&page.title)),
                Slot::Meta => html.push_str(&meta_tags(page, url)),
                Slot::Island => {
                    let lesson = page.lesson.map(|l| ("lesson-text", l.to_text()));
                    let outline = page.outline.map(|c| ("course-outline", c.to_text()));
                    for (id, json) in lesson.into_iter().chain(outline) {
                        html.push_str(&island(id, &json));
                    }
                }
                Slot::Body => html.push_str(&page.body),
            }
        }
        html.push_str(self.tail);
        html
    }
}

/// The range of the first `needle` in `html` from `from`, or a message naming it.
fn find(html: &str, from: usize, needle: &str) -> Result<Range<usize>, String> {
    html[from..]
        .find(needle)
        .map(|i| from + i..from + i + needle.len())
        .ok_or_else(|| format!("no {needle}"))
}

/// The whole of the first tag from `from` that starts with `start`, up to its `>`.
fn tag(html: &str, from: usize, start: &str) -> Result<Range<usize>, String> {
    let open = find(html, from, start)?;
    let end = find(html, open.end, ">").map_err(|_| format!("{start} is not closed"))?;
    Ok(open.start..end.end)
}

/// What lies between the tag that starts with `open` and the next `close`.
fn inner(html: &str, from: usize, open: &str, close: &str) -> Result<Range<usize>, String> {
    let start = tag(html, from, open)?.end;
    Ok(start..find(html, start, close)?.start)
}

/// The value of the double-quoted attribute `name` of the tag at `range`.
fn attribute<'a>(html: &'a str, range: Range<usize>, name: &str) -> Result<&'a str, String> {
    let tag = &html[range];
    let start = find(tag, 0, &format!(" {name}=\""))
        .map_err(|_| format!("no {name} in {tag}"))?
        .end;
    let end = find(tag, start, "\"").map_err(|_| format!("{name} is not closed in {tag}"))?;
    Ok(&tag[start..end.start])
}

/// The description, then what links and previews read: canonical address and Open Graph.
/// Both want a whole URL; a build that does not know its origin names no address rather
/// than a relative one, which search engines and link previews do not accept.
fn meta_tags(page: &Page, url: &str) -> String {
    let kind = if page.article { "article" } else { "website" };
    let (title, description, url) = (escape(&page.title), escape(&page.description), escape(url));
    let whole = url.starts_with("https://") || url.starts_with("http://");
    let mut tags = vec![format!(
        "<meta name=\"description\" content=\"{description}\" />"
    )];
    if whole {
        tags.push(format!("<link rel=\"canonical\" href=\"{url}\" />"));
    }
    tags.extend([
        format!(
            "<meta property=\"og:site_name\" content=\"{}\" />",
            escape(&site().title)
        ),
        format!("<meta property=\"og:title\" content=\"{title}\" />"),
        format!("<meta property=\"og:description\" content=\"{description}\" />"),
        format!("<meta property=\"og:type\" content=\"{kind}\" />"),
    ]);
    if whole {
        tags.push(format!("<meta property=\"og:url\" content=\"{url}\" />"));
    }
    tags.join("\n    ")
}

/// A JSON document for the app to read (the lesson's whole text, the course outline). No
/// `<` is left in it, so no text can end the element early (`</script>`) or open a
/// comment; `\u003c` reads back as `<` in JSON, where `<` only ever occurs inside strings.
fn island(id: &str, json: &str) -> String {
    let text = json.replace('<', "\\u003c");
    format!("<script type=\"application/json\" id=\"{id}\">{text}</script>\n  ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use lectern_core::content::{Course, Lesson};

    const TEMPLATE: &str = "<!doctype html>\n<html lang=\"en\">\n  <head>\n    <meta charset=\"utf-8\" />\n    <base href=\"/lectern/\" />\n    <meta name=\"description\" content=\"Any lesson.\" />\n    <title>Lectern</title>\n    <script>__RESOLVED_RESOURCES=[];</script>\n  </head>\n  <body>\n  </body>\n</html>\n";

    fn page(lesson: Option<&'static Lesson>) -> Page {
        Page {
            body: "<header>Lectern</header><main><h1>Title</h1></main>".into(),
            title: "Tools & \"models\" <for> you".into(),
            description: "It's <b>fast</b>".into(),
            lesson,
            outline: None,
            article: lesson.is_some(),
        }
    }

    fn lesson(summary: &str) -> &'static Lesson {
        let lesson = Lesson {
            id: "local-models".into(),
            series: "AI tools".into(),
            title: "Local models".into(),
            summary: summary.into(),
            minutes: 5,
            reviewed: "2026".into(),
            sections: Vec::new(),
            questions: Vec::new(),
        };
        Box::leak(Box::new(lesson))
    }

    fn filled(page: &Page) -> String {
        filled_at(page, "https://user.github.io/lectern/local-models/")
    }

    fn filled_at(page: &Page, url: &str) -> String {
        let template = Template::parse(TEMPLATE).expect("the template parses");
        template.fill(page, url)
    }

    #[test]
    fn title_and_description_are_escaped_in_text_and_attributes() {
        let html = filled(&page(None));
        assert!(html.contains("<title>Tools &amp; &quot;models&quot; &lt;for&gt; you</title>"));
        assert!(html.contains(
            "<meta name=\"description\" content=\"It&#39;s &lt;b&gt;fast&lt;/b&gt;\" />"
        ));
        assert!(html.contains("<meta property=\"og:title\" content=\"Tools &amp; &quot;models&quot; &lt;for&gt; you\" />"));
        assert!(
            !html.contains("Any lesson."),
            "the template's description is replaced"
        );
        assert_eq!(html.matches("name=\"description\"").count(), 1);
    }

    #[test]
    fn link_tags_follow_the_description_with_the_page_address() {
        let html = filled(&page(None));
        let after = html
            .split("content=\"It&#39;s &lt;b&gt;fast&lt;/b&gt;\" />")
            .nth(1)
            .unwrap_or("");
        assert!(after.trim_start().starts_with(
            "<link rel=\"canonical\" href=\"https://user.github.io/lectern/local-models/\" />"
        ));
        assert!(html.contains(
            "<meta property=\"og:url\" content=\"https://user.github.io/lectern/local-models/\" />"
        ));
        assert!(html.contains("<meta property=\"og:type\" content=\"website\" />"));
    }

    #[test]
    fn without_an_origin_a_page_names_no_address_rather_than_a_relative_one() {
        let html = filled_at(&page(None), "/lectern/local-models/");
        assert!(!html.contains("rel=\"canonical\""));
        assert!(!html.contains("og:url"));
        assert!(html.contains("<meta property=\"og:title\""));
    }

    #[test]
    fn body_holds_the_page_body_exactly() {
        let p = page(None);
        let html = filled(&p);
        assert!(html.contains(&format!("<body>{}</body>", p.body)));
    }

    #[test]
    fn a_lesson_page_carries_its_text_as_an_article() {
        let l = lesson("Runs on your machine.");
        let html = filled(&page(Some(l)));
        let island = format!(
            "<script type=\"application/json\" id=\"lesson-text\">{}</script>",
            l.to_text()
        );
        assert!(html.contains(&island));
        assert!(
            html.find(&island) < html.find("</head>"),
            "the text is in the head"
        );
        assert!(html.contains("<meta property=\"og:type\" content=\"article\" />"));
    }

    #[test]
    fn lesson_text_cannot_close_its_island_and_reads_back_whole() {
        let summary = "a</script><script>alert(1)</script><!-- x";
        let html = filled(&page(Some(lesson(summary))));
        let start = html
            .find("id=\"lesson-text\">")
            .map(|i| i + "id=\"lesson-text\">".len());
        let inner = &html[start.unwrap_or(0)..];
        let inner = &inner[..inner.find("</script>").unwrap_or(0)];
        assert!(
            !inner.contains('<'),
            "no markup can start inside the island: {inner}"
        );
        let read = Lesson::from_text(inner).map(|l| l.summary);
        assert_eq!(read.as_deref(), Ok(summary));
    }

    #[test]
    fn pages_without_a_lesson_have_no_island() {
        assert!(!filled(&page(None)).contains("lesson-text"));
    }

    #[test]
    fn addresses_are_the_origin_then_base_then_path_and_home_is_the_base() {
        let question = Route::Question("local-models".into(), 3);
        assert_eq!(
            page_url("", "/lectern/", &question),
            "/lectern/local-models/check/3/"
        );
        assert_eq!(
            page_url("https://user.github.io", "/lectern/", &question),
            "https://user.github.io/lectern/local-models/check/3/"
        );
        assert_eq!(
            page_url("https://user.github.io", "/lectern/", &Route::Home),
            "https://user.github.io/lectern/"
        );
        assert_eq!(
            page_url("https://a.example", "https://b.example/", &Route::Home),
            "https://b.example/"
        );
    }

    #[test]
    fn each_route_is_a_folder_index_and_not_found_is_404_html() {
        assert_eq!(page_file(&Route::Home), PathBuf::from("index.html"));
        assert_eq!(
            page_file(&Route::Question("a".into(), 3)),
            PathBuf::from("a/check/3/index.html")
        );
        assert_eq!(page_file(&Route::NotFound), PathBuf::from("404.html"));
    }

    #[test]
    fn the_base_is_read_from_the_template() {
        assert_eq!(Template::parse(TEMPLATE).map(|t| t.base), Ok("/lectern/"));
    }

    #[test]
    fn a_template_missing_a_place_is_refused_with_its_name() {
        let no_base = TEMPLATE.replace("<base href=\"/lectern/\" />", "");
        assert_eq!(
            Template::parse(&no_base).err(),
            Some("no <base href>: index.html needs <base data-trunk-public-url />".to_string())
        );
        let no_title = TEMPLATE.replace("<title>Lectern</title>", "");
        assert_eq!(
            Template::parse(&no_title).err(),
            Some("no <title".to_string())
        );
    }

    #[test]
    fn a_rendered_page_is_not_taken_for_the_template() {
        let html = filled(&page(None));
        assert!(Template::parse(&html).is_err());
    }

    #[test]
    fn the_site_sets_language_direction_and_theme_colour() {
        let html = TEMPLATE.replace(
            "</title>",
            "</title>\n    <meta name=\"theme-color\" content=\"#1f5fbf\" />",
        );
        let site = Site {
            language: "ar".into(),
            theme_color: "#336699".into(),
            ..Site::default()
        };
        let html = with_site(&html, &site).unwrap_or_default();
        assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert!(html.contains("<meta name=\"theme-color\" content=\"#336699\" />"));
        assert!(!html.contains("#1f5fbf"));
        assert!(Template::parse(&html).is_ok());
    }

    #[test]
    fn escape_covers_every_markup_character() {
        assert_eq!(
            escape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn a_page_that_lists_every_lesson_carries_the_outline_and_it_reads_back() {
        let l = lesson("A summary with </script> in it.");
        let outline: &'static Course = Box::leak(Box::new(Course {
            lessons: vec![l.outline()],
        }));
        let mut p = page(None);
        p.outline = Some(outline);
        let html = filled(&p);
        let open = "<script type=\"application/json\" id=\"course-outline\">";
        let start = html
            .find(open)
            .map(|i| i + open.len())
            .expect("the outline block");
        let inner = &html[start..start + html[start..].find("</script>").unwrap_or(0)];
        assert_eq!(Course::from_text(inner).as_ref(), Ok(outline));
        assert!(!html.contains("lesson-text"));
    }
}
