//! What a translator gets for a document: one unit per message value and
//! per attribute (one per plural form for plural selects), with a stable
//! id, the source text, and the current translation of that piece.
//!
//! The same model serves the export (what to write) and the import (what
//! an id means now, whether its source changed, how a translation is
//! written back into the message).

use fluent_syntax::ast::{self, Expression, Pattern, PatternElement, Variant, VariantKey};
use serde::Serialize;
use std::fmt::Write as _;

use crate::error::Result;
use crate::fluent::directives;
use crate::fluent::pattern::{inline_source, pattern_to_segment, selects};
use crate::lang::{LangTag, PLURAL_CATEGORY_NAMES, plural_categories, plural_category};
use crate::model::Segment;
use crate::project::{Project, is_identifier};
use crate::publish::document::{SourceDocument, source_hash};
use crate::publish::target::{TargetFile, TargetMessage};

/// Unit metadata type: the hash of the unit's source text at export time
/// (1.2 `context-type`, 2.0 `mda:meta type`).
pub const PROP_SOURCE_HASH: &str = "x-relais-source-hash";

/// Where a unit comes from: a document, a message, optionally one of its
/// attributes, optionally one plural form (a CLDR category or a number
/// key of the source).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnitKey {
    /// Document name.
    pub document: String,
    /// Message id.
    pub message: String,
    /// Attribute name.
    pub attribute: Option<String>,
    /// Plural form: `one`, `few`, … or a number key such as `0`.
    pub variant: Option<String>,
}

impl UnitKey {
    /// A key.
    pub fn new(
        document: &str,
        message: &str,
        attribute: Option<&str>,
        variant: Option<&str>,
    ) -> Self {
        UnitKey {
            document: document.to_string(),
            message: message.to_string(),
            attribute: attribute.map(str::to_string),
            variant: variant.map(str::to_string),
        }
    }

    /// The key as the design writes it, and the XLIFF 1.2 unit id:
    /// `DOC#MSG`, `DOC#MSG.attr`, `DOC#MSG#few`, `DOC#MSG.attr#few`.
    pub fn key(&self) -> String {
        self.join('#')
    }

    /// The XLIFF 2.0 unit id, which must be an XML NMTOKEN (no `#`): the
    /// key with `:` instead, `DOC:MSG`, `DOC:MSG.attr`, `DOC:MSG:few`.
    /// Document names, message ids and attribute names contain neither
    /// `#`, `:` nor `.`, so both forms read back unambiguously.
    pub fn nmtoken(&self) -> String {
        self.join(':')
    }

    /// The id for an XLIFF version.
    pub fn id(&self, v2: bool) -> String {
        if v2 { self.nmtoken() } else { self.key() }
    }

    fn join(&self, sep: char) -> String {
        let mut s = format!("{}{sep}{}", self.document, self.message);
        if let Some(a) = &self.attribute {
            s.push('.');
            s.push_str(a);
        }
        if let Some(v) = &self.variant {
            s.push(sep);
            s.push_str(v);
        }
        s
    }

    /// Reads an id in either form; `None` when it is not one.
    pub fn parse(id: &str) -> Option<UnitKey> {
        let sep = if id.contains('#') { '#' } else { ':' };
        let parts: Vec<&str> = id.split(sep).collect();
        if !(2..=3).contains(&parts.len()) {
            return None;
        }
        let (message, attribute) = match parts[1].split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (parts[1], None),
        };
        let variant = parts.get(2).copied();
        let valid = is_identifier(parts[0])
            && is_identifier(message)
            && attribute.is_none_or(is_identifier)
            && variant.is_none_or(is_variant_key);
        valid.then(|| UnitKey::new(parts[0], message, attribute, variant))
    }

    /// The Fluent reference of the pattern: `msg` or `msg.attr`.
    pub fn reference(&self) -> String {
        match &self.attribute {
            Some(a) => format!("{}.{a}", self.message),
            None => self.message.clone(),
        }
    }
}

