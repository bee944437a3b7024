//! Streaming TMX reader (TMX 1.1 to 1.4b, as real tools write it).
//!
//! Reads one `<tu>` at a time, so memory does not grow with the file.
//! Tolerant where real files differ from the DTD — the TMX 1.1 `lang`
//! attribute, mixed-case language codes, unknown elements inside segments,
//! unpaired `bpt`/`ept` — and says so in warnings with line and column.
//! Not well-formed XML is an error with file, line and column.

use std::path::Path;

use crate::error::{Location, Result};
use crate::files::ByteCounter;
use crate::formats::Warning;
use crate::formats::tmx::dtd::{
    ATTR_PROP_PREFIX, HEADER_ATTRS, TU_ATTRS, TUV_ATTRS, canonical_attr_order,
};
use crate::formats::xml::{XmlEvent, XmlInput, attr_ci, local_name};
use crate::lang::LangTag;
use crate::model::{Annotation, HeaderInfo, Inline, Segment, Tag, Unit, UnitSource, Variant};

/// Inline elements TMX allows inside `<seg>`, `<hi>` and `<sub>`, plus
/// `sub` inside codes.
const INLINE: [&str; 7] = ["bpt", "ept", "it", "ph", "ut", "hi", "sub"];

/// The code type relais gives to elements that are not TMX inline
/// markup, kept as protected codes so nothing is lost.
pub const CODE_TYPE_FOREIGN: &str = "x-foreign-element";

/// A TMX document being read.
pub struct TmxReader {
    xml: XmlInput,
    /// The `<header>`.
    pub header: HeaderInfo,
    /// The `version` attribute of `<tmx>`.
    pub version: String,
    srclang: Option<String>,
    warnings: Vec<Warning>,
    bodies: usize,
    in_body: bool,
    finished: bool,
}

impl TmxReader {
    /// Opens a TMX file and reads up to the start of its body.
    pub fn open(path: &Path) -> Result<Self> {
        Self::open_counted(path, None)
    }

    /// Opens a TMX file, counting bytes read from disk into `counter`.
    pub fn open_counted(path: &Path, counter: Option<ByteCounter>) -> Result<Self> {
        let xml = XmlInput::open_counted(path, counter)?;
        Self::start(xml)
    }

    /// Reads TMX from a string (tests).
    pub fn from_text(text: &str, name: &Path) -> Result<Self> {
        Self::start(XmlInput::from_text(text, name))
    }

    fn start(mut xml: XmlInput) -> Result<Self> {
        let mut warnings = Vec::new();
        if let Some(w) = xml.encoding.warning.clone() {
            warnings.push(Warning::at(&Location::new(Some(xml.path()), 1, 1), w));
        }
        // The root element.
        let (root_attrs, root_empty) = loop {
            match xml.next()? {
                XmlEvent::Start { name, attrs, empty } => {
                    if local_name(&name).eq_ignore_ascii_case("tmx") {
                        break (attrs, empty);
                    }
                    return Err(xml.error(format!(
                        "not a TMX document: the root element is <{name}>, not <tmx>"
                    )));
                }
                XmlEvent::Text(t) if t.trim().is_empty() => continue,
                XmlEvent::Text(_) => return Err(xml.error("text before the <tmx> root element")),
                XmlEvent::End { .. } | XmlEvent::Eof => {
                    return Err(xml.error("not a TMX document: no <tmx> element"));
                }
            }
        };
        let version = attr_ci(&root_attrs, "version").unwrap_or("").to_string();
        match version.as_str() {
            "1.4" | "1.4a" | "1.4b" => {}
            "" => {
                let loc = xml.location();
                warnings.push(Warning::at(
                    &loc,
                    "<tmx> has no version attribute; read as TMX 1.4b",
                ));
            }
            other => {
                let loc = xml.location();
                warnings.push(Warning::at(
                    &loc,
                    format!("TMX version {other}; read with TMX 1.4b rules"),
                ));
            }
        }
        let mut reader = TmxReader {
            xml,
            header: HeaderInfo::default(),
            version,
            srclang: None,
            warnings,
            bodies: 0,
            in_body: false,
            finished: root_empty,
        };
        if !root_empty {
            reader.read_to_body()?;
        }
        Ok(reader)
    }

