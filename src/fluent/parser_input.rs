//! What the Fluent parser reads: a copy of a file's text made safe and,
//! for very large files, narrowed to one part.
//!
//! fluent-syntax parses recursively and has a known panic, so relais never
//! hands it a file as is:
//!
//! * entries whose placeables nest deeper than [`MAX_NESTING`] are blanked
//!   and reported as syntax errors (ten thousand nested `{` would
//!   overflow the stack);
//! * an invalid `\u` escape before a non-ASCII character is neutralised
//!   (the parser slices one byte past it);
//! * a file too large to hold parsed at once is read in [`Part`]s: each
//!   part keeps the entries whose id hashes to it and only the line breaks
//!   of the others ([`part_text`]), so one id (and its duplicates) is
//!   always in one part, and `relais check` compares a source part with
//!   the same part of each translation.
//!
//! Blanking replaces every byte but line breaks with a space: offsets,
//! lines and columns do not move, and the parser sees blank lines. A part
//! keeps lines and its own entries' columns; byte offsets are the part's.

use std::ops::Range;

use xxhash_rust::xxh3::xxh3_64;

/// A copy of `text` in which every non-ASCII character that directly
/// follows an incomplete `\u`/`\U` escape inside a string literal is
/// replaced by as many `?` as it has bytes (so offsets do not move);
/// `None` when there is none.
pub fn sanitize_unicode_escapes(text: &str) -> Option<String> {
    sanitize_escapes(text)
}

/// The deepest nesting of placeables and call arguments relais reads.
/// fluent-syntax parses (and fluent-bundle resolves) them recursively, so
/// ten thousand nested `{` would overflow the stack; real files nest a
/// handful deep.
pub const MAX_NESTING: usize = 100;

/// An entry left out of parsing because it nests too deep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooDeep {
    /// Byte offset of the placeable that goes past [`MAX_NESTING`].
    pub offset: usize,
    /// Byte range of the entry, blanked in the parser's copy.
    pub entry: Range<usize>,
}

/// The text the Fluent parser may safely read: entries nested deeper than
/// [`MAX_NESTING`] are blanked (every byte but line breaks becomes a
/// space, so offsets, lines and columns do not move, and the parser sees
/// blank lines), and invalid escapes are neutralised as
/// [`sanitize_unicode_escapes`] does. `None` when the text needs nothing.
pub fn parser_input(text: &str) -> (Option<String>, Vec<TooDeep>) {
    let deep = find_too_deep(text);
    let sanitized = sanitize_escapes(text);
    if deep.is_empty() {
        return (sanitized, deep);
    }
    let mut bytes = sanitized.map_or_else(|| text.as_bytes().to_vec(), String::into_bytes);
    for d in &deep {
        blank(&mut bytes, d.entry.clone());
    }
    // Whole entries (whole lines) were blanked, so no character was cut.
    let text = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    (Some(text), deep)
}

/// The text of one part of a file: the entries of the part as they are,
/// the other entries reduced to their line breaks. Lines, and the columns
/// of the part's own entries, are those of the whole file; the parser
/// reads little more than the part's own entries (the file itself is
/// still read, and scanned, once per part).
pub fn part_text(text: &str, part: Part) -> String {
    if part.is_whole() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() / usize::try_from(part.count).unwrap_or(1));
    let mut at = 0;
    for e in entries(text) {
        out.push_str(&text[at..e.range.start]);
        if part.of(e.id) == part.index {
            out.push_str(&text[e.range.clone()]);
        } else {
            out.extend(
                text[e.range.clone()]
                    .bytes()
                    .filter(|b| matches!(b, b'\n' | b'\r'))
                    .map(char::from),
            );
        }
        at = e.range.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Every byte but line breaks becomes a space.
fn blank(bytes: &mut [u8], range: Range<usize>) {
    for b in &mut bytes[range] {
        if *b != b'\n' && *b != b'\r' {
            *b = b' ';
        }
    }
}

/// Entries whose placeables or call arguments nest deeper than
/// [`MAX_NESTING`]. Depth counts `{` and, inside placeables, `(`; string
/// literals and comments do not count. An entry starts at a line that
/// begins with a letter, `-` or `#`, where the parser itself resynchronises.
fn find_too_deep(text: &str) -> Vec<TooDeep> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut depth = 0usize;
    let mut in_string = false;
    let mut entry_start = 0usize;
    let mut too_deep_at: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let at_line_start = i == 0 || bytes[i - 1] == b'\n';
        if at_line_start && (bytes[i].is_ascii_alphabetic() || matches!(bytes[i], b'-' | b'#')) {
            if let Some(offset) = too_deep_at.take() {
                found.push(TooDeep {
                    offset,
                    entry: entry_start..i,
                });
            }
            entry_start = i;
            depth = 0;
            in_string = false;
            if bytes[i] == b'#' {
                i = memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |n| i + n);
                continue;
            }
        }
        let b = bytes[i];
        if in_string {
            match b {
                b'\\' => i += 1,
                b'"' | b'\n' => in_string = false,
                _ => {}
            }
        } else {
            match b {
                b'{' => depth += 1,
                b'(' if depth > 0 => depth += 1,
                b'}' | b')' => depth = depth.saturating_sub(1),
                b'"' if depth > 0 => in_string = true,
                _ => {}
            }
            if depth > MAX_NESTING && too_deep_at.is_none() {
                too_deep_at = Some(i);
            }
        }
        i += 1;
    }
    if let Some(offset) = too_deep_at {
        found.push(TooDeep {
            offset,
            entry: entry_start..bytes.len(),
        });
    }
    found
}

