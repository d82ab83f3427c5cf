//! A small JSON reader and writer for the three texts Lectern keeps: the progress document
//! in localStorage, export files, and the course embedded at build time.
//!
//! Why not serde_json: in the browser build its generic deserializers, one copy per type,
//! were the largest library code after Leptos itself. Everything Lectern stores is strings,
//! integers, booleans, arrays and objects, so this reader keeps integers only (a fraction
//! or an exponent reads as `Json::Other`, which no field accepts) and needs no float code.

use std::fmt;

/// Nesting deeper than this is refused rather than risking the stack on hostile input.
const MAX_DEPTH: usize = 128;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Json {
    Null,
    Bool(bool),
    Int(i64),
    /// A number that is not an integer in the range of `i64`.
    Other,
    Str(String),
    Arr(Vec<Json>),
    /// Members in the order written; where a key repeats, the last one counts.
    Obj(Vec<(String, Json)>),
}

/// Where and why a text is not JSON, in words a learner can pass on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub what: &'static str,
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {}, column {}",
            self.what, self.line, self.column
        )
    }
}

impl Json {
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Json::Int(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        self.as_i64().and_then(|n| u64::try_from(n).ok())
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Arr(items) => Some(items),
            _ => None,
        }
    }

    /// An object's members with repeated keys removed (the last one kept), in order.
    pub fn members(&self) -> Option<Vec<(&str, &Json)>> {
        let Json::Obj(members) = self else {
            return None;
        };
        let mut seen = std::collections::BTreeSet::new();
        let mut kept: Vec<(&str, &Json)> = members
            .iter()
            .rev()
            .filter(|(k, _)| seen.insert(k.as_str()))
            .map(|(k, v)| (k.as_str(), v))
            .collect();
        kept.reverse();
        Some(kept)
    }

    /// An object read as a map, each value by `read`; `None` if this is not an object or
    /// any value does not read. (Inserted one by one: collecting into a `BTreeMap` sorts,
    /// and each sort is a sizeable copy of code per element type in the browser build.)
    pub fn map_of<V>(
        &self,
        read: impl Fn(&Json) -> Option<V>,
    ) -> Option<std::collections::BTreeMap<String, V>> {
        let Json::Obj(members) = self else {
            return None;
        };
        let mut map = std::collections::BTreeMap::new();
        for (k, v) in members {
            map.insert(k.clone(), read(v)?);
        }
        Some(map)
    }

    /// A field that may be missing, read by `read`: `Some(None)` when it is absent or
    /// `null`, `None` when it is there but does not read.
    pub fn optional<T>(
        &self,
        key: &str,
        read: impl FnOnce(&Json) -> Option<T>,
    ) -> Option<Option<T>> {
        match self.get(key) {
            None | Some(Json::Null) => Some(None),
            Some(v) => read(v).map(Some),
        }
    }

    /// The compact text of this value.
    pub fn text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Json::Null | Json::Other => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Int(n) => write_int(*n, out),
            Json::Str(s) => write_str(s, out),
            Json::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Obj(members) => {
                out.push('{');
                for (i, (k, v)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_str(k, out);
                    out.push(':');
                    v.write(out);
                }
                out.push('}');
            }
        }
    }
}

impl From<&str> for Json {
    fn from(s: &str) -> Json {
        Json::Str(s.to_string())
    }
}

impl From<i64> for Json {
    fn from(n: i64) -> Json {
        Json::Int(n)
    }
}

/// Builds an object from members, leaving out those given as `None`.
pub fn object<const N: usize>(members: [(&str, Option<Json>); N]) -> Json {
    Json::Obj(
        members
            .into_iter()
            .filter_map(|(k, v)| Some((k.to_string(), v?)))
            .collect(),
    )
}

fn write_int(n: i64, out: &mut String) {
    if n < 0 {
        out.push('-');
    }
    let mut digits = [0u8; 20];
    let mut rest = n.unsigned_abs();
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for &d in &digits[at..] {
        out.push(char::from(d));
    }
}

