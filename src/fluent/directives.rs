//! relais's own comments in Fluent files.
//!
//! * `# relais: key=value key=value …` — structure and state that relais
//!   reads back: `block=h1|…|h6|p|li`, `list=N`, `ordered`, `quote=N`,
//!   `link.NAME=URL` (source files, written by `extract`),
//!   `source-hash=HEX` (the source text a message was extracted from, or a
//!   translation was made from), `review score=NN origin=DOC:ID` (a
//!   translation filled from a fuzzy match, waiting for review).
//! * `# relais-ignore: CHECK-ID[@locale] reason` — a suppressed check
//!   finding, with its required reason.

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The `relais:` directives of a comment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Directives {
    /// `key=value` pairs (keys without values map to an empty string).
    pub values: BTreeMap<String, String>,
    /// Whether a `review` directive is present.
    pub review: bool,
}

impl Directives {
    /// A directive's value.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.values.get(key).map(String::as_str)
    }

    /// Whether a key is present.
    pub fn has(&self, key: &str) -> bool {
        self.values.contains_key(key)
    }
}

/// A `relais-ignore` suppression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignore {
    /// The check id.
    pub check: String,
    /// Only in this locale, when given (`CHECK@de`).
    pub locale: Option<String>,
    /// The reason (may be empty: a suppression without reason is itself
    /// reported).
    pub reason: String,
}

/// Prefix of structure/state lines.
pub const PREFIX: &str = "relais:";
/// Prefix of suppression lines.
pub const IGNORE_PREFIX: &str = "relais-ignore:";

/// Reads the `relais:` lines of a comment.
pub fn parse<S: AsRef<str>>(lines: &[S]) -> Directives {
    let mut d = Directives::default();
    for line in lines {
        let Some(rest) = line.as_ref().trim().strip_prefix(PREFIX) else {
            continue;
        };
        for word in rest.split_whitespace() {
            if word == "review" {
                d.review = true;
                d.values.insert("review".into(), String::new());
                continue;
            }
            match word.split_once('=') {
                Some((k, v)) => d.values.insert(k.to_string(), v.to_string()),
                None => d.values.insert(word.to_string(), String::new()),
            };
        }
    }
    d
}

/// Reads the `relais-ignore:` lines of a comment.
pub fn ignores<S: AsRef<str>>(lines: &[S]) -> Vec<Ignore> {
    lines
        .iter()
        .filter_map(|l| {
            let rest = l.as_ref().trim().strip_prefix(IGNORE_PREFIX)?.trim();
            let (target, reason) = match rest.split_once(char::is_whitespace) {
                Some((t, r)) => (t, r.trim()),
                None => (rest, ""),
            };
            let (check, locale) = match target.split_once('@') {
                Some((c, l)) => (c.to_string(), Some(l.to_string())),
                None => (target.to_string(), None),
            };
            Some(Ignore {
                check,
                locale,
                reason: reason.to_string(),
            })
        })
        .collect()
}

/// The comment lines that are not relais directives (translator notes).
pub fn notes<S: AsRef<str>>(lines: &[S]) -> Vec<String> {
    lines
        .iter()
        .map(std::convert::AsRef::as_ref)
        .filter(|l| {
            let t = l.trim();
            !t.starts_with(PREFIX) && !t.starts_with(IGNORE_PREFIX)
        })
        .map(str::to_string)
        .collect()
}

/// The directive keys that make up a review mark.
pub const REVIEW_KEYS: [&str; 5] = ["review", "score", "origin", "aligned", "source-changed"];

/// A `relais:` comment line without its review mark: the other directives
/// (`source-hash`, structure) are kept; `None` when nothing is left. Lines
/// that are not directives are returned unchanged.
pub fn without_review(line: &str) -> Option<String> {
    let Some(rest) = line.trim().strip_prefix(PREFIX) else {
        return Some(line.to_string());
    };
    let kept: Vec<&str> = rest
        .split_whitespace()
        .filter(|w| !REVIEW_KEYS.contains(&w.split('=').next().unwrap_or(w)))
        .collect();
    (!kept.is_empty()).then(|| format!("{PREFIX} {}", kept.join(" ")))
}

/// Values are separated by whitespace, so whitespace inside one (a link
/// URL with a space) is percent-encoded: the same URL to a browser.
fn encode_whitespace(value: &str) -> std::borrow::Cow<'_, str> {
    if !value.contains(char::is_whitespace) {
        return value.into();
    }
    let mut out = String::with_capacity(value.len() + 8);
    for c in value.chars() {
        if c.is_whitespace() {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                let _ = write!(out, "%{b:02X}");
            }
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// Formats a `relais:` line from pairs (a pair with an empty value is
/// written as a bare word).
pub fn format(pairs: &[(&str, String)]) -> String {
    let words: Vec<String> = pairs
        .iter()
        .map(|(k, v)| {
            if v.is_empty() {
                (*k).to_string()
            } else {
                format!("{k}={}", encode_whitespace(v))
            }
        })
        .collect();
    format!("{PREFIX} {}", words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_with_spaces_stays_one_value() {
        let line = format(&[
            ("block", "p".into()),
            ("link.1", "https://x.org/a b\tc".into()),
        ]);
        assert_eq!(line, "relais: block=p link.1=https://x.org/a%20b%09c");
        assert_eq!(
            parse(&[line]).get("link.1"),
            Some("https://x.org/a%20b%09c")
        );
    }

    #[test]
    fn parses_structure_and_review() {
        let d = parse(&[
            "relais: block=li list=1 ordered source-hash=abc",
            "relais: review score=87 origin=doc:intro",
            "a note",
        ]);
        assert_eq!(d.get("block"), Some("li"));
        assert!(d.has("ordered"));
        assert!(d.review);
        assert_eq!(d.get("score"), Some("87"));
        assert_eq!(d.get("origin"), Some("doc:intro"));
        assert_eq!(notes(&["relais: x=1", "a note"]), ["a note"]);
    }

    #[test]
    fn parses_ignores() {
        let i = ignores(&[
            "relais-ignore: glossary-deprecated@it quoting the title of Law 269/1998",
            "relais-ignore: untranslated",
        ]);
        assert_eq!(i[0].check, "glossary-deprecated");
        assert_eq!(i[0].locale.as_deref(), Some("it"));
        assert_eq!(i[0].reason, "quoting the title of Law 269/1998");
        assert_eq!(i[1].reason, "");
    }

    #[test]
    fn review_marks_are_removed_and_the_rest_kept() {
        assert_eq!(
            without_review("relais: review score=87 origin=doc:x source-hash=ab").as_deref(),
            Some("relais: source-hash=ab")
        );
        assert_eq!(without_review("relais: review source-changed"), None);
        assert_eq!(without_review("Note: keep").as_deref(), Some("Note: keep"));
    }

    #[test]
    fn format_writes_bare_words() {
        assert_eq!(
            format(&[("review", String::new()), ("score", "80".into())]),
            "relais: review score=80"
        );
    }
}
