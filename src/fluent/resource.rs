//! A parsed `.ftl` file with positions.
//!
//! fluent-syntax's AST has no spans, so entries are located in the text in
//! document order: a message or term by its `id =` line, a comment by its
//! `#` lines, junk by its exact content. Each [`FtlEntry`] knows its byte
//! span (attached comment included) and the line and column of its id.

use std::ops::Range;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

use crate::error::{Location, Result};
use crate::files::read_text;

/// What kind of entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    /// `id = …`
    Message,
    /// `-id = …`
    Term,
    /// `# …` standing alone.
    Comment,
    /// `## …`
    GroupComment,
    /// `### …`
    ResourceComment,
    /// Text the parser could not read.
    Junk,
}

/// One entry with its position.
#[derive(Debug, Clone)]
pub struct FtlEntry {
    /// Kind.
    pub kind: EntryKind,
    /// Identifier (without the `-` of terms) for messages and terms.
    pub id: Option<String>,
    /// Bytes from the first line of the entry (attached comment included)
    /// to the start of the next entry.
    pub span: Range<usize>,
    /// Bytes of the entry without the blank lines that follow it.
    pub content: Range<usize>,
    /// Byte offset of the id (of the first character for comments and
    /// junk).
    pub offset: usize,
    /// 1-based line of `offset`.
    pub line: u64,
    /// 1-based column (characters) of `offset`.
    pub column: u64,
    /// Index into the AST body.
    pub index: usize,
}

/// A syntax error: where, and the parser's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// 1-based line.
    pub line: u64,
    /// 1-based column.
    pub column: u64,
    /// The parser's message.
    pub message: String,
    /// Byte range of the junk the error produced.
    pub junk: Option<Range<usize>>,
}

/// A parsed Fluent resource.
#[derive(Debug, Clone)]
pub struct FtlResource {
    /// The file.
    pub path: PathBuf,
    /// The text, without BOM.
    pub text: String,
    /// Whether the file started with a byte-order mark.
    pub had_bom: bool,
    /// The AST (comments kept).
    pub ast: ast::Resource<String>,
    /// Entries with positions, in document order (same order as the AST).
    pub entries: Vec<FtlEntry>,
    /// Syntax errors.
    pub errors: Vec<SyntaxError>,
    line_starts: Vec<usize>,
}

fn is_id_start(c: u8) -> bool {
    c.is_ascii_alphabetic()
}

impl FtlResource {
    /// Reads and parses a file.
    pub fn load(path: &Path) -> Result<FtlResource> {
        let (text, had_bom) = read_text(path)?;
        Ok(Self::parse_with_bom(text, path, had_bom))
    }

    /// Parses text (without BOM).
    pub fn parse(text: impl Into<String>, path: &Path) -> FtlResource {
        let text: String = text.into();
        match text.strip_prefix('\u{feff}') {
            Some(rest) => Self::parse_with_bom(rest.to_string(), path, true),
            None => Self::parse_with_bom(text, path, false),
        }
    }