    fn warn(&mut self, message: impl Into<String>) {
        let loc = self.xml.location();
        self.warnings.push(Warning::at(&loc, message));
    }

    /// What the encoding sniffer concluded.
    pub fn encoding(&self) -> &crate::files::EncodingReport {
        &self.xml.encoding
    }

    /// Warnings so far.
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    /// Takes the warnings collected so far.
    pub fn take_warnings(&mut self) -> Vec<Warning> {
        std::mem::take(&mut self.warnings)
    }

    /// The header's source language (`None` for `*all*` or absent).
    pub fn srclang(&self) -> Option<&str> {
        self.srclang.as_deref()
    }

    /// Reads the header and stops inside `<body>`.
    fn read_to_body(&mut self) -> Result<()> {
        let mut seen_header = false;
        loop {
            match self.xml.next()? {
                XmlEvent::Start { name, attrs, empty } => match local_name(&name) {
                    "header" => {
                        seen_header = true;
                        self.read_header(attrs, empty)?;
                    }
                    "body" => {
                        if !seen_header {
                            self.warn("<body> without a <header>");
                        }
                        self.bodies += 1;
                        self.in_body = !empty;
                        if empty {
                            continue;
                        }
                        return Ok(());
                    }
                    other => {
                        self.warn(format!("unexpected <{other}> in <tmx> skipped"));
                        self.xml.skip_element(&name, empty)?;
                    }
                },
                XmlEvent::End { .. } => {
                    // </tmx>
                    self.finished = true;
                    if self.bodies == 0 {
                        self.warn("TMX document has no <body>");
                    }
                    return Ok(());
                }
                XmlEvent::Text(t) => {
                    if !t.trim().is_empty() {
                        self.warn("text directly inside <tmx> ignored");
                    }
                }
                XmlEvent::Eof => {
                    return Err(self
                        .xml
                        .error("unexpected end of file: <tmx> is not closed"));
                }
            }
        }
    }

    fn read_header(&mut self, attrs: Vec<(String, String)>, empty: bool) -> Result<()> {
        for required in [
            "creationtool",
            "creationtoolversion",
            "segtype",
            "o-tmf",
            "adminlang",
            "srclang",
            "datatype",
        ] {
            if attr_ci(&attrs, required).is_none() {
                self.warn(format!("<header> has no {required} attribute"));
            }
        }
        self.srclang = attr_ci(&attrs, "srclang")
            .filter(|s| !s.trim().eq_ignore_ascii_case("*all*") && !s.trim().is_empty())
            .map(str::to_string);
        self.header.attrs.extend(attrs);
        if empty {
            self.header.attrs =
                canonical_attr_order(std::mem::take(&mut self.header.attrs), HEADER_ATTRS);
            return Ok(());
        }
        loop {
            match self.xml.next()? {
                XmlEvent::Start { name, attrs, empty } => match local_name(&name) {
                    "note" => {
                        self.check_attrs("note", &attrs);
                        let text = self.xml.read_text_content(&name, empty)?;
                        self.header.notes.push(Annotation { attrs, text });
                    }
                    "prop" => {
                        self.check_attrs("prop", &attrs);
                        let text = self.xml.read_text_content(&name, empty)?;
                        push_prop(&mut self.header.props, &mut self.header.attrs, attrs, text);
                    }
                    "ude" => {
                        let raw = self.xml.capture_element(&name, &attrs, empty)?;
                        self.header.udes.push(raw);
                    }
                    other => {
                        self.warn(format!("unexpected <{other}> in <header> skipped"));
                        self.xml.skip_element(&name, empty)?;
                    }
                },
                XmlEvent::End { .. } => {
                    self.header.attrs =
                        canonical_attr_order(std::mem::take(&mut self.header.attrs), HEADER_ATTRS);
                    return Ok(());
                }
                XmlEvent::Text(_) => {}
                XmlEvent::Eof => {
                    return Err(self.xml.error("unexpected end of file inside <header>"));
                }
            }
        }
    }

