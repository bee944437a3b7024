//! Streaming XLIFF reader: one unit at a time, XLIFF 1.0–1.2 and 2.0.
//!
//! See the [module documentation](super) for what is read and how inline
//! markup maps to relais segments.

mod tree;
mod v1;
mod v2;
mod walk;

#[cfg(test)]
mod tests;

use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;

use crate::error::{Location, Result};
use crate::files::{ByteCounter, EncodingReport};
use crate::formats::Warning;
use crate::formats::xliff::document::{XliffFile, XliffUnit, XliffVersion};
use crate::formats::xml::XmlInput;

use tree::{El, IdScope, Input, Level, LevelKind, Node};

/// Streams the units of an XLIFF document.
pub struct XliffReader {
    input: Input,
    version: XliffVersion,
    /// `srcLang` / `trgLang` of an XLIFF 2.0 root.
    src_lang: Option<String>,
    trg_lang: Option<String>,
    root_preserve: bool,
    /// Makes keys for codes that can never pair.
    unpaired: usize,
    stack: Vec<Level>,
    file: Option<Arc<XliffFile>>,
    files: usize,
    finished: bool,
    warnings: Vec<Warning>,
    file_ids: IdScope,
    /// Group and unit ids of the current 2.0 file.
    unit_ids: IdScope,
    /// Trans-unit ids of the current 1.x file (duplicates only warn).
    v1_ids: HashSet<String>,
}
impl XliffReader {
    /// Opens an XLIFF file (any encoding, gzip).
    pub fn open(path: &Path) -> Result<Self> {
        Self::open_counted(path, None)
    }

    /// Opens an XLIFF file, counting bytes read from disk into `counter`.
    pub fn open_counted(path: &Path, counter: Option<ByteCounter>) -> Result<Self> {
        Self::start(XmlInput::open_counted(path, counter)?)
    }

    /// Reads XLIFF from a string (tests).
    pub fn from_text(text: &str, name: &Path) -> Result<Self> {
        Self::start(XmlInput::from_text(text, name))
    }

    fn start(xml: XmlInput) -> Result<Self> {
        let mut warnings = Vec::new();
        if let Some(w) = xml.encoding.warning.clone() {
            warnings.push(Warning::at(&Location::new(Some(xml.path()), 1, 1), w));
        }
        let mut input = Input {
            xml,
            scopes: Vec::new(),
            pop_pending: false,
        };
        let root = loop {
            match input.next()? {
                Node::Start(el) => break el,
                Node::Text(t) if t.trim().is_empty() => {}
                Node::Text(_) => {
                    return Err(input.xml.error("text before the <xliff> root element"));
                }
                Node::End | Node::Eof => {
                    return Err(input.xml.error("not an XLIFF document: no <xliff> element"));
                }
            }
        };
        if root.local != "xliff" {
            return Err(input.error_at(
                &root.loc,
                format!(
                    "not an XLIFF document: the root element is <{}>, not <xliff>",
                    root.name
                ),
            ));
        }
        let declared = root.attr("version").unwrap_or("").trim().to_string();
        let ns_v2 = root.ns.as_deref().is_some_and(|u| u.ends_with(":2.0"));
        let version = if declared.starts_with('2') || (declared.is_empty() && ns_v2) {
            XliffVersion::V2(declared.clone())
        } else {
            XliffVersion::V1(declared.clone())
        };
        match declared.as_str() {
            "1.0" | "1.1" | "1.2" | "2.0" => {}
            "" => warnings.push(Warning::at(
                &root.loc,
                format!(
                    "<xliff> has no version attribute; read as XLIFF {}",
                    if version.is_v2() { "2.0" } else { "1.2" }
                ),
            )),
            other => warnings.push(Warning::at(
                &root.loc,
                format!(
                    "XLIFF version {other}; read with XLIFF {} rules",
                    if version.is_v2() { "2.0" } else { "1.2" }
                ),
            )),
        }
        if !root.is_xliff() {
            warnings.push(Warning::at(
                &root.loc,
                format!(
                    "<xliff> is in namespace {}, not an XLIFF one; read anyway",
                    root.ns.as_deref().unwrap_or("")
                ),
            ));
        }
        let mut reader = XliffReader {
            src_lang: root.attr("srcLang").map(str::to_string),
            trg_lang: root.attr("trgLang").map(str::to_string),
            root_preserve: root.attr("xml:space") == Some("preserve"),
            unpaired: 0,
            input,
            version,
            stack: Vec::new(),
            file: None,
            files: 0,
            finished: root.empty,
            warnings,
            file_ids: IdScope::default(),
            unit_ids: IdScope::default(),
            v1_ids: HashSet::new(),
        };
        if reader.version.is_v2() && reader.src_lang.is_none() {
            reader.warn_at(&root.loc, "<xliff> has no srcLang attribute");
        }
        Ok(reader)
    }

