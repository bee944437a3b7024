//! The translation-memory data model: multilingual units as TMX defines
//! them.
//!
//! A [`Unit`] holds one [`Variant`] per language (sometimes several of one
//! language, as real files do), with the metadata translators rely on.
//! Everything an importer read is kept as written — attribute order,
//! language tags, props and notes, inline codes — so that an export gives
//! it back. Context keys for in-context matches are ordinary props
//! (`x-relais-context` = `DOC:ID`, `x-relais-prev` = previous source
//! segment), so they travel through TMX like any other metadata.

use serde::{Deserialize, Serialize};

use crate::lang::LangTag;

/// The prop type that records a unit's document and message id.
pub const PROP_CONTEXT: &str = "x-relais-context";
/// The prop type that records the previous source segment.
pub const PROP_PREV: &str = "x-relais-prev";
/// The code type relais uses for Fluent placeables (`{ $name }`).
pub const CODE_TYPE_FLUENT: &str = "x-fluent";

/// A `<note>` or `<prop>`: attributes as written plus text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Annotation {
    /// Attributes (`type`, `xml:lang`, `o-encoding`), in document order.
    pub attrs: Vec<(String, String)>,
    /// The text content.
    pub text: String,
}

impl Annotation {
    /// A prop of the given type.
    pub fn prop(kind: &str, text: impl Into<String>) -> Self {
        Annotation {
            attrs: vec![("type".into(), kind.into())],
            text: text.into(),
        }
    }

    /// A note without attributes.
    pub fn note(text: impl Into<String>) -> Self {
        Annotation {
            attrs: Vec::new(),
            text: text.into(),
        }
    }

    /// The `type` attribute (props).
    pub fn kind(&self) -> Option<&str> {
        attr(&self.attrs, "type")
    }
}

/// One inline element of a segment.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Inline {
    /// Translatable text.
    Text(String),
    /// An inline code (TMX `bpt`, `ept`, `it`, `ph`, `ut`), a highlight
    /// (`hi`, whose content is translatable) or a `sub` flow.
    Tag(Tag),
}

/// An inline element with its attributes and content.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Tag {
    /// Element name as TMX spells it: `bpt`, `ept`, `it`, `ph`, `ut`,
    /// `hi` or `sub`.
    pub name: String,
    /// Attributes in document order.
    pub attrs: Vec<(String, String)>,
    /// Content: native code text and `sub` elements for codes, text and
    /// codes for `hi` and `sub`.
    pub content: Vec<Inline>,
}

impl Tag {
    /// True for elements whose content is translatable (`hi`, `sub`).
    pub fn is_highlight(&self) -> bool {
        self.name == "hi"
    }

    /// The code's native text (the original markup it stands for).
    pub fn native_text(&self) -> String {
        let mut out = String::new();
        for piece in &self.content {
            match piece {
                Inline::Text(t) => out.push_str(t),
                Inline::Tag(t) if t.name == "sub" => {}
                Inline::Tag(t) => out.push_str(&t.native_text()),
            }
        }
        out
    }

    /// A Fluent placeable as a protected code.
    pub fn fluent_placeable(source: &str) -> Self {
        Tag {
            name: "ph".into(),
            attrs: vec![("type".into(), CODE_TYPE_FLUENT.into())],
            content: vec![Inline::Text(source.into())],
        }
    }
}

/// The placeholder character inline codes become in matching text.
pub const CODE_MARK: char = '\u{FFFC}';

/// A segment: text with inline codes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Segment(pub Vec<Inline>);

impl Segment {
    /// A segment of plain text.
    pub fn text(s: impl Into<String>) -> Self {
        let s = s.into();
        if s.is_empty() {
            Segment(Vec::new())
        } else {
            Segment(vec![Inline::Text(s)])
        }
    }

    /// True when the segment has no text and no codes.
    pub fn is_empty(&self) -> bool {
        self.0
            .iter()
            .all(|p| matches!(p, Inline::Text(t) if t.is_empty()))
    }

    /// Text for matching: translatable text with each code replaced by
    /// [`CODE_MARK`]; `hi` content counts as text.
    pub fn matching_text(&self) -> String {
        let mut out = String::new();
        push_matching(&self.0, &mut out);
        out
    }

