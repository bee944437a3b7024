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

use crate::error::Result;
use crate::lang::LangTag;
use crate::model::segment::Segment;

/// The prop type that records a unit's document and message id.
pub const PROP_CONTEXT: &str = "x-relais-context";
/// The prop type that says where a unit came from (`align`: an aligned
/// pair, `relais align`).
pub const PROP_ORIGIN: &str = "x-relais-origin";
/// The prop type that holds an aligned pair's score (0–100).
pub const PROP_ALIGN_SCORE: &str = "x-relais-align-score";
/// The prop type that records the previous source segment.
pub const PROP_PREV: &str = "x-relais-prev";

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

    /// The alignment score (0–100) of a pair stored by `relais align`.
    pub fn aligned_score(&self) -> Option<u32> {
        (self.prop(PROP_ORIGIN) == Some("align"))
            .then(|| self.prop(PROP_ALIGN_SCORE)?.trim().parse().ok())
            .flatten()
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

/// File-level metadata an import came with (a TMX header), kept so an
/// export can give it back.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HeaderInfo {
    /// Header attributes in document order.
    pub attrs: Vec<(String, String)>,
    /// Header notes.
    pub notes: Vec<Annotation>,
    /// Header props.
    pub props: Vec<Annotation>,
    /// `<ude>` elements, as XML text.
    pub udes: Vec<String>,
}

/// A reader that yields units one at a time (TMX, TSV, XLIFF), so an
/// import streams a file of any size.
pub trait UnitSource {
    /// The next unit, or `None` at the end.
    fn next_unit(&mut self) -> Result<Option<Unit>>;
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
