//! What the checks need to know about each message and term of a file:
//! its key, where it is, what its value and attributes refer to, the texts
//! they can produce, and its `relais-ignore` suppressions.
//!
//! Built once per file; the AST itself is only walked again for
//! typography, which needs file positions of individual characters.

use std::collections::{BTreeSet, HashMap};

use fluent_syntax::ast::{self, Expression, InlineExpression, Pattern, PatternElement};

use crate::fluent::directives::{self, Ignore};
use crate::fluent::pattern::{SelectInfo, selects, variant_texts};
use crate::fluent::references::{self, Reference};
use crate::fluent::{EntryKind, FtlEntry, FtlResource};
use crate::model::{CODE_MARK, Segment};

/// What a pattern refers to, as the parity checks compare it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Refs {
    /// `$variables`, selectors and function arguments included.
    pub variables: BTreeSet<String>,
    /// Message references (`msg`, `msg.attr`).
    pub messages: BTreeSet<String>,
    /// Term references used as placeables (`-brand`). References to term
    /// attributes (`-brand.gender ->`) are grammar of the target language
    /// and are left out, as compare-locales does.
    pub terms: BTreeSet<String>,
}

/// A value or an attribute.
#[derive(Debug, Clone)]
pub struct PatternInfo {
    /// `None` for the value, the attribute's name otherwise.
    pub attribute: Option<String>,
    /// Byte offset of the id (value) or of the `.name` (attribute).
    pub offset: usize,
    /// Byte range of the file holding this pattern (for locating text).
    pub region: std::ops::Range<usize>,
    /// References.
    pub refs: Refs,
    /// The texts the pattern can produce (one per select combination).
    pub variants: Vec<Segment>,
    /// Select expressions.
    pub selects: Vec<SelectInfo>,
}

impl PatternInfo {
    /// The plain texts of the variants (codes as U+FFFC).
    pub fn plain_texts(&self) -> Vec<String> {
        self.variants.iter().map(Segment::matching_text).collect()
    }
}

/// A `relais-ignore` comment line with its position.
#[derive(Debug, Clone)]
pub struct IgnoreAt {
    /// The directive.
    pub ignore: Ignore,
    /// Byte offset of the comment line.
    pub offset: usize,
}

/// A message or term.
#[derive(Debug, Clone)]
pub struct EntryInfo {
    /// `id` for messages, `-id` for terms.
    pub key: String,
    /// Index into [`FtlResource::entries`].
    pub entry: usize,
    /// Byte offset of the id.
    pub offset: usize,
    /// The value.
    pub value: Option<PatternInfo>,
    /// The attributes, in order (duplicates kept).
    pub attributes: Vec<PatternInfo>,
    /// Suppressions in the attached comment.
    pub ignores: Vec<IgnoreAt>,
}

impl EntryInfo {
    /// Whether this is a term.
    pub fn is_term(&self) -> bool {
        self.key.starts_with('-')
    }

    /// The value and the attributes.
    pub fn patterns(&self) -> impl Iterator<Item = &PatternInfo> {
        self.value.iter().chain(self.attributes.iter())
    }

    /// The first attribute with this name.
    pub fn attribute(&self, name: &str) -> Option<&PatternInfo> {
        self.attributes
            .iter()
            .find(|a| a.attribute.as_deref() == Some(name))
    }
}

/// The messages and terms of a file, by key (first definition wins, as in
/// fluent-bundle).
#[derive(Debug, Clone, Default)]
pub struct FileIndex {
    /// Entries in document order (duplicates kept).
    pub entries: Vec<EntryInfo>,
    /// Key → index of its first definition.
    pub by_key: HashMap<String, usize>,
}

impl FileIndex {
    /// Indexes a parsed file.
    pub fn build(res: &FtlResource) -> FileIndex {
        let mut index = FileIndex::default();
        for (i, e) in res.entries.iter().enumerate() {
            let (key, value, attributes, comment) = match &res.ast.body[e.index] {
                ast::Entry::Message(m) => (
                    m.id.name.clone(),
                    m.value.as_ref(),
                    &m.attributes,
                    m.comment.as_ref(),
                ),
                ast::Entry::Term(t) => (
                    format!("-{}", t.id.name),
                    Some(&t.value),
                    &t.attributes,
                    t.comment.as_ref(),
                ),
                _ => continue,
            };
            let attr_offsets = attribute_offsets(res, e);
            let value_end = attr_offsets.first().map_or(e.content.end, |(_, o)| *o);
            let value = value.map(|p| pattern_info(p, None, e.offset, e.offset..value_end));
            let mut attrs = Vec::new();
            for (k, a) in attributes.iter().enumerate() {
                let offset = attr_offsets
                    .iter()
                    .filter(|(name, _)| name == &a.id.name)
                    .nth(
                        attributes[..k]
                            .iter()
                            .filter(|b| b.id.name == a.id.name)
                            .count(),
                    )
                    .map_or(e.offset, |(_, o)| *o);
                let end = attr_offsets
                    .iter()
                    .map(|(_, o)| *o)
                    .find(|o| *o > offset)
                    .unwrap_or(e.content.end);
                attrs.push(pattern_info(
                    &a.value,
                    Some(a.id.name.clone()),
                    offset,
                    offset..end,
                ));
            }
            let ignores = comment.map(|c| ignores_at(res, e, c)).unwrap_or_default();
            index
                .by_key
                .entry(key.clone())
                .or_insert(index.entries.len());
            index.entries.push(EntryInfo {
                key,
                entry: i,
                offset: e.offset,
                value,
                attributes: attrs,
                ignores,
            });
        }
        index.entries.shrink_to_fit();
        index
    }

