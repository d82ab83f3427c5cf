//! Fenced code blocks, highlighted at build time by syntect with class names (`hl-`
//! prefixed scopes, styled in `assets/style.css` for both themes), never inline styles,
//! which the site's Content-Security-Policy forbids. A language syntect does not know, or
//! none, gives the code as plain escaped text.

use std::sync::OnceLock;

use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::{SyntaxReference, SyntaxSet};
use syntect::util::LinesWithEndings;

use crate::prose::escape;

/// The prefix of every class the highlighter writes.
pub const CLASS_PREFIX: &str = "hl-";

fn syntaxes() -> &'static SyntaxSet {
    static SET: OnceLock<SyntaxSet> = OnceLock::new();
    SET.get_or_init(SyntaxSet::load_defaults_newlines)
}

/// A code block as the page shows it: a bar with the language and a Copy button (the app
/// makes it work; `role="status"` announces "Copied"), then the code, which scrolls
/// sideways inside its own box.
pub fn block(info: &str, code: &str) -> String {
    let token = language(info);
    let syntax = token.and_then(|t| syntaxes().find_syntax_by_token(t));
    let body = syntax
        .and_then(|s| highlighted(s, code))
        .unwrap_or_else(|| escape(code));
    let label = token
        .map(|t| format!("<span class=\"code-lang\">{}</span>", escape(t)))
        .unwrap_or_default();
    let class = token
        .map(|t| format!(" class=\"language-{}\"", escape(t)))
        .unwrap_or_default();
    format!(
        "<div class=\"code-block\"><div class=\"code-bar\">{label}\
         <span class=\"copy-status\" role=\"status\"></span>\
         <button type=\"button\" class=\"copy-code\">Copy</button></div>\
         <pre tabindex=\"0\"><code{class}>{body}</code></pre></div>\n"
    )
}

/// The language named by a fence's info string (`rust`, `rust,ignore`, `py title`), if it
/// is one word of letters, digits and `+#._-`.
fn language(info: &str) -> Option<&str> {
    let token = info.split([' ', '\t', ',', '{']).next()?.trim();
    let fine = |c: char| c.is_ascii_alphanumeric() || "+#._-".contains(c);
    (!token.is_empty() && token.chars().all(fine)).then_some(token)
}

/// The code as class-marked spans; `None` if syntect fails on it (then it shows plain).
fn highlighted(syntax: &SyntaxReference, code: &str) -> Option<String> {
    let style = ClassStyle::SpacedPrefixed {
        prefix: CLASS_PREFIX,
    };
    let mut html = ClassedHTMLGenerator::new_with_class_style(syntax, syntaxes(), style);
    for line in LinesWithEndings::from(code) {
        html.parse_html_for_line_which_includes_newline(line).ok()?;
    }
    Some(html.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_language_is_marked_with_prefixed_classes_and_no_style() {
        let html = block("rust", "fn main() { let x = \"<b>\"; }\n");
        assert!(html.contains("<span class=\"hl-"), "{html}");
        assert!(html.contains("&lt;b&gt;"), "{html}");
        assert!(!html.contains("style="), "{html}");
        assert!(html.contains("class=\"language-rust\""));
    }

    #[test]
    fn an_unknown_or_missing_language_is_plain_escaped_text() {
        for info in ["klingon", "", "<script>"] {
            let html = block(info, "a < b && c\n");
            assert!(
                html.contains("<code") && html.contains("a &lt; b &amp;&amp; c"),
                "{html}"
            );
            assert!(!html.contains("hl-"), "{html}");
            assert!(!html.contains("<script"), "{html}");
        }
    }

    #[test]
    fn the_language_is_the_first_word_of_the_info_string() {
        assert_eq!(language("rust,ignore"), Some("rust"));
        assert_eq!(language("py title=x"), Some("py"));
        assert_eq!(language("c++"), Some("c++"));
        assert_eq!(language("\"x\""), None);
    }
}