    /// The codes of the segment in order (not counting `hi`).
    pub fn codes(&self) -> Vec<&Tag> {
        let mut out = Vec::new();
        collect_codes(&self.0, &mut out);
        out
    }

    /// Text for display: Fluent placeables shown as their source, other
    /// codes as their native text, highlights as their content.
    pub fn display_text(&self) -> String {
        let mut out = String::new();
        push_display(&self.0, &mut out);
        out
    }

    /// Appends text, merging with a preceding text piece.
    pub fn push_text(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        if let Some(Inline::Text(last)) = self.0.last_mut() {
            last.push_str(s);
        } else {
            self.0.push(Inline::Text(s.to_string()));
        }
    }

    /// Appends an inline element.
    pub fn push_tag(&mut self, tag: Tag) {
        self.0.push(Inline::Tag(tag));
    }
}

fn push_matching(pieces: &[Inline], out: &mut String) {
    for piece in pieces {
        match piece {
            Inline::Text(t) => out.push_str(t),
            Inline::Tag(t) if t.is_highlight() => push_matching(&t.content, out),
            Inline::Tag(_) => out.push(CODE_MARK),
        }
    }
}

fn collect_codes<'a>(pieces: &'a [Inline], out: &mut Vec<&'a Tag>) {
    for piece in pieces {
        if let Inline::Tag(t) = piece {
            if t.is_highlight() {
                collect_codes(&t.content, out);
            } else {
                out.push(t);
            }
        }
    }
}

fn push_display(pieces: &[Inline], out: &mut String) {
    for piece in pieces {
        match piece {
            Inline::Text(t) => out.push_str(t),
            Inline::Tag(t) if t.is_highlight() => push_display(&t.content, out),
            Inline::Tag(t) => out.push_str(&t.native_text()),
        }
    }
}

/// One language's text of a unit (TMX `<tuv>`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Variant {
    /// The language tag as written in the file.
    pub lang: String,
    /// Other attributes (dates, creator, …) in document order.
    pub attrs: Vec<(String, String)>,
    /// `<note>` elements.
    pub notes: Vec<Annotation>,
    /// `<prop>` elements.
    pub props: Vec<Annotation>,
    /// The segment.
    pub seg: Segment,
}

impl Variant {
    /// A variant with plain text and no metadata.
    pub fn new(lang: &str, text: impl Into<String>) -> Self {
        Variant {
            lang: lang.to_string(),
            attrs: Vec::new(),
            notes: Vec::new(),
            props: Vec::new(),
            seg: Segment::text(text),
        }
    }

    /// The canonical language key of this variant.
    pub fn tag(&self) -> LangTag {
        LangTag::lenient(&self.lang)
    }
}

/// A multilingual translation unit (TMX `<tu>`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Unit {
    /// Attributes (`tuid`, `creationdate`, `creationid`, `changedate`,
    /// `srclang`, `datatype`, `usagecount`, …) in document order.
    pub attrs: Vec<(String, String)>,
    /// `<note>` elements.
    pub notes: Vec<Annotation>,
    /// `<prop>` elements, including relais's context props.
    pub props: Vec<Annotation>,
    /// One or more variants.
    pub variants: Vec<Variant>,
}

impl Unit {
    /// An attribute's value.
    pub fn attr(&self, name: &str) -> Option<&str> {
        attr(&self.attrs, name)
    }

    /// Sets an attribute, replacing an existing one of that name.
    pub fn set_attr(&mut self, name: &str, value: impl Into<String>) {
        set_attr(&mut self.attrs, name, value);
    }

    /// The value of the first prop of the given type.
    pub fn prop(&self, kind: &str) -> Option<&str> {
        self.props
            .iter()
            .find(|p| p.kind() == Some(kind))
            .map(|p| p.text.as_str())
    }

    /// The document context (`DOC:ID`), if recorded.
    pub fn context(&self) -> Option<&str> {
        self.prop(PROP_CONTEXT)
    }

    /// The previous source segment, if recorded.
    pub fn prev(&self) -> Option<&str> {
        self.prop(PROP_PREV)
    }

    /// The variants in a language (best region fit first).
    pub fn variants_for(&self, lang: &LangTag) -> Vec<&Variant> {
        let mut found: Vec<(u8, usize, &Variant)> = self
            .variants
            .iter()
            .enumerate()
            .filter_map(|(i, v)| {
                let fit = lang.fit(&v.tag());
                (fit > 0).then_some((fit, i, v))
            })
            .collect();
        found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        found.into_iter().map(|(_, _, v)| v).collect()
    }