fn is_number_literal(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    !int.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

fn is_variant_key(s: &str) -> bool {
    PLURAL_CATEGORY_NAMES.contains(&s) || is_number_literal(s)
}

/// How a pattern is offered to translators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum UnitKind {
    /// Text with placeables and markup: one unit.
    Text,
    /// A plural select: one unit per form, each a whole sentence.
    Plural,
    /// Any other select (on a gender, a nested or a second select, or a
    /// translation that uses one where the source does not): one unit
    /// shown for context (`translate="no"`), edited in the Fluent file.
    FluentOnly,
}

/// One unit.
#[derive(Debug, Clone)]
pub struct SourceUnit {
    /// Its key.
    pub key: UnitKey,
    /// How it is offered.
    pub kind: UnitKind,
    /// The source text (Fluent form: markup as text, placeables as
    /// codes); for a plural form, the whole pattern with the select
    /// replaced by the nearest source variant.
    pub source: Segment,
    /// [`source_hash`] of `source`.
    pub hash: String,
    /// The current translation of the same piece, if any.
    pub target: Option<Segment>,
}

/// A message value or attribute.
#[derive(Debug, Clone)]
pub struct Part {
    /// The attribute, or `None` for the value.
    pub attribute: Option<String>,
    /// How it is offered.
    pub kind: UnitKind,
    /// The selector's FTL source for plural parts (`$count`).
    pub selector: Option<String>,
    /// Its units (one, or one per plural form).
    pub units: Vec<SourceUnit>,
    /// Placeables a plural form may show or leave out: those of the
    /// source select's variants that name the selector's variable.
    pub optional_codes: Vec<String>,
    /// The current translation of the whole pattern, if any.
    pub target: Option<Segment>,
}

/// A source message, its units and its current translation.
#[derive(Debug, Clone)]
pub struct MessageUnits {
    /// Message id.
    pub id: String,
    /// Translator notes: the source comment without `relais:` and
    /// `relais-ignore:` lines.
    pub notes: Vec<String>,
    /// The source value.
    pub source_value: Option<Segment>,
    /// The source attributes.
    pub source_attributes: Vec<(String, Segment)>,
    /// Value first, then attributes in source order.
    pub parts: Vec<Part>,
    /// The current translation.
    pub target: Option<TargetMessage>,
    /// Attributes of the translation the source does not have (kept as
    /// they are).
    pub extra_attributes: Vec<(String, Segment)>,
}

impl MessageUnits {
    /// Whether the current translation waits for review.
    pub fn needs_review(&self) -> bool {
        self.target
            .as_ref()
            .is_some_and(TargetMessage::needs_review)
    }
}

/// A document's units for one target locale.
#[derive(Debug)]
pub struct DocumentUnits {
    /// Document name.
    pub document: String,
    /// The project locale, as `relais.toml` writes it.
    pub locale: String,
    /// The source document.
    pub source: SourceDocument,
    /// The translation file.
    pub target: TargetFile,
    /// Source messages in order.
    pub messages: Vec<MessageUnits>,
}

impl DocumentUnits {
    /// Reads a document's source and translation files.
    pub fn load(project: &Project, document: &str, locale: &str) -> Result<DocumentUnits> {
        let source = SourceDocument::load(project, document)?;
        let target = TargetFile::load(&project.resource_path(locale, document))?;
        let source_lang = LangTag::parse(project.source_locale())?;
        let target_lang = LangTag::parse(locale)?;
        let langs = Langs {
            source: &source_lang,
            target: &target_lang,
        };
        let mut messages = Vec::new();
        for (_, m) in source.resource.messages() {
            let id = m.id.name.clone();
            let existing = target.message(&id).cloned();
            let target_ast = existing.as_ref().and_then(|t| target_ast(&target, t));
            let comments: Vec<String> = m
                .comment
                .as_ref()
                .map(|c| c.content.clone())
                .unwrap_or_default();
            let notes: Vec<String> = directives::notes(&comments)
                .into_iter()
                .filter(|l| !l.trim().is_empty())
                .collect();
            let mut parts = Vec::new();
            if let Some(value) = &m.value {
                let target_value = target_ast.and_then(|t| t.value.as_ref());
                parts.push(part(
                    &UnitKey::new(document, &id, None, None),
                    value,
                    target_value,
                    &langs,
                ));
            }
            for a in &m.attributes {
                let target_attr = target_ast.and_then(|t| {
                    t.attributes
                        .iter()
                        .find(|ta| ta.id.name == a.id.name)
                        .map(|ta| &ta.value)
                });
                parts.push(part(
                    &UnitKey::new(document, &id, Some(&a.id.name), None),
                    &a.value,
                    target_attr,
                    &langs,
                ));
            }
            let extra_attributes = existing
                .as_ref()
                .map(|t| {
                    t.attributes
                        .iter()
                        .filter(|(n, _)| !m.attributes.iter().any(|a| a.id.name == *n))
                        .cloned()
                        .collect()
                })
                .unwrap_or_default();
            messages.push(MessageUnits {
                source_value: m.value.as_ref().map(pattern_to_segment),
                source_attributes: m
                    .attributes
                    .iter()
                    .map(|a| (a.id.name.clone(), pattern_to_segment(&a.value)))
                    .collect(),
                id,
                notes,
                parts,
                target: existing,
                extra_attributes,
            });
        }
        Ok(DocumentUnits {
            document: document.to_string(),
            locale: locale.to_string(),
            source,
            target,
            messages,
        })
    }

