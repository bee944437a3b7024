//! Streaming XLIFF reader: one unit at a time, XLIFF 1.0–1.2 and 2.0.
//!
//! See the [module documentation](super) for what is read and how inline
//! markup maps to relais segments.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use crate::error::{Error, Location, Result};
use crate::files::{ByteCounter, EncodingReport};
use crate::formats::Warning;
use crate::formats::xml::{XmlEvent, XmlInput, attr, is_xml_char, write_start};
use crate::model::{Annotation, Inline, Segment, Tag};

use super::inline::{Code, Item, Role, segments, to_segment};
use super::{
    AltTrans, NS_MDA, NS_MQ, NS_MTC, NS_SDL, NS_XML, UnitMeta, XliffFile, XliffSegment, XliffUnit,
    XliffVersion, to_tmx_date,
};

/// An element start, with its namespace resolved.
#[derive(Debug, Clone)]
struct El {
    name: String,
    local: String,
    /// Namespace URI; `None` for elements in no namespace.
    ns: Option<String>,
    attrs: Vec<(String, String)>,
    empty: bool,
    loc: Location,
    /// Attributes with their namespace URI resolved: (uri, local, value).
    qattrs: Vec<(Option<String>, String, String)>,
}

impl El {
    fn attr(&self, name: &str) -> Option<&str> {
        attr(&self.attrs, name)
    }

    /// An attribute in a namespace (`mq:status` whatever the prefix).
    fn attr_ns(&self, uri: &str, local: &str) -> Option<&str> {
        self.qattrs
            .iter()
            .find(|(u, l, _)| u.as_deref() == Some(uri) && l == local)
            .map(|(_, _, v)| v.as_str())
    }

    fn is_xliff(&self) -> bool {
        match &self.ns {
            None => true,
            Some(uri) => uri.starts_with("urn:oasis:names:tc:xliff:document:"),
        }
    }

    fn is(&self, uri: &str, local: &str) -> bool {
        self.ns.as_deref() == Some(uri) && self.local == local
    }

    /// The start tag as written (`<g id="1">`, or `<x id="1"/>`).
    fn markup(&self, self_closing: bool) -> String {
        let mut out = String::new();
        write_start(&mut out, &self.name, &self.attrs, self_closing);
        out
    }
}

enum Node {
    Start(El),
    End,
    Text(String),
    Eof,
}

/// [`XmlInput`] with namespace scopes for the elements the reader walks
/// through (subtrees it skips or captures never open a scope).
struct Input {
    xml: XmlInput,
    scopes: Vec<Vec<(String, String)>>,
    pop_pending: bool,
}

impl Input {
    fn next(&mut self) -> Result<Node> {
        if self.pop_pending {
            self.scopes.pop();
            self.pop_pending = false;
        }
        Ok(match self.xml.next()? {
            XmlEvent::Start { name, attrs, empty } => {
                let decls: Vec<(String, String)> = attrs
                    .iter()
                    .filter_map(|(k, v)| {
                        if k == "xmlns" {
                            Some((String::new(), v.clone()))
                        } else {
                            k.strip_prefix("xmlns:").map(|p| (p.to_string(), v.clone()))
                        }
                    })
                    .collect();
                self.scopes.push(decls);
                let (prefix, local) = split_name(&name);
                let ns = self.resolve(prefix);
                let qattrs = attrs
                    .iter()
                    .filter(|(k, _)| k != "xmlns" && !k.starts_with("xmlns:"))
                    .map(|(k, v)| {
                        let (p, l) = split_name(k);
                        // Unprefixed attributes are in no namespace.
                        let uri = if p.is_empty() { None } else { self.resolve(p) };
                        (uri, l.to_string(), v.clone())
                    })
                    .collect();
                let loc = self.xml.location();
                if empty {
                    self.pop_pending = true;
                }
                Node::Start(El {
                    local: local.to_string(),
                    name,
                    ns,
                    attrs,
                    empty,
                    loc,
                    qattrs,
                })
            }
            XmlEvent::End { .. } => {
                self.scopes.pop();
                Node::End
            }
            XmlEvent::Text(t) => Node::Text(t),
            XmlEvent::Eof => Node::Eof,
        })
    }

    fn resolve(&self, prefix: &str) -> Option<String> {
        if prefix == "xml" {
            return Some(NS_XML.to_string());
        }
        for scope in self.scopes.iter().rev() {
            if let Some((_, uri)) = scope.iter().find(|(p, _)| p == prefix) {
                return if uri.is_empty() {
                    None
                } else {
                    Some(uri.clone())
                };
            }
        }
        None
    }

    fn skip(&mut self, el: &El) -> Result<()> {
        if !el.empty {
            self.xml.skip_element(&el.name, false)?;
            self.scopes.pop();
        }
        Ok(())
    }

    fn capture(&mut self, el: &El) -> Result<String> {
        let raw = self.xml.capture_element(&el.name, &el.attrs, el.empty)?;
        if !el.empty {
            self.scopes.pop();
        }
        Ok(raw)
    }

    fn text_content(&mut self, el: &El) -> Result<String> {
        let text = self.xml.read_text_content(&el.name, el.empty)?;
        if !el.empty {
            self.scopes.pop();
        }
        Ok(text)
    }

    fn error_at(&self, loc: &Location, message: impl Into<String>) -> Error {
        Error::parse(loc.clone(), message)
    }
}

fn split_name(name: &str) -> (&str, &str) {
    match name.split_once(':') {
        Some((p, l)) => (p, l),
        None => ("", name),
    }
}