    /// The first variant in a language, preferring an exact region fit.
    pub fn variant_for(&self, lang: &LangTag) -> Option<&Variant> {
        self.variants_for(lang).into_iter().next()
    }

    /// A stable 64-bit hash of what makes two units "the same" for
    /// merging: every variant (canonical language and segment, order
    /// ignored) and the context keys. Metadata is not part of it.
    pub fn content_hash(&self) -> u64 {
        let mut keys: Vec<Vec<u8>> = self
            .variants
            .iter()
            .map(|v| {
                let mut k = v.tag().as_str().as_bytes().to_vec();
                k.push(0);
                k.extend(postcard::to_allocvec(&v.seg).unwrap_or_default());
                k
            })
            .collect();
        keys.sort();
        let mut buf = Vec::new();
        for k in keys {
            buf.extend_from_slice(&(k.len() as u64).to_le_bytes());
            buf.extend(k);
        }
        for kind in [PROP_CONTEXT, PROP_PREV] {
            buf.push(0xff);
            if let Some(v) = self.prop(kind) {
                buf.extend_from_slice(v.as_bytes());
            }
        }
        xxhash_rust::xxh3::xxh3_64(&buf)
    }
}

/// Looks up an attribute in an ordered list.
pub fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// Sets an attribute in an ordered list, keeping its position if present.
pub fn set_attr(attrs: &mut Vec<(String, String)>, name: &str, value: impl Into<String>) {
    let value = value.into();
    match attrs.iter_mut().find(|(k, _)| k == name) {
        Some((_, v)) => *v = value,
        None => attrs.push((name.to_string(), value)),
    }
}

/// The current time in TMX's date format (`YYYYMMDDThhmmssZ`).
pub fn tmx_now() -> String {
    chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(pairs: &[(&str, &str)]) -> Unit {
        Unit {
            variants: pairs.iter().map(|(l, t)| Variant::new(l, *t)).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn content_hash_ignores_variant_order_and_metadata() {
        let a = unit(&[("fr", "Bonjour"), ("en", "Hello")]);
        let mut b = unit(&[("EN", "Hello"), ("fr-FR", "Bonjour")]);
        // Different region is a different language key: not the same unit.
        assert_ne!(a.content_hash(), b.content_hash());
        b.variants[1].lang = "FR".into();
        b.set_attr("creationdate", "20240101T000000Z");
        assert_eq!(a.content_hash(), b.content_hash());
    }

    #[test]
    fn context_is_part_of_identity() {
        let a = unit(&[("fr", "Oui"), ("en", "Yes")]);
        let mut b = a.clone();
        b.props.push(Annotation::prop(PROP_CONTEXT, "doc:msg"));
        assert_ne!(a.content_hash(), b.content_hash());
        assert_eq!(b.context(), Some("doc:msg"));
    }

    #[test]
    fn matching_text_masks_codes_but_keeps_highlighted_text() {
        let mut seg = Segment::text("Click ");
        seg.push_tag(Tag {
            name: "bpt".into(),
            attrs: vec![("i".into(), "1".into())],
            content: vec![Inline::Text("<b>".into())],
        });
        seg.push_text("here");
        seg.push_tag(Tag {
            name: "hi".into(),
            attrs: vec![],
            content: vec![Inline::Text(" now".into())],
        });
        seg.push_tag(Tag::fluent_placeable("{ $n }"));
        assert_eq!(
            seg.matching_text(),
            format!("Click {CODE_MARK}here now{CODE_MARK}")
        );
        assert_eq!(seg.display_text(), "Click <b>here now{ $n }");
        assert_eq!(seg.codes().len(), 2);
    }

    #[test]
    fn variants_for_prefers_region() {
        let u = unit(&[("fr", "a"), ("fr-BE", "b"), ("de", "c")]);
        let be = LangTag::parse("fr-BE").unwrap();
        let texts: Vec<_> = u
            .variants_for(&be)
            .iter()
            .map(|v| v.seg.display_text())
            .collect();
        assert_eq!(texts, ["b", "a"]);
    }
}