    /// Every unit in document order, with its message and part.
    pub fn units(&self) -> impl Iterator<Item = (&MessageUnits, &Part, &SourceUnit)> {
        self.messages.iter().flat_map(|m| {
            m.parts
                .iter()
                .flat_map(move |p| p.units.iter().map(move |u| (m, p, u)))
        })
    }

    /// The unit a key names, if the document has it.
    pub fn unit(&self, key: &UnitKey) -> Option<(&MessageUnits, &Part, &SourceUnit)> {
        self.units().find(|(_, _, u)| u.key == *key)
    }

    /// A message by id.
    pub fn message(&self, id: &str) -> Option<&MessageUnits> {
        self.messages.iter().find(|m| m.id == id)
    }
}

/// The AST of a translation's message.
fn target_ast<'a>(target: &'a TargetFile, m: &TargetMessage) -> Option<&'a ast::Message<String>> {
    match target.resource.as_ref()?.ast.body.get(m.entry)? {
        ast::Entry::Message(msg) => Some(msg),
        _ => None,
    }
}

struct Langs<'a> {
    source: &'a LangTag,
    target: &'a LangTag,
}

/// A pattern whose only select is a top-level plural select.
struct PluralShape<'a> {
    /// Index of the select's placeable in the pattern's elements.
    index: usize,
    selector: &'a ast::InlineExpression<String>,
    variants: &'a [Variant<String>],
}

fn key_of(v: &Variant<String>) -> &str {
    match &v.key {
        VariantKey::Identifier { name } => name,
        VariantKey::NumberLiteral { value } => value,
    }
}

/// The plural select of a pattern: the pattern's only select (none
/// nested), a placeable of the pattern itself, whose keys are numbers or
/// CLDR categories, at least one a category (the rule `check` uses to
/// call a select numeric).
fn plural_shape(p: &Pattern<String>) -> Option<PluralShape<'_>> {
    if selects(p).len() != 1 {
        return None;
    }
    let (index, selector, variants) =
        p.elements.iter().enumerate().find_map(|(i, el)| match el {
            PatternElement::Placeable {
                expression: Expression::Select { selector, variants },
            } => Some((i, selector, variants.as_slice())),
            _ => None,
        })?;
    let mut category = false;
    for v in variants {
        match &v.key {
            VariantKey::Identifier { name } if PLURAL_CATEGORY_NAMES.contains(&name.as_str()) => {
                category = true;
            }
            VariantKey::Identifier { .. } => return None,
            VariantKey::NumberLiteral { .. } => {}
        }
    }
    category.then_some(PluralShape {
        index,
        selector,
        variants,
    })
}

