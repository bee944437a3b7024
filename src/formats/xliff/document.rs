//! What the XLIFF reader gives and the TM import reads: files, units,
//! segments with their states and candidates, and the namespaces relais
//! recognises.

use std::sync::Arc;

use crate::error::Location;
use crate::model::{Annotation, Segment};

/// The XML namespace (`xml:lang`, `xml:space`).
pub const NS_XML: &str = "http://www.w3.org/XML/1998/namespace";

/// XLIFF 1.2.
pub const NS_XLIFF_12: &str = "urn:oasis:names:tc:xliff:document:1.2";

/// XLIFF 2.0 core.
pub const NS_XLIFF_20: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// XLIFF 2.0 Translation Candidates module.
pub const NS_MTC: &str = "urn:oasis:names:tc:xliff:matches:2.0";

/// XLIFF 2.0 Glossary module.
pub const NS_GLS: &str = "urn:oasis:names:tc:xliff:glossary:2.0";

/// XLIFF 2.0 Metadata module.
pub const NS_MDA: &str = "urn:oasis:names:tc:xliff:metadata:2.0";

/// relais's own extension attributes in XLIFF 2.0 exports.
pub const NS_RELAIS: &str = "urn:relais:xliff";

/// Trados Studio (sdlxliff).
pub const NS_SDL: &str = "http://sdl.com/FileTypes/SdlXliff/1.0";

/// memoQ (mqxliff).
pub const NS_MQ: &str = "MQXliff";

/// The version a document declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum XliffVersion {
    /// XLIFF 1.0, 1.1 or 1.2 (the `version` attribute as written).
    V1(String),
    /// XLIFF 2.x (read with 2.0 rules).
    V2(String),
}

impl XliffVersion {
    /// True for XLIFF 2.x.
    pub fn is_v2(&self) -> bool {
        matches!(self, XliffVersion::V2(_))
    }
}

/// A `<file>` of the document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct XliffFile {
    /// Position among the document's files, from 0.
    pub index: usize,
    /// `id` (2.0; some 1.2 producers write one too).
    pub id: Option<String>,
    /// `original`: the source document.
    pub original: Option<String>,
    /// Source language as written (1.x `source-language`, 2.0 `srcLang`).
    pub source_language: Option<String>,
    /// Target language as written (1.x `target-language`, 2.0 `trgLang`).
    pub target_language: Option<String>,
    /// 1.x `datatype`.
    pub datatype: Option<String>,
    /// All attributes as written.
    pub attrs: Vec<(String, String)>,
}

/// Who made a translation and when, in TMX date format
/// (`YYYYMMDDThhmmssZ`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UnitMeta {
    /// Creation (or first confirmation) date.
    pub created: Option<String>,
    /// Creator.
    pub created_by: Option<String>,
    /// Last change date.
    pub changed: Option<String>,
    /// Last changed by.
    pub changed_by: Option<String>,
}

impl UnitMeta {
    /// Fills what is missing here from `other`.
    pub fn or(&self, other: &UnitMeta) -> UnitMeta {
        UnitMeta {
            created: self.created.clone().or_else(|| other.created.clone()),
            created_by: self.created_by.clone().or_else(|| other.created_by.clone()),
            changed: self.changed.clone().or_else(|| other.changed.clone()),
            changed_by: self.changed_by.clone().or_else(|| other.changed_by.clone()),
        }
    }
}

/// A translation proposal for the unit: 1.2 `<alt-trans>`, 2.0
/// `<mtc:match>`.
#[derive(Debug, Clone, PartialEq)]
pub struct AltTrans {
    /// Attributes as written (1.2 `match-quality`, `origin`, `mid`; 2.0
    /// `ref`, `matchQuality`, `origin`, `type`, …).
    pub attrs: Vec<(String, String)>,
    /// The source the proposal translates, when given.
    pub source: Option<Segment>,
    /// The proposed translation.
    pub target: Segment,
}

/// One segment of a unit: the whole 1.x `trans-unit` unless
/// `<seg-source>` segments it, one 2.0 `<segment>`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct XliffSegment {
    /// The `mrk` `mid` (1.x) or segment `id` (2.0).
    pub id: Option<String>,
    /// Source text and codes.
    pub source: Segment,
    /// Target text and codes, when there is a target.
    pub target: Option<Segment>,
    /// `xml:lang` of the source element, as written.
    pub source_lang: Option<String>,
    /// `xml:lang` of the target element, as written.
    pub target_lang: Option<String>,
    /// 1.x target `state` (for every segment of the unit) or 2.0 segment
    /// `state`, as written.
    pub state: Option<String>,
    /// 1.x `state-qualifier` or 2.0 `subState`.
    pub sub_state: Option<String>,
    /// Trados confirmation level (`conf` of `sdl:seg`; `Unspecified`
    /// when the segment has an `sdl:seg` without one).
    pub tool_status: Option<String>,
    /// Segment-level dates and authors (Trados).
    pub meta: UnitMeta,
}