/// What encloses the reader's position.
#[derive(Debug, Clone)]
struct Level {
    kind: LevelKind,
    translate: bool,
    preserve: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LevelKind {
    File,
    Body,
    Group,
}

/// Ids seen in one scope, with where they were first seen, for the
/// XLIFF 2.0 uniqueness constraints.
#[derive(Default)]
struct IdScope(HashMap<String, (u64, u64)>);

impl IdScope {
    /// Records `id`; an error when it was already there.
    fn insert(&mut self, id: &str, loc: &Location, what: &str, scope: &str) -> Result<()> {
        if let Some((line, column)) = self.0.get(id) {
            return Err(Error::parse(
                loc.clone(),
                format!(
                    "duplicate {what} id '{id}' (first used at line {line}, column {column}): XLIFF 2.0 requires ids to be unique {scope}"
                ),
            ));
        }
        // Line and column only: a file's ids can be many.
        self.0.insert(id.to_string(), (loc.line, loc.column));
        Ok(())
    }
}

/// Per-unit state while reading XLIFF 2.0 content.
#[derive(Default)]
struct UnitCtx {
    /// `<data>` ids and their content.
    data: HashMap<String, String>,
    /// Ids of segments, ignorables and source inline elements.
    source_ids: IdScope,
    /// Ids of target inline elements.
    target_ids: IdScope,
    /// `sc` ids per side, and `ec startRef`s to check at the end.
    sc_ids: [HashSet<String>; 2],
    ec_refs: Vec<(usize, String, Location)>,
    /// 0 while reading a source, 1 while reading a target.
    side: usize,
}

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
                match node {
                    Node::Start(el) if el.is_xliff() && el.local == "file" => self.open_file(el)?,
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
                                    return Err(self
                                        .input
                                        .xml
                                        .error("content after the </xliff> end tag"));
                                }
                            }
                        }
                        return Ok(None);
                    }
                    Node::Eof => {
                        return Err(self
                            .input
                            .xml
                            .error("unexpected end of file: <xliff> is not closed"));
                    }
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
                            return self.read_unit_v1(el).map(Some);
                        }
                        (true, LevelKind::File | LevelKind::Group, "unit") => {
                            return self.read_unit_v2(el).map(Some);
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

    fn open_file(&mut self, el: El) -> Result<()> {
        self.files += 1;
        let v2 = self.version.is_v2();
        let file = if v2 {
            let id = el.attr("id").map(str::to_string);
            match &id {
                Some(id) => {
                    self.file_ids
                        .insert(id, &el.loc, "file", "among the <file> elements")?
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
            let level = self.level_for(LevelKind::File, &el);
            self.stack.push(level);
        } else {
            self.file = None;
        }
        Ok(())
    }

    fn current_file(&self) -> Arc<XliffFile> {
        self.file.clone().unwrap_or_default()
    }

    // ----- XLIFF 1.x -----

    fn read_unit_v1(&mut self, el: El) -> Result<XliffUnit> {
        let level = self.level_for(LevelKind::Group, &el);
        let id = el.attr("id").map(str::to_string);
        match &id {
            None => self.warn_at(&el.loc, "<trans-unit> has no id attribute"),
            Some(id) => {
                if !self.v1_ids.insert(id.clone()) {
                    self.warn_at(
                        &el.loc,
                        format!("duplicate trans-unit id '{id}' in this <file>"),
                    );
                }
            }
        }
        let mut unit = XliffUnit {
            file: self.current_file(),
            id,
            name: el.attr("resname").map(str::to_string),
            attrs: el.attrs.clone(),
            translate: level.translate,
            approved: el.attr("approved").map(|v| v == "yes"),
            notes: Vec::new(),
            segments: Vec::new(),
            alt_trans: Vec::new(),
            properties: Vec::new(),
            tool_status: el.attr_ns(NS_MQ, "status").map(str::to_string),
            meta: memoq_meta(&el),
            location: el.loc.clone(),
        };
        if el.empty {
            self.warn_at(&el.loc, "<trans-unit> without <source>");
            return Ok(unit);
        }
        let mut source: Option<(Vec<Item>, bool, Option<String>)> = None;
        let mut seg_source: Option<(Vec<Item>, bool, Option<String>)> = None;
        let mut target: Option<(Vec<Item>, bool, El)> = None;
        let mut sdl: HashMap<String, (Option<String>, UnitMeta)> = HashMap::new();
        loop {
            match self.input.next()? {
                Node::Start(c) if c.is_xliff() => match c.local.as_str() {
                    "source" | "seg-source" | "target" => {
                        let preserve = c
                            .attr("xml:space")
                            .map_or(level.preserve, |v| v == "preserve");
                        let items = self.read_items_v1(&c)?;
                        let lang = c.attr("xml:lang").map(str::to_string);
                        match c.local.as_str() {
                            "source" => source = Some((items, preserve, lang)),
                            "seg-source" => seg_source = Some((items, preserve, lang)),
                            _ => target = Some((items, preserve, c)),
                        }
                    }
                    "note" => {
                        let text = self.input.text_content(&c)?;
                        unit.notes.push(Annotation {
                            attrs: c.attrs,
                            text,
                        });
                    }
                    "alt-trans" => {
                        let alt = self.read_alt_trans(c, level.preserve)?;
                        unit.alt_trans.push(alt);
                    }
                    "context-group" => self.read_contexts(&c, &mut unit.properties)?,
                    "count-group" | "prop-group" => self.input.skip(&c)?,
                    _ => {
                        self.warn_at(
                            &c.loc,
                            format!("unexpected <{}> in <trans-unit> skipped", c.name),
                        );
                        self.input.skip(&c)?;
                    }
                },
                Node::Start(c) if c.is(NS_SDL, "seg-defs") => {
                    self.read_sdl_seg_defs(&c, &mut sdl)?
                }
                Node::Start(c) => self.input.skip(&c)?,
                Node::End => break,
                Node::Text(_) => {}
                Node::Eof => {
                    return Err(self
                        .input
                        .xml
                        .error("unexpected end of file inside <trans-unit>"));
                }
            }
        }
        let Some((source_items, source_preserve, source_lang)) = source else {
            self.warn_at(&el.loc, "<trans-unit> without <source>");
            return Ok(unit);
        };
        let (state, state_qualifier, target_lang) = match &target {
            Some((_, _, t)) => (
                t.attr("state").map(str::to_string),
                t.attr("state-qualifier").map(str::to_string),
                t.attr("xml:lang").map(str::to_string),
            ),
            None => (None, None, None),
        };
        let mut make = |id: Option<String>, source: Segment, target: Option<Segment>| {
            let (tool_status, meta) = id
                .as_ref()
                .and_then(|m| sdl.remove(m))
                // A Trados segment without `conf` is unconfirmed.
                .map_or((None, UnitMeta::default()), |(conf, meta)| {
                    (conf.or(Some("Unspecified".into())), meta)
                });
            XliffSegment {
                id,
                source,
                target,
                source_lang: source_lang.clone(),
                target_lang: target_lang.clone(),
                state: state.clone(),
                sub_state: state_qualifier.clone(),
                tool_status,
                meta,
            }
        };
        let marked = seg_source
            .as_ref()
            .map(|(items, _, _)| segments(items))
            .unwrap_or_default();
        if marked.is_empty() {
            let src = to_segment(&source_items, source_preserve);
            let tgt = target
                .as_ref()
                .map(|(items, preserve, _)| to_segment(items, *preserve));
            let seg = make(None, src, tgt);
            unit.segments.push(seg);
        } else {
            let seg_preserve = seg_source.as_ref().is_some_and(|s| s.1);
            let target_marked: Vec<(&str, &[Item])> = target
                .as_ref()
                .map(|(items, _, _)| segments(items))
                .unwrap_or_default();
            let target_preserve = target.as_ref().is_some_and(|t| t.1);
            // A target without segment markers but with content (text or
            // codes beyond whitespace) can only belong to a single segment.
            let unsegmented_target = target.as_ref().filter(|(items, _, _)| {
                target_marked.is_empty() && !to_segment(items, false).is_empty()
            });
            if unsegmented_target.is_some() && marked.len() > 1 {
                self.warn_at(
                    &el.loc,
                    "<target> is not segmented like <seg-source>: its text cannot be assigned to the segments",
                );
            }
            let mut seen = HashSet::new();
            for (mid, items) in &marked {
                if !seen.insert(*mid) {
                    self.warn_at(
                        &el.loc,
                        format!("duplicate segment mid '{mid}' in <seg-source>"),
                    );
                }
                let src = to_segment(items, seg_preserve);
                let tgt = match target_marked.iter().find(|(m, _)| m == mid) {
                    Some((_, t)) => Some(to_segment(t, target_preserve)),
                    None if marked.len() == 1 => {
                        unsegmented_target.map(|(items, p, _)| to_segment(items, *p))
                    }
                    None => None,
                };
                let seg = make(Some(mid.to_string()), src, tgt);
                unit.segments.push(seg);
            }
        }
        Ok(unit)
    }

    /// Reads `<sdl:seg-defs>`: per segment, the Trados confirmation level
    /// and the creation / change metadata.
    fn read_sdl_seg_defs(
        &mut self,
        el: &El,
        out: &mut HashMap<String, (Option<String>, UnitMeta)>,
    ) -> Result<()> {
        if el.empty {
            return Ok(());
        }
        loop {
            match self.input.next()? {
                Node::Start(seg) if seg.is(NS_SDL, "seg") => {
                    let id = seg.attr("id").unwrap_or("").to_string();
                    let conf = seg.attr("conf").map(str::to_string);
                    let mut meta = UnitMeta::default();
                    if !seg.empty {
                        loop {
                            match self.input.next()? {
                                Node::Start(v) if v.is(NS_SDL, "value") => {
                                    let key = v.attr("key").unwrap_or("").to_string();
                                    let text = self.input.text_content(&v)?;
                                    let text = text.trim();
                                    match key.as_str() {
                                        "created_by" => meta.created_by = Some(text.to_string()),
                                        "created_on" => meta.created = to_tmx_date(text),
                                        "last_modified_by" => {
                                            meta.changed_by = Some(text.to_string())
                                        }
                                        "modified_on" => meta.changed = to_tmx_date(text),
                                        _ => {}
                                    }
                                }
                                Node::Start(v) => self.input.skip(&v)?,
                                Node::End => break,
                                Node::Text(_) => {}
                                Node::Eof => {
                                    return Err(self
                                        .input
                                        .xml
                                        .error("unexpected end of file inside <sdl:seg>"));
                                }
                            }
                        }
                    }
                    out.insert(id, (conf, meta));
                }
                Node::Start(other) => self.input.skip(&other)?,
                Node::End => return Ok(()),
                Node::Text(_) => {}
                Node::Eof => {
                    return Err(self
                        .input
                        .xml
                        .error("unexpected end of file inside <sdl:seg-defs>"));
                }
            }
        }
    }

    /// Reads a 1.x `<context-group>`: each `<context>` as (context-type,
    /// text).
    fn read_contexts(&mut self, el: &El, out: &mut Vec<(String, String)>) -> Result<()> {
        if el.empty {
            return Ok(());
        }
        loop {
            match self.input.next()? {
                Node::Start(c) if c.is_xliff() && c.local == "context" => {
                    let kind = c.attr("context-type").unwrap_or("").to_string();
                    let text = self.input.text_content(&c)?;
                    out.push((kind, text));
                }
                Node::Start(c) => self.input.skip(&c)?,
                Node::End => return Ok(()),
                Node::Text(_) => {}
                Node::Eof => {
                    return Err(self
                        .input
                        .xml
                        .error("unexpected end of file inside <context-group>"));
                }
            }
        }
    }

    fn read_alt_trans(&mut self, el: El, preserve: bool) -> Result<AltTrans> {
        let preserve = el.attr("xml:space").map_or(preserve, |v| v == "preserve");
        let mut alt = AltTrans {
            attrs: el.attrs.clone(),
            source: None,
            target: Segment::default(),
        };
        if el.empty {
            return Ok(alt);
        }
        loop {
            match self.input.next()? {
                Node::Start(c) if c.is_xliff() && (c.local == "source" || c.local == "target") => {
                    let p = c.attr("xml:space").map_or(preserve, |v| v == "preserve");
                    let items = self.read_items_v1(&c)?;
                    let seg = to_segment(&items, p);
                    if c.local == "source" {
                        alt.source = Some(seg);
                    } else {
                        alt.target = seg;
                    }
                }
                Node::Start(c) => self.input.skip(&c)?,
                Node::End => return Ok(alt),
                Node::Text(_) => {}
                Node::Eof => {
                    return Err(self
                        .input
                        .xml
                        .error("unexpected end of file inside <alt-trans>"));
                }
            }
        }
    }

    /// Reads 1.x inline content up to the end of `el`.
    fn read_items_v1(&mut self, el: &El) -> Result<Vec<Item>> {
        let mut items = Vec::new();
        if el.empty {
            return Ok(items);
        }
        loop {
            match self.input.next()? {
                Node::Text(t) => items.push(Item::Text(t)),
                Node::End => return Ok(items),
                Node::Eof => {
                    return Err(self
                        .input
                        .xml
                        .error(format!("unexpected end of file inside <{}>", el.name)));
                }
                Node::Start(c) => {
                    if !c.is_xliff() {
                        items.push(self.foreign_code(&c)?);
                        continue;
                    }
                    // Pairs link by `rid` when they have one, else by `id`
                    // (memoQ writes both kinds in one segment).
                    let pair_key = |prefix: &str| match c.attr("rid") {
                        Some(rid) => format!("{prefix}:rid:{rid}"),
                        None => format!("{prefix}:id:{}", c.attr("id").unwrap_or("")),
                    };
                    let item = match c.local.as_str() {
                        "g" => {
                            let children = self.read_items_v1(&c)?;
                            Item::Span {
                                id: c.attr("id").map(str::to_string),
                                kind: c.attr("ctype").map(str::to_string),
                                open: c.markup(false),
                                close: format!("</{}>", c.name),
                                children,
                            }
                        }
                        "mrk" => match c.attr("mtype") {
                            Some("seg") => Item::Seg {
                                mid: c.attr("mid").unwrap_or("").to_string(),
                                children: self.read_items_v1(&c)?,
                            },
                            // Trados track changes: deleted text is not part
                            // of the translation, but is kept as a code.
                            Some("x-sdl-deleted") => {
                                let raw = self.input.capture(&c)?;
                                standalone(None, None, vec![Inline::Text(raw)])
                            }
                            _ => Item::Span {
                                id: c.attr("mid").map(str::to_string),
                                kind: None,
                                open: c.markup(false),
                                close: format!("</{}>", c.name),
                                children: self.read_items_v1(&c)?,
                            },
                        },
                        "x" => {
                            let markup = c.markup(true);
                            self.input.skip(&c)?;
                            standalone(c.attr("id"), c.attr("ctype"), vec![Inline::Text(markup)])
                        }
                        "bx" | "ex" => {
                            let markup = c.markup(true);
                            self.input.skip(&c)?;
                            let key = pair_key("bx");
                            let role = if c.local == "bx" {
                                Role::Open(key)
                            } else {
                                Role::Close(key)
                            };
                            Item::Code(Code {
                                role,
                                id: c.attr("id").map(str::to_string),
                                kind: c.attr("ctype").map(str::to_string),
                                assoc: None,
                                native: vec![Inline::Text(markup)],
                            })
                        }
                        "ph" | "bpt" | "ept" | "it" => {
                            let native = self.read_native_v1(&c)?;
                            let role = match (c.local.as_str(), c.attr("pos")) {
                                ("bpt", _) => Role::Open(pair_key("bpt")),
                                ("ept", _) => Role::Close(pair_key("bpt")),
                                // An isolated code: its partner is in another unit.
                                ("it", Some("close")) => Role::Close(self.unpaired_key()),
                                ("it", _) => Role::Open(self.unpaired_key()),
                                _ => Role::Standalone,
                            };
                            Item::Code(Code {
                                role,
                                id: c.attr("id").map(str::to_string),
                                kind: c.attr("ctype").map(str::to_string),
                                assoc: if c.local == "ph" {
                                    c.attr("assoc").map(str::to_string)
                                } else {
                                    None
                                },
                                native,
                            })
                        }
                        "sub" => {
                            // Only valid inside codes; elsewhere its content is
                            // read as ordinary content.
                            self.warn_at(
                                &c.loc,
                                "<sub> outside an inline code; its content is read as text",
                            );
                            Item::Span {
                                id: None,
                                kind: None,
                                open: c.markup(false),
                                close: format!("</{}>", c.name),
                                children: self.read_items_v1(&c)?,
                            }
                        }
                        _ => {
                            self.warn_at(
                                &c.loc,
                                format!(
                                    "<{}> is not XLIFF inline markup; kept as a protected code",
                                    c.name
                                ),
                            );
                            let raw = self.input.capture(&c)?;
                            standalone(None, None, vec![Inline::Text(raw)])
                        }
                    };
                    items.push(item);
                }
            }
        }
    }

    /// The native content of a 1.2 `ph`/`bpt`/`ept`/`it`: text and `sub`
    /// flows; the element as written when it has none.
    fn read_native_v1(&mut self, el: &El) -> Result<Vec<Inline>> {
        let markup = el.markup(true);
        let mut native = Segment::default();
        if !el.empty {
            loop {
                match self.input.next()? {
                    Node::Text(t) => native.push_text(&t),
                    Node::End => break,
                    Node::Eof => {
                        return Err(self
                            .input
                            .xml
                            .error(format!("unexpected end of file inside <{}>", el.name)));
                    }
                    Node::Start(c) if c.is_xliff() && c.local == "sub" => {
                        let items = self.read_items_v1(&c)?;
                        let mut attrs = Vec::new();
                        if let Some(d) = c.attr("datatype") {
                            attrs.push(("datatype".to_string(), d.to_string()));
                        }
                        if let Some(t) = c.attr("ctype") {
                            attrs.push(("type".to_string(), t.to_string()));
                        }
                        native.push_tag(Tag {
                            name: "sub".into(),
                            attrs,
                            content: to_segment(&items, true).0,
                        });
                    }
                    Node::Start(c) => {
                        let raw = self.input.capture(&c)?;
                        native.push_text(&raw);
                    }
                }
            }
        }
        if native.0.is_empty() {
            native.push_text(&markup);
        }
        Ok(native.0)
    }

    fn unpaired_key(&mut self) -> String {
        self.unpaired += 1;
        format!("\u{0}unpaired{}", self.unpaired)
    }

    fn foreign_code(&mut self, el: &El) -> Result<Item> {
        self.warn_at(
            &el.loc,
            format!(
                "<{}> is not XLIFF inline markup; kept as a protected code",
                el.name
            ),
        );
        let raw = self.input.capture(el)?;
        Ok(standalone(None, None, vec![Inline::Text(raw)]))
    }

    // ----- XLIFF 2.0 -----

    fn read_unit_v2(&mut self, el: El) -> Result<XliffUnit> {
        let level = self.level_for(LevelKind::Group, &el);
        let id = el.attr("id").map(str::to_string);
        match &id {
            Some(id) => self.unit_ids.insert(
                id,
                &el.loc,
                "unit",
                "among the groups and units of a <file>",
            )?,
            None => self.warn_at(&el.loc, "<unit> has no id attribute"),
        }
        let mut unit = XliffUnit {
            file: self.current_file(),
            id,
            name: el.attr("name").map(str::to_string),
            attrs: el.attrs.clone(),
            translate: level.translate,
            approved: None,
            notes: Vec::new(),
            segments: Vec::new(),
            alt_trans: Vec::new(),
            properties: Vec::new(),
            tool_status: None,
            meta: UnitMeta::default(),
            location: el.loc.clone(),
        };
        if el.empty {
            self.warn_at(&el.loc, "<unit> without <segment>");
            return Ok(unit);
        }
        let mut ctx = UnitCtx::default();
        loop {
            match self.input.next()? {
                Node::Start(c) if c.is_xliff() => match c.local.as_str() {
                    "notes" => self.read_notes_v2(&c, &mut unit.notes)?,
                    "originalData" => self.read_original_data(&c, &mut ctx)?,
                    "segment" | "ignorable" => {
                        if let Some(id) = c.attr("id") {
                            ctx.source_ids
                                .insert(id, &c.loc, &c.local, "within a <unit>")?;
                        }
                        let seg = self.read_segment_v2(&c, level.preserve, &mut ctx)?;
                        if c.local == "segment" {
                            unit.segments.push(seg);
                        }
                    }
                    _ => {
                        self.warn_at(&c.loc, format!("unexpected <{}> in <unit> skipped", c.name));
                        self.input.skip(&c)?;
                    }
                },
                Node::Start(c) if c.is(NS_MTC, "matches") => {
                    let matches = self.read_matches_v2(&c, level.preserve)?;
                    unit.alt_trans.extend(matches);
                }
                Node::Start(c) if c.is(NS_MDA, "metadata") => {
                    self.read_metadata_v2(&c, &mut unit.properties)?
                }
                Node::Start(c) => self.input.skip(&c)?,
                Node::End => break,
                Node::Text(_) => {}
                Node::Eof => {
                    return Err(self.input.xml.error("unexpected end of file inside <unit>"));
                }
            }
        }
        check_ec_refs(&mut ctx)?;
        if unit.segments.is_empty() {
            let loc = unit.location.clone();
            self.warn_at(&loc, "<unit> without <segment>");
        }
        Ok(unit)
    }

    /// Reads `<mda:metadata>` (or a `<mda:metaGroup>` inside it): each
    /// `<mda:meta>` as (type, text), nested groups flattened.
    fn read_metadata_v2(&mut self, el: &El, out: &mut Vec<(String, String)>) -> Result<()> {
        if el.empty {
            return Ok(());
        }
        loop {
            match self.input.next()? {
                Node::Start(c) if c.is(NS_MDA, "metaGroup") => self.read_metadata_v2(&c, out)?,
                Node::Start(c) if c.is(NS_MDA, "meta") => {
                    let kind = c.attr("type").unwrap_or("").to_string();
                    let text = self.input.text_content(&c)?;
                    out.push((kind, text));
                }
                Node::Start(c) => self.input.skip(&c)?,
                Node::End => return Ok(()),
                Node::Text(_) => {}
                Node::Eof => {
                    return Err(self
                        .input
                        .xml
                        .error(format!("unexpected end of file inside <{}>", el.name)));
                }
            }
        }
    }

    /// Reads `<mtc:matches>`: translation candidates, each with its own
    /// `originalData` and id scope.
    fn read_matches_v2(&mut self, el: &El, preserve: bool) -> Result<Vec<AltTrans>> {
        let mut out = Vec::new();
        if el.empty {
            return Ok(out);
        }
        loop {
            match self.input.next()? {
                Node::Start(m) if m.is(NS_MTC, "match") => {
                    let mut alt = AltTrans {
                        attrs: m.attrs.clone(),
                        source: None,
                        target: Segment::default(),
                    };
                    let mut ctx = UnitCtx::default();
                    if !m.empty {
                        loop {
                            match self.input.next()? {
                                Node::Start(c) if c.is_xliff() && c.local == "originalData" => {
                                    self.read_original_data(&c, &mut ctx)?;
                                }
                                Node::Start(c)
                                    if c.is_xliff()
                                        && (c.local == "source" || c.local == "target") =>
                                {
                                    let p =
                                        c.attr("xml:space").map_or(preserve, |v| v == "preserve");
                                    ctx.side = usize::from(c.local == "target");
                                    let items = self.read_items_v2(&c, &mut ctx)?;
                                    let content = to_segment(&items, p);
                                    if c.local == "source" {
                                        alt.source = Some(content);
                                    } else {
                                        alt.target = content;
                                    }
                                }
                                Node::Start(c) => self.input.skip(&c)?,
                                Node::End => break,
                                Node::Text(_) => {}
                                Node::Eof => {
                                    return Err(self
                                        .input
                                        .xml
                                        .error("unexpected end of file inside <mtc:match>"));
                                }
                            }
                        }
                    }
                    check_ec_refs(&mut ctx)?;
                    out.push(alt);
                }
                Node::Start(other) => self.input.skip(&other)?,
                Node::End => return Ok(out),
                Node::Text(_) => {}
                Node::Eof => {
                    return Err(self
                        .input
                        .xml
                        .error("unexpected end of file inside <mtc:matches>"));
                }
            }
        }
    }

    fn read_notes_v2(&mut self, el: &El, notes: &mut Vec<Annotation>) -> Result<()> {
        if el.empty {
            return Ok(());
        }
        let mut ids = IdScope::default();
        loop {
            match self.input.next()? {
                Node::Start(n) if n.is_xliff() && n.local == "note" => {
                    if let Some(id) = n.attr("id") {
                        ids.insert(id, &n.loc, "note", "within a <notes> element")?;
                    }
                    let text = self.input.text_content(&n)?;
                    notes.push(Annotation {
                        attrs: n.attrs,
                        text,
                    });
                }
                Node::Start(n) => self.input.skip(&n)?,
                Node::End => return Ok(()),
                Node::Text(_) => {}
                Node::Eof => {
                    return Err(self
                        .input
                        .xml
                        .error("unexpected end of file inside <notes>"));
                }
            }
        }
    }

    fn read_original_data(&mut self, el: &El, ctx: &mut UnitCtx) -> Result<()> {
        if el.empty {
            return Ok(());
        }
        let mut ids = IdScope::default();
        loop {
            match self.input.next()? {
                Node::Start(d) if d.is_xliff() && d.local == "data" => {
                    let id = d.attr("id").unwrap_or("").to_string();
                    ids.insert(&id, &d.loc, "data", "within <originalData>")?;
                    let mut content = String::new();
                    if !d.empty {
                        loop {
                            match self.input.next()? {
                                Node::Text(t) => content.push_str(&t),
                                Node::Start(c) if c.is_xliff() && c.local == "cp" => {
                                    content.push_str(
                                        &self.code_point(&c)?.unwrap_or_else(|| c.markup(true)),
                                    );
                                    self.input.skip(&c)?;
                                }
                                Node::Start(c) => {
                                    let raw = self.input.capture(&c)?;
                                    content.push_str(&raw);
                                }
                                Node::End => break,
                                Node::Eof => {
                                    return Err(self
                                        .input
                                        .xml
                                        .error("unexpected end of file inside <data>"));
                                }
                            }
                        }
                    }
                    ctx.data.insert(id, content);
                }
                Node::Start(d) => self.input.skip(&d)?,
                Node::End => return Ok(()),
                Node::Text(_) => {}
                Node::Eof => {
                    return Err(self
                        .input
                        .xml
                        .error("unexpected end of file inside <originalData>"));
                }
            }
        }
    }

    fn read_segment_v2(
        &mut self,
        el: &El,
        preserve: bool,
        ctx: &mut UnitCtx,
    ) -> Result<XliffSegment> {
        let mut seg = XliffSegment {
            id: el.attr("id").map(str::to_string),
            state: el.attr("state").map(str::to_string),
            sub_state: el.attr("subState").map(str::to_string),
            ..Default::default()
        };
        if let Some(state) = &seg.state
            && !matches!(
                state.as_str(),
                "initial" | "translated" | "reviewed" | "final"
            )
        {
            let message = format!(
                "state=\"{state}\" is not an XLIFF 2.0 state (initial, translated, reviewed, final)"
            );
            self.warn_at(&el.loc, message);
        }
        if el.empty {
            self.warn_at(&el.loc, format!("<{}> without <source>", el.local));
            return Ok(seg);
        }
        let mut has_source = false;
        loop {
            match self.input.next()? {
                Node::Start(c) if c.is_xliff() && (c.local == "source" || c.local == "target") => {
                    let p = c.attr("xml:space").map_or(preserve, |v| v == "preserve");
                    ctx.side = usize::from(c.local == "target");
                    let items = self.read_items_v2(&c, ctx)?;
                    let content = to_segment(&items, p);
                    if c.local == "source" {
                        has_source = true;
                        seg.source = content;
                        seg.source_lang = c.attr("xml:lang").map(str::to_string);
                    } else {
                        seg.target = Some(content);
                        seg.target_lang = c.attr("xml:lang").map(str::to_string);
                    }
                }
                Node::Start(c) => {
                    self.warn_at(
                        &c.loc,
                        format!("unexpected <{}> in <{}> skipped", c.name, el.local),
                    );
                    self.input.skip(&c)?;
                }
                Node::End => break,
                Node::Text(_) => {}
                Node::Eof => {
                    return Err(self
                        .input
                        .xml
                        .error(format!("unexpected end of file inside <{}>", el.local)));
                }
            }
        }
        if !has_source {
            self.warn_at(&el.loc, format!("<{}> without <source>", el.local));
        }
        Ok(seg)
    }

    /// The character of a `<cp hex="…"/>`, or `None` when XML cannot hold
    /// it (it then stays a protected code).
    fn code_point(&mut self, el: &El) -> Result<Option<String>> {
        let hex = el.attr("hex").unwrap_or("");
        let c = u32::from_str_radix(hex, 16)
            .ok()
            .and_then(char::from_u32)
            .ok_or_else(|| {
                Error::parse(
                    el.loc.clone(),
                    format!("<cp hex=\"{hex}\"> is not a Unicode code point"),
                )
            })?;
        Ok(is_xml_char(c).then(|| c.to_string()))
    }

    fn inline_id(&mut self, el: &El, ctx: &mut UnitCtx) -> Result<Option<String>> {
        let Some(id) = el.attr("id") else {
            return Ok(None);
        };
        let scope = if ctx.side == 0 {
            &mut ctx.source_ids
        } else {
            &mut ctx.target_ids
        };
        let where_ = if ctx.side == 0 {
            "within a <unit>"
        } else {
            "within the targets of a <unit>"
        };
        scope.insert(id, &el.loc, &format!("<{}>", el.local), where_)?;
        Ok(Some(id.to_string()))
    }

    fn data_ref(&self, el: &El, name: &str, ctx: &UnitCtx) -> Result<Option<String>> {
        match el.attr(name) {
            None => Ok(None),
            Some(r) => match ctx.data.get(r) {
                Some(d) => Ok(Some(d.clone())),
                None => Err(Error::parse(
                    el.loc.clone(),
                    format!(
                        "{name}=\"{r}\" refers to no <data> in the unit's <originalData> (XLIFF 2.0 requires one)"
                    ),
                )),
            },
        }
    }

    /// Reads 2.0 inline content up to the end of `el`.
    fn read_items_v2(&mut self, el: &El, ctx: &mut UnitCtx) -> Result<Vec<Item>> {
        let mut items = Vec::new();
        if el.empty {
            return Ok(items);
        }
        loop {
            match self.input.next()? {
                Node::Text(t) => items.push(Item::Text(t)),
                Node::End => return Ok(items),
                Node::Eof => {
                    return Err(self
                        .input
                        .xml
                        .error(format!("unexpected end of file inside <{}>", el.name)));
                }
                Node::Start(c) => {
                    if !c.is_xliff() {
                        items.push(self.foreign_code(&c)?);
                        continue;
                    }
                    let kind = c.attr("subType").map(str::to_string);
                    let item = match c.local.as_str() {
                        "ph" | "sc" | "ec" | "sm" | "em" => {
                            let id = self.inline_id(&c, ctx)?;
                            let native = self
                                .data_ref(&c, "dataRef", ctx)?
                                .unwrap_or_else(|| c.markup(true));
                            self.input.skip(&c)?;
                            let isolated = c.attr("isolated") == Some("yes");
                            let role = match c.local.as_str() {
                                "ph" => Role::Standalone,
                                "sc" | "sm" if isolated => Role::Open(self.unpaired_key()),
                                "sc" | "sm" => {
                                    let key = id.clone().unwrap_or_default();
                                    if c.local == "sc" {
                                        ctx.sc_ids[ctx.side].insert(key.clone());
                                    }
                                    Role::Open(format!("{}:{key}", c.local))
                                }
                                "ec" if isolated => Role::Close(self.unpaired_key()),
                                _ => {
                                    let start_ref = c.attr("startRef").unwrap_or("").to_string();
                                    if c.local == "ec" {
                                        ctx.ec_refs.push((
                                            ctx.side,
                                            start_ref.clone(),
                                            c.loc.clone(),
                                        ));
                                    }
                                    let opener = if c.local == "ec" { "sc" } else { "sm" };
                                    Role::Close(format!("{opener}:{start_ref}"))
                                }
                            };
                            Item::Code(Code {
                                role,
                                id,
                                kind,
                                assoc: None,
                                native: vec![Inline::Text(native)],
                            })
                        }
                        "pc" | "mrk" => {
                            let id = self.inline_id(&c, ctx)?;
                            let open = self
                                .data_ref(&c, "dataRefStart", ctx)?
                                .unwrap_or_else(|| c.markup(false));
                            let close = self
                                .data_ref(&c, "dataRefEnd", ctx)?
                                .unwrap_or_else(|| format!("</{}>", c.name));
                            let children = self.read_items_v2(&c, ctx)?;
                            Item::Span {
                                id,
                                kind,
                                open,
                                close,
                                children,
                            }
                        }
                        "cp" => {
                            let item = match self.code_point(&c)? {
                                Some(ch) => Item::Text(ch),
                                None => standalone(None, None, vec![Inline::Text(c.markup(true))]),
                            };
                            self.input.skip(&c)?;
                            item
                        }
                        _ => {
                            self.warn_at(
                                &c.loc,
                                format!(
                                    "<{}> is not XLIFF 2.0 inline markup; kept as a protected code",
                                    c.name
                                ),
                            );
                            let raw = self.input.capture(&c)?;
                            standalone(None, None, vec![Inline::Text(raw)])
                        }
                    };
                    items.push(item);
                }
            }
        }
    }
}

/// Every `ec startRef` of a unit names an `sc` of the same side.
fn check_ec_refs(ctx: &mut UnitCtx) -> Result<()> {
    for (side, start_ref, loc) in std::mem::take(&mut ctx.ec_refs) {
        if !ctx.sc_ids[side].contains(&start_ref) {
            return Err(Error::parse(
                loc,
                format!(
                    "<ec startRef=\"{start_ref}\"> refers to no <sc> of this unit (XLIFF 2.0 requires one)"
                ),
            ));
        }
    }
    Ok(())
}

fn standalone(id: Option<&str>, kind: Option<&str>, native: Vec<Inline>) -> Item {
    Item::Code(Code {
        role: Role::Standalone,
        id: id.map(str::to_string),
        kind: kind.map(str::to_string),
        assoc: None,
        native,
    })
}

/// memoQ's commit and change metadata on `<trans-unit>`.
fn memoq_meta(el: &El) -> UnitMeta {
    let get = |name: &str| {
        el.attr_ns(NS_MQ, name)
            .map(str::trim)
            .filter(|v| !v.is_empty())
    };
    UnitMeta {
        created: get("translatorcommittimestamp").and_then(to_tmx_date),
        created_by: get("translatorcommitusername").map(str::to_string),
        changed: get("lastchangedtimestamp").and_then(to_tmx_date),
        changed_by: get("lastchanginguser").map(str::to_string),
    }
}

impl Iterator for XliffReader {
    type Item = Result<XliffUnit>;

    fn next(&mut self) -> Option<Result<XliffUnit>> {
        self.next_unit().transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (Vec<XliffUnit>, Vec<Warning>) {
        let mut r = XliffReader::from_text(text, Path::new("t.xlf")).unwrap();
        let mut units = Vec::new();
        while let Some(u) = r.next_unit().unwrap() {
            units.push(u);
        }
        let w = r.take_warnings();
        (units, w)
    }

    fn read_err(text: &str) -> Error {
        let mut r = match XliffReader::from_text(text, Path::new("t.xlf")) {
            Ok(r) => r,
            Err(e) => return e,
        };
        loop {
            match r.next_unit() {
                Ok(Some(_)) => {}
                Ok(None) => panic!("no error"),
                Err(e) => return e,
            }
        }
    }

    const V12: &str = r#"<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns:q="MQXliff">"#;

    #[test]
    fn reads_units_languages_notes_and_state() {
        let doc = format!(
            r#"{V12}<file original="a.txt" source-language="en" target-language="fr" datatype="plaintext"><header><tool tool-id="t"/></header><body>
            <group id="g" translate="no"><trans-unit id="1"><source>Skip</source></trans-unit></group>
            <trans-unit id="2" resname="k" approved="yes"><source>Hello <x id="1"/></source><target state="final">Bonjour <x id="1"/></target>
              <note from="me">A note</note><alt-trans match-quality="80"><source>Hi</source><target>Salut</target></alt-trans></trans-unit>
            </body></file></xliff>"#
        );
        let (units, warnings) = read(&doc);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(units.len(), 2);
        assert!(
            !units[0].translate,
            "translate=no is inherited from the group"
        );
        let u = &units[1];
        assert_eq!(u.file.original.as_deref(), Some("a.txt"));
        assert_eq!(u.file.target_language.as_deref(), Some("fr"));
        assert_eq!(u.name.as_deref(), Some("k"));
        assert_eq!(u.approved, Some(true));
        assert_eq!(u.notes[0].text, "A note");
        assert_eq!(u.alt_trans[0].target.display_text(), "Salut");
        let s = &u.segments[0];
        assert_eq!(s.state.as_deref(), Some("final"));
        assert_eq!(s.source.display_text(), "Hello <x id=\"1\"/>");
        assert_eq!(
            s.target.as_ref().unwrap().codes()[0].attrs,
            [("x".to_string(), "1".to_string())]
        );
        assert_eq!(u.location.line, 3);
    }

    #[test]
    fn trados_segments_split_with_their_confirmation_level() {
        let doc = format!(
            r#"{V12}<file original="d.doc" source-language="en" target-language="de" datatype="x"><body>
            <trans-unit id="u1"><source>One. <g id="5">Two.</g></source>
            <seg-source><mrk mtype="seg" mid="1">One.</mrk> <g id="5"><mrk mtype="seg" mid="2">Two.</mrk></g></seg-source>
            <target><mrk mtype="seg" mid="1">Eins.</mrk> <g id="5"><mrk mtype="seg" mid="2">Zwei<mrk mtype="x-sdl-deleted" sdl:revid="r">alt</mrk>.</mrk></g></target>
            <sdl:seg-defs><sdl:seg id="1" conf="Translated"><sdl:value key="created_by">ann</sdl:value><sdl:value key="created_on">04/24/2024 18:18:50</sdl:value></sdl:seg><sdl:seg id="2" conf="Draft"/></sdl:seg-defs>
            </trans-unit></body></file></xliff>"#
        );
        let (units, warnings) = read(&doc);
        assert!(warnings.is_empty(), "{warnings:?}");
        let segs = &units[0].segments;
        assert_eq!(segs.len(), 2);
        assert_eq!(segs[0].id.as_deref(), Some("1"));
        assert_eq!(segs[0].target.as_ref().unwrap().display_text(), "Eins.");
        assert_eq!(segs[0].tool_status.as_deref(), Some("Translated"));
        assert_eq!(segs[0].meta.created.as_deref(), Some("20240424T181850Z"));
        assert_eq!(segs[0].meta.created_by.as_deref(), Some("ann"));
        assert_eq!(segs[1].tool_status.as_deref(), Some("Draft"));
        let t = segs[1].target.as_ref().unwrap();
        // The deleted text is a code, not text.
        assert_eq!(t.matching_text(), "Zwei\u{FFFC}.");
        assert!(t.display_text().contains("alt</mrk>"));
    }

    #[test]
    fn unsegmented_targets_of_segmented_units() {
        let doc = format!(
            r#"{V12}<file original="d" source-language="en" target-language="de" datatype="x"><body>
            <trans-unit id="one"><source>A.</source><seg-source><mrk mtype="seg" mid="1">A.</mrk></seg-source><target>Ah.</target></trans-unit>
            <trans-unit id="two"><source>A. B.</source><seg-source><mrk mtype="seg" mid="1">A.</mrk> <mrk mtype="seg" mid="2">B.</mrk></seg-source><target>Ah. Be.</target></trans-unit>
            <trans-unit id="blank"><source>A. B.</source><seg-source><mrk mtype="seg" mid="1">A.</mrk> <mrk mtype="seg" mid="2">B.</mrk></seg-source><target>
            </target></trans-unit>
            </body></file></xliff>"#
        );
        let (units, warnings) = read(&doc);
        assert_eq!(
            units[0].segments[0].target.as_ref().unwrap().display_text(),
            "Ah."
        );
        assert!(units[1].segments.iter().all(|s| s.target.is_none()));
        assert_eq!(warnings.len(), 1, "only unit 'two' warns: {warnings:?}");
        assert_eq!(warnings[0].line, 3);
        assert!(
            warnings[0]
                .message
                .contains("not segmented like <seg-source>")
        );
    }

    #[test]
    fn memoq_rid_pairs_and_status() {
        let doc = format!(
            r#"{V12}<file original="t.idml" source-language="de" target-language="en-us" datatype="x"><body>
            <trans-unit id="2" q:status="ManuallyConfirmed" q:lastchangedtimestamp="2020-03-31T09:38:37Z" q:lastchanginguser="TRA"><source xml:space="preserve">vom <bpt id="1" ctype="bold">{{}}</bpt><bpt id="2" rid="1">&lt;uf&gt;</bpt>Nikolaus<ept id="1">{{}}</ept><ept id="3" rid="1">&lt;/uf&gt;</ept></source></trans-unit>
            </body></file></xliff>"#
        );
        let (units, _) = read(&doc);
        let u = &units[0];
        assert_eq!(u.tool_status.as_deref(), Some("ManuallyConfirmed"));
        assert_eq!(u.meta.changed.as_deref(), Some("20200331T093837Z"));
        assert_eq!(u.meta.changed_by.as_deref(), Some("TRA"));
        let codes = u.segments[0].source.codes();
        let desc: Vec<(String, String)> = codes
            .iter()
            .map(|c| {
                (
                    c.name.clone(),
                    c.attrs
                        .iter()
                        .find(|(k, _)| k == "i")
                        .map(|(_, v)| v.clone())
                        .unwrap_or_default(),
                )
            })
            .collect();
        assert_eq!(
            desc,
            [
                ("bpt".into(), "1".into()),
                ("bpt".into(), "2".into()),
                ("ept".into(), "1".into()),
                ("ept".into(), "2".into())
            ]
        );
        assert_eq!(codes[0].attrs[2], ("type".to_string(), "bold".to_string()));
        assert_eq!(
            u.segments[0].source.display_text(),
            "vom {}<uf>Nikolaus{}</uf>"
        );
    }

    #[test]
    fn sub_flows_and_empty_codes_keep_their_markup() {
        let doc = format!(
            r#"{V12}<file original="a" source-language="en" datatype="x"><body>
            <trans-unit id="1"><source><ph id="1">&lt;img alt="<sub>Alt</sub>"&gt;</ph><bpt id="2" ax:s="1" xmlns:ax="A"/>x<ept id="2"/></source></trans-unit>
            </body></file></xliff>"#
        );
        let (units, warnings) = read(&doc);
        assert!(warnings.is_empty(), "{warnings:?}");
        let seg = &units[0].segments[0].source;
        let codes = seg.codes();
        assert_eq!(codes[0].content.len(), 3, "text, sub, text");
        assert_eq!(codes[0].native_text(), "<img alt=\"\">");
        assert_eq!(
            codes[1].native_text(),
            "<bpt id=\"2\" ax:s=\"1\" xmlns:ax=\"A\"/>"
        );
        assert_eq!(codes[2].name, "ept");
    }

    #[test]
    fn default_space_is_collapsed_and_preserve_is_kept() {
        let doc = format!(
            r#"{V12}<file original="a" source-language="en" target-language="fr" datatype="x"><body>
            <trans-unit id="1"><source>
              Two   words
            </source><target xml:space="preserve"> Deux  mots </target></trans-unit></body></file></xliff>"#
        );
        let (units, _) = read(&doc);
        let s = &units[0].segments[0];
        assert_eq!(s.source.display_text(), "Two words");
        assert_eq!(s.target.as_ref().unwrap().display_text(), " Deux  mots ");
    }

    #[test]
    fn xliff_1_0_without_namespace_and_foreign_elements_are_read() {
        let doc = r#"<?xml version="1.0"?><xliff version='1.0'><iws:x xmlns:iws="I"/><file source-language='en' datatype='winres' original='n.exe'>
            <header></header><body><group restype='menu'><trans-unit id='1'><source>&amp;File</source></trans-unit>
            <trans-unit id='1'><source>Edit</source><q:c xmlns:q="Q">x</q:c></trans-unit></group></body></file></xliff>"#;
        let (units, warnings) = read(doc);
        assert_eq!(units.len(), 2);
        assert_eq!(units[0].segments[0].source.display_text(), "&File");
        assert!(units[0].file.target_language.is_none());
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].message.contains("duplicate trans-unit id '1'"));
    }

    #[test]
    fn foreign_inline_elements_become_codes() {
        let doc = format!(
            r#"{V12}<file original="a" source-language="en" datatype="x"><body>
            <trans-unit id="1"><source>a<q:ch xmlns:q="MQXliff" val="nbsp"/>b</source></trans-unit></body></file></xliff>"#
        );
        let (units, warnings) = read(&doc);
        assert_eq!(
            units[0].segments[0].source.display_text(),
            "a<q:ch xmlns:q=\"MQXliff\" val=\"nbsp\"/>b"
        );
        assert_eq!(warnings.len(), 1);
    }

    const V20: &str = r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">"#;

    #[test]
    fn xliff2_units_segments_data_and_codes() {
        let doc = format!(
            r##"{V20}<file id="f1" original="doc.ftl"><notes><note>file</note></notes><group id="g" translate="no"><unit id="u0"><segment><source>No</source></segment></unit></group>
            <unit id="u1" name="msg"><mtc:matches xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"><mtc:match ref="#s1" matchQuality="80"><originalData><data id="d1">X</data></originalData><source>Hi <ph id="1" dataRef="d1"/></source><target>Salut <ph id="1" dataRef="d1"/></target></mtc:match></mtc:matches>
              <notes><note id="n1" category="c">Unit note</note></notes>
              <originalData><data id="d1">{{ $name }}</data><data id="d2">&lt;b&gt;</data><data id="d3">&lt;/b&gt;</data></originalData>
              <segment id="s1" state="translated" subState="relais:review"><source>Hi <ph id="1" dataRef="d1"/>, <pc id="2" dataRefStart="d2" dataRefEnd="d3">bold</pc><sc id="3"/>x<cp hex="0001"/><cp hex="E9"/></source>
                <target>Salut <ph id="1" dataRef="d1"/></target></segment>
              <ignorable><source> </source></ignorable>
              <segment id="s2"><source>y<ec startRef="3"/></source></segment>
            </unit></file></xliff>"##
        );
        let (units, warnings) = read(&doc);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(units.len(), 2);
        assert!(!units[0].translate);
        let u = &units[1];
        assert_eq!(u.file.source_language.as_deref(), Some("en"));
        assert_eq!(u.file.id.as_deref(), Some("f1"));
        assert_eq!(u.name.as_deref(), Some("msg"));
        assert_eq!(u.notes[0].text, "Unit note");
        assert_eq!(u.alt_trans.len(), 1);
        assert_eq!(
            u.alt_trans[0].target.display_text(),
            "Salut X",
            "the match has its own originalData"
        );
        assert_eq!(u.segments.len(), 2, "ignorable is not a segment");
        let s1 = &u.segments[0];
        assert_eq!(s1.state.as_deref(), Some("translated"));
        assert_eq!(s1.sub_state.as_deref(), Some("relais:review"));
        assert_eq!(
            s1.source.display_text(),
            "Hi { $name }, <b>bold</b><sc id=\"3\"/>x<cp hex=\"0001\"/>é"
        );
        let names: Vec<&str> = s1.source.codes().iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["ph", "bpt", "ept", "it", "ph"]);
        assert_eq!(
            s1.target.as_ref().unwrap().display_text(),
            "Salut { $name }"
        );
        assert_eq!(
            u.segments[1].source.codes()[0].attrs[0],
            ("pos".to_string(), "end".to_string())
        );
    }

    #[test]
    fn xliff2_duplicate_ids_are_errors_with_position() {
        let dup_data = format!(
            "{V20}<file id=\"f\"><unit id=\"1\"><originalData>\n<data id=\"d\">a</data>\n  <data id=\"d\">b</data></originalData><segment><source/></segment></unit></file></xliff>"
        );
        let err = read_err(&dup_data);
        assert_eq!(err.position(), Some((3, 3)), "{err}");
        assert!(err.to_string().contains("duplicate data id 'd'"), "{err}");

        let dup_unit = format!(
            "{V20}<file id=\"f\"><unit id=\"1\"><segment><source/></segment></unit>\n<group id=\"1\"/></file></xliff>"
        );
        assert_eq!(read_err(&dup_unit).position(), Some((2, 1)));

        let dup_inline = format!(
            "{V20}<file id=\"f\"><unit id=\"1\"><segment id=\"a\"><source><ph id=\"a\"/></source></segment></unit></file></xliff>"
        );
        assert!(
            read_err(&dup_inline)
                .to_string()
                .contains("duplicate <ph> id 'a'")
        );

        // The same id in source and target is how 2.0 pairs them.
        let same = format!(
            "{V20}<file id=\"f\"><unit id=\"1\"><segment><source><ph id=\"1\"/></source><target><ph id=\"1\"/></target></segment></unit></file></xliff>"
        );
        assert_eq!(read(&same).0.len(), 1);

        let bad_ref = format!(
            "{V20}<file id=\"f\"><unit id=\"1\"><segment><source><ph id=\"1\" dataRef=\"x\"/></source></segment></unit></file></xliff>"
        );
        assert!(
            read_err(&bad_ref)
                .to_string()
                .contains("dataRef=\"x\" refers to no <data>")
        );

        let bad_ec = format!(
            "{V20}<file id=\"f\"><unit id=\"1\"><segment><source><ec startRef=\"9\"/></source></segment></unit></file></xliff>"
        );
        assert!(read_err(&bad_ec).to_string().contains("startRef=\"9\""));

        let two_files = format!(
            "{V20}<file id=\"f\"><unit id=\"1\"><segment><source/></segment></unit></file><file id=\"f\"/></xliff>"
        );
        assert!(
            read_err(&two_files)
                .to_string()
                .contains("duplicate file id 'f'")
        );
    }

    /// Reads a document to its end through the TM import; `Err` is fine,
    /// a panic is not.
    fn drain(text: &str) -> Result<usize> {
        let reader = XliffReader::from_text(text, Path::new("t.xlf"))?;
        let mut source = super::super::XliffUnitSource::new(reader, Default::default());
        let mut n = 0;
        while source.next_unit()?.is_some() {
            n += 1;
        }
        Ok(n)
    }

    fn damage_samples() -> [String; 2] {
        [
            format!(
                r#"{V12}<file original="d" source-language="en" target-language="de" datatype="x"><body><group id="g">
                <trans-unit id="1" approved="yes"><source>A <g id="1">b</g> <bpt id="2">&lt;i&gt;</bpt>c<ept id="2">&lt;/i&gt;</ept><x id="3"/></source>
                <seg-source><mrk mtype="seg" mid="1">A <g id="1">b</g></mrk> <mrk mtype="seg" mid="2">c<ph id="4">&lt;br/&gt;<sub>s</sub></ph></mrk></seg-source>
                <target><mrk mtype="seg" mid="1">Ä <g id="1">b</g></mrk> <mrk mtype="seg" mid="2">ç<it id="5" pos="open">x</it></mrk></target>
                <note>n</note><alt-trans><target>t</target></alt-trans><sdl:seg-defs><sdl:seg id="1" conf="Translated"/></sdl:seg-defs></trans-unit>
                </group></body></file></xliff>"#
            ),
            format!(
                r##"{V20}<file id="f"><group id="g"><unit id="u"><mtc:matches xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"><mtc:match ref="#s"><source>a</source><target>b</target></mtc:match></mtc:matches>
                <notes><note id="n">x</note></notes><originalData><data id="d1">&lt;b&gt;<cp hex="1"/></data></originalData>
                <segment id="s" state="final"><source><pc id="1" dataRefStart="d1">a<sc id="2"/>b</pc><ph id="3"/><mrk id="m" translate="no">c</mrk><sm id="4"/><em startRef="4"/></source>
                <target><pc id="1" dataRefStart="d1">ä<sc id="2"/>b<ec startRef="2"/></pc><cp hex="E9"/></target></segment><ignorable><source> </source></ignorable></unit></group></file></xliff>"##
            ),
        ]
    }

    #[test]
    fn samples_for_damage_tests_read() {
        let [v12, v20] = damage_samples();
        assert_eq!(drain(&v12).unwrap(), 2);
        assert_eq!(drain(&v20).unwrap(), 1);
    }

    #[test]
    fn truncated_input_is_an_error_never_a_panic() {
        for doc in damage_samples() {
            for cut in (0..doc.len()).filter(|&i| doc.is_char_boundary(i)) {
                let text = &doc[..cut];
                if let Err(e) = drain(text) {
                    assert!(e.position().is_some(), "{e}");
                } else {
                    panic!("a document cut at byte {cut} was read without error");
                }
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]
        #[test]
        fn damaged_input_never_panics(
            which in 0usize..2,
            edits in proptest::collection::vec((0usize..4000, proptest::sample::select(vec!["<", ">", "&", "\"", "/", "=", "</g>", "<mrk mtype=\"seg\">", "<ec startRef=\"9\"/>", "\u{1}", "é"])), 1..4),
        ) {
            let mut doc = damage_samples()[which].clone();
            for (at, piece) in edits {
                let mut at = at % (doc.len() + 1);
                while !doc.is_char_boundary(at) {
                    at -= 1;
                }
                doc.insert_str(at, piece);
            }
            let _ = drain(&doc);
        }
    }

    #[test]
    fn not_xliff_and_broken_files_are_errors() {
        let err = read_err("<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"/>");
        assert_eq!(err.position(), Some((2, 1)));
        assert!(err.to_string().contains("not an XLIFF document"));
        let err = read_err(&format!(
            "{V12}<file original=\"a\" source-language=\"en\" datatype=\"x\"><body>\n<trans-unit id=\"1\"><source>a &para; b</source></trans-unit></body></file></xliff>"
        ));
        assert_eq!(err.position(), Some((2, 30)), "{err}");
        let err = read_err(&format!(
            "{V12}<file original=\"a\" source-language=\"en\" datatype=\"x\"><body><trans-unit id=\"1\"><source>a"
        ));
        assert!(err.position().is_some());
    }
}
