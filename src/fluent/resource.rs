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
use crate::fluent::parser_input::{MAX_NESTING, Part, parser_input, part_text};

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
    /// The part of the file parsed (the whole file, except for very large
    /// files `relais check` reads in parts).
    pub part: Part,
    line_starts: Vec<usize>,
}

fn is_id_start(c: u8) -> bool {
    c.is_ascii_alphabetic()
}

impl FtlResource {
    /// Reads and parses a file.
    pub fn load(path: &Path) -> Result<FtlResource> {
        Self::load_part(path, Part::WHOLE)
    }

    /// Reads a file and parses one [`Part`] of it (the entries of the
    /// other parts are left out; positions are those of the whole file).
    pub fn load_part(path: &Path, part: Part) -> Result<FtlResource> {
        let (text, had_bom) = read_text(path)?;
        Ok(Self::parse_with_bom(text, path, had_bom, part))
    }

    /// Parses one [`Part`] of a text (without BOM).
    pub fn parse_part(text: String, path: &Path, part: Part) -> FtlResource {
        Self::parse_with_bom(text, path, false, part)
    }

    /// Parses text (without BOM).
    pub fn parse(text: impl Into<String>, path: &Path) -> FtlResource {
        let text: String = text.into();
        match text.strip_prefix('\u{feff}') {
            Some(rest) => Self::parse_with_bom(rest.to_string(), path, true, Part::WHOLE),
            None => Self::parse_with_bom(text, path, false, Part::WHOLE),
        }
    }

    fn parse_with_bom(text: String, path: &Path, had_bom: bool, part: Part) -> FtlResource {
        // fluent-syntax 0.12 panics on an invalid `\u` escape followed by a
        // non-ASCII character (it slices one byte past the escape); such
        // characters are replaced, byte for byte, in the copy it parses.
        // Entries nested too deep are blanked in that copy and reported.
        let text = if part.is_whole() {
            text
        } else {
            part_text(&text, part)
        };
        let (prepared, too_deep) = parser_input(&text);
        let parse_input = prepared.unwrap_or_else(|| text.clone());
        let parsed = std::panic::catch_unwind(|| fluent_syntax::parser::parse(parse_input));
        let (mut ast, parser_errors) = match parsed {
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
                    part,
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
        shrink_ast(&mut ast);
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
            part,
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

/// Gives back the spare capacity the parser leaves in the AST's vectors
/// (a pattern's elements are collected into room for several): a checked
/// file holds its AST for all its messages, and the spare room was most
/// of it.
fn shrink_ast(ast: &mut ast::Resource<String>) {
    fn pattern(p: &mut ast::Pattern<String>) {
        for el in &mut p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                expr(expression);
            }
        }
        p.elements.shrink_to_fit();
    }
    fn expr(e: &mut ast::Expression<String>) {
        match e {
            ast::Expression::Select { variants, .. } => {
                for v in variants.iter_mut() {
                    pattern(&mut v.value);
                }
                variants.shrink_to_fit();
            }
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                expr(expression);
            }
            ast::Expression::Inline(_) => {}
        }
    }
    for entry in &mut ast.body {
        match entry {
            ast::Entry::Message(m) => {
                if let Some(v) = &mut m.value {
                    pattern(v);
                }
                for a in &mut m.attributes {
                    pattern(&mut a.value);
                }
                m.attributes.shrink_to_fit();
            }
            ast::Entry::Term(t) => {
                pattern(&mut t.value);
                for a in &mut t.attributes {
                    pattern(&mut a.value);
                }
                t.attributes.shrink_to_fit();
            }
            _ => {}
        }
    }
    ast.body.shrink_to_fit();
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
