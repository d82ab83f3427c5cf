//! Ids for what is imported: from the source's own names where it has them, so importing a
//! new version of a bank keeps every learner's progress; derived from the text otherwise.

use std::collections::BTreeSet;

use sha2::{Digest, Sha256};

/// Lectern's longest id (content/README.md).
pub const MAX_ID: usize = 64;

/// `text` as an id: lowercase ASCII letters and digits, other runs of characters as one
/// dash, no dash at either end, at most `max` characters. Empty when nothing is left.
pub fn slug(text: &str, max: usize) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.truncate(max);
    out.trim_end_matches('-').to_string()
}

/// A stable id for a question with no name: `q-` and the start of a digest of its prompt.
pub fn from_digest(prompt: &str) -> String {
    let digest = Sha256::digest(prompt.trim().as_bytes());
    let hex: String = digest.iter().take(4).map(|b| format!("{b:02x}")).collect();
    format!("q-{hex}")
}

/// Hands out ids unique within one list: a second use of `id` becomes `id-2`, and so on.
#[derive(Default)]
pub struct Unique {
    taken: BTreeSet<String>,
}

impl Unique {
    /// `id` if it is free, else the first free `id-N`; says whether it had to change.
    pub fn claim(&mut self, id: &str) -> (String, bool) {
        if self.taken.insert(id.to_string()) {
            return (id.to_string(), false);
        }
        let mut n = 2;
        loop {
            let suffix = format!("-{n}");
            let stem = &id[..id.len().min(MAX_ID - suffix.len())];
            let candidate = format!("{stem}{suffix}");
            if self.taken.insert(candidate.clone()) {
                return (candidate, true);
            }
            n += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slug_keeps_letters_and_digits_and_joins_the_rest_with_one_dash() {
        assert_eq!(slug("  What's 1 + 1?  ", MAX_ID), "what-s-1-1");
        assert_eq!(slug("Düsseldorf", MAX_ID), "d-sseldorf");
        assert_eq!(slug("???", MAX_ID), "");
        assert_eq!(slug("abc-def-ghi", 8), "abc-def");
    }

    #[test]
    fn a_second_use_of_an_id_gets_a_number() {
        let mut ids = Unique::default();
        assert_eq!(ids.claim("a"), ("a".to_string(), false));
        assert_eq!(ids.claim("a"), ("a-2".to_string(), true));
        assert_eq!(ids.claim("a"), ("a-3".to_string(), true));
    }

    #[test]
    fn a_digest_id_is_stable_and_valid() {
        assert_eq!(from_digest("x"), from_digest(" x "));
        assert_eq!(from_digest("x").len(), 10);
    }
}