    fn parse_with_bom(text: String, path: &Path, had_bom: bool) -> FtlResource {
        // fluent-syntax 0.12 panics on an invalid `\u` escape followed by a
        // non-ASCII character (it slices one byte past the escape); such
        // characters are replaced, byte for byte, in the copy it parses.
        // Entries nested too deep are blanked in that copy and reported.
        let (prepared, too_deep) = parser_input(&text);
        let parse_input = prepared.unwrap_or_else(|| text.clone());
        let parsed = std::panic::catch_unwind(|| fluent_syntax::parser::parse(parse_input));
        let (ast, parser_errors) = match parsed {
            Ok(Ok(r)) => (r, Vec::new()),
            Ok(Err((r, errs))) => (r, errs),
            Err(_) => {
                // A parser failure we do not know of: the file is reported,
                // never the process brought down.
                let mut res = FtlResource {
                    path: path.to_path_buf(),
                    text,
                    had_bom,
                    ast: fluent_syntax::ast::Resource { body: Vec::new() },
                    entries: Vec::new(),
                    errors: Vec::new(),
                    line_starts: vec![0],
                };
                res.errors.push(SyntaxError {
                    line: 1,
                    column: 1,
                    message: "the Fluent parser could not read this file".into(),
                    junk: Some(0..res.text.len()),
                });
                return res;
            }
        };
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        let mut res = FtlResource {
            path: path.to_path_buf(),
            text,
            had_bom,
            ast,
            entries: Vec::new(),
            errors: Vec::new(),
            line_starts,
        };
        res.locate_entries();
        for d in too_deep {
            let (line, column) = res.line_col(d.offset);
            res.errors.push(SyntaxError {
                line,
                column,
                message: format!(
                    "placeables nested more than {MAX_NESTING} deep; relais does not read this entry"
                ),
                junk: Some(d.entry),
            });
        }
        for e in parser_errors {
            let (line, column) = res.line_col(e.pos.start.min(res.text.len()));
            res.errors.push(SyntaxError {
                line,
                column,
                message: e.kind.to_string(),
                junk: e.slice.clone(),
            });
        }
        res
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (u64, u64) {
        let line_idx = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line_idx];
        let column = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().count())
            + 1;
        (line_idx as u64 + 1, column as u64)
    }

    /// A [`Location`] for a byte offset.
    pub fn location(&self, offset: usize) -> Location {
        let (line, column) = self.line_col(offset);
        Location::new(Some(&self.path), line, column)
    }

    /// The text of a 1-based line, without its line break.
    pub fn line_text(&self, line: u64) -> &str {
        let i = crate::num::usize_sat(line).saturating_sub(1);
        let start = self.line_starts.get(i).copied().unwrap_or(self.text.len());
        let end = self
            .line_starts
            .get(i + 1)
            .copied()
            .unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    fn line_start_at_or_after(&self, pos: usize) -> usize {
        match self.line_starts.binary_search(&pos) {
            Ok(i) => self.line_starts[i],
            Err(i) => self.line_starts.get(i).copied().unwrap_or(self.text.len()),
        }
    }

    /// Finds `prefix` followed by optional spaces and `=` at a line start,
    /// searching from `from`.
    fn find_definition(&self, from: usize, prefix: &str) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let mut pos = self.line_start_at_or_after(from);
        while pos < bytes.len() {
            if self.text[pos..].starts_with(prefix) {
                let mut j = pos + prefix.len();
                while j < bytes.len() && bytes[j] == b' ' {
                    j += 1;
                }
                if j < bytes.len() && bytes[j] == b'=' {
                    return Some(pos);
                }
            }
            match memchr::memchr(b'\n', &bytes[pos..]) {
                Some(nl) => pos += nl + 1,
                None => break,
            }
        }
        None
    }

    fn find_comment(&self, from: usize, level: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let mut pos = self.line_start_at_or_after(from);
        while pos < bytes.len() {
            let hashes = bytes[pos..].iter().take_while(|b| **b == b'#').count();
            if hashes == level {
                return Some(pos);
            }
            match memchr::memchr(b'\n', &bytes[pos..]) {
                Some(nl) => pos += nl + 1,
                None => break,
            }
        }
        None
    }

    fn locate_entries(&mut self) {
        let mut cursor = 0usize;
        let mut starts: Vec<(EntryKind, Option<String>, usize, usize)> = Vec::new();
        for entry in &self.ast.body {
            let found = match entry {
                ast::Entry::Message(m) => {
                    let id = m.id.name.clone();
                    self.find_definition(cursor, &id).map(|p| {
                        let start = self.comment_start(p, m.comment.as_ref());
                        (EntryKind::Message, Some(id), start, p)
                    })
                }
                ast::Entry::Term(t) => {
                    let id = t.id.name.clone();
                    self.find_definition(cursor, &format!("-{id}")).map(|p| {
                        let start = self.comment_start(p, t.comment.as_ref());
                        (EntryKind::Term, Some(id), start, p + 1)
                    })
                }
                ast::Entry::Comment(_) => self
                    .find_comment(cursor, 1)
                    .map(|p| (EntryKind::Comment, None, p, p)),
                ast::Entry::GroupComment(_) => self
                    .find_comment(cursor, 2)
                    .map(|p| (EntryKind::GroupComment, None, p, p)),
                ast::Entry::ResourceComment(_) => self
                    .find_comment(cursor, 3)
                    .map(|p| (EntryKind::ResourceComment, None, p, p)),
                ast::Entry::Junk { content } => self.text[cursor.min(self.text.len())..]
                    .find(content.as_str())
                    .map(|p| (EntryKind::Junk, junk_id(content), cursor + p, cursor + p)),
            };
            // Entries are always found (the AST comes from this text); fall
            // back to the cursor so positions stay ordered if not.
            let (kind, id, start, offset) = found.unwrap_or_else(|| {
                let kind = match entry {
                    ast::Entry::Message(_) => EntryKind::Message,
                    ast::Entry::Term(_) => EntryKind::Term,
                    ast::Entry::Comment(_) => EntryKind::Comment,
                    ast::Entry::GroupComment(_) => EntryKind::GroupComment,
                    ast::Entry::ResourceComment(_) => EntryKind::ResourceComment,
                    ast::Entry::Junk { .. } => EntryKind::Junk,
                };
                (kind, None, cursor, cursor)
            });
            cursor = offset.max(cursor) + 1;
            while cursor < self.text.len() && !self.text.is_char_boundary(cursor) {
                cursor += 1;
            }
            starts.push((kind, id, start, offset));
        }
        let n = starts.len();
        for (i, (kind, id, start, offset)) in starts.iter().cloned().enumerate() {
            let end = if i + 1 < n {
                starts[i + 1].2
            } else {
                self.text.len()
            };
            let end = end.max(start);
            let slice = &self.text[start..end];
            let trimmed = slice.trim_end_matches(['\n', '\r', ' ']);
            let mut content_end = start + trimmed.len();
            // Keep the line break that ends the entry's last line.
            if self.text[content_end..end].starts_with("\r\n") {
                content_end += 2;
            } else if self.text[content_end..end].starts_with('\n') {
                content_end += 1;
            }
            let (line, column) = self.line_col(offset);
            self.entries.push(FtlEntry {
                kind,
                id,
                span: start..end,
                content: start..content_end,
                offset,
                line,
                column,
                index: i,
            });
        }
    }

    /// Start of a message whose id line is at `id_pos`, including its
    /// attached comment (the comment lines directly above).
    fn comment_start(&self, id_pos: usize, comment: Option<&ast::Comment<String>>) -> usize {
        let Some(comment) = comment else {
            return id_pos;
        };
        let line = match self.line_starts.binary_search(&id_pos) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let lines = comment.content.len().max(1);
        let first = line.saturating_sub(lines);
        self.line_starts[first]
    }

    /// The messages (not terms) in document order.
    pub fn messages(&self) -> impl Iterator<Item = (&FtlEntry, &ast::Message<String>)> {
        self.entries
            .iter()
            .filter_map(move |e| match &self.ast.body[e.index] {
                ast::Entry::Message(m) => Some((e, m)),
                _ => None,
            })
    }

    /// The terms in document order.
    pub fn terms(&self) -> impl Iterator<Item = (&FtlEntry, &ast::Term<String>)> {
        self.entries
            .iter()
            .filter_map(move |e| match &self.ast.body[e.index] {
                ast::Entry::Term(t) => Some((e, t)),
                _ => None,
            })
    }

    /// A message by id (the first one, as fluent-bundle keeps the first of
    /// duplicates).
    pub fn message(&self, id: &str) -> Option<(&FtlEntry, &ast::Message<String>)> {
        self.messages().find(|(e, _)| e.id.as_deref() == Some(id))
    }

    /// The text of an entry (comment included, trailing blank lines not).
    pub fn entry_text(&self, entry: &FtlEntry) -> &str {
        &self.text[entry.content.clone()]
    }

    /// Whether the file uses CRLF line ends.
    pub fn uses_crlf(&self) -> bool {
        self.text.contains("\r\n")
    }
}

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
        for b in &mut bytes[d.entry.clone()] {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
    }
    // Whole entries (whole lines) were blanked, so no character was cut.
    let text = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    (Some(text), deep)
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