    /// The next unit, or `None` at the end of the document.
    pub fn next_unit(&mut self) -> Result<Option<Unit>> {
        loop {
            if self.finished {
                return Ok(None);
            }
            if !self.in_body {
                // After a body: either another body, or the end of <tmx>.
                match self.xml.next()? {
                    XmlEvent::Start { name, empty, .. } if local_name(&name) == "body" => {
                        self.bodies += 1;
                        self.warn("second <body> in the document; its units are read too");
                        self.in_body = !empty;
                    }
                    XmlEvent::Start { name, empty, .. } => {
                        self.warn(format!("unexpected <{name}> after <body> skipped"));
                        self.xml.skip_element(&name, empty)?;
                    }
                    XmlEvent::End { .. } => {
                        self.finished = true;
                        // Anything after the root must be whitespace.
                        loop {
                            match self.xml.next()? {
                                XmlEvent::Eof => break,
                                XmlEvent::Text(t) if t.trim().is_empty() => {}
                                _ => {
                                    return Err(self.xml.error("content after the </tmx> end tag"));
                                }
                            }
                        }
                        return Ok(None);
                    }
                    XmlEvent::Text(_) => {}
                    XmlEvent::Eof => {
                        return Err(self
                            .xml
                            .error("unexpected end of file: <tmx> is not closed"));
                    }
                }
                continue;
            }
            match self.xml.next()? {
                XmlEvent::Start { name, attrs, empty } => {
                    if local_name(&name) == "tu" {
                        return self.read_tu(attrs, empty).map(Some);
                    }
                    self.warn(format!("unexpected <{name}> in <body> skipped"));
                    self.xml.skip_element(&name, empty)?;
                }
                XmlEvent::End { .. } => self.in_body = false,
                XmlEvent::Text(t) => {
                    if !t.trim().is_empty() {
                        self.warn("text directly inside <body> ignored");
                    }
                }
                XmlEvent::Eof => {
                    return Err(self.xml.error("unexpected end of file inside <body>"));
                }
            }
        }
    }

    fn read_tu(&mut self, attrs: Vec<(String, String)>, empty: bool) -> Result<Unit> {
        let start = self.xml.location();
        let mut unit = Unit {
            attrs,
            ..Default::default()
        };
        if !empty {
            loop {
                match self.xml.next()? {
                    XmlEvent::Start { name, attrs, empty } => match local_name(&name) {
                        "tuv" => {
                            if let Some(v) = self.read_tuv(attrs, empty)? {
                                unit.variants.push(v);
                            }
                        }
                        "note" => {
                            self.check_attrs("note", &attrs);
                            let text = self.xml.read_text_content(&name, empty)?;
                            unit.notes.push(Annotation { attrs, text });
                        }
                        "prop" => {
                            self.check_attrs("prop", &attrs);
                            let text = self.xml.read_text_content(&name, empty)?;
                            push_prop(&mut unit.props, &mut unit.attrs, attrs, text);
                        }
                        other => {
                            self.warn(format!("unexpected <{other}> in <tu> skipped"));
                            self.xml.skip_element(&name, empty)?;
                        }
                    },
                    XmlEvent::End { .. } => break,
                    XmlEvent::Text(t) => {
                        if !t.trim().is_empty() {
                            self.warn("text directly inside <tu> ignored");
                        }
                    }
                    XmlEvent::Eof => {
                        return Err(self.xml.error("unexpected end of file inside <tu>"));
                    }
                }
            }
        }
        unit.attrs = canonical_attr_order(std::mem::take(&mut unit.attrs), TU_ATTRS);
        if unit.variants.is_empty() {
            self.warnings
                .push(Warning::at(&start, "<tu> has no <tuv>; skipped"));
        }
        // The unit's source language must be one of its languages.
        let src = unit
            .attr("srclang")
            .map(str::to_string)
            .or_else(|| self.srclang.clone())
            .filter(|s| !s.eq_ignore_ascii_case("*all*"));
        if let Some(src) = src
            && !unit.variants.is_empty()
        {
            let tag = LangTag::lenient(&src);
            if !unit.variants.iter().any(|v| v.tag().same_language(&tag)) {
                self.warnings.push(Warning::at(
                    &start,
                    format!("source language {src} is not among the unit's languages"),
                ));
            }
        }
        Ok(unit)
    }

