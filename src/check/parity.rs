//! compare-locales' checks, plus `$variable` references.
//!
//! * Per file: `syntax-error` (junk, with the parser's message; a
//!   byte-order mark and bare carriage returns, which other Fluent parsers
//!   turn into junk) and `duplicate-id` (messages, terms, attributes,
//!   variant keys).
//! * Per source/translation pair: `missing-message`/`obsolete-message`
//!   (terms included, as `-id`), `missing-value`/`obsolete-value`,
//!   `missing-attribute`/`obsolete-attribute` (messages only: term
//!   attributes are private to each language), `variable-mismatch` (not in
//!   terms, whose `$variables` are parameters each language defines) and
//!   `term-mismatch` per value and attribute.

use std::collections::BTreeMap;

use fluent_syntax::ast;

use crate::check::emit::Emitter;
use crate::check::ids;
use crate::check::message::{EntryInfo, FileIndex, PatternInfo, find_in_region, find_variable};
use crate::fluent::{EntryKind, FtlResource};
use crate::model::Segment;
use crate::t;

/// `syntax-error` and `duplicate-id` findings of one file.
pub fn file_checks(res: &FtlResource, index: &FileIndex, em: &mut Emitter<'_>) {
    // What concerns the file as a whole is reported once, with its first part.
    let whole_file = res.part.is_first();
    if res.had_bom && whole_file {
        em.emit(ids::SYNTAX_ERROR, Some(0), None, t!("check-syntax-bom"));
    }
    let bare_cr: Vec<usize> = res
        .text
        .match_indices('\r')
        .map(|(i, _)| i)
        .filter(|i| res.text.as_bytes().get(i + 1) != Some(&b'\n'))
        .collect();
    if let Some(first) = bare_cr.first().filter(|_| whole_file) {
        em.emit(
            ids::SYNTAX_ERROR,
            Some(*first),
            None,
            t!("check-syntax-cr", "count" => bare_cr.len()),
        );
    }
    for err in &res.errors {
        let junk = err.junk.as_ref();
        let entry = junk.and_then(|r| {
            res.entries
                .iter()
                .find(|e| e.kind == EntryKind::Junk && r.contains(&e.offset))
        });
        let junk_text = junk.and_then(|r| res.text.get(r.clone())).unwrap_or("");
        let tab = junk_text.lines().skip(1).any(|l| l.starts_with('\t'));
        let message = if tab {
            t!("check-syntax-tab", "message" => err.message.clone())
        } else {
            err.message.clone()
        };
        let mut offset = offset_of(res, err.line, err.column);
        // An error found at the end of the file (an unclosed placeable, say)
        // points at the end of the broken entry's text, not at the empty
        // line after it, as compare-locales does.
        if let Some(r) = junk {
            let body = res.text.get(r.clone()).unwrap_or("").trim_end();
            if offset > r.start + body.len() && !body.is_empty() {
                offset = r.start + body.len();
            }
        }
        let f = em.emit(
            ids::SYNTAX_ERROR,
            Some(offset),
            entry.and_then(|e| e.id.as_deref()),
            message,
        );
        f.width = 1;
    }
    duplicates(res, index, em);
}

/// Byte offset of a 1-based line and column.
fn offset_of(res: &FtlResource, line: u64, column: u64) -> usize {
    let mut offset = 0;
    for _ in 1..line {
        match res.text[offset..].find('\n') {
            Some(i) => offset += i + 1,
            None => break,
        }
    }
    res.text[offset..]
        .char_indices()
        .nth(crate::num::usize_sat(column.saturating_sub(1)))
        .map_or(res.text.len(), |(i, _)| offset + i)
}