impl PluralShape<'_> {
    /// The variant Fluent would show for `key` in `lang`: the variant with
    /// that key; for a number without its own variant, the variant of the
    /// number's plural category; else the default variant.
    fn variant_for(&self, key: &str, lang: &LangTag) -> &Variant<String> {
        let by_key = |k: &str| self.variants.iter().find(|v| key_of(v) == k);
        by_key(key)
            .or_else(|| {
                is_number_literal(key)
                    .then(|| plural_category(lang, key))
                    .flatten()
                    .and_then(by_key)
            })
            .or_else(|| self.variants.iter().find(|v| v.default))
            .unwrap_or_else(|| self.variants.last().expect("a select has variants"))
    }

    /// The pattern with the select replaced by the variant for `key`.
    fn expand(&self, p: &Pattern<String>, key: &str, lang: &LangTag) -> Segment {
        let variant = self.variant_for(key, lang);
        let mut elements = p.elements[..self.index].to_vec();
        elements.extend(variant.value.elements.iter().cloned());
        elements.extend(p.elements[self.index + 1..].iter().cloned());
        pattern_to_segment(&Pattern { elements })
    }

    /// The source's number keys, in order.
    fn number_keys(&self) -> Vec<String> {
        self.variants
            .iter()
            .filter(|v| matches!(v.key, VariantKey::NumberLiteral { .. }))
            .map(|v| key_of(v).to_string())
            .collect()
    }
}

/// The text of a plural pattern for one form (`key`: a category or a
/// number): the pattern with its select replaced by the variant Fluent
/// would show. `None` when the pattern has no plural select.
pub fn expand_plural(p: &Pattern<String>, key: &str, lang: &LangTag) -> Option<Segment> {
    plural_shape(p).map(|shape| shape.expand(p, key, lang))
}

/// The plural forms a translation into `lang` needs, in CLDR order.
pub fn target_categories(lang: &LangTag) -> Vec<&'static str> {
    let used = plural_categories(lang);
    PLURAL_CATEGORY_NAMES
        .iter()
        .copied()
        .filter(|c| used.contains(c))
        .collect()
}

/// The variable a selector reads (`count` for `$count` and
/// `NUMBER($count, …)`).
fn selector_variable(selector: &ast::InlineExpression<String>) -> Option<String> {
    match selector {
        ast::InlineExpression::VariableReference { id } => Some(id.name.clone()),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.iter().find_map(selector_variable)
        }
        _ => None,
    }
}

fn part(
    base: &UnitKey,
    source: &Pattern<String>,
    target: Option<&Pattern<String>>,
    langs: &Langs<'_>,
) -> Part {
    let target_segment = target.map(pattern_to_segment);
    let target_plain = target.is_none_or(|t| selects(t).is_empty());
    let target_shape = target.and_then(plural_shape);
    let single = |kind: UnitKind| {
        let seg = pattern_to_segment(source);
        Part {
            attribute: base.attribute.clone(),
            kind,
            selector: None,
            units: vec![SourceUnit {
                key: base.clone(),
                kind,
                hash: source_hash(&seg),
                source: seg,
                target: target_segment.clone(),
            }],
            optional_codes: Vec::new(),
            target: target_segment.clone(),
        }
    };
    if selects(source).is_empty() && target_plain {
        return single(UnitKind::Text);
    }
    let Some(shape) = plural_shape(source).filter(|_| target_plain || target_shape.is_some())
    else {
        return single(UnitKind::FluentOnly);
    };
    let mut keys = shape.number_keys();
    for c in target_categories(langs.target) {
        if !keys.iter().any(|k| k == c) {
            keys.push(c.to_string());
        }
    }
    let units = keys
        .iter()
        .map(|k| {
            let seg = shape.expand(source, k, langs.source);
            let target = match (target, &target_shape) {
                (Some(t), Some(ts)) => Some(ts.expand(t, k, langs.target)),
                (Some(t), None) => Some(pattern_to_segment(t)),
                (None, _) => None,
            };
            SourceUnit {
                key: UnitKey {
                    variant: Some(k.clone()),
                    ..base.clone()
                },
                kind: UnitKind::Plural,
                hash: source_hash(&seg),
                source: seg,
                target,
            }
        })
        .collect();
    let optional_codes = match selector_variable(shape.selector) {
        Some(var) => shape
            .variants
            .iter()
            .flat_map(|v| {
                pattern_to_segment(&v.value)
                    .codes()
                    .into_iter()
                    .map(crate::model::segment::Tag::native_text)
                    .collect::<Vec<_>>()
            })
            .filter(|t| names_variable(t, &var))
            .fold(Vec::new(), |mut acc, t| {
                if !acc.contains(&t) {
                    acc.push(t);
                }
                acc
            }),
        None => Vec::new(),
    };
    Part {
        attribute: base.attribute.clone(),
        kind: UnitKind::Plural,
        selector: Some(inline_source(shape.selector)),
        units,
        optional_codes,
        target: target_segment,
    }
}