fn write_str(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                out.push_str("\\u00");
                out.push(char::from(HEX[(u32::from(c) >> 4) as usize]));
                out.push(char::from(HEX[(u32::from(c) & 15) as usize]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Reads one JSON value; whitespace may surround it, nothing else may follow it.
pub fn parse(text: &str) -> Result<Json, ParseError> {
    let mut p = Parser {
        text: text.as_bytes(),
        at: 0,
    };
    let value = p.value(0)?;
    p.space();
    if p.at < p.text.len() {
        return Err(p.error("unexpected text after the end"));
    }
    Ok(value)
}

struct Parser<'t> {
    text: &'t [u8],
    at: usize,
}

impl Parser<'_> {
    fn error(&self, what: &'static str) -> ParseError {
        let before = &self.text[..self.at.min(self.text.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        // Columns count characters, not bytes: continuation bytes are skipped.
        let column = before[line_start..]
            .iter()
            .filter(|&&b| b & 0xC0 != 0x80)
            .count()
            + 1;
        ParseError { what, line, column }
    }

    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8, what: &'static str) -> Result<(), ParseError> {
        self.space();
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error(what))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, ParseError> {
        self.space();
        match self.peek() {
            None => Err(self.error("the text ends where a value should be")),
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(Json::Str),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => {
                for (word, value) in [
                    ("true", Json::Bool(true)),
                    ("false", Json::Bool(false)),
                    ("null", Json::Null),
                ] {
                    if self.text[self.at..].starts_with(word.as_bytes()) {
                        self.at += word.len();
                        return Ok(value);
                    }
                }
                Err(self.error("expected a value"))
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, ParseError> {
        let mut members = Vec::new();
        self.sequence(depth, b'}', "expected `,` or `}`", |p| {
            p.space();
            if p.peek() != Some(b'"') {
                return Err(p.error("expected a quoted name"));
            }
            let key = p.string()?;
            p.expect(b':', "expected `:`")?;
            members.push((key, p.value(depth)?));
            Ok(())
        })?;
        Ok(Json::Obj(members))
    }

    fn array(&mut self, depth: usize) -> Result<Json, ParseError> {
        let mut items = Vec::new();
        self.sequence(depth, b']', "expected `,` or `]`", |p| {
            items.push(p.value(depth)?);
            Ok(())
        })?;
        Ok(Json::Arr(items))
    }

    /// Reads the items of an array or object from its opening bracket to `close`, each by
    /// `item`, with commas between them.
    fn sequence(
        &mut self,
        depth: usize,
        close: u8,
        expected: &'static str,
        mut item: impl FnMut(&mut Self) -> Result<(), ParseError>,
    ) -> Result<(), ParseError> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.at += 1;
        self.space();
        if self.peek() == Some(close) {
            self.at += 1;
            return Ok(());
        }
        loop {
            item(self)?;
            self.space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(c) if c == close => {
                    self.at += 1;
                    return Ok(());
                }
                _ => return Err(self.error(expected)),
            }
        }
    }

    fn number(&mut self) -> Result<Json, ParseError> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let digits_start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        let digits = &self.text[digits_start..self.at];
        if digits.is_empty() || (digits.len() > 1 && digits[0] == b'0') {
            self.at = start;
            return Err(self.error("malformed number"));
        }
        let mut integer = true;
        if self.peek() == Some(b'.') {
            integer = false;
            self.at += 1;
            self.digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            integer = false;
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.digits()?;
        }
        if !integer {
            return Ok(Json::Other);
        }
        // Accumulate downwards so that i64::MIN itself fits.
        let mut n: i64 = 0;
        for &d in digits {
            let Some(next) = n
                .checked_mul(10)
                .and_then(|n| n.checked_sub(i64::from(d - b'0')))
            else {
                return Ok(Json::Other);
            };
            n = next;
        }
        Ok(if negative {
            Json::Int(n)
        } else {
            n.checked_neg().map_or(Json::Other, Json::Int)
        })
    }

    fn digits(&mut self) -> Result<(), ParseError> {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        if self.at == start {
            return Err(self.error("malformed number"));
        }
        Ok(())
    }

    fn string(&mut self) -> Result<String, ParseError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            // The input is a &str and the run stops only at ASCII bytes, so it is whole UTF-8.
            out.push_str(
                std::str::from_utf8(&self.text[start..self.at])
                    .map_err(|_| self.error("invalid text"))?,
            );
            match self.peek() {
                None => return Err(self.error("the text ends inside a string")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = self
                        .peek()
                        .ok_or_else(|| self.error("the text ends inside a string"))?;
                    self.at += 1;
                    match escaped {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => out.push(self.unicode_escape()?),
                        _ => return Err(self.error("unknown escape in a string")),
                    }
                }
                Some(_) => return Err(self.error("control character in a string")),
            }
        }
    }

    /// The character of `\uXXXX`, joining a surrogate pair written as two escapes.
    fn unicode_escape(&mut self) -> Result<char, ParseError> {
        let high = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&high) {
            if !self.text[self.at..].starts_with(b"\\u") {
                return Err(self.error("unpaired surrogate in a string"));
            }
            self.at += 2;
            let low = self.hex4()?;
            if !(0xDC00..0xE000).contains(&low) {
                return Err(self.error("unpaired surrogate in a string"));
            }
            0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        } else {
            high
        };
        char::from_u32(code).ok_or_else(|| self.error("unpaired surrogate in a string"))
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self
                .peek()
                .and_then(|b| char::from(b).to_digit(16))
                .ok_or_else(|| self.error("malformed \\u escape"))?;
            code = code * 16 + digit;
            self.at += 1;
        }
        Ok(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_back_as_written() {
        let text = r#"{"a":[1,-2,true,false,null,"x\"\\\n\u0001é"],"b":{},"c":[]}"#;
        let value = parse(text).expect("parse");
        assert_eq!(value.text(), text);
        assert_eq!(parse(&value.text()), Ok(value));
    }

    #[test]
    fn integers_cover_the_whole_i64_range_and_nothing_else() {
        assert_eq!(parse("-9223372036854775808"), Ok(Json::Int(i64::MIN)));
        assert_eq!(parse("9223372036854775807"), Ok(Json::Int(i64::MAX)));
        assert_eq!(parse("9223372036854775808"), Ok(Json::Other));
        assert_eq!(parse("1.5"), Ok(Json::Other));
        assert_eq!(parse("2e3"), Ok(Json::Other));
        assert_eq!(Json::Int(i64::MIN).text(), "-9223372036854775808");
    }

    #[test]
    fn escapes_and_surrogate_pairs_decode() {
        assert_eq!(
            parse(r#""\ud83d\ude00 \/ \t""#),
            Ok(Json::Str("\u{1F600} / \t".into()))
        );
        assert!(parse(r#""\ud83d""#).is_err());
        assert!(parse(r#""\x""#).is_err());
    }

    #[test]
    fn malformed_text_is_refused_with_its_place() {
        let e = parse("{\n  \"a\": tru }").expect_err("not json");
        assert_eq!((e.line, e.column), (2, 8));
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "01",
            "-",
            "1.",
            "\"a",
            "[1] x",
            "\"tab\there\"",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let deep = "[".repeat(10_000);
        assert_eq!(parse(&deep).map_err(|e| e.what), Err("nested too deeply"));
        let fine = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert!(parse(&fine).is_ok());
    }

    #[test]
    fn a_repeated_key_counts_once_the_last_time() {
        let value = parse(r#"{"a":1,"b":2,"a":3}"#).expect("parse");
        assert_eq!(value.get("a"), Some(&Json::Int(3)));
        let keys: Vec<&str> = value
            .members()
            .expect("object")
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        assert_eq!(keys, ["b", "a"]);
    }
}