fn sanitize_escapes(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out: Option<Vec<u8>> = None;
    let mut depth = 0usize;
    let mut in_string = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if in_string {
            match b {
                b'\\' if matches!(bytes.get(i + 1), Some(b'u' | b'U')) => {
                    let want = if bytes[i + 1] == b'u' { 4 } else { 6 };
                    let mut j = i + 2;
                    while j < bytes.len() && j < i + 2 + want && bytes[j].is_ascii_hexdigit() {
                        j += 1;
                    }
                    if j < i + 2 + want && j < bytes.len() && bytes[j] >= 0x80 {
                        let len = text[j..].chars().next().map_or(1, char::len_utf8);
                        let buf = out.get_or_insert_with(|| bytes.to_vec());
                        buf[j..j + len].fill(b'?');
                    }
                    i = j;
                    continue;
                }
                b'\\' => i += 1,
                b'"' | b'\n' => in_string = false,
                _ => {}
            }
        } else {
            match b {
                b'{' => depth += 1,
                b'}' => depth = depth.saturating_sub(1),
                b'"' if depth > 0 => in_string = true,
                _ => {}
            }
        }
        i += 1;
    }
    out.map(|b| String::from_utf8(b).expect("only whole characters were replaced"))
}

/// One of `count` parts of a Fluent file; [`Part::WHOLE`] is the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    /// This part, from 0.
    pub index: u32,
    /// How many parts the file is read in.
    pub count: u32,
}

impl Part {
    /// The whole file.
    pub const WHOLE: Part = Part { index: 0, count: 1 };

    /// Whether this is the whole file.
    pub fn is_whole(self) -> bool {
        self.count <= 1
    }

    /// Whether this is the part that also reports what concerns the file
    /// as a whole (a byte-order mark, line endings, a missing file).
    pub fn is_first(self) -> bool {
        self.index == 0
    }

    /// The part an entry with this id belongs to (entries without an id,
    /// such as standalone comments, belong to the first part).
    pub fn of(self, id: Option<&str>) -> u32 {
        match id {
            Some(id) if self.count > 1 => {
                let n = xxh3_64(id.as_bytes()) % u64::from(self.count);
                u32::try_from(n).unwrap_or(0)
            }
            _ => 0,
        }
    }

    /// How many parts a file of `bytes` bytes is read in: one megabyte
    /// of text each (`RELAIS_CHECK_PART_KIB` sets another size), so a
    /// part's parsed form stays small whatever the file's size.
    pub fn count_for(bytes: u64) -> u32 {
        static PART_BYTES: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
        let part_bytes = *PART_BYTES.get_or_init(|| {
            std::env::var("RELAIS_CHECK_PART_KIB")
                .ok()
                .and_then(|v| v.parse::<u64>().ok())
                .filter(|k| *k > 0)
                .map_or(1 << 20, |k| k << 10)
        });
        u32::try_from(bytes.div_ceil(part_bytes).max(1)).unwrap_or(u32::MAX)
    }
}

/// An entry's text, as [`Part`]s divide a file: a message or term with the
/// comment lines directly above it, or a standalone comment or junk line.
struct EntryText<'a> {
    id: Option<&'a str>,
    range: Range<usize>,
}