fn duplicates(res: &FtlResource, index: &FileIndex, em: &mut Emitter<'_>) {
    let mut seen: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for e in &index.entries {
        let slot = seen.entry(e.key.as_str()).or_insert((e.offset, 0));
        slot.1 += 1;
        if slot.1 > 1 {
            let (line, _) = res.line_col(slot.0);
            em.emit(
                ids::DUPLICATE_ID,
                Some(e.offset),
                Some(&e.key),
                t!("check-duplicate-message", "id" => e.key.clone(), "line" => line),
            );
        }
        let mut names: Vec<&str> = Vec::new();
        for a in &e.attributes {
            let name = a.attribute.as_deref().unwrap_or_default();
            if names.contains(&name) {
                let f = em.emit(
                    ids::DUPLICATE_ID,
                    Some(a.offset),
                    Some(&e.key),
                    t!("check-duplicate-attribute", "id" => e.key.clone(), "attribute" => name),
                );
                f.attribute = Some(name.to_string());
            }
            names.push(name);
        }
        for p in e.patterns() {
            for s in &p.selects {
                let mut keys: Vec<&str> = Vec::new();
                for k in &s.keys {
                    if keys.contains(&k.as_str()) {
                        let f = em.emit(
                            ids::DUPLICATE_ID,
                            Some(find_in_region(&res.text, p.region.clone(), &format!("[{k}]")).unwrap_or(p.offset)),
                            Some(&e.key),
                            t!("check-duplicate-variant", "id" => e.key.clone(), "key" => k.clone()),
                        );
                        f.attribute = p.attribute.clone();
                    }
                    keys.push(k);
                }
            }
        }
    }
}

/// Compares a translation with its source.
pub fn compare(
    source: &FileIndex,
    source_res: &FtlResource,
    source_file: &str,
    target: &FileIndex,
    target_res: &FtlResource,
    em: &mut Emitter<'_>,
) {
    for (i, e) in source.entries.iter().enumerate() {
        if source.by_key.get(&e.key) != Some(&i) || target.get(&e.key).is_some() {
            continue;
        }
        let (line, _) = source_res.line_col(e.offset);
        let f = em.emit(
            ids::MISSING_MESSAGE,
            None,
            Some(&e.key),
            t!("check-missing-message", "id" => e.key.clone(), "source" => format!("{source_file}:{line}")),
        );
        f.reference = Some((source_file.to_string(), line));
    }
    for (i, e) in target.entries.iter().enumerate() {
        if target.by_key.get(&e.key) != Some(&i) {
            continue;
        }
        match source.get(&e.key) {
            None => {
                em.emit(
                    ids::OBSOLETE_MESSAGE,
                    Some(e.offset),
                    Some(&e.key),
                    t!("check-obsolete-message", "id" => e.key.clone()),
                );
            }
            Some(s) => compare_entry(s, e, target_res, em),
        }
    }
}

fn compare_entry(s: &EntryInfo, e: &EntryInfo, res: &FtlResource, em: &mut Emitter<'_>) {
    let id = &e.key;
    match (&s.value, &e.value) {
        (Some(_), None) => {
            em.emit(
                ids::MISSING_VALUE,
                Some(e.offset),
                Some(id),
                t!("check-missing-value", "id" => id.clone()),
            );
        }
        (None, Some(_)) => {
            em.emit(
                ids::OBSOLETE_VALUE,
                Some(e.offset),
                Some(id),
                t!("check-obsolete-value", "id" => id.clone()),
            );
        }
        (Some(sv), Some(tv)) => compare_refs(sv, tv, id, res, em),
        (None, None) => {}
    }
    if e.is_term() {
        return;
    }
    for sa in &s.attributes {
        let name = sa.attribute.as_deref().unwrap_or_default();
        match e.attribute(name) {
            None => {
                let f = em.emit(
                    ids::MISSING_ATTRIBUTE,
                    Some(e.offset),
                    Some(id),
                    t!("check-missing-attribute", "id" => id.clone(), "attribute" => name),
                );
                f.attribute = Some(name.to_string());
            }
            Some(ta) => compare_refs(sa, ta, id, res, em),
        }
    }
    let mut reported: Vec<&str> = Vec::new();
    for ta in &e.attributes {
        let name = ta.attribute.as_deref().unwrap_or_default();
        if s.attribute(name).is_none() && !reported.contains(&name) {
            reported.push(name);
            let f = em.emit(
                ids::OBSOLETE_ATTRIBUTE,
                Some(ta.offset),
                Some(id),
                t!("check-obsolete-attribute", "id" => id.clone(), "attribute" => name),
            );
            f.attribute = Some(name.to_string());
        }
    }
}