    fn read_tuv(
        &mut self,
        mut attrs: Vec<(String, String)>,
        empty: bool,
    ) -> Result<Option<Variant>> {
        let lang_pos = attrs
            .iter()
            .position(|(k, _)| k.eq_ignore_ascii_case("xml:lang"))
            .or_else(|| {
                attrs
                    .iter()
                    .position(|(k, _)| k.eq_ignore_ascii_case("lang"))
            });
        let lang = lang_pos.map(|i| attrs.remove(i).1);
        let mut variant = Variant {
            lang: lang.clone().unwrap_or_default(),
            attrs,
            notes: Vec::new(),
            props: Vec::new(),
            seg: Segment::default(),
        };
        let mut segs = 0;
        if !empty {
            loop {
                match self.xml.next()? {
                    XmlEvent::Start { name, attrs, empty } => match local_name(&name) {
                        "seg" => {
                            segs += 1;
                            let seg = self.read_inline(&name, empty)?;
                            if segs == 1 {
                                variant.seg = seg;
                            } else {
                                self.warn("more than one <seg> in <tuv>; the extra one is ignored");
                            }
                        }
                        "note" => {
                            self.check_attrs("note", &attrs);
                            let text = self.xml.read_text_content(&name, empty)?;
                            variant.notes.push(Annotation { attrs, text });
                        }
                        "prop" => {
                            self.check_attrs("prop", &attrs);
                            let text = self.xml.read_text_content(&name, empty)?;
                            push_prop(&mut variant.props, &mut variant.attrs, attrs, text);
                        }
                        other => {
                            self.warn(format!("unexpected <{other}> in <tuv> skipped"));
                            self.xml.skip_element(&name, empty)?;
                        }
                    },
                    XmlEvent::End { .. } => break,
                    XmlEvent::Text(t) => {
                        if !t.trim().is_empty() {
                            self.warn("text directly inside <tuv> ignored");
                        }
                    }
                    XmlEvent::Eof => {
                        return Err(self.xml.error("unexpected end of file inside <tuv>"));
                    }
                }
            }
        }
        if lang.as_deref().is_none_or(|l| l.trim().is_empty()) {
            self.warn("<tuv> without xml:lang (or lang) skipped");
            return Ok(None);
        }
        if segs == 0 {
            self.warn("<tuv> without <seg>: read as an empty segment");
        }
        self.check_pairs(&variant.seg);
        variant.attrs = canonical_attr_order(std::mem::take(&mut variant.attrs), TUV_ATTRS);
        Ok(Some(variant))
    }

    /// Reads mixed content up to the end tag of `element`.
    fn read_inline(&mut self, element: &str, empty: bool) -> Result<Segment> {
        let mut seg = Segment::default();
        if empty {
            return Ok(seg);
        }
        loop {
            match self.xml.next()? {
                XmlEvent::Text(t) => seg.push_text(&t),
                XmlEvent::Start { name, attrs, empty } => {
                    let local = local_name(&name);
                    if INLINE.contains(&local) {
                        self.check_attrs(local, &attrs);
                        let content = self.read_inline(&name, empty)?.0;
                        seg.push_tag(Tag {
                            name: local.to_string(),
                            attrs,
                            content,
                        });
                    } else {
                        // Foreign markup (e.g. TEI inside a segment): kept
                        // verbatim as a protected placeholder.
                        self.warn(format!(
                            "<{name}> is not TMX inline markup; kept as a protected code"
                        ));
                        let raw = self.xml.capture_element(&name, &attrs, empty)?;
                        seg.push_tag(Tag {
                            name: "ph".into(),
                            attrs: vec![("type".into(), CODE_TYPE_FOREIGN.into())],
                            content: vec![Inline::Text(raw)],
                        });
                    }
                }
                XmlEvent::End { .. } => return Ok(seg),
                XmlEvent::Eof => {
                    return Err(self
                        .xml
                        .error(format!("unexpected end of file inside <{element}>")));
                }
            }
        }
    }

