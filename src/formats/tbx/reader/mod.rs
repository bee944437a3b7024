//! Streaming TBX reader (v2 `martif`, v3 `tbx`, pre-standard TBX-Min):
//! one entry at a time into relais's glossary model.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use crate::error::{Location, Result};
use crate::formats::Warning;
use crate::formats::tbx::conventions::{TBX_NAMESPACE, concept_id_from};
use crate::formats::tbx::reader::values::{collapse, slug};
use crate::formats::xml::{XmlEvent, XmlInput, attr, attr_ci, local_name};
use crate::model::{Concept, GlossaryData, SourceRef, Term};

mod build;
mod entries;
mod values;

#[cfg(test)]
mod tests;

/// A TBX file read into relais's model.
#[derive(Debug, Clone)]
pub struct TbxDocument {
    /// Concepts, terms and sources.
    pub data: GlossaryData,
    /// Recoverable problems, with line and column.
    pub warnings: Vec<Warning>,
    /// `2008` (martif), `2019` (tbx) or `TBX-Min 2013`.
    pub version: &'static str,
    /// The dialect (`type` of the root, or `dialect`), if declared.
    pub dialect: Option<String>,
    /// `dca` or `dct` (TBX v3).
    pub style: Option<String>,
    /// The root's `xml:lang`.
    pub source_lang: Option<String>,
    /// Entries (concepts) read.
    pub entries: usize,
    /// Data categories not kept, with how often they occurred.
    pub dropped: BTreeMap<String, usize>,
    /// The encoding the file was read in.
    pub encoding: String,
}

/// Reads a TBX file.
pub fn read_tbx(path: &Path) -> Result<TbxDocument> {
    Reader::new(XmlInput::open(path)?, path).read()
}

/// Reads TBX from a string (tests, ad-hoc input).
pub fn read_tbx_text(text: &str, name: &Path) -> Result<TbxDocument> {
    Reader::new(XmlInput::from_text(text, name), name).read()
}

/// Elements whose `type` attribute names the data category (DCA style).
pub(super) const TYPED_ELEMENTS: [&str; 7] = [
    "descrip",
    "admin",
    "termNote",
    "adminNote",
    "descripNote",
    "transacNote",
    "transac",
];

/// Data categories written as elements in the pre-standard TBX-Min.
pub(super) const MIN_2013_ELEMENTS: [&str; 8] = [
    "termStatus",
    "partOfSpeech",
    "subjectField",
    "definition",
    "customer",
    "source",
    "context",
    "administrativeStatus",
];

/// Containers whose children belong to the container's own level.
pub(super) const GROUPS: [&str; 6] = [
    "descripGrp",
    "adminGrp",
    "termNoteGrp",
    "termGrp",
    "noteGrp",
    "refGrp",
];

/// Elements relais does not keep (counted).
pub(super) const SKIPPED: [&str; 5] = ["transacGrp", "ref", "xref", "termCompList", "hi"];

struct Reader {
    xml: XmlInput,
    stem: String,
    warnings: Vec<Warning>,
    dropped: BTreeMap<String, usize>,
    root_lang: Option<String>,
    entries: usize,
    ids: HashSet<String>,
    concepts: Vec<Concept>,
    terms: Vec<Term>,
    back_sources: Vec<SourceRef>,
}

impl Reader {
    fn new(xml: XmlInput, path: &Path) -> Self {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("tbx");
        Reader {
            xml,
            stem: concept_id_from(&slug(stem, 32)),
            warnings: Vec::new(),
            dropped: BTreeMap::new(),
            root_lang: None,
            entries: 0,
            ids: HashSet::new(),
            concepts: Vec::new(),
            terms: Vec::new(),
            back_sources: Vec::new(),
        }
    }

    fn warn(&mut self, message: impl Into<String>) {
        let loc = self.xml.location();
        self.warnings.push(Warning::at(&loc, message));
    }

    fn drop_category(&mut self, name: &str) {
        *self.dropped.entry(name.to_string()).or_default() += 1;
    }

