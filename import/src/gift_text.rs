//! GIFT's text rules: backslash escapes, finding a character that is not escaped, and turning
//! a text of one of GIFT's formats ([markdown], [plain], [moodle], [html]) into Markdown.

/// The characters GIFT escapes with a backslash.
pub const SPECIAL: [char; 6] = ['~', '=', '#', '{', '}', ':'];

/// Where `pat` first occurs at or after `from`, not preceded by an escaping backslash.
pub fn find(s: &str, pat: &str, from: usize) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if i >= from && s[i..].starts_with(pat) {
            return Some(i);
        }
    }
    None
}

/// GIFT text as written, escapes undone: `\~ \= \# \{ \} \: \\` are the character, `\n` a
/// new line; any other backslash stays.
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.peek().copied() {
            Some(n) if SPECIAL.contains(&n) || n == '\\' => {
                out.push(n);
                chars.next();
            }
            Some('n') => {
                out.push('\n');
                chars.next();
            }
            _ => out.push('\\'),
        }
    }
    out
}

/// Text as GIFT writes it: special characters, and a backslash that would read as an
/// escape, escaped; new lines as `\n`, so a question stays one block.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let next = chars.peek().copied();
                // At the end of a text, the next character written (`#`, `}`) is GIFT's own.
                let escapes =
                    next.is_none_or(|n| SPECIAL.contains(&n) || ['\\', 'n', '\n'].contains(&n));
                out.push_str(if escapes { "\\\\" } else { "\\" });
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if SPECIAL.contains(&c) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// The text formats GIFT names in brackets before a question's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Markdown,
    /// `[moodle]` (the default) and `[plain]`: text shown as written.
    Plain,
    Html,
}

impl Format {
    /// `[markdown]`, `[plain]`, `[moodle]` or `[html]` at the start of `s`, and the rest.
    pub fn split(s: &str) -> (Format, &str) {
        let t = s.trim_start();
        for (tag, format) in [
            ("[markdown]", Format::Markdown),
            ("[plain]", Format::Plain),
            ("[moodle]", Format::Plain),
            ("[html]", Format::Html),
        ] {
            if t.get(..tag.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(tag))
            {
                return (format, &t[tag.len()..]);
            }
        }
        (Format::Plain, t)
    }

    /// GIFT text (still escaped) of this format as Markdown, with what was lost.
    pub fn to_markdown(self, s: &str, losses: &mut Vec<String>) -> String {
        let text = unescape(s);
        match self {
            Format::Markdown => text.trim().to_string(),
            Format::Plain => escape_markdown(text.trim()),
            Format::Html => html_to_markdown(text.trim(), losses),
        }
    }
}

/// Plain text as Markdown that reads the same: the characters Markdown acts on escaped.
pub fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "\\`*_[]<>#|".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Inline HTML as Markdown: bold, italics, code, line and paragraph breaks have their
/// Markdown; any other tag is dropped (its text kept) and reported.
fn html_to_markdown(s: &str, losses: &mut Vec<String>) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(open) = rest.find('<') {
        out.push_str(&escape_markdown(&entities(&rest[..open])));
        let Some(close) = rest[open..].find('>') else {
            out.push_str(&escape_markdown(&entities(&rest[open..])));
            rest = "";
            break;
        };
        let tag = &rest[open + 1..open + close];
        out.push_str(&tag_markdown(tag, losses));
        rest = &rest[open + close + 1..];
    }
    out.push_str(&escape_markdown(&entities(rest)));
    out.trim().to_string()
}

/// One tag's Markdown: the tag as written between `<` and `>`.
fn tag_markdown(tag: &str, losses: &mut Vec<String>) -> String {
    let name: String = tag
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    match name.as_str() {
        "b" | "strong" => "**".to_string(),
        "i" | "em" => "*".to_string(),
        "code" => "`".to_string(),
        "br" => "\\\n".to_string(),
        "p" => "\n\n".to_string(),
        _ => {
            let loss = format!("the HTML tag <{name}> has no Markdown equivalent: its text is kept, the tag dropped");
            if !losses.contains(&loss) {
                losses.push(loss);
            }
            String::new()
        }
    }
}

/// The few named entities HTML question text uses, as characters.
fn entities(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_undone_and_other_backslashes_stay() {
        assert_eq!(
            unescape(r"a\~b\=c\#d\{e\}f\:g\nh\\i\*"),
            "a~b=c#d{e}f:g\nh\\i\\*"
        );
    }

    #[test]
    fn an_escaped_character_is_not_found() {
        assert_eq!(find(r"a\{b{c", "{", 0), Some(4));
        assert_eq!(find(r"a\\{", "{", 0), Some(3));
    }

    #[test]
    fn html_keeps_its_emphasis_and_reports_other_tags() {
        let mut losses = Vec::new();
        let md = html_to_markdown(
            "<p>A <b>bold</b> <span>x</span> &lt;tag&gt;</p>",
            &mut losses,
        );
        assert_eq!(md, r"A **bold** x \<tag\>");
        assert_eq!(losses.len(), 1);
        assert!(losses[0].contains("<span>"));
    }
}
