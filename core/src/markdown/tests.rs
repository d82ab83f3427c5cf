//! The renderer's rules, and its safety on any input (property tests).

use super::*;
use proptest::prelude::*;

/// Images that exist: any `.png` path, 640 by 480, 1 kB; `huge.png` is 600 kB.
struct Fake;

impl Images for Fake {
    fn image(&mut self, path: &str) -> Result<Image, String> {
        if !path.ends_with(".png") {
            return Err(format!("no file {path}"));
        }
        let bytes = if path == "huge.png" { 600 * 1024 } else { 1024 };
        Ok(Image {
            src: format!("media/{}", path.replace(".png", "-0123abcd.png")),
            width: 640,
            height: 480,
            bytes,
        })
    }
}

fn targets() -> Targets {
    let mut t = Targets::new();
    t.insert(
        "gpu".into(),
        ["memory".to_string(), "speed".to_string()].into(),
    );
    t.insert("here".into(), ["intro".to_string()].into());
    t
}

fn render_as(text: &str, mode: Mode, lazy: bool) -> (String, Vec<Finding>) {
    let targets = targets();
    let mut images = Fake;
    let mut ctx = Context {
        lesson: "here",
        targets: &targets,
        images: &mut images,
        lazy_images: lazy,
    };
    render(text, mode, &mut ctx)
}

fn html(text: &str) -> String {
    let (html, findings) = render_as(text, Mode::Block, true);
    assert!(findings.is_empty(), "{findings:?}");
    html
}

fn errors(text: &str) -> Vec<Finding> {
    let (_, findings) = render_as(text, Mode::Block, true);
    findings
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .collect()
}

#[test]
fn paragraphs_lists_and_emphasis_are_commonmark() {
    let out = html("One *two* **three** ~~four~~ `five`\n\n1. a\n2. b\n\n> quoted");
    for part in [
        "<p>One <em>two</em> <strong>three</strong> <del>four</del> <code>five</code></p>",
        "<ol>\n<li>a</li>\n<li>b</li>\n</ol>",
        "<blockquote>\n<p>quoted</p>\n</blockquote>",
    ] {
        assert!(out.contains(part), "{part} not in {out}");
    }
}

#[test]
fn a_short_text_of_one_paragraph_has_no_p_but_blocks_keep_theirs() {
    let (one, _) = render_as("Use `cargo`", Mode::Short, true);
    assert_eq!(one, "Use <code>cargo</code>");
    let (two, _) = render_as("a\n\nb", Mode::Short, true);
    assert_eq!(two, "<p>a</p>\n<p>b</p>");
    let (block, _) = render_as("a", Mode::Block, true);
    assert_eq!(block, "<p>a</p>");
}

#[test]
fn raw_html_is_escaped_text_with_a_warning_at_its_line() {
    let (out, findings) = render_as(
        "Fine.\n\n<script>alert(1)</script>\n\nA <b onclick=\"x\">b</b>",
        Mode::Block,
        true,
    );
    assert!(
        out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{out}"
    );
    assert!(out.contains("&lt;b onclick=\"x\"&gt;"), "{out}");
    assert!(!out.contains("<script") && !out.contains("<b "), "{out}");
    assert!(findings.iter().all(|f| f.severity == Severity::Warning));
    assert_eq!(findings.first().map(|f| f.line), Some(3));
    assert_eq!(findings.last().map(|f| f.line), Some(5));
}

#[test]
fn external_links_get_noopener_and_internal_links_become_site_paths() {
    let out = html("[a](https://example.org/x) [b](lesson:gpu) [c](lesson:gpu#speed) [d](#intro) [e](mailto:a@b.org) <c@d.org>");
    for part in [
        "<a href=\"https://example.org/x\" rel=\"noopener\">a</a>",
        "<a href=\"gpu/\">b</a>",
        "<a href=\"gpu/section/speed/\">c</a>",
        "<a href=\"here/section/intro/\">d</a>",
        "<a href=\"mailto:a@b.org\">e</a>",
        "<a href=\"mailto:c@d.org\">c@d.org</a>",
    ] {
        assert!(out.contains(part), "{part} not in {out}");
    }
    assert!(!out.contains("target="));
}