/// A translation unit: 1.x `trans-unit`, 2.0 `unit`.
#[derive(Debug, Clone, PartialEq)]
pub struct XliffUnit {
    /// The enclosing `<file>`.
    pub file: Arc<XliffFile>,
    /// `id`.
    pub id: Option<String>,
    /// 1.x `resname`, 2.0 `name`.
    pub name: Option<String>,
    /// All attributes as written.
    pub attrs: Vec<(String, String)>,
    /// False when `translate="no"` applies (inherited from groups).
    pub translate: bool,
    /// 1.x `approved`.
    pub approved: Option<bool>,
    /// Unit notes: text and attributes as written.
    pub notes: Vec<Annotation>,
    /// Segments in document order.
    pub segments: Vec<XliffSegment>,
    /// Proposals: 1.x `alt-trans`, 2.0 `mtc:match`.
    pub alt_trans: Vec<AltTrans>,
    /// Metadata as (type, value), in document order: 1.x
    /// `<context-group><context context-type="…">` and 2.0
    /// `<mda:metadata>` `<mda:meta type="…">` (nested groups flattened).
    pub properties: Vec<(String, String)>,
    /// memoQ `mq:status` (`ManuallyConfirmed`, `PartiallyEdited`, …).
    pub tool_status: Option<String>,
    /// Unit-level dates and authors (memoQ).
    pub meta: UnitMeta,
    /// Where the unit starts.
    pub location: Location,
}

impl XliffUnit {
    /// The key relais stores as the TM context prop: `ORIGINAL#ID`, with
    /// the file `id` when there is no `original`.
    pub fn context(&self) -> Option<String> {
        let id = self.id.as_deref()?;
        let file = self
            .file
            .original
            .as_deref()
            .or(self.file.id.as_deref())
            .unwrap_or("");
        Some(format!("{file}#{id}"))
    }
}

/// Converts the dates CAT tools write (ISO 8601, Trados's
/// `MM/DD/YYYY hh:mm:ss`) into TMX format; `None` for anything else and
/// for memoQ's "never" (`0001-01-01`).
pub fn to_tmx_date(text: &str) -> Option<String> {
    use chrono::{DateTime, NaiveDateTime};
    let text = text.trim();
    if text.starts_with("0001-01-01") {
        return None;
    }
    let parsed = DateTime::parse_from_rfc3339(text)
        .map(|d| d.naive_utc())
        .ok()
        .or_else(|| {
            [
                "%Y-%m-%dT%H:%M:%S%.f",
                "%Y-%m-%dT%H:%M:%S",
                "%Y%m%dT%H%M%SZ",
                "%m/%d/%Y %H:%M:%S",
                "%m/%d/%Y %I:%M:%S %p",
            ]
            .iter()
            .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())
        })?;
    Some(parsed.format("%Y%m%dT%H%M%SZ").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_cat_tools() {
        assert_eq!(
            to_tmx_date("2020-03-31T09:38:37Z").as_deref(),
            Some("20200331T093837Z")
        );
        assert_eq!(
            to_tmx_date("2020-03-31T11:38:37+02:00").as_deref(),
            Some("20200331T093837Z")
        );
        assert_eq!(
            to_tmx_date("04/24/2024 18:18:50").as_deref(),
            Some("20240424T181850Z")
        );
        assert_eq!(
            to_tmx_date("3/2/2014 1:05:07 PM").as_deref(),
            Some("20140302T130507Z")
        );
        assert_eq!(to_tmx_date("0001-01-01T00:00:00"), None);
        assert_eq!(to_tmx_date("yesterday"), None);
    }

    #[test]
    fn context_prefers_original() {
        let mut unit = XliffUnit {
            file: Arc::new(XliffFile {
                id: Some("f1".into()),
                ..Default::default()
            }),
            id: Some("u1".into()),
            name: None,
            attrs: Vec::new(),
            translate: true,
            approved: None,
            notes: Vec::new(),
            segments: Vec::new(),
            alt_trans: Vec::new(),
            properties: Vec::new(),
            tool_status: None,
            meta: UnitMeta::default(),
            location: Location::new(None, 1, 1),
        };
        assert_eq!(unit.context().as_deref(), Some("f1#u1"));
        Arc::make_mut(&mut unit.file).original = Some("doc.html".into());
        assert_eq!(unit.context().as_deref(), Some("doc.html#u1"));
        unit.id = None;
        assert_eq!(unit.context(), None);
    }
}