    /// Warns about attributes the TMX DTD does not declare on an element
    /// (they are kept, so an export gives them back, but make it invalid).
    fn check_attrs(&mut self, element: &str, attrs: &[(String, String)]) {
        let allowed: &[&str] = match element {
            "bpt" => &["i", "x", "type"],
            "ept" => &["i"],
            "sub" => &["datatype", "type"],
            "it" => &["pos", "x", "type"],
            "ph" => &["x", "assoc", "type"],
            "hi" => &["x", "type"],
            "ut" => &["x"],
            "note" => &["o-encoding", "xml:lang", "lang"],
            "prop" => &["type", "xml:lang", "o-encoding", "lang"],
            _ => return,
        };
        for (k, _) in attrs {
            if !allowed.contains(&k.as_str()) {
                self.warn(format!(
                    "attribute {k} is not TMX 1.4b on <{element}>; kept as it is"
                ));
            }
        }
        if element == "prop" && !attrs.iter().any(|(k, _)| k == "type") {
            self.warn("<prop> without the required type attribute; kept as it is");
        }
        if element == "it" && !attrs.iter().any(|(k, _)| k == "pos") {
            self.warn("<it> without the required pos attribute; kept as it is");
        }
    }

    /// Warns about `bpt`/`ept` pairs that do not match.
    fn check_pairs(&mut self, seg: &Segment) {
        let mut open: Vec<String> = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        let mut problems = Vec::new();
        for code in seg.codes() {
            let i = code
                .attrs
                .iter()
                .find(|(k, _)| k == "i")
                .map(|(_, v)| v.clone());
            match (code.name.as_str(), i) {
                ("bpt", Some(i)) => {
                    // `i` must be unique within a segment (TMX 1.4b).
                    if seen.contains(&i) {
                        problems.push(format!("duplicate <bpt i=\"{i}\">"));
                    }
                    seen.push(i.clone());
                    open.push(i);
                }
                ("ept", Some(i)) => match open.iter().position(|o| *o == i) {
                    Some(p) => {
                        open.remove(p);
                    }
                    None => problems.push(format!("<ept i=\"{i}\"> without a matching <bpt>")),
                },
                ("bpt" | "ept", None) => {
                    problems.push(format!("<{}> without the required i attribute", code.name));
                }
                _ => {}
            }
        }
        for i in open {
            problems.push(format!("<bpt i=\"{i}\"> without a matching <ept>"));
        }
        for p in problems {
            self.warn(format!("{p}; codes kept as they are"));
        }
    }
}

/// Adds a prop, or turns an `x-relais-attr:NAME` prop back into the
/// attribute it carries.
fn push_prop(
    props: &mut Vec<Annotation>,
    attrs: &mut Vec<(String, String)>,
    prop_attrs: Vec<(String, String)>,
    text: String,
) {
    let carried = prop_attrs
        .iter()
        .find(|(k, _)| k == "type")
        .and_then(|(_, v)| v.strip_prefix(ATTR_PROP_PREFIX))
        .map(str::to_string);
    match carried {
        Some(name) if prop_attrs.len() == 1 => attrs.push((name, text)),
        _ => props.push(Annotation {
            attrs: prop_attrs,
            text,
        }),
    }
}

impl UnitSource for TmxReader {
    fn next_unit(&mut self) -> Result<Option<Unit>> {
        TmxReader::next_unit(self)
    }
}

impl Iterator for TmxReader {
    type Item = Result<Unit>;

    fn next(&mut self) -> Option<Result<Unit>> {
        self.next_unit().transpose()
    }
}