    fn read(mut self) -> Result<TbxDocument> {
        if let Some(w) = self.xml.encoding.warning.clone() {
            self.warnings
                .push(Warning::at(&Location::new(Some(self.xml.path()), 1, 1), w));
        }
        let (root, attrs, empty) = loop {
            match self.xml.next()? {
                XmlEvent::Start { name, attrs, empty } => break (name, attrs, empty),
                XmlEvent::Text(t) if t.trim().is_empty() => continue,
                XmlEvent::Text(_) => return Err(self.xml.error("text before the root element")),
                XmlEvent::End { .. } | XmlEvent::Eof => {
                    return Err(self.xml.error("not a TBX document: no root element"));
                }
            }
        };
        let version = match local_name(&root) {
            "martif" => "2008",
            "tbx" => "2019",
            "TBX" => "TBX-Min 2013",
            other => {
                return Err(self.xml.error(format!(
                    "not a TBX document: the root element is <{other}>, not <martif> or <tbx>"
                )));
            }
        };
        let namespace = attr(&attrs, "xmlns").map(str::to_string);
        if version == "2019" && namespace.as_deref() != Some(TBX_NAMESPACE) {
            self.warn(format!(
                "<tbx> is not in the TBX namespace {TBX_NAMESPACE} (found {}); read anyway",
                namespace.as_deref().unwrap_or("none")
            ));
        }
        let dialect = attr(&attrs, "type")
            .or_else(|| attr(&attrs, "dialect"))
            .map(str::to_string);
        let style = attr(&attrs, "style").map(str::to_string);
        self.root_lang = attr_ci(&attrs, "xml:lang").map(str::to_string);
        if !empty {
            self.read_root()?;
        }
        let encoding = self.xml.encoding.used.to_string();
        let data = self.finish();
        Ok(TbxDocument {
            data,
            warnings: self.warnings,
            version,
            dialect,
            style,
            source_lang: self.root_lang,
            entries: self.entries,
            dropped: self.dropped,
            encoding,
        })
    }

    /// Reads everything inside the root: headers are skipped, `text` and
    /// `body` are entered, entries and back matter read.
    fn read_root(&mut self) -> Result<()> {
        let mut depth = 0usize;
        loop {
            match self.xml.next()? {
                XmlEvent::Start { name, attrs, empty } => match local_name(&name) {
                    "text" | "body" => {
                        if !empty {
                            depth += 1;
                        }
                    }
                    "termEntry" | "conceptEntry" | "entry" => self.read_entry(&attrs, empty)?,
                    "back" => self.read_back(empty)?,
                    "martifHeader" | "tbxHeader" | "header" => {
                        self.xml.skip_element(&name, empty)?;
                    }
                    other => {
                        let other = other.to_string();
                        self.warn(format!("unexpected <{other}> skipped"));
                        self.xml.skip_element(&name, empty)?;
                    }
                },
                XmlEvent::End { .. } => {
                    if depth == 0 {
                        return Ok(());
                    }
                    depth -= 1;
                }
                XmlEvent::Text(_) => {}
                XmlEvent::Eof => {
                    return Err(self
                        .xml
                        .error("unexpected end of file: the root element is not closed"));
                }
            }
        }
    }

    /// The data category an element carries, if it is one.
    fn category_of(&mut self, name: &str, attrs: &[(String, String)]) -> Option<String> {
        let local = local_name(name);
        if TYPED_ELEMENTS.contains(&local) {
            let kind = attr(attrs, "type").unwrap_or("").trim().to_string();
            if kind.is_empty() {
                self.warn(format!("<{local}> without a type (data category) ignored"));
                return Some(String::new());
            }
            return Some(kind);
        }
        if local == "note" {
            return Some("note".into());
        }
        if name.contains(':') || MIN_2013_ELEMENTS.contains(&local) {
            // DCT style: the element names the data category.
            return Some(local.to_string());
        }
        None
    }

    fn read_value(&mut self, name: &str, empty: bool) -> Result<String> {
        Ok(collapse(&self.xml.read_text_content(name, empty)?))
    }
}
