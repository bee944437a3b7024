//! Streaming XML input with file, line and column for every event and
//! every error, shared by the TMX, TBX and XLIFF readers.
//!
//! quick-xml reports byte offsets; [`XmlInput`] turns them into 1-based
//! lines and columns by watching the newlines that stream past, so nothing
//! but the current buffer is held in memory.

use std::borrow::Cow;
use std::collections::VecDeque;
use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};

use quick_xml::events::{BytesStart, Event};

use crate::error::{Error, Location, Result};
use crate::files::{ByteCounter, EncodingReport, InvalidUtf8, open_xml_utf8};

/// A `BufRead` wrapper that remembers where the newlines it hands out are.
pub struct LineTracker<R> {
    inner: R,
    consumed: u64,
    newlines: VecDeque<u64>,
    line: u64,
    last_newline: Option<u64>,
}

impl<R> LineTracker<R> {
    fn new(inner: R) -> Self {
        LineTracker {
            inner,
            consumed: 0,
            newlines: VecDeque::new(),
            line: 1,
            last_newline: None,
        }
    }

    /// Line and column (1-based, column in bytes) of byte `offset`.
    /// Offsets must be asked for in non-decreasing order, which is how a
    /// streaming parser advances.
    fn locate(&mut self, offset: u64) -> (u64, u64) {
        while let Some(&nl) = self.newlines.front() {
            if nl < offset {
                self.newlines.pop_front();
                self.line += 1;
                self.last_newline = Some(nl);
            } else {
                break;
            }
        }
        let column = match self.last_newline {
            Some(nl) => offset - nl,
            None => offset + 1,
        };
        (self.line, column)
    }
}

impl<R: Read> Read for LineTracker<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        for (i, b) in buf[..n].iter().enumerate() {
            if *b == b'\n' {
                self.newlines.push_back(self.consumed + i as u64);
            }
        }
        self.consumed += n as u64;
        Ok(n)
    }
}

impl<R: BufRead> BufRead for LineTracker<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        if let Ok(buf) = self.inner.fill_buf() {
            let amt = amt.min(buf.len());
            for pos in memchr::memchr_iter(b'\n', &buf[..amt]) {
                self.newlines.push_back(self.consumed + pos as u64);
            }
        }
        self.consumed += amt as u64;
        self.inner.consume(amt);
    }
}

/// An owned, simplified XML event for format readers.
#[derive(Debug, Clone, PartialEq)]
pub enum XmlEvent {
    /// `<name attr="v">`; `empty` is true for `<name/>`.
    Start {
        /// Qualified name as written (`xml:lang`, `sdl:seg`).
        name: String,
        /// Attributes in document order, values unescaped.
        attrs: Vec<(String, String)>,
        /// Whether the element is self-closing.
        empty: bool,
    },
    /// `</name>`.
    End {
        /// Qualified name as written.
        name: String,
    },
    /// Character data, entities and character references resolved.
    Text(String),
    /// End of input.
    Eof,
}

/// A streaming XML reader over a file in any encoding.
pub struct XmlInput {
    reader: quick_xml::Reader<LineTracker<Box<dyn BufRead + Send>>>,
    buf: Vec<u8>,
    path: PathBuf,
    event_start: u64,
    /// Text gathered across text/entity events, flushed as one `Text`.
    pending_text: String,
    pending_event: Option<XmlEvent>,
    pending_start: u64,
    /// Open elements: the readers above recurse into inline codes, so a
    /// hostile file nested thousands deep would overflow the stack.
    depth: usize,
    /// What the encoding sniffer concluded.
    pub encoding: EncodingReport,
}

/// The deepest element nesting relais reads. Real TMX, XLIFF, TBX and
/// office files nest a few dozen levels; the recursive readers above this
/// layer stay far from any thread's stack limit at this depth.
pub const MAX_DEPTH: usize = 256;

impl XmlInput {
    /// Opens `path` (gzip and any encoding handled).
    pub fn open(path: &Path) -> Result<Self> {
        Self::open_counted(path, None)
    }

    /// Opens `path`, counting the bytes read from disk into `counter`.
    pub fn open_counted(path: &Path, counter: Option<ByteCounter>) -> Result<Self> {
        let (stream, encoding) = open_xml_utf8(path, counter)?;
        Ok(Self::from_reader(stream, path, encoding))
    }

    /// Reads XML from an in-memory string (tests, ad-hoc input).
    pub fn from_text(text: &str, name: &Path) -> Self {
        let stream: Box<dyn BufRead + Send> = Box::new(io::Cursor::new(text.as_bytes().to_vec()));
        let report = EncodingReport {
            used: "UTF-8",
            declared: None,
            warning: None,
        };
        Self::from_reader(stream, name, report)
    }