    /// The first definition of a key.
    pub fn get(&self, key: &str) -> Option<&EntryInfo> {
        self.by_key.get(key).map(|i| &self.entries[*i])
    }

    /// Number of distinct messages and terms.
    pub fn len(&self) -> usize {
        self.by_key.len()
    }

    /// Whether the file defines nothing.
    pub fn is_empty(&self) -> bool {
        self.by_key.is_empty()
    }
}

fn pattern_info(
    p: &Pattern<String>,
    attribute: Option<String>,
    offset: usize,
    region: std::ops::Range<usize>,
) -> PatternInfo {
    PatternInfo {
        attribute,
        offset,
        region,
        refs: refs(p),
        variants: variant_texts(p),
        selects: selects(p),
    }
}

/// The byte offsets of the `.name =` lines of an entry, in order.
fn attribute_offsets(res: &FtlResource, e: &FtlEntry) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    if !matches!(e.kind, EntryKind::Message | EntryKind::Term) {
        return out;
    }
    let text = &res.text[e.offset..e.content.end];
    let mut pos = e.offset;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start_matches(' ');
        if let Some(rest) = trimmed.strip_prefix('.') {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            let after = rest[name.len()..].trim_start_matches(' ');
            if !name.is_empty() && after.starts_with('=') && pos > e.offset {
                out.push((name, pos + (line.len() - trimmed.len())));
            }
        }
        pos += line.len();
    }
    out
}

fn ignores_at(res: &FtlResource, e: &FtlEntry, comment: &ast::Comment<String>) -> Vec<IgnoreAt> {
    let found = directives::ignores(&comment.content);
    if found.is_empty() {
        return Vec::new();
    }
    // Locate each directive's line in the comment block above the id.
    let block = &res.text[e.span.start..e.offset];
    let mut lines: Vec<usize> = Vec::new();
    let mut pos = e.span.start;
    for line in block.split_inclusive('\n') {
        if line
            .trim_start_matches('#')
            .trim()
            .starts_with(directives::IGNORE_PREFIX)
        {
            lines.push(pos);
        }
        pos += line.len();
    }
    found
        .into_iter()
        .enumerate()
        .map(|(i, ignore)| IgnoreAt {
            ignore,
            offset: lines.get(i).copied().unwrap_or(e.span.start),
        })
        .collect()
}

/// The references of a pattern as the parity checks compare them:
/// variables as `$name`, messages as `msg` or `msg.attr`, terms as
/// `-term` when used as placeables (not their attributes).
pub fn refs(p: &Pattern<String>) -> Refs {
    let mut r = Refs::default();
    references::visit(p, &mut |reference| match reference {
        Reference::Variable(name) => {
            r.variables.insert(format!("${name}"));
        }
        Reference::Message { id, attribute } => {
            r.messages.insert(references::message_name(id, attribute));
        }
        Reference::Term {
            id,
            attribute: None,
        } => {
            r.terms.insert(format!("-{id}"));
        }
        Reference::Term { .. } | Reference::Function(_) => {}
    });
    r
}

/// One character of a pattern's text with its byte offset in the file
/// (`None` when it could not be located). Placeables other than literals
/// are one [`CODE_MARK`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocatedChar {
    /// The character.
    pub ch: char,
    /// Byte offset in the file.
    pub offset: Option<usize>,
}

/// The runs of text of a pattern with file positions: the pattern itself
/// with each select as one code, then each select variant's own run.
pub fn located_runs(
    res: &FtlResource,
    p: &Pattern<String>,
    region: std::ops::Range<usize>,
) -> Vec<Vec<LocatedChar>> {
    let mut runs = Vec::new();
    let mut cursor = region.start;
    locate_pattern(res, p, region.end, &mut cursor, &mut runs);
    runs
}