#[test]
fn links_to_missing_lessons_or_sections_and_bad_schemes_are_errors_at_their_line() {
    let found = errors(
        "ok\n\n[a](lesson:nope)\n[b](lesson:gpu#nope)\n[c](#nope)\n[d](javascript:alert(1))",
    );
    let lines: Vec<usize> = found.iter().map(|f| f.line).collect();
    assert_eq!(lines, vec![3, 4, 5, 6], "{found:?}");
    assert!(found[0]
        .message
        .contains("lesson \"nope\" does not exist (lessons: gpu, here)"));
    assert!(found[1]
        .message
        .contains("has no section \"nope\" (sections: memory, speed)"));
    assert!(found[3].message.contains("scheme \"javascript:\""));
}

#[test]
fn entity_encoded_schemes_are_refused_as_resolved() {
    assert_eq!(errors("[x](&#106;avascript:alert(1))").len(), 1);
    assert_eq!(errors("[x](<java\tscript:x>)").len(), 1);
    assert_eq!(errors("[x]: JAVASCRIPT:x\n\n[y][x]").len(), 1);
}

#[test]
fn images_are_published_with_size_alt_and_lazy_loading_when_asked() {
    let (lazy, _) = render_as("![GPU memory](gpu.png \"Memory\")", Mode::Block, true);
    assert_eq!(
        lazy,
        "<p><img src=\"media/gpu-0123abcd.png\" alt=\"GPU memory\" width=\"640\" height=\"480\" title=\"Memory\" loading=\"lazy\" decoding=\"async\"></p>"
    );
    let (eager, _) = render_as("![GPU memory](gpu.png)", Mode::Block, false);
    assert!(!eager.contains("loading="), "{eager}");
}

#[test]
fn images_need_alt_text_a_file_and_no_scheme() {
    for (text, says) in [
        ("![](gpu.png)", "has no alt text"),
        ("![ ](gpu.png)", "has no alt text"),
        ("![a](gpu.gif)", "no file gpu.gif"),
        (
            "![a](data:image/png;base64,AAAA)",
            "uses the scheme \"data:\"",
        ),
        (
            "![a](https://example.org/a.png)",
            "is not a file beside the lesson",
        ),
    ] {
        let found = errors(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert!(found[0].message.contains(says), "{text}: {found:?}");
    }
}

#[test]
fn a_heavy_image_is_a_warning() {
    let (_, findings) = render_as("x\n\n![big](huge.png)", Mode::Block, true);
    assert_eq!(findings.len(), 1);
    assert_eq!(
        (findings[0].line, findings[0].severity),
        (3, Severity::Warning)
    );
    assert!(findings[0].message.contains("600 kB"));
}

#[test]
fn table_alignment_becomes_classes_and_the_table_scrolls_in_a_wrapper() {
    let out = html("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |");
    assert!(
        out.starts_with("<div class=\"table-wrap\" tabindex=\"0\"><table>"),
        "{out}"
    );
    for part in [
        "<th class=\"align-left\">a</th>",
        "<th class=\"align-center\">b</th>",
        "<td class=\"align-right\">3</td>",
    ] {
        assert!(out.contains(part), "{part} not in {out}");
    }
    assert!(!out.contains("style="), "{out}");
    assert!(out.ends_with("</table>\n</div>"), "{out}");
}

#[test]
fn fenced_code_is_highlighted_with_a_copy_button_and_headings_sit_below_the_section_title() {
    let out = html("# Title\n\n## Also\n\n#### Deeper\n\n```python\nprint('<hi>')\n```");
    assert!(
        out.starts_with("<h3>Title</h3>\n<h3>Also</h3>\n<h4>Deeper</h4>"),
        "{out}"
    );
    assert!(out.contains("<button type=\"button\" class=\"copy-code\">Copy</button>"));
    assert!(out.contains("class=\"hl-"), "{out}");
    assert!(out.contains("&lt;hi&gt;"), "{out}");
}

/// Every tag in `html` with its attributes (names lowercased, values unescaped enough to
/// inspect). Text cannot hold `<`: the renderer escapes it.
fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut found = Vec::new();
    for piece in html.split('<').skip(1) {
        let inside = piece.split('>').next().unwrap_or("");
        let mut words = inside.splitn(2, [' ', '\n', '\t']);
        let name = words.next().unwrap_or("").to_ascii_lowercase();
        let mut attributes = Vec::new();
        let mut rest = words.next().unwrap_or("");
        while let Some(eq) = rest.find("=\"") {
            let key = rest[..eq].trim().to_ascii_lowercase();
            let after = &rest[eq + 2..];
            let end = after.find('"').unwrap_or(after.len());
            attributes.push((key, after[..end].to_string()));
            rest = after.get(end + 1..).unwrap_or("");
        }
        assert!(
            rest.trim().trim_end_matches('/').is_empty(),
            "unparsed attributes {rest:?} in <{inside}>"
        );
        found.push((name, attributes));
    }
    found
}