    fn from_reader(stream: Box<dyn BufRead + Send>, path: &Path, encoding: EncodingReport) -> Self {
        let mut reader = quick_xml::Reader::from_reader(LineTracker::new(stream));
        let config = reader.config_mut();
        config.trim_text(false);
        config.check_end_names = true;
        config.expand_empty_elements = false;
        XmlInput {
            reader,
            buf: Vec::with_capacity(4096),
            path: path.to_path_buf(),
            event_start: 0,
            pending_text: String::new(),
            pending_event: None,
            pending_start: 0,
            depth: 0,
            encoding,
        }
    }

    /// The file being read.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The location of the start of the last event returned.
    pub fn location(&mut self) -> Location {
        let (line, column) = self.reader.get_mut().locate(self.event_start);
        Location::new(Some(&self.path), line, column)
    }

    /// A parse error at the last event's position.
    pub fn error(&mut self, message: impl Into<String>) -> Error {
        Error::parse(self.location(), message)
    }

    fn error_at(&mut self, offset: u64, message: impl Into<String>) -> Error {
        let (line, column) = self.reader.get_mut().locate(offset);
        Error::parse(Location::new(Some(&self.path), line, column), message)
    }

    /// The next event. Adjacent text, entity references and CDATA are
    /// merged into one `Text`; comments, processing instructions and the
    /// DOCTYPE are skipped.
    // Not an `Iterator`: every call returns a Result and the end is an
    // explicit `Eof` event.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Result<XmlEvent> {
        if let Some(ev) = self.pending_event.take() {
            self.event_start = self.pending_start;
            return Ok(ev);
        }
        let mut text_start = None;
        loop {
            let start = self.reader.buffer_position();
            self.buf.clear();
            let event = match self.reader.read_event_into(&mut self.buf) {
                Ok(ev) => ev,
                Err(e) => return Err(self.read_error(&e)),
            };
            let simple = match event {
                Event::Text(t) => {
                    let text = t.xml10_content();
                    if let Some(bad) = text.chars().find(|c| !is_xml_char(*c)) {
                        // Point at the character itself, not at the start
                        // of the text run (the raw text is the input as read).
                        let raw: &str = &t;
                        let at = raw.find(bad).map_or(start, |i| start + i as u64);
                        return Err(self.error_at(
                            at,
                            format!("character U+{:04X} is not allowed in XML", bad as u32),
                        ));
                    }
                    text_start.get_or_insert(start);
                    self.pending_text.push_str(&text);
                    continue;
                }
                Event::CData(c) => {
                    let content = c.xml10_content();
                    if let Some(bad) = content.chars().find(|c| !is_xml_char(*c)) {
                        return Err(self.error_at(
                            start,
                            format!("character U+{:04X} is not allowed in XML", bad as u32),
                        ));
                    }
                    text_start.get_or_insert(start);
                    self.pending_text.push_str(&content);
                    continue;
                }
                Event::GeneralRef(r) => {
                    text_start.get_or_insert(start);
                    let resolved = match resolve_reference(&r) {
                        Ok(text) => text,
                        Err(message) => return Err(self.error_at(start, message)),
                    };
                    self.pending_text.push_str(&resolved);
                    continue;
                }
                Event::Start(e) => match start_parts(&e) {
                    Ok((name, attrs)) => self.open_element(start, name, attrs)?,
                    Err(message) => return Err(self.error_at(start, message)),
                },
                Event::Empty(e) => match start_parts(&e) {
                    Ok((name, attrs)) => XmlEvent::Start {
                        name,
                        attrs,
                        empty: true,
                    },
                    Err(message) => return Err(self.error_at(start, message)),
                },
                Event::End(e) => {
                    self.depth = self.depth.saturating_sub(1);
                    XmlEvent::End {
                        name: e.name().as_ref().to_string(),
                    }
                }
                Event::Eof => XmlEvent::Eof,
                Event::Comment(_) | Event::PI(_) | Event::Decl(_) | Event::DocType(_) => continue,
            };
            if let Some(ts) = text_start {
                // Return the text first, keep the element for the next call.
                self.pending_event = Some(simple);
                self.pending_start = start;
                self.event_start = ts;
                return Ok(XmlEvent::Text(std::mem::take(&mut self.pending_text)));
            }
            self.event_start = start;
            return Ok(simple);
        }
    }

    /// The error for input quick-xml could not read: an invalid UTF-8
    /// sequence where the checked stream found it, anything else where the
    /// parser stopped.
    fn read_error(&mut self, e: &quick_xml::Error) -> Error {
        if let Some(bad) = invalid_utf8(e) {
            return Error::parse(
                Location::new(Some(&self.path), bad.line, bad.column),
                format!(
                    "invalid UTF-8 byte sequence (the file is read as {}); \
                     fix the byte or declare the file's real encoding",
                    self.encoding.used
                ),
            );
        }
        let pos = self.reader.error_position();
        self.error_at(pos, describe_xml_error(e))
    }

    /// A start tag, counted against [`MAX_DEPTH`].
    fn open_element(
        &mut self,
        start: u64,
        name: String,
        attrs: Vec<(String, String)>,
    ) -> Result<XmlEvent> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error_at(
                start,
                format!("<{name}> is nested more than {MAX_DEPTH} elements deep; relais refuses deeper XML"),
            ));
        }
        Ok(XmlEvent::Start {
            name,
            attrs,
            empty: false,
        })
    }

    /// Skips the rest of the element whose start tag was just read
    /// (`name`), returning its raw content re-serialised as XML text.
    pub fn capture_element(
        &mut self,
        name: &str,
        attrs: &[(String, String)],
        empty: bool,
    ) -> Result<String> {
        let mut out = String::new();
        write_start(&mut out, name, attrs, empty);
        if empty {
            return Ok(out);
        }
        let mut depth = 1usize;
        loop {
            match self.next()? {
                XmlEvent::Start { name, attrs, empty } => {
                    write_start(&mut out, &name, &attrs, empty);
                    if !empty {
                        depth += 1;
                    }
                }
                XmlEvent::End { name } => {
                    out.push_str("</");
                    out.push_str(&name);
                    out.push('>');
                    depth -= 1;
                    if depth == 0 {
                        return Ok(out);
                    }
                }
                XmlEvent::Text(t) => out.push_str(&escape_text(&t)),
                XmlEvent::Eof => {
                    return Err(self.error(format!("unexpected end of file inside <{name}>")));
                }
            }
        }
    }

    /// Skips the rest of an element whose start tag was just read.
    pub fn skip_element(&mut self, name: &str, empty: bool) -> Result<()> {
        if empty {
            return Ok(());
        }
        let mut depth = 1usize;
        loop {
            match self.next()? {
                XmlEvent::Start { empty: false, .. } => depth += 1,
                XmlEvent::End { .. } => {
                    depth -= 1;
                    if depth == 0 {
                        return Ok(());
                    }
                }
                XmlEvent::Eof => {
                    return Err(self.error(format!("unexpected end of file inside <{name}>")));
                }
                _ => {}
            }
        }
    }

    /// Reads the text content of a simple element (no child elements
    /// expected; children are kept as escaped markup with a warning left to
    /// the caller) up to its end tag.
    pub fn read_text_content(&mut self, name: &str, empty: bool) -> Result<String> {
        if empty {
            return Ok(String::new());
        }
        let mut out = String::new();
        loop {
            match self.next()? {
                XmlEvent::Text(t) => out.push_str(&t),
                XmlEvent::End { .. } => return Ok(out),
                XmlEvent::Start {
                    name: child,
                    attrs,
                    empty,
                } => {
                    // Mixed content where plain text is expected: keep the
                    // child's text so nothing is lost.
                    let inner = self.capture_element(&child, &attrs, empty)?;
                    out.push_str(&strip_tags(&inner));
                }
                XmlEvent::Eof => {
                    return Err(self.error(format!("unexpected end of file inside <{name}>")));
                }
            }
        }
    }
}