    /// The XLIFF version declared by the document.
    pub fn version(&self) -> &XliffVersion {
        &self.version
    }

    /// What the encoding sniffer concluded.
    pub fn encoding(&self) -> &EncodingReport {
        &self.input.xml.encoding
    }

    /// The file being read.
    pub fn path(&self) -> &Path {
        self.input.xml.path()
    }

    /// Takes the warnings collected so far.
    pub fn take_warnings(&mut self) -> Vec<Warning> {
        std::mem::take(&mut self.warnings)
    }

    fn warn_at(&mut self, loc: &Location, message: impl Into<String>) {
        self.warnings.push(Warning::at(loc, message));
    }

    fn inherited(&self) -> (bool, bool) {
        self.stack
            .last()
            .map_or((true, self.root_preserve), |l| (l.translate, l.preserve))
    }

    fn level_for(&self, kind: LevelKind, el: &El) -> Level {
        let (translate, preserve) = self.inherited();
        Level {
            kind,
            translate: el.attr("translate").map_or(translate, |v| v != "no"),
            preserve: el.attr("xml:space").map_or(preserve, |v| v == "preserve"),
        }
    }

    /// The next unit, or `None` at the end of the document.
    pub fn next_unit(&mut self) -> Result<Option<XliffUnit>> {
        loop {
            if self.finished {
                return Ok(None);
            }
            let node = self.input.next()?;
            let Some(level) = self.stack.last().cloned() else {
                if self.at_root(node)? {
                    return Ok(None);
                }
                continue;
            };
            match node {
                Node::Start(el) => {
                    if !el.is_xliff() {
                        self.input.skip(&el)?;
                        continue;
                    }
                    let v2 = self.version.is_v2();
                    match (v2, level.kind, el.local.as_str()) {
                        (false, LevelKind::File, "body") => {
                            if !el.empty {
                                let next = self.level_for(LevelKind::Body, &el);
                                self.stack.push(next);
                            }
                        }
                        (false, LevelKind::File, "header") => self.input.skip(&el)?,
                        (false, LevelKind::Body | LevelKind::Group, "trans-unit") => {
                            return self.read_unit_v1(&el).map(Some);
                        }
                        (true, LevelKind::File | LevelKind::Group, "unit") => {
                            return self.read_unit_v2(&el).map(Some);
                        }
                        (false, LevelKind::Body | LevelKind::Group, "group")
                        | (true, LevelKind::File | LevelKind::Group, "group") => {
                            if v2 {
                                let id = el.attr("id").unwrap_or("").to_string();
                                self.unit_ids.insert(
                                    &id,
                                    &el.loc,
                                    "group",
                                    "among the groups and units of a <file>",
                                )?;
                            }
                            if !el.empty {
                                let next = self.level_for(LevelKind::Group, &el);
                                self.stack.push(next);
                            }
                        }
                        (
                            false,
                            _,
                            "bin-unit" | "context-group" | "count-group" | "prop-group" | "note",
                        )
                        | (true, _, "notes" | "skeleton") => self.input.skip(&el)?,
                        _ => {
                            self.warn_at(&el.loc, format!("unexpected <{}> skipped", el.name));
                            self.input.skip(&el)?;
                        }
                    }
                }
                Node::End => {
                    if self.stack.pop().is_some_and(|l| l.kind == LevelKind::File) {
                        self.file = None;
                    }
                }
                Node::Text(_) => {}
                Node::Eof => {
                    return Err(self
                        .input
                        .xml
                        .error("unexpected end of file inside the XLIFF body"));
                }
            }
        }
    }