/// Markdown-ish text with the pieces attacks are made of.
fn hostile_markdown() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "<script>",
        "</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:x\">",
        "javascript:",
        "[l](",
        "](",
        ")",
        "![",
        "<",
        ">",
        "\"",
        "'",
        "`",
        "```",
        "\n",
        "\n\n",
        "|",
        "-",
        ":",
        "#",
        "*",
        "style=\"color:red\"",
        "onclick=",
        "&#106;",
        "&lt;",
        "%6A",
        "\t",
        " ",
        "x",
        "lesson:gpu",
        "#intro",
        "https://e.org",
        "data:",
        "<!--",
        "-->",
        "<![CDATA[",
        "\\",
        "> ",
        "1. ",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|p| p.concat())
}

/// The scheme a browser reads at the start of an attribute value (written escaped), by
/// the URL standard's rules, independently of the renderer's own check.
fn browser_scheme(escaped: &str) -> Option<String> {
    let value = escaped
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    let url: String = value
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let end = url.find(':')?;
    let scheme = &url[..end];
    let mut chars = scheme.chars();
    let first = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let rest = chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    (first && rest).then(|| scheme.to_ascii_lowercase())
}

fn assert_safe(html: &str) {
    assert!(!html.to_ascii_lowercase().contains("<script"), "{html}");
    for (name, attributes) in tags(html) {
        for (key, value) in attributes {
            assert!(
                !key.starts_with("on"),
                "event handler {key} on <{name}> in {html}"
            );
            assert_ne!(key, "style", "style on <{name}> in {html}");
            if key == "href" || key == "src" {
                let scheme = browser_scheme(&value);
                assert!(
                    matches!(scheme.as_deref(), None | Some("http" | "https" | "mailto")),
                    "{key}={value} reads as scheme {scheme:?} in {html}"
                );
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_text_renders_safely_in_both_modes(text in prop_oneof![hostile_markdown(), ".{0,200}"]) {
        for mode in [Mode::Block, Mode::Short] {
            let (out, _) = render_as(&text, mode, true);
            assert_safe(&out);
        }
    }

    #[test]
    fn raw_html_never_comes_out_as_a_tag(tag in "[a-z]{1,8}", attr in "[a-z]{1,8}") {
        let text = format!("<{tag} {attr}=\"1\">x</{tag}>\n\ntext <{tag} {attr}=2>");
        let (out, findings) = render_as(&text, Mode::Block, true);
        let open = format!("<{tag} ");
        prop_assert!(!out.contains(&open), "{}", out);
        prop_assert!(!findings.is_empty());
    }
}
