//! Step 4: the codes of a translation mapped back onto the current
//! source's — every placeable and markup code once, in an order where
//! markup opens before it closes.

use std::collections::HashMap;

use crate::model::{Inline, Segment, Tag};
use crate::publish::markup::{Markup, Token, codes_to_tags, tags_to_codes, tokenize};
use crate::t;

/// Why a target's codes cannot be mapped back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct CodeProblem {
    pub(super) kind: &'static str,
    pub(super) code: String,
}

/// Annotations tools add (`<mrk>`, Trados deleted text) are not codes of
/// the text: dropped, their content kept.
pub(super) fn is_annotation(native: &str) -> bool {
    let n = native.trim_start();
    n.starts_with("<mrk") || n.starts_with("</mrk") || n.contains(":mrk")
}

/// The codes of a target, in order, with annotations removed.
pub(super) fn flatten(pieces: &[Inline], out: &mut Vec<Inline>) {
    for p in pieces {
        match p {
            Inline::Tag(t) if t.is_highlight() => flatten(&t.content, out),
            Inline::Tag(t) if is_annotation(&t.native_text()) => {}
            other => out.push(other.clone()),
        }
    }
}

pub(super) fn markup_kind(native: &str) -> Option<(Markup, bool)> {
    match tokenize(native).first() {
        Some(Token::Open(kind, _, _)) => Some((*kind, true)),
        Some(Token::Close(kind, _)) => Some((*kind, false)),
        _ => None,
    }
}

/// Markup that closes before it opens, in the order the target's codes
/// come (`mapped`: index into `natives` of each code).
fn order_problems(mapped: &[Option<usize>], natives: &[String]) -> Vec<CodeProblem> {
    let mut problems = Vec::new();
    let mut depth: Vec<(Markup, i32)> = Vec::new();
    for i in mapped.iter().flatten() {
        let Some((kind, open)) = markup_kind(&natives[*i]) else {
            continue;
        };
        let d = match depth.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, d)) => d,
            None => {
                depth.push((kind, 0));
                &mut depth.last_mut().expect("just pushed").1
            }
        };
        *d += if open { 1 } else { -1 };
        if *d < 0 {
            problems.push(CodeProblem {
                kind: "code-order",
                code: natives[*i].clone(),
            });
            *d = 0;
        }
    }
    problems
}

/// Maps the codes of a translation read from XLIFF onto the codes of the
/// current source (`source`, Fluent form) and returns the translation in
/// Fluent form. `optional` placeables may appear at most once or not at
/// all (plural forms); every other source code exactly once.
pub(super) fn rebuild(
    target: &Segment,
    file_source: &Segment,
    source: &Segment,
    optional: &[String],
) -> std::result::Result<Segment, Vec<CodeProblem>> {
    let coded = tags_to_codes(source);
    let mut entries: Vec<(Tag, bool)> = coded
        .codes()
        .into_iter()
        .map(|t| (t.clone(), !optional.contains(&t.native_text())))
        .collect();
    for o in optional {
        if !entries.iter().any(|(t, _)| t.native_text() == *o) {
            entries.push((Tag::fluent_placeable(o), false));
        }
    }
    let natives: Vec<String> = entries.iter().map(|(t, _)| t.native_text()).collect();
    // A tool may have rewritten a code (`<x id="1"/>` for a `ph`): its id
    // in the file's own source says which code it stands for.
    let by_id: HashMap<String, String> = file_source
        .codes()
        .into_iter()
        .filter_map(|t| {
            let x = t.attrs.iter().find(|(k, _)| k == "x")?;
            Some((x.1.clone(), t.native_text()))
        })
        .collect();
    let mut pieces = Vec::new();
    flatten(&target.0, &mut pieces);
    let mut used = vec![0usize; entries.len()];
    let mut problems = Vec::new();
    let mut mapped: Vec<Option<usize>> = Vec::with_capacity(pieces.len());
    for piece in &pieces {
        let Inline::Tag(tag) = piece else {
            mapped.push(None);
            continue;
        };
        let mut native = tag.native_text();
        if !natives.contains(&native)
            && let Some(x) = tag.attrs.iter().find(|(k, _)| k == "x")
            && let Some(n) = by_id.get(&x.1)
        {
            native = n.clone();
        }
        let candidates: Vec<usize> = (0..entries.len())
            .filter(|&i| natives[i] == native)
            .collect();
        match candidates.iter().find(|&&i| used[i] == 0) {
            Some(&i) => {
                used[i] += 1;
                mapped.push(Some(i));
            }
            None if !candidates.is_empty() => {
                problems.push(CodeProblem {
                    kind: "duplicate-code",
                    code: native,
                });
                mapped.push(None);
            }
            None => {
                problems.push(CodeProblem {
                    kind: "unknown-code",
                    code: native,
                });
                mapped.push(None);
            }
        }
    }
    for (i, (_, required)) in entries.iter().enumerate() {
        if *required && used[i] == 0 {
            problems.push(CodeProblem {
                kind: "missing-code",
                code: natives[i].clone(),
            });
        }
    }
    problems.extend(order_problems(&mapped, &natives));
    if !problems.is_empty() {
        problems.dedup();
        return Err(problems);
    }
    let mut out = Segment::default();
    for (piece, m) in pieces.iter().zip(&mapped) {
        match (piece, m) {
            (Inline::Text(t), _) => out.push_text(t),
            (Inline::Tag(_), Some(i)) => out.push_tag(entries[*i].0.clone()),
            (Inline::Tag(_), None) => {}
        }
    }
    Ok(codes_to_tags(&out))
}

pub(super) fn code_message(p: &CodeProblem, id: &str) -> String {
    let code = p.code.as_str();
    match p.kind {
        "missing-code" => t!("xliff-error-missing-code", "id" => id, "code" => code),
        "duplicate-code" => t!("xliff-error-duplicate-code", "id" => id, "code" => code),
        "code-order" => t!("xliff-error-code-order", "id" => id, "code" => code),
        _ => t!("xliff-error-unknown-code", "id" => id, "code" => code),
    }
}
