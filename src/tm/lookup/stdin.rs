//! The queries of `relais tm lookup --stdin`: one per line, plain text or
//! a JSON object `{"text", "context", "prev", "source", "target"}` whose
//! optional fields override the command line's.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Location, Result};
use crate::lang::LangTag;
use crate::model::Segment;
use crate::t;
use crate::tm::lookup::query::{Match, Query};

/// The longest query line read: a segment is a sentence or a paragraph,
/// and a line a thousand times longer than any is a mistake (a file piped
/// in whole), not a query; reading it would hold all of it in memory.
pub const MAX_LINE_BYTES: usize = 1 << 20;

/// Reads the next query line (without its line break) into `buf`; `false`
/// at the end of input. A line longer than [`MAX_LINE_BYTES`] or not in
/// UTF-8 is an error naming the line, and nothing more of it is read.
pub fn read_query_line(
    input: &mut dyn std::io::BufRead,
    line_no: u64,
    buf: &mut String,
) -> Result<bool> {
    use std::io::BufRead as _;
    let mut bytes = Vec::new();
    // Room for the longest line and its `\r\n`.
    let limit = u64::try_from(MAX_LINE_BYTES).unwrap_or(u64::MAX) + 2;
    let n = std::io::Read::take(&mut *input, limit)
        .read_until(b'\n', &mut bytes)
        .map_err(|e| Error::io("<stdin>", e))?;
    if n == 0 {
        return Ok(false);
    }
    while matches!(bytes.last(), Some(b'\n' | b'\r')) {
        bytes.pop();
    }
    if bytes.len() > MAX_LINE_BYTES {
        return Err(Error::parse(
            Location::new(Some(Path::new("<stdin>")), line_no, 1),
            format!(
                "line longer than {} MiB; give one segment per line",
                MAX_LINE_BYTES >> 20
            ),
        ));
    }
    buf.clear();
    match String::from_utf8(bytes) {
        Ok(text) => *buf = text,
        Err(e) => {
            let column = e.utf8_error().valid_up_to() + 1;
            return Err(Error::parse(
                Location::new(
                    Some(Path::new("<stdin>")),
                    line_no,
                    crate::num::u64_sat(column),
                ),
                "invalid UTF-8 byte sequence",
            ));
        }
    }
    Ok(true)
}

/// What the command line gives every query.
#[derive(Debug, Clone)]
pub struct Defaults {
    /// `--source`.
    pub source: Option<LangTag>,
    /// `--target`.
    pub target: Option<LangTag>,
    /// `--context`.
    pub context: Option<String>,
    /// `--prev`.
    pub prev: Option<String>,
    /// The lowest score.
    pub min_score: u32,
    /// The most matches.
    pub limit: usize,
}

#[derive(Deserialize)]
struct QueryLine {
    text: String,
    #[serde(default)]
    context: Option<String>,
    #[serde(default)]
    prev: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    target: Option<String>,
}

/// The answer to one query, as one JSON line (or `tm lookup --json`).
#[derive(Debug, Serialize)]
pub struct Answer<'a> {
    /// The text looked up.
    pub query: &'a str,
    /// Its matches, best first.
    pub matches: &'a [Match],
}

fn location(line: u64, column: u64) -> Location {
    Location::new(Some(Path::new("<stdin>")), line, column)
}

fn lang(given: Option<String>, default: Option<&LangTag>, line: u64) -> Result<LangTag> {
    match given {
        // Tags the store keeps leniently (`toki`, `PL-01`) can be asked for
        // as written.
        Some(tag) => LangTag::parse(&tag).or_else(|e| {
            let plain = !tag.is_empty()
                && tag
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if plain {
                Ok(LangTag::lenient(&tag))
            } else {
                Err(Error::parse(location(line, 1), e.to_string()))
            }
        }),
        None => default
            .cloned()
            .ok_or_else(|| Error::parse(location(line, 1), t!("tm-lookup-langs-needed"))),
    }
}

/// The query of input line `line_no` (1-based): its text and the query,
/// or `None` for a blank line.
pub fn parse_line(
    line: &str,
    line_no: u64,
    defaults: &Defaults,
) -> Result<Option<(String, Query)>> {
    let trimmed = line.trim_end_matches('\r');
    if trimmed.trim().is_empty() {
        return Ok(None);
    }
    let parsed = if trimmed.trim_start().starts_with('{') {
        serde_json::from_str(trimmed).map_err(|e| {
            Error::parse(
                location(line_no, u64::try_from(e.column()).unwrap_or(u64::MAX)),
                format!("invalid JSON query: {e}"),
            )
        })?
    } else {
        QueryLine {
            text: trimmed.to_string(),
            context: None,
            prev: None,
            source: None,
            target: None,
        }
    };
    let query = Query {
        segment: Segment::text(&parsed.text),
        source: lang(parsed.source, defaults.source.as_ref(), line_no)?,
        target: lang(parsed.target, defaults.target.as_ref(), line_no)?,
        context: parsed.context.or_else(|| defaults.context.clone()),
        prev: parsed.prev.or_else(|| defaults.prev.clone()),
        min_score: defaults.min_score,
        limit: defaults.limit,
    };
    Ok(Some((parsed.text, query)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defaults() -> Defaults {
        Defaults {
            source: Some(LangTag::parse("fr").unwrap()),
            target: Some(LangTag::parse("en").unwrap()),
            context: None,
            prev: Some("avant".into()),
            min_score: 75,
            limit: 5,
        }
    }

    #[test]
    fn a_line_longer_than_the_limit_is_an_error_not_a_memory_sink() {
        let long = "x".repeat(MAX_LINE_BYTES + 10);
        let input = format!("first\n{long}\nlast\n");
        let mut reader = std::io::Cursor::new(input.into_bytes());
        let mut buf = String::new();
        assert!(read_query_line(&mut reader, 1, &mut buf).unwrap());
        assert_eq!(buf, "first");
        let err = read_query_line(&mut reader, 2, &mut buf)
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("<stdin>:2:1: line longer than 1 MiB"),
            "{err}"
        );
        let mut exact =
            std::io::Cursor::new(format!("{}\r\n", "y".repeat(MAX_LINE_BYTES)).into_bytes());
        assert!(read_query_line(&mut exact, 1, &mut buf).unwrap());
        assert_eq!(buf.len(), MAX_LINE_BYTES);
        let mut bad = std::io::Cursor::new(b"ok\xFFno\n".to_vec());
        assert!(
            read_query_line(&mut bad, 3, &mut buf)
                .unwrap_err()
                .to_string()
                .contains("3:3")
        );
    }

    #[test]
    fn plain_and_json_lines() {
        let d = defaults();
        assert!(parse_line("  \r", 1, &d).unwrap().is_none());
        let (text, q) = parse_line("Bonjour\r", 2, &d).unwrap().unwrap();
        assert_eq!(text, "Bonjour");
        assert_eq!(q.prev.as_deref(), Some("avant"));
        let (_, q) = parse_line(
            r#"{"text": "Salut", "target": "de", "context": "d:m"}"#,
            3,
            &d,
        )
        .unwrap()
        .unwrap();
        assert_eq!(q.target.as_str(), "de");
        assert_eq!(q.context.as_deref(), Some("d:m"));
    }

    #[test]
    fn bad_lines_are_errors_with_their_line() {
        let err = parse_line("{\"text\": ", 7, &defaults()).unwrap_err();
        assert_eq!(err.position().map(|p| p.0), Some(7));
        let none = Defaults {
            source: None,
            ..defaults()
        };
        assert!(parse_line("x", 1, &none).is_err());
    }
}