fn locate_pattern(
    res: &FtlResource,
    p: &Pattern<String>,
    end: usize,
    cursor: &mut usize,
    runs: &mut Vec<Vec<LocatedChar>>,
) {
    let mut run = Vec::new();
    let mut nested = Vec::new();
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => {
                let found = find_from(&res.text, value, *cursor, end);
                push_text(&mut run, value, found);
                if let Some(at) = found {
                    *cursor = at + value.len();
                }
            }
            PatternElement::Placeable { expression } => match expression {
                Expression::Inline(InlineExpression::StringLiteral { value }) => {
                    let found = find_from(&res.text, value, *cursor, end);
                    let text = fluent_syntax::unicode::unescape_unicode_to_string(value);
                    for ch in text.chars() {
                        run.push(LocatedChar { ch, offset: found });
                    }
                    if let Some(at) = found {
                        *cursor = at + value.len();
                    }
                }
                Expression::Inline(InlineExpression::NumberLiteral { value }) => {
                    let found = find_from(&res.text, value, *cursor, end);
                    push_text(&mut run, value, found);
                    if let Some(at) = found {
                        *cursor = at + value.len();
                    }
                }
                Expression::Select { variants, .. } => {
                    run.push(LocatedChar {
                        ch: CODE_MARK,
                        offset: None,
                    });
                    for v in variants {
                        locate_pattern(res, &v.value, end, cursor, &mut nested);
                    }
                }
                Expression::Inline(_) => run.push(LocatedChar {
                    ch: CODE_MARK,
                    offset: None,
                }),
            },
        }
    }
    runs.push(run);
    runs.extend(nested);
}

fn push_text(run: &mut Vec<LocatedChar>, value: &str, found: Option<usize>) {
    for (i, ch) in value.char_indices() {
        run.push(LocatedChar {
            ch,
            offset: found.map(|at| at + i),
        });
    }
}

fn find_from(text: &str, needle: &str, from: usize, end: usize) -> Option<usize> {
    if needle.is_empty() || from >= end {
        return None;
    }
    let hay = text.get(from..end.min(text.len()))?;
    hay.find(needle).map(|i| from + i)
}

/// Byte offset of the first `$name` (a whole variable reference) in a
/// region of the file.
pub fn find_variable(text: &str, region: std::ops::Range<usize>, variable: &str) -> Option<usize> {
    let hay = text.get(region.clone())?;
    let mut from = 0;
    while let Some(i) = hay[from..].find(variable) {
        let at = from + i;
        let next = hay[at + variable.len()..].chars().next();
        if !next.is_some_and(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            return Some(region.start + at);
        }
        from = at + variable.len();
    }
    None
}

/// Byte offset of `needle` in a region of the file.
pub fn find_in_region(text: &str, region: std::ops::Range<usize>, needle: &str) -> Option<usize> {
    find_from(text, needle, region.start, region.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    const SRC: &str = "# relais-ignore: untranslated proper name\nhello = Bonjour { $name } et { -brand }\n    .title = { $n ->\n        [one] un { -brand.gender ->\n            *[x] y\n        }\n       *[other] { NUMBER($n) } fichiers\n    }\n    .alt = x\n-brand = Atelier\n";

    #[test]
    fn entries_have_refs_positions_and_ignores() {
        let res = FtlResource::parse(SRC, Path::new("x.ftl"));
        let idx = FileIndex::build(&res);
        assert_eq!(idx.len(), 2);
        let hello = idx.get("hello").unwrap();
        let value = hello.value.as_ref().unwrap();
        assert_eq!(value.refs.variables, BTreeSet::from(["$name".to_string()]));
        assert_eq!(value.refs.terms, BTreeSet::from(["-brand".to_string()]));
        let title = hello.attribute("title").unwrap();
        assert_eq!(title.refs.variables, BTreeSet::from(["$n".to_string()]));
        // -brand.gender is a selector on a term attribute: not a reference.
        assert!(title.refs.terms.is_empty());
        assert_eq!(res.line_col(title.offset), (3, 5));
        let alt = hello.attribute("alt").unwrap();
        assert_eq!(res.line_col(alt.offset), (9, 5));
        assert_eq!(hello.ignores.len(), 1);
        assert_eq!(hello.ignores[0].ignore.check, "untranslated");
        assert_eq!(res.line_col(hello.ignores[0].offset), (1, 1));
        assert!(idx.get("-brand").unwrap().is_term());
        let at = find_variable(&res.text, value.region.clone(), "$name").unwrap();
        assert_eq!(res.line_col(at), (2, 19));
    }

    #[test]
    fn located_runs_point_into_the_file() {
        let src = "a = Texte{\"\\u00A0\"}: { $x } fin ?\n    suite\n";
        let res = FtlResource::parse(src, Path::new("x.ftl"));
        let idx = FileIndex::build(&res);
        let e = idx.get("a").unwrap();
        let p = match &res.ast.body[res.entries[e.entry].index] {
            ast::Entry::Message(m) => m.value.as_ref().unwrap(),
            _ => unreachable!(),
        };
        let runs = located_runs(&res, p, e.value.as_ref().unwrap().region.clone());
        assert_eq!(runs.len(), 1);
        let text: String = runs[0].iter().map(|c| c.ch).collect();
        assert_eq!(text, "Texte\u{a0}: \u{fffc} fin ?\nsuite");
        let q = runs[0].iter().find(|c| c.ch == '?').unwrap();
        assert_eq!(res.line_col(q.offset.unwrap()), (1, 33));
        let s = runs[0].iter().find(|c| c.ch == 's').unwrap();
        assert_eq!(res.line_col(s.offset.unwrap()), (2, 5));
    }
}