/// The identifier a junk entry probably meant to define.
fn junk_id(content: &str) -> Option<String> {
    let first = content.lines().next()?.trim_start_matches('-');
    let bytes = first.as_bytes();
    if bytes.is_empty() || !is_id_start(bytes[0]) {
        return None;
    }
    let id: String = first
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    Some(id)
}

/// Replacements applied to a resource's text, each identified by the byte
/// range it replaces (ranges must not overlap).
#[derive(Debug, Default)]
pub struct Edits {
    edits: Vec<(Range<usize>, String)>,
}

impl Edits {
    /// Replaces a range.
    pub fn replace(&mut self, range: Range<usize>, text: String) {
        self.edits.push((range, text));
    }

    /// Inserts text at an offset.
    pub fn insert(&mut self, at: usize, text: String) {
        self.edits.push((at..at, text));
    }

    /// Whether there is nothing to do.
    pub fn is_empty(&self) -> bool {
        self.edits.is_empty()
    }

    /// Applies the edits to `text`. Insertions at the same offset keep the
    /// order they were added in.
    pub fn apply(mut self, text: &str) -> String {
        // Stable sort keeps the insertion order of equal offsets.
        self.edits.sort_by_key(|(r, _)| (r.start, r.end));
        let mut out = String::with_capacity(text.len() + 256);
        let mut pos = 0;
        for (range, replacement) in self.edits {
            if range.start < pos {
                continue;
            }
            out.push_str(&text[pos..range.start]);
            out.push_str(&replacement);
            pos = range.end;
        }
        out.push_str(&text[pos..]);
        out
    }
}

#[cfg(test)]
mod tests {
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

    use super::*;

    const SAMPLE: &str = "### Resource comment\n\n# Attached\n# two lines\nhello = Bonjour { $name } !\n    .title = Titre\n\n-brand = Firefox\n\nbad key = oops\nafter = ok\n";