/// The entries of a Fluent text, split where the parser itself would start
/// a new entry: a line that begins with a letter, `-` or `#` in the first
/// column. Comment lines are attached to the entry that directly follows
/// them (no blank line between), as Fluent attaches them.
fn entries(text: &str) -> impl Iterator<Item = EntryText<'_>> {
    let bytes = text.as_bytes();
    let mut starts: Vec<usize> = Vec::new();
    let mut pos = 0;
    let mut pending_comment: Option<usize> = None;
    let mut prev_blank = true;
    while pos < bytes.len() {
        let end = memchr::memchr(b'\n', &bytes[pos..]).map_or(bytes.len(), |n| pos + n + 1);
        let line = &bytes[pos..end];
        let first = line.first().copied().unwrap_or(b'\n');
        let blank = line.iter().all(|b| matches!(b, b' ' | b'\n' | b'\r'));
        if first == b'#' {
            // A new comment block starts after a blank line or another entry.
            if pending_comment.is_none() || prev_blank {
                pending_comment = Some(pos);
            }
        } else if first.is_ascii_alphabetic() || first == b'-' {
            starts.push(
                pending_comment
                    .take()
                    .filter(|_| !prev_blank)
                    .unwrap_or(pos),
            );
        } else if blank && let Some(c) = pending_comment.take() {
            // A standalone comment: an entry of its own.
            starts.push(c);
        }
        prev_blank = blank;
        pos = end;
    }
    if let Some(c) = pending_comment {
        starts.push(c);
    }
    starts.sort_unstable();
    starts.dedup();
    let mut ranges: Vec<Range<usize>> = Vec::with_capacity(starts.len());
    for (i, s) in starts.iter().enumerate() {
        let e = starts.get(i + 1).copied().unwrap_or(bytes.len());
        ranges.push(*s..e);
    }
    if let Some(first) = starts.first()
        && *first > 0
        && let Some(r) = ranges.first_mut()
    {
        r.start = 0;
    }
    ranges.into_iter().map(move |range| EntryText {
        id: entry_id(&text[range.clone()]),
        range,
    })
}

/// The id an entry's text defines: the identifier at the start of its
/// first line that is not a comment (`-` kept for terms).
fn entry_id(entry: &str) -> Option<&str> {
    let line = entry.lines().find(|l| !l.starts_with('#'))?;
    let end = line
        .char_indices()
        .skip(1)
        .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
        .map_or(line.len(), |(i, _)| i);
    let id = &line[..end];
    (!id.is_empty() && (id.as_bytes()[0].is_ascii_alphabetic() || id.starts_with('-')))
        .then_some(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fluent::FtlResource;
    use std::path::Path;

    #[test]
    fn placeables_nested_too_deep_are_a_syntax_error_not_a_crash() {
        let deep = format!("a = {}\"x\"{}\n", "{ ".repeat(10_000), " }".repeat(10_000));
        let text = format!("before = ok\n{deep}after = ok\n");
        let res = FtlResource::parse(text, Path::new("deep.ftl"));
        assert_eq!(res.errors.len(), 1, "{:?}", res.errors);
        let err = &res.errors[0];
        assert_eq!(err.line, 2);
        assert!(
            err.message.contains("nested more than 100"),
            "{}",
            err.message
        );
        let ids: Vec<_> = res.entries.iter().filter_map(|e| e.id.clone()).collect();
        assert_eq!(ids, ["before", "after"]);
        // Call arguments nest too.
        let calls = format!("b = {{ {}1{} }}\n", "F(".repeat(500), ")".repeat(500));
        assert_eq!(
            FtlResource::parse(calls, Path::new("c.ftl")).errors.len(),
            1
        );
        // Braces inside string literals and comments do not count.
        let quoted = format!("# {}\nc = {{ \"{}\" }}\n", "{".repeat(500), "{".repeat(500));
        assert!(
            FtlResource::parse(quoted, Path::new("q.ftl"))
                .errors
                .is_empty()
        );
    }

    #[test]
    fn parts_divide_entries_with_their_comments_and_keep_positions() {
        let text = "### resource comment\n\n# about a\na = A\n    continued\n\n# standalone\n\nb = B\n-t = T\n  .attr = x\nc = { $n ->\n   *[other] C\n}\n";
        let ids: Vec<_> = entries(text).map(|e| e.id).collect();
        assert_eq!(
            ids,
            [None, Some("a"), None, Some("b"), Some("-t"), Some("c")]
        );
        let count = 7;
        let mut seen = Vec::new();
        for index in 0..count {
            let part = Part { index, count };
            let prepared = part_text(text, part);
            assert!(prepared.len() < text.len());
            assert_eq!(prepared.matches('\n').count(), text.matches('\n').count());
            let res = FtlResource::parse_part(text.to_string(), Path::new("p.ftl"), part);
            assert!(res.errors.is_empty(), "{:?}", res.errors);
            for e in &res.entries {
                if let Some(id) = &e.id {
                    seen.push(id.clone());
                    // Positions are those of the whole file.
                    let whole = FtlResource::parse(text, Path::new("p.ftl"));
                    let same = whole.entries.iter().find(|w| w.id == e.id).unwrap();
                    assert_eq!((e.line, e.column), (same.line, same.column));
                }
            }
        }
        seen.sort();
        assert_eq!(seen, ["a", "b", "c", "t"]);
        // The comment above `a` stays with it.
        let part_of_a = Part { index: 0, count }.of(Some("a"));
        let res = FtlResource::parse_part(
            text.to_string(),
            Path::new("p.ftl"),
            Part {
                index: part_of_a,
                count,
            },
        );
        let a = res
            .entries
            .iter()
            .find(|e| e.id.as_deref() == Some("a"))
            .unwrap();
        assert!(res.text[a.span.clone()].starts_with("# about a"));
    }
}
