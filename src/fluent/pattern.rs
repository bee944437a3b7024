//! What a Fluent pattern says.
//!
//! A pattern becomes a [`Segment`] for the TM, XLIFF and the checks: text
//! elements and string/number literals are text; every other placeable
//! (`{ $var }`, `{ -term }`, `{ msg }`, `{ NUMBER($n) }`, a select) is one
//! protected code holding its canonical FTL source, so a translation can be
//! written back exactly. The canonical source is what fluent-syntax's own
//! serializer writes (`{ $n ->` … `}` with four-space indents).

use fluent_syntax::ast::{self, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use std::fmt::Write as _;

use crate::model::{Inline, Segment, Tag};

/// The FTL source of an inline expression.
pub fn inline_source(e: &InlineExpression<String>) -> String {
    match e {
        InlineExpression::StringLiteral { value } => format!("\"{value}\""),
        InlineExpression::NumberLiteral { value } => value.clone(),
        InlineExpression::VariableReference { id } => format!("${}", id.name),
        InlineExpression::MessageReference { id, attribute } => match attribute {
            Some(a) => format!("{}.{}", id.name, a.name),
            None => id.name.clone(),
        },
        InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            let mut s = format!("-{}", id.name);
            if let Some(a) = attribute {
                s.push('.');
                s.push_str(&a.name);
            }
            if let Some(args) = arguments {
                s.push_str(&call_arguments_source(args));
            }
            s
        }
        InlineExpression::FunctionReference { id, arguments } => {
            format!("{}{}", id.name, call_arguments_source(arguments))
        }
        InlineExpression::Placeable { expression } => {
            format!("{{ {} }}", expression_source(expression, 0))
        }
    }
}

fn call_arguments_source(args: &ast::CallArguments<String>) -> String {
    let mut parts: Vec<String> = args.positional.iter().map(inline_source).collect();
    parts.extend(
        args.named
            .iter()
            .map(|n| format!("{}: {}", n.name.name, inline_source(&n.value))),
    );
    format!("({})", parts.join(", "))
}

/// The FTL source of an expression; select variants are indented
/// relative to `indent` spaces.
pub fn expression_source(e: &Expression<String>, indent: usize) -> String {
    match e {
        Expression::Inline(i) => inline_source(i),
        Expression::Select { selector, variants } => {
            let mut s = format!("{} ->\n", inline_source(selector));
            for v in variants {
                let key = match &v.key {
                    VariantKey::Identifier { name } => name.clone(),
                    VariantKey::NumberLiteral { value } => value.clone(),
                };
                let pad = " ".repeat(indent + 4);
                let marker = if v.default {
                    format!("{}*", &pad[1..])
                } else {
                    pad.clone()
                };
                let value = pattern_source(&v.value, indent + 8);
                if value.contains('\n') {
                    let _ = write!(s, "{marker}[{key}]\n{}\n", indent_lines(&value, indent + 8));
                } else {
                    let _ = writeln!(s, "{marker}[{key}] {value}");
                }
            }
            s.push_str(&" ".repeat(indent));
            s
        }
    }
}

fn indent_lines(text: &str, indent: usize) -> String {
    let pad = " ".repeat(indent);
    text.lines()
        .map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!("{pad}{l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The FTL source of a placeable: `{ … }`.
pub fn placeable_source(e: &Expression<String>) -> String {
    match e {
        Expression::Select { .. } => format!("{{ {}}}", expression_source(e, 0)),
        Expression::Inline(_) => format!("{{ {} }}", expression_source(e, 0)),
    }
}

/// The FTL source of a pattern, as a flat string in which text is escaped
/// and placeables are written out (newlines kept; no indentation added).
pub fn pattern_source(p: &Pattern<String>, indent: usize) -> String {
    crate::fluent::writer::segment_source(&pattern_to_segment(p), indent)
}

/// A pattern as a segment: text, with placeables as protected codes.
pub fn pattern_to_segment(p: &Pattern<String>) -> Segment {
    let mut seg = Segment::default();
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => seg.push_text(value),
            PatternElement::Placeable { expression } => match expression {
                Expression::Inline(InlineExpression::StringLiteral { value }) => {
                    seg.push_text(&fluent_syntax::unicode::unescape_unicode_to_string(value));
                }
                Expression::Inline(InlineExpression::NumberLiteral { value }) => {
                    seg.push_text(value);
                }
                other => seg.push_tag(Tag::fluent_placeable(&placeable_source(other))),
            },
        }
    }
    seg
}

/// A select expression found in a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelectInfo {
    /// The selector's source (`$count`, `NUMBER($n)`, `-brand.gender`).
    pub selector: String,
    /// Variant keys in order.
    pub keys: Vec<String>,
    /// Which keys are number literals.
    pub numeric_keys: Vec<String>,
    /// The default variant's key.
    pub default: Option<String>,
}

/// Every select expression of a pattern (nested ones too).
pub fn selects(p: &Pattern<String>) -> Vec<SelectInfo> {
    let mut out = Vec::new();
    collect_selects(p, &mut out);
    out
}

fn collect_selects(p: &Pattern<String>, out: &mut Vec<SelectInfo>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            collect_selects_expr(expression, out);
        }
    }
}