/// Reads a whole TMX file (small files and tests).
pub fn read_all(path: &Path) -> Result<(HeaderInfo, Vec<Unit>, Vec<Warning>)> {
    let mut reader = TmxReader::open(path)?;
    let mut units = Vec::new();
    while let Some(u) = reader.next_unit()? {
        units.push(u);
    }
    let warnings = reader.take_warnings();
    Ok((reader.header, units, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (HeaderInfo, Vec<Unit>, Vec<Warning>) {
        let mut r = TmxReader::from_text(text, Path::new("t.tmx")).unwrap();
        let mut units = Vec::new();
        while let Some(u) = r.next_unit().unwrap() {
            units.push(u);
        }
        let w = r.take_warnings();
        (r.header, units, w)
    }

    const HEADER: &str = r#"<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>"#;

    #[test]
    fn reads_units_variants_and_metadata() {
        let doc = format!(
            r#"<?xml version="1.0"?><tmx version="1.4">{HEADER}<body>
            <tu tuid="7" creationdate="20240101T000000Z"><note>n</note><prop type="x-a">p</prop>
              <tuv xml:lang="EN"><seg>Hello &amp; <bpt i="1">&lt;b&gt;</bpt>bye<ept i="1">&lt;/b&gt;</ept></seg></tuv>
              <tuv lang="fr_FR"><prop type="x-b">q</prop><seg>Bonjour</seg></tuv>
            </tu></body></tmx>"#
        );
        let (_, units, warnings) = read(&doc);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(units.len(), 1);
        let u = &units[0];
        assert_eq!(u.attr("tuid"), Some("7"));
        assert_eq!(u.notes[0].text, "n");
        assert_eq!(u.variants[0].lang, "EN");
        assert_eq!(u.variants[1].lang, "fr_FR", "TMX 1.1 lang= is read");
        assert_eq!(u.variants[0].seg.display_text(), "Hello & <b>bye</b>");
        assert_eq!(u.variants[0].seg.codes().len(), 2);
        assert_eq!(u.variants[1].props[0].text, "q");
    }

    #[test]
    fn not_a_tmx_is_an_error_with_position() {
        let err = TmxReader::from_text(
            "<?xml version=\"1.0\"?>\n<map version=\"1\"/>",
            Path::new("m.tmx"),
        )
        .err()
        .unwrap();
        assert_eq!(err.position().unwrap().0, 2);
        assert!(err.to_string().contains("root element is <map>"), "{err}");
    }

    #[test]
    fn unpaired_codes_and_srclang_mismatch_warn() {
        let doc = format!(
            r#"<tmx version="1.4">{HEADER}<body>
            <tu><tuv xml:lang="de"><seg>a<bpt i="1">x</bpt>b<bpt i="1">y</bpt><ept>z</ept></seg></tuv></tu>
            </body></tmx>"#
        );
        let (_, units, warnings) = read(&doc);
        assert_eq!(units.len(), 1);
        let messages: Vec<_> = warnings.iter().map(|w| w.message.as_str()).collect();
        assert!(
            messages
                .iter()
                .any(|m| m.contains("duplicate <bpt i=\"1\">")),
            "{messages:?}"
        );
        assert!(
            messages
                .iter()
                .any(|m| m.contains("without the required i")),
            "{messages:?}"
        );
        assert!(
            messages.iter().any(|m| m.contains("source language en")),
            "{messages:?}"
        );
        assert_eq!(warnings[0].line, 2);
    }

    #[test]
    fn foreign_elements_become_protected_codes() {
        let doc = format!(
            r#"<tmx version="1.4">{HEADER}<body><tu><tuv xml:lang="en"><seg>[V]<tei:ref folio="F.1"/>text</seg></tuv></tu></body></tmx>"#
        );
        let (_, units, warnings) = read(&doc);
        let seg = &units[0].variants[0].seg;
        assert_eq!(seg.display_text(), "[V]<tei:ref folio=\"F.1\"/>text");
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn truncated_file_is_an_error() {
        let doc = format!(
            r#"<tmx version="1.4">{HEADER}<body><tu><tuv xml:lang="en"><seg>x</seg></tuv>"#
        );
        let mut r = TmxReader::from_text(&doc, Path::new("t.tmx")).unwrap();
        assert!(r.next_unit().is_err());
    }

    #[test]
    fn two_bodies_and_old_versions_warn() {
        let doc = format!(
            r#"<tmx version="1.3">{HEADER}<body></body><body><tu><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>"#
        );
        let (_, units, warnings) = read(&doc);
        assert_eq!(units.len(), 1);
        assert_eq!(warnings.len(), 2, "{warnings:?}");
    }

    #[test]
    fn srclang_all_is_no_source() {
        let doc = r#"<tmx version="1.4"><header srclang="*all*" creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/><body><tu><tuv xml:lang="de"><seg>x</seg></tuv></tu></body></tmx>"#;
        let r = TmxReader::from_text(doc, Path::new("t.tmx")).unwrap();
        assert_eq!(r.srclang(), None);
    }
}
