//! What a link or image address in author text points at. Only http, https, mailto, the
//! site's own `lesson:` links and relative paths are allowed: every other scheme
//! (`javascript:`, `data:`, `vbscript:`, `file:` ...) is refused however it is spelled, so
//! the check reads the address as a browser does: surrounding spaces and control
//! characters dropped, tabs and newlines removed anywhere, the scheme compared without case
//! and after percent-decoding.

/// Where an address leads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Address {
    /// `http:` or `https:`, as written.
    External(String),
    /// `mailto:`, as written.
    Mail(String),
    /// `lesson:ID` or `lesson:ID#SECTION`.
    Lesson(String, Option<String>),
    /// `#SECTION`: a section of the same lesson.
    Section(String),
    /// A path with no scheme, relative to the site's base.
    Relative(String),
}

const ALLOWED: &str = "only http:, https:, mailto:, lesson: and relative addresses are allowed";

/// Reads an address as pulldown-cmark hands it over (entities and backslash escapes
/// already resolved), or says why it is refused.
pub fn classify(written: &str) -> Result<Address, String> {
    let address = as_browser_reads(written);
    if address.is_empty() {
        return Err("the address is empty".into());
    }
    if address.starts_with("//") {
        return Err(format!(
            "\"{written}\" has no scheme but names a host: write it with https:"
        ));
    }
    let Some(scheme) = scheme_of(&address) else {
        return Ok(match address.strip_prefix('#') {
            Some(section) => Address::Section(section.to_string()),
            None => Address::Relative(address),
        });
    };
    let rest = address[address.find(':').map_or(0, |i| i + 1)..].to_string();
    match scheme.as_str() {
        "http" | "https" => Ok(Address::External(address)),
        "mailto" => Ok(Address::Mail(address)),
        "lesson" => Ok(lesson_link(&rest)),
        _ => Err(format!(
            "\"{written}\" uses the scheme \"{scheme}:\"; {ALLOWED}"
        )),
    }
}

fn lesson_link(rest: &str) -> Address {
    match rest.split_once('#') {
        Some((id, section)) => Address::Lesson(id.to_string(), Some(section.to_string())),
        None => Address::Lesson(rest.to_string(), None),
    }
}

/// The address with what browsers ignore taken out: leading and trailing spaces and
/// control characters, and every tab, line feed and carriage return.
fn as_browser_reads(written: &str) -> String {
    written
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

/// The scheme, lowercased and percent-decoded, when a `:` comes before any `/`, `?` or `#`.
/// A relative path whose first segment holds a colon counts as a scheme too (browsers
/// would read one), so it is refused rather than guessed at: `./a:b` says what is meant.
fn scheme_of(address: &str) -> Option<String> {
    let colon = address.find(':')?;
    let end = address.find(['/', '?', '#']).unwrap_or(address.len());
    (colon < end).then(|| {
        percent_decode(&address[..colon])
            .chars()
            .filter(|c| !c.is_control() && !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase()
    })
}

/// `%XX` sequences decoded; anything else, a malformed `%` included, kept as it is.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_allowed_kinds_are_told_apart() {
        let external = Address::External("https://example.org/a?b#c".into());
        assert_eq!(classify("https://example.org/a?b#c"), Ok(external));
        assert_eq!(
            classify("mailto:a@example.org"),
            Ok(Address::Mail("mailto:a@example.org".into()))
        );
        assert_eq!(
            classify("lesson:gpu#memory"),
            Ok(Address::Lesson("gpu".into(), Some("memory".into())))
        );
        assert_eq!(
            classify("lesson:gpu"),
            Ok(Address::Lesson("gpu".into(), None))
        );
        assert_eq!(classify("#memory"), Ok(Address::Section("memory".into())));
        assert_eq!(
            classify("notes/a.pdf"),
            Ok(Address::Relative("notes/a.pdf".into()))
        );
        assert_eq!(classify("./a:b"), Ok(Address::Relative("./a:b".into())));
    }

    #[test]
    fn other_schemes_empty_and_host_only_addresses_are_refused() {
        for bad in [
            "javascript:alert(1)",
            "data:text/html,x",
            "vbscript:x",
            "file:///etc",
            "",
            "//evil.example/x",
        ] {
            assert!(classify(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn percent_decoding_keeps_what_is_not_an_escape() {
        assert_eq!(percent_decode("a%20b%zz%4"), "a b%zz%4");
        assert_eq!(percent_decode("%6a%61va"), "java");
    }

    /// `javascript` spelled as an attacker might: any case, tabs and newlines inside,
    /// control characters and spaces before, some letters percent-encoded.
    fn obfuscated(word: &'static str) -> impl Strategy<Value = String> {
        let letters = word.chars().map(|c| {
            (any::<bool>(), 0..4u8).prop_map(move |(upper, how)| {
                let c = if upper { c.to_ascii_uppercase() } else { c };
                match how {
                    0 => format!("%{:02X}", c as u32),
                    1 => format!("\t{c}"),
                    2 => format!("{c}\n"),
                    _ => c.to_string(),
                }
            })
        });
        let lead = prop::collection::vec(
            prop::sample::select(vec![' ', '\u{1}', '\u{1f}', '\t']),
            0..3,
        );
        (lead, letters.collect::<Vec<_>>(), "[a-z(0-9)]{0,8}").prop_map(|(lead, letters, tail)| {
            let lead: String = lead.into_iter().collect();
            format!("{lead}{}:{tail}", letters.concat())
        })
    }

    proptest! {
        #[test]
        fn every_spelling_of_a_forbidden_scheme_is_refused(
            address in prop_oneof![obfuscated("javascript"), obfuscated("data"), obfuscated("vbscript"), obfuscated("file")]
        ) {
            prop_assert!(classify(&address).is_err(), "{:?} was allowed", address);
        }

        #[test]
        fn web_addresses_are_allowed_as_written(host in "[a-z]{1,10}", path in "[a-z0-9/._-]{0,20}", secure in any::<bool>()) {
            let scheme = if secure { "https" } else { "http" };
            let address = format!("{scheme}://{host}.example/{path}");
            prop_assert_eq!(classify(&address), Ok(Address::External(address.clone())));
        }

        #[test]
        fn an_allowed_result_never_reads_as_another_scheme(address in ".{0,40}") {
            if let Ok(Address::Relative(path)) = classify(&address) {
                prop_assert!(scheme_of(&path).is_none());
            }
        }
    }
}