/// Name and attributes of a start tag, values unescaped and normalised.
/// Whether `s` can be an XML name (element or attribute): no markup
/// character, no space, no character XML forbids.
fn is_xml_name(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| {
            is_xml_char(c)
                && !c.is_whitespace()
                && !c.is_control()
                && !matches!(c, '<' | '>' | '&' | '"' | '\'' | '=' | '/')
        })
        && !s.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '.')
}

fn start_parts(e: &BytesStart<'_>) -> std::result::Result<(String, Vec<(String, String)>), String> {
    let name = e.name().as_ref().to_string();
    if !is_xml_name(&name) {
        return Err(format!("invalid element name {name:?}"));
    }
    let mut attrs = Vec::new();
    for attr in e.attributes() {
        let attr = attr.map_err(|err| format!("bad attribute in <{name}>: {err}"))?;
        let key = attr.key.as_ref().to_string();
        if !is_xml_name(&key) {
            return Err(format!("invalid attribute name {key:?} in <{name}>"));
        }
        let value = attr
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|err| format!("bad value of attribute {key} in <{name}>: {err}"))?
            .into_owned();
        if let Some(bad) = value.chars().find(|c| !is_xml_char(*c)) {
            return Err(format!(
                "character U+{:04X} is not allowed in XML (attribute {key} of <{name}>)",
                bad as u32
            ));
        }
        attrs.push((key, value));
    }
    Ok((name, attrs))
}