    /// A node directly inside `<xliff>`: a `<file>` opens, anything else is
    /// skipped. Returns whether the document ended (nothing but
    /// whitespace may follow `</xliff>`).
    fn at_root(&mut self, node: Node) -> Result<bool> {
        match node {
            Node::Start(el) if el.is_xliff() && el.local == "file" => {
                self.open_file(&el)?;
            }
            Node::Start(el) => {
                if el.is_xliff() {
                    self.warn_at(
                        &el.loc,
                        format!("unexpected <{}> in <xliff> skipped", el.name),
                    );
                }
                self.input.skip(&el)?;
            }
            Node::Text(_) => {}
            Node::End => {
                self.finished = true;
                if self.files == 0 {
                    let loc = self.input.xml.location();
                    self.warn_at(&loc, "XLIFF document has no <file>");
                }
                loop {
                    match self.input.next()? {
                        Node::Eof => break,
                        Node::Text(t) if t.trim().is_empty() => {}
                        _ => {
                            return Err(self.input.xml.error("content after the </xliff> end tag"));
                        }
                    }
                }
                return Ok(true);
            }
            Node::Eof => {
                return Err(self
                    .input
                    .xml
                    .error("unexpected end of file: <xliff> is not closed"));
            }
        }
        Ok(false)
    }

    fn open_file(&mut self, el: &El) -> Result<()> {
        self.files += 1;
        let v2 = self.version.is_v2();
        let file = if v2 {
            let id = el.attr("id").map(str::to_string);
            match &id {
                Some(id) => {
                    self.file_ids
                        .insert(id, &el.loc, "file", "among the <file> elements")?;
                }
                None => self.warn_at(&el.loc, "<file> has no id attribute"),
            }
            self.unit_ids = IdScope::default();
            XliffFile {
                index: self.files - 1,
                id,
                original: el.attr("original").map(str::to_string),
                source_language: self.src_lang.clone(),
                target_language: self.trg_lang.clone(),
                datatype: None,
                attrs: el.attrs.clone(),
            }
        } else {
            self.v1_ids.clear();
            let source_language = el.attr("source-language").map(str::to_string);
            if source_language.is_none() {
                self.warn_at(&el.loc, "<file> has no source-language attribute");
            }
            if el.attr("original").is_none() {
                self.warn_at(&el.loc, "<file> has no original attribute");
            }
            XliffFile {
                index: self.files - 1,
                id: el.attr("id").map(str::to_string),
                original: el.attr("original").map(str::to_string),
                source_language,
                target_language: el.attr("target-language").map(str::to_string),
                datatype: el.attr("datatype").map(str::to_string),
                attrs: el.attrs.clone(),
            }
        };
        self.file = Some(Arc::new(file));
        if !el.empty {
            let level = self.level_for(LevelKind::File, el);
            self.stack.push(level);
        } else {
            self.file = None;
        }
        Ok(())
    }

    fn current_file(&self) -> Arc<XliffFile> {
        self.file.clone().unwrap_or_default()
    }
}

impl Iterator for XliffReader {
    type Item = Result<XliffUnit>;

    fn next(&mut self) -> Option<Result<XliffUnit>> {
        self.next_unit().transpose()
    }
}