    #[test]
    fn entries_have_spans_and_positions() {
        let r = FtlResource::parse(SAMPLE, Path::new("x.ftl"));
        let kinds: Vec<_> = r.entries.iter().map(|e| e.kind).collect();
        assert_eq!(
            kinds,
            [
                EntryKind::ResourceComment,
                EntryKind::Message,
                EntryKind::Term,
                EntryKind::Junk,
                EntryKind::Message
            ]
        );
        let hello = &r.entries[1];
        assert_eq!(hello.id.as_deref(), Some("hello"));
        assert_eq!((hello.line, hello.column), (5, 1));
        assert_eq!(
            r.entry_text(hello),
            "# Attached\n# two lines\nhello = Bonjour { $name } !\n    .title = Titre\n"
        );
        let brand = &r.entries[2];
        assert_eq!(brand.id.as_deref(), Some("brand"));
        assert_eq!((brand.line, brand.column), (8, 2));
        assert_eq!(r.entries[3].id.as_deref(), Some("bad"));
        assert_eq!(r.errors.len(), 1);
        assert_eq!(r.errors[0].line, 10);
        assert!(r.errors[0].message.contains('='), "{:?}", r.errors[0]);
        assert_eq!(r.entries[4].line, 11);
    }

    #[test]
    fn bom_is_stripped_and_reported() {
        let r = FtlResource::parse("\u{feff}hello = Bonjour\n", Path::new("x.ftl"));
        assert!(r.had_bom);
        assert!(r.errors.is_empty());
        assert_eq!(r.messages().count(), 1);
    }

    #[test]
    fn crlf_files_parse_with_positions() {
        let r = FtlResource::parse(
            "a = 1\r\n\r\nb =\r\n    line one\r\n    line two\r\n",
            Path::new("x.ftl"),
        );
        assert!(r.errors.is_empty());
        assert_eq!(r.entries[1].line, 3);
        assert!(r.uses_crlf());
    }

    #[test]
    fn ids_that_prefix_others_are_not_confused() {
        let r = FtlResource::parse("foo-bar = 1\nfoo = 2\n", Path::new("x.ftl"));
        assert_eq!(r.entries[1].line, 2);
    }

    #[test]
    fn edits_replace_entries_and_keep_the_rest() {
        let r = FtlResource::parse(SAMPLE, Path::new("x.ftl"));
        let mut edits = Edits::default();
        edits.replace(r.entries[4].content.clone(), "after = changed\n".into());
        edits.insert(r.entries[2].span.start, "new = inserted\n\n".into());
        let out = edits.apply(&r.text);
        assert!(out.contains("new = inserted\n\n-brand = Firefox"));
        assert!(out.ends_with("after = changed\n"));
        assert!(out.starts_with("### Resource comment\n\n# Attached\n"));
    }

    #[test]
    fn a_bad_unicode_escape_before_a_non_ascii_character_is_an_error_not_a_panic() {
        let r = FtlResource::parse(
            "ok = 1\nbad = {\"\\uD8é\"}\ntext = \\uD8é stays text\n",
            Path::new("x.ftl"),
        );
        assert_eq!(r.errors.len(), 1, "{:?}", r.errors);
        assert_eq!(r.errors[0].line, 2);
        let (_, m) = r.message("text").unwrap();
        let seg = crate::fluent::pattern::pattern_to_segment(m.value.as_ref().unwrap());
        assert_eq!(seg.display_text(), "\\uD8é stays text");
    }

    #[test]
    fn junk_after_a_multibyte_character_is_located() {
        // Found by fuzzing: the search cursor landed inside a character.
        let r = FtlResource::parse(
            "-term = { $a\u{1}\r \n->   *[key] Value\n}\n\nkey01 = { -term }\n(key02 = { -��rm () }\nkey03 = { -term(arg: 1) }\nkey04 = {key] Value\n}\n\nkey01 = { -term }\n(key02 = { -term () }\nkey03 = { -term(arg: 1) }\nkey04 = { -term(\"positional\", narg1: list =\n    {\n       *[key] Value\n    }\n\n-term-variant-list =2D\"}{\"\\uDE02\"}\n\nemoji-in-text = A face 😂 with tears of joy.\nemoji-in-string = {\"A face 😂 with tears of joy.\"}\n\n�\u{1f}ERROR Invalid identifier\nerr-😂 = Value\n\n# ERROR Invalid expressi��������������������������������������������������������������������������������������������������������������on\nerr-invalid-expression = { 😂 }\n\n# ERROR Invalid variant key\nerr-invalid-variant-k1, narg -term(\"positional\", narg1: 1, narg2: 2) }\n",
            Path::new("x.ftl"),
        );
        assert!(!r.errors.is_empty());
    }

    #[test]
    fn tab_indentation_is_junk_with_position() {
        let r = FtlResource::parse("key =\n\tvalue\nnext = ok\n", Path::new("t.ftl"));
        assert_eq!(r.errors.len(), 1);
        assert_eq!(r.errors[0].line, 1);
        assert_eq!(r.messages().count(), 1);
    }
}