/// Whether a placeable's FTL source shows the variable `var` (`{ $count }`,
/// `{ NUMBER($count) }`).
fn names_variable(placeable: &str, var: &str) -> bool {
    let needle = format!("${var}");
    placeable.match_indices(&needle).any(|(i, _)| {
        !placeable[i + needle.len()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    }) && !placeable.contains("->")
}

/// The FTL source of a plural select built from translated forms
/// (`keys` in order, `other` as the default), as the code of a segment.
pub fn plural_select(selector: &str, forms: &[(String, Segment)]) -> Segment {
    let default = forms
        .iter()
        .position(|(k, _)| k == "other")
        .unwrap_or(forms.len().saturating_sub(1));
    let mut src = format!("{{ {selector} ->\n");
    for (i, (key, seg)) in forms.iter().enumerate() {
        let marker = if i == default { "   *" } else { "    " };
        let value = crate::fluent::writer::segment_source(seg, 0);
        if value.contains('\n') {
            let _ = writeln!(src, "{marker}[{key}]");
            for line in value.lines() {
                if !line.is_empty() {
                    src.push_str("        ");
                    src.push_str(line);
                }
                src.push('\n');
            }
        } else {
            let _ = writeln!(src, "{marker}[{key}] {value}");
        }
    }
    src.push('}');
    let mut out = Segment::default();
    out.push_tag(crate::model::Tag::fluent_placeable(&src));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn keys_have_two_forms_that_read_back() {
        let k = UnitKey::new("notices", "inbox", Some("title"), Some("few"));
        assert_eq!(k.key(), "notices#inbox.title#few");
        assert_eq!(k.nmtoken(), "notices:inbox.title:few");
        assert!(crate::formats::xliff::writer::is_nmtoken(&k.nmtoken()));
        assert_eq!(UnitKey::parse(&k.key()), Some(k.clone()));
        assert_eq!(UnitKey::parse(&k.nmtoken()), Some(k));
        let plain = UnitKey::new("d", "m-1", None, None);
        assert_eq!(UnitKey::parse("d#m-1"), Some(plain.clone()));
        assert_eq!(UnitKey::parse("d:m-1"), Some(plain));
        assert_eq!(
            UnitKey::parse("d#m#0").and_then(|k| k.variant),
            Some("0".to_string())
        );
        for bad in [
            "d",
            "d#",
            "#m",
            "d#m#x",
            "d#m#few#one",
            "d#1m",
            "d:m.a.b",
            "d m#x",
            "d#m#1.",
        ] {
            assert_eq!(UnitKey::parse(bad), None, "{bad}");
        }
    }

    fn pattern(src: &str) -> Pattern<String> {
        let res = fluent_syntax::parser::parse(format!("m = {src}\n")).expect("parses");
        match res.body.into_iter().next() {
            Some(ast::Entry::Message(m)) => m.value.expect("value"),
            other => panic!("{other:?}"),
        }
    }

    fn langs() -> (LangTag, LangTag) {
        (LangTag::parse("fr").unwrap(), LangTag::parse("pl").unwrap())
    }

    #[test]
    fn plural_selects_become_one_unit_per_target_form() {
        let (fr, pl) = langs();
        let langs = Langs {
            source: &fr,
            target: &pl,
        };
        let source = pattern(
            "Vous avez { $count ->\n    [0] aucun message\n    [one] un message\n   *[other] { $count } messages\n} dans { $folder }.",
        );
        let p = part(
            &UnitKey::new("d", "inbox", None, None),
            &source,
            None,
            &langs,
        );
        assert_eq!(p.kind, UnitKind::Plural);
        assert_eq!(p.selector.as_deref(), Some("$count"));
        let keys: Vec<&str> = p
            .units
            .iter()
            .map(|u| u.key.variant.as_deref().unwrap())
            .collect();
        assert_eq!(keys, ["0", "one", "few", "many", "other"]);
        let text = |k: &str| {
            p.units
                .iter()
                .find(|u| u.key.variant.as_deref() == Some(k))
                .unwrap()
                .source
                .display_text()
        };
        assert_eq!(text("0"), "Vous avez aucun message dans { $folder }.");
        assert_eq!(text("one"), "Vous avez un message dans { $folder }.");
        // No [few] in French: the default variant is the nearest.
        assert_eq!(
            text("few"),
            "Vous avez { $count } messages dans { $folder }."
        );
        assert_eq!(p.optional_codes, ["{ $count }"]);
    }

    #[test]
    fn translations_are_cut_into_the_same_forms() {
        let (fr, pl) = langs();
        let langs = Langs {
            source: &fr,
            target: &pl,
        };
        let source = pattern("{ $n ->\n    [one] un fichier\n   *[other] { $n } fichiers\n}");
        let target = pattern(
            "{ $n ->\n    [one] jeden plik\n    [few] { $n } pliki\n   *[other] { $n } plików\n}",
        );
        let p = part(
            &UnitKey::new("d", "files", None, None),
            &source,
            Some(&target),
            &langs,
        );
        let t: Vec<String> = p
            .units
            .iter()
            .map(|u| u.target.as_ref().unwrap().display_text())
            .collect();
        assert_eq!(
            t,
            [
                "jeden plik",
                "{ $n } pliki",
                "{ $n } plików",
                "{ $n } plików"
            ]
        );
        // A plain translation stands for every form.
        let plain = pattern("pliki");
        let p = part(
            &UnitKey::new("d", "files", None, None),
            &source,
            Some(&plain),
            &langs,
        );
        assert!(
            p.units
                .iter()
                .all(|u| u.target.as_ref().unwrap().display_text() == "pliki")
        );
    }

    #[test]
    fn other_selects_stay_in_fluent() {
        let (fr, pl) = langs();
        let langs = Langs {
            source: &fr,
            target: &pl,
        };
        let key = UnitKey::new("d", "m", None, None);
        for src in [
            "{ $gender ->\n    [female] Elle\n   *[other] Il\n} a écrit.",
            "{ $a ->\n    [one] { $b ->\n        [one] x\n       *[other] y\n    }\n   *[other] z\n}",
            "{ $a ->\n    [one] a\n   *[other] b\n} { $b ->\n    [one] a\n   *[other] b\n}",
        ] {
            let p = part(&key, &pattern(src), None, &langs);
            assert_eq!(p.kind, UnitKind::FluentOnly, "{src}");
            assert_eq!(p.units.len(), 1);
        }
        // A translation with a select of its own where the source has none.
        let p = part(
            &key,
            &pattern("Bienvenue"),
            Some(&pattern("{ $g ->\n    [f] Witaj\n   *[other] Witaj\n}")),
            &langs,
        );
        assert_eq!(p.kind, UnitKind::FluentOnly);
    }

    #[test]
    fn rebuilt_selects_parse_back() {
        let forms = vec![
            ("one".to_string(), Segment::text("eine Datei")),
            ("other".to_string(), {
                let mut s = Segment::default();
                s.push_tag(crate::model::Tag::fluent_placeable("{ $n }"));
                s.push_text(" Dateien\nin zwei Zeilen");
                s
            }),
        ];
        let seg = plural_select("$n", &forms);
        let src = crate::fluent::writer::message_source(&crate::fluent::writer::MessageSpec {
            id: "m".into(),
            value: Some(seg.clone()),
            ..Default::default()
        });
        let r = crate::fluent::FtlResource::parse(src.clone(), Path::new("x.ftl"));
        assert!(r.errors.is_empty(), "{src}");
        let (_, m) = r.message("m").unwrap();
        let p = m.value.as_ref().unwrap();
        let shape = plural_shape(p).expect("a plural select");
        assert_eq!(shape.variants.len(), 2);
        assert!(shape.variants[1].default);
        let de = LangTag::parse("de").unwrap();
        for (key, form) in &forms {
            assert_eq!(shape.expand(p, key, &de), *form, "{src}");
        }
    }

    #[test]
    fn placeables_of_the_selector() {
        assert!(names_variable("{ $count }", "count"));
        assert!(names_variable(
            "{ NUMBER($count, minimumFractionDigits: 1) }",
            "count"
        ));
        assert!(!names_variable("{ $counter }", "count"));
        assert!(!names_variable("{ $folder }", "count"));
    }
}