/// Whether the source uses `$variable` only to select between variants
/// that all say the same (`{ $count -> [one] Insert inline *[other]
/// Insert inline }`): a translation that drops such a select loses
/// nothing.
fn only_selects_identical_variants(s: &PatternInfo, variable: &str) -> bool {
    let needle = format!("${}", variable.trim_start_matches('$'));
    let texts: Vec<String> = s.variants.iter().map(Segment::display_text).collect();
    texts.len() > 1
        && texts.windows(2).all(|w| w[0] == w[1])
        && !texts.iter().any(|t| {
            t.match_indices(&needle).any(|(i, _)| {
                !t[i + needle.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-')
            })
        })
}

/// Names a value (`id`) or an attribute (`id.attr`) in messages.
fn pattern_name(id: &str, p: &PatternInfo) -> String {
    match &p.attribute {
        Some(a) => format!("{id}.{a}"),
        None => id.to_string(),
    }
}

fn compare_refs(
    s: &PatternInfo,
    t: &PatternInfo,
    id: &str,
    res: &FtlResource,
    em: &mut Emitter<'_>,
) {
    let name = pattern_name(id, t);
    // In a term, `$variables` are the term's parameters (`-brand(case:
    // "gen")`), which each language defines for its own grammar.
    let (source_vars, target_vars) = if id.starts_with('-') {
        (Default::default(), Default::default())
    } else {
        (s.refs.variables.clone(), t.refs.variables.clone())
    };
    for v in source_vars.difference(&target_vars) {
        if only_selects_identical_variants(s, v) {
            continue;
        }
        let f = em.emit(
            ids::VARIABLE_MISMATCH,
            Some(t.offset),
            Some(id),
            t!("check-variable-missing", "id" => name.clone(), "variable" => v.clone()),
        );
        f.attribute = t.attribute.clone();
    }
    for v in target_vars.difference(&source_vars) {
        let at = find_variable(&res.text, t.region.clone(), v).unwrap_or(t.offset);
        let f = em.emit(
            ids::VARIABLE_MISMATCH,
            Some(at),
            Some(id),
            t!("check-variable-unknown", "id" => name.clone(), "variable" => v.clone()),
        );
        f.attribute = t.attribute.clone();
        f.width = v.chars().count();
    }
    let missing = s
        .refs
        .terms
        .difference(&t.refs.terms)
        .chain(s.refs.messages.difference(&t.refs.messages));
    for r in missing {
        let f = em.emit(
            ids::TERM_MISMATCH,
            Some(t.offset),
            Some(id),
            t!("check-reference-missing", "id" => name.clone(), "reference" => r.clone()),
        );
        f.attribute = t.attribute.clone();
    }
    let extra = t
        .refs
        .terms
        .difference(&s.refs.terms)
        .chain(t.refs.messages.difference(&s.refs.messages));
    for r in extra {
        let at = find_variable(&res.text, t.region.clone(), r).unwrap_or(t.offset);
        let f = em.emit(
            ids::TERM_MISMATCH,
            Some(at),
            Some(id),
            t!("check-reference-obsolete", "id" => name.clone(), "reference" => r.clone()),
        );
        f.attribute = t.attribute.clone();
        f.width = r.chars().count();
    }
}

/// The AST pattern of an entry's value or attribute.
pub fn ast_pattern<'r>(
    res: &'r FtlResource,
    e: &EntryInfo,
    p: &PatternInfo,
) -> Option<&'r ast::Pattern<String>> {
    let entry = &res.entries[e.entry];
    let (value, attributes) = match &res.ast.body[entry.index] {
        ast::Entry::Message(m) => (m.value.as_ref(), &m.attributes),
        ast::Entry::Term(t) => (Some(&t.value), &t.attributes),
        _ => return None,
    };
    match &p.attribute {
        None => value,
        Some(name) => {
            // The n-th attribute of that name, as FileIndex keeps them.
            let nth = e
                .attributes
                .iter()
                .take_while(|a| !std::ptr::eq(*a, p))
                .filter(|a| a.attribute.as_deref() == Some(name))
                .count();
            attributes
                .iter()
                .filter(|a| &a.id.name == name)
                .nth(nth)
                .map(|a| &a.value)
        }
    }
}
