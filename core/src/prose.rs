//! Escaping text for HTML, for the few places that write markup by hand: the pages made
//! at build time (titles, descriptions) and the Markdown renderer (`markdown`), which
//! turns author text into HTML.

/// Text as it must read inside an HTML element: `&`, `<` and `>` escaped, as Leptos
/// writes every other text node of a page.
pub fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Text as it must read inside an HTML element or a double- or single-quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_markup_and_quotes() {
        assert_eq!(escape_text("<a> & \"b\""), "&lt;a&gt; &amp; \"b\"");
        assert_eq!(escape("<'\"&>"), "&lt;&#39;&quot;&amp;&gt;");
    }
}