/// The position of an invalid UTF-8 sequence the input stream refused.
fn invalid_utf8(e: &quick_xml::Error) -> Option<InvalidUtf8> {
    match e {
        quick_xml::Error::Io(io) => io.get_ref()?.downcast_ref::<InvalidUtf8>().copied(),
        _ => None,
    }
}

fn describe_xml_error(e: &quick_xml::Error) -> String {
    match e {
        quick_xml::Error::Syntax(s) => format!("XML syntax error: {s}"),
        quick_xml::Error::IllFormed(s) => format!("XML is not well-formed: {s}"),
        quick_xml::Error::Encoding(s) => format!("text encoding error: {s}"),
        other => format!("XML error: {other}"),
    }
}

/// XML 1.0 `Char` production.
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\u{9}' | '\u{A}' | '\u{D}' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

/// Escapes text content (`&`, `<`, `>`).
pub fn escape_text(s: &str) -> Cow<'_, str> {
    if !s.contains(['&', '<', '>', '\r']) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            // A literal CR would be normalised away by the next reader.
            '\r' => out.push_str("&#xD;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Escapes an attribute value (also `"`, tabs and newlines, which
/// attribute-value normalisation would otherwise turn into spaces).
pub fn escape_attr(s: &str) -> Cow<'_, str> {
    if !s.contains(['&', '<', '>', '"', '\t', '\n', '\r']) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' => out.push_str("&#x9;"),
            '\n' => out.push_str("&#xA;"),
            '\r' => out.push_str("&#xD;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Writes a start tag.
pub fn write_start(out: &mut String, name: &str, attrs: &[(String, String)], empty: bool) {
    out.push('<');
    out.push_str(name);
    for (k, v) in attrs {
        out.push(' ');
        out.push_str(k);
        out.push_str("=\"");
        out.push_str(&escape_attr(v));
        out.push('"');
    }
    out.push_str(if empty { "/>" } else { ">" });
}

/// Removes markup from a captured XML fragment, resolving the escapes
/// [`escape_text`] produced.
fn strip_tags(xml: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in xml.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#xD;", "\r")
        .replace("&amp;", "&")
}

/// Looks up an attribute by name.
pub fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// Looks up an attribute by name, ignoring ASCII case (TMX files in the
/// wild write `srcLang`, `XML:LANG`, …).
pub fn attr_ci<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// The local part of a qualified name (`sdl:seg` → `seg`).
pub fn local_name(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

/// The text of a character or entity reference (only the five XML
/// predefined entities exist without a DTD), or what is wrong with it.
fn resolve_reference(r: &quick_xml::events::BytesRef<'_>) -> std::result::Result<String, String> {
    if r.is_char_ref() {
        return match r.resolve_char_ref() {
            Ok(Some(c)) if is_xml_char(c) => Ok(c.to_string()),
            Ok(Some(c)) => Err(format!(
                "character reference to U+{:04X}, which XML does not allow",
                u32::from(c)
            )),
            _ => Err(format!(
                "invalid character reference '&{};'",
                r.xml10_content()
            )),
        };
    }
    let name = r.xml10_content().into_owned();
    quick_xml::escape::resolve_xml_entity(&name)
        .map(str::to_string)
        .ok_or_else(|| {
            format!("undefined entity '&{name};' (XML defines only &amp; &lt; &gt; &quot; &apos;)")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(xml: &str) -> Vec<XmlEvent> {
        let mut input = XmlInput::from_text(xml, Path::new("t.xml"));
        let mut out = Vec::new();
        loop {
            let ev = input.next().unwrap();
            let done = ev == XmlEvent::Eof;
            out.push(ev);
            if done {
                return out;
            }
        }
    }

    #[test]
    fn entities_and_char_refs_are_merged_into_text() {
        let evs = events("<a>x &amp; y&#x20;&#233;<![CDATA[<z>]]></a>");
        assert_eq!(evs[1], XmlEvent::Text("x & y é<z>".into()));
    }

    #[test]
    fn errors_carry_line_and_column() {
        let mut input = XmlInput::from_text("<a>\n  <b>\n  </c>\n</a>", Path::new("t.xml"));
        let err = loop {
            match input.next() {
                Ok(XmlEvent::Eof) => panic!("no error"),
                Ok(_) => continue,
                Err(e) => break e,
            }
        };
        let (line, _) = err.position().unwrap();
        assert_eq!(line, 3, "{err}");
        assert!(err.to_string().starts_with("t.xml:3:"), "{err}");
    }

    #[test]
    fn undefined_entities_are_errors_with_position() {
        let mut input = XmlInput::from_text("<a>\nx &para; y</a>", Path::new("t.xml"));
        input.next().unwrap();
        let err = input.next().unwrap_err();
        assert!(
            err.to_string().contains("undefined entity '&para;'"),
            "{err}"
        );
        assert_eq!(err.position().unwrap().0, 2);
    }

    #[test]
    fn raw_control_characters_are_reported_where_they_are() {
        let mut input = XmlInput::from_text("<a>\nHello \u{3}</a>", Path::new("t.xml"));
        input.next().unwrap();
        let err = input.next().unwrap_err();
        assert_eq!(err.position(), Some((2, 7)), "{err}");
        assert!(err.to_string().contains("U+0003"), "{err}");
    }

    #[test]
    fn control_characters_in_attributes_and_cdata_are_rejected() {
        for doc in [
            "<a x=\"1\u{10}2\"/>",
            "<a x=\"&#x10;\"/>",
            "<a><![CDATA[\u{1}]]></a>",
        ] {
            let mut input = XmlInput::from_text(doc, Path::new("t.xml"));
            let err = loop {
                match input.next() {
                    Ok(XmlEvent::Eof) => panic!("{doc:?} accepted"),
                    Ok(_) => continue,
                    Err(e) => break e,
                }
            };
            assert!(err.to_string().contains("is not allowed in XML"), "{err}");
        }
    }

    #[test]
    fn invalid_names_are_rejected() {
        for doc in ["<a x\u{0}=\"1\"/>", "<a\u{1}b/>"] {
            let mut input = XmlInput::from_text(doc, Path::new("t.xml"));
            assert!(input.next().is_err(), "{doc:?} accepted");
        }
    }

    #[test]
    fn invalid_char_refs_are_rejected() {
        let mut input = XmlInput::from_text("<a>&#x1;</a>", Path::new("t.xml"));
        input.next().unwrap();
        assert!(input.next().is_err());
    }

    #[test]
    fn an_invalid_byte_in_a_utf8_xml_file_is_an_error_with_position() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.tmx");
        std::fs::write(
            &path,
            b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx>\n<seg>caf\xE9</seg></tmx>",
        )
        .unwrap();
        let mut xml = XmlInput::open(&path).unwrap();
        let err = loop {
            match xml.next() {
                Ok(XmlEvent::Eof) => panic!("read without error"),
                Ok(_) => {}
                Err(e) => break e.to_string(),
            }
        };
        assert!(err.contains("bad.tmx:3:9: invalid UTF-8"), "{err}");
    }

    #[test]
    fn nesting_deeper_than_the_limit_is_an_error_with_position() {
        let n = MAX_DEPTH + 1;
        let xml = format!("<a>\n{}x{}</a>", "<b>".repeat(n), "</b>".repeat(n));
        let mut input = XmlInput::from_text(&xml, Path::new("deep.xml"));
        let err = loop {
            match input.next() {
                Ok(XmlEvent::Eof) => panic!("no error"),
                Ok(_) => {}
                Err(e) => break e,
            }
        };
        let text = err.to_string();
        assert!(text.starts_with("deep.xml:2:"), "{text}");
        assert!(text.contains("nested more than 256"), "{text}");
        // At the limit itself, the document reads.
        let ok = format!("{}x{}", "<b>".repeat(MAX_DEPTH), "</b>".repeat(MAX_DEPTH));
        assert!(events(&ok).contains(&XmlEvent::Text("x".into())));
    }

    #[test]
    fn escaping_round_trips() {
        let s = "a<b>&\"c\"\t\nd\r";
        let mut xml = String::new();
        write_start(&mut xml, "x", &[("v".into(), s.into())], false);
        xml.push_str(&escape_text(s));
        xml.push_str("</x>");
        let evs = events(&xml);
        assert_eq!(
            evs[0],
            XmlEvent::Start {
                name: "x".into(),
                attrs: vec![("v".into(), s.into())],
                empty: false
            }
        );
        assert_eq!(evs[1], XmlEvent::Text(s.into()));
    }
}