fn collect_selects_expr(e: &Expression<String>, out: &mut Vec<SelectInfo>) {
    match e {
        Expression::Select { selector, variants } => {
            let mut info = SelectInfo {
                selector: inline_source(selector),
                keys: Vec::new(),
                numeric_keys: Vec::new(),
                default: None,
            };
            for v in variants {
                let key = match &v.key {
                    VariantKey::Identifier { name } => name.clone(),
                    VariantKey::NumberLiteral { value } => {
                        info.numeric_keys.push(value.clone());
                        value.clone()
                    }
                };
                if v.default {
                    info.default = Some(key.clone());
                }
                info.keys.push(key);
                collect_selects(&v.value, out);
            }
            out.push(info);
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            collect_selects_expr(expression, out);
        }
        Expression::Inline(_) => {}
    }
}

/// The texts a pattern can produce, one per combination of select
/// variants (each select expanded in place, at most 64 texts), with the
/// remaining placeables as protected codes. Checks on words and numbers
/// run on each.
pub fn variant_texts(p: &Pattern<String>) -> Vec<Segment> {
    let mut out = vec![Segment::default()];
    expand(&p.elements, &mut out);
    // Held for every message of a file while it is checked.
    for seg in &mut out {
        seg.0.shrink_to_fit();
    }
    out.shrink_to_fit();
    out
}

fn expand(elements: &[PatternElement<String>], acc: &mut Vec<Segment>) {
    for el in elements {
        match el {
            PatternElement::TextElement { value } => {
                acc.iter_mut().for_each(|s| s.push_text(value));
            }
            PatternElement::Placeable { expression } => match expression {
                Expression::Select { variants, .. } if acc.len() * variants.len() <= 64 => {
                    let mut next = Vec::new();
                    for v in variants {
                        let mut branch = acc.clone();
                        expand(&v.value.elements, &mut branch);
                        next.extend(branch);
                    }
                    *acc = next;
                }
                Expression::Inline(InlineExpression::StringLiteral { value }) => {
                    let text =
                        fluent_syntax::unicode::unescape_unicode_to_string(value).into_owned();
                    acc.iter_mut().for_each(|s| s.push_text(&text));
                }
                Expression::Inline(InlineExpression::NumberLiteral { value }) => {
                    acc.iter_mut().for_each(|s| s.push_text(value));
                }
                other => {
                    let tag = Tag::fluent_placeable(&placeable_source(other));
                    acc.iter_mut().for_each(|s| s.push_tag(tag.clone()));
                }
            },
        }
    }
}

/// Plain text of a segment for word-level checks: codes become U+FFFC.
pub fn plain_text(seg: &Segment) -> String {
    seg.matching_text()
}

/// Whether a segment has any code that is not a Fluent placeable.
pub fn has_foreign_codes(seg: &Segment) -> bool {
    seg.0
        .iter()
        .any(|p| matches!(p, Inline::Tag(t) if !t.is_fluent_code()))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    fn message(src: &str) -> ast::Message<String> {
        let res = fluent_syntax::parser::parse(src.to_string()).expect("parses");
        match res.body.into_iter().next() {
            Some(ast::Entry::Message(m)) => m,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn placeables_become_codes_and_literals_text() {
        let m = message("a = Bonjour { $name }, voici { -brand } et {\"{\"} { 42 }\n");
        let seg = pattern_to_segment(m.value.as_ref().unwrap());
        assert_eq!(
            seg.display_text(),
            "Bonjour { $name }, voici { -brand } et { 42"
        );
        assert_eq!(seg.codes().len(), 2);
    }

    #[test]
    fn references_and_selects() {
        let m = message(
            "a = { $count ->\n    [one] un { -brand } pour { $user }\n   *[other] { $count } { other-msg.title }\n}\n",
        );
        let p = m.value.as_ref().unwrap();
        let r = crate::fluent::references::references(p);
        assert_eq!(
            r.variables,
            BTreeSet::from(["count".to_string(), "user".to_string()])
        );
        assert_eq!(r.terms, BTreeSet::from(["brand".to_string()]));
        assert_eq!(r.messages, BTreeSet::from(["other-msg.title".to_string()]));
        let s = selects(p);
        assert_eq!(s[0].keys, ["one", "other"]);
        assert_eq!(s[0].default.as_deref(), Some("other"));
        assert_eq!(variant_texts(p).len(), 2);
    }

    #[test]
    fn select_source_round_trips() {
        let src =
            "a =\n    { $n ->\n        [one] un fichier\n       *[other] { $n } fichiers\n    }\n";
        let m = message(src);
        let seg = pattern_to_segment(m.value.as_ref().unwrap());
        let code = seg.codes()[0].native_text();
        assert_eq!(
            code,
            "{ $n ->\n    [one] un fichier\n   *[other] { $n } fichiers\n}"
        );
        // Written back into a message, it parses to the same AST.
        let back = format!(
            "a = {}\n",
            crate::fluent::writer::segment_source(&seg, 4).replace('\n', "\n    ")
        );
        assert_eq!(message(&back), m);
    }
}
