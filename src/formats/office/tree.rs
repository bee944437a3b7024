//! A light XML tree over the bytes of one part of a document: every
//! element keeps the byte ranges of its start and end tags and every other
//! piece its own range, so that whatever is not translated is copied back
//! byte for byte.

use std::ops::Range;
use std::path::Path;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use regex::Regex;

use crate::error::{Error, Location, Result};

/// The deepest element nesting read from a document part.
pub const MAX_DEPTH: usize = 512;

/// An element with its tag ranges and children.
#[derive(Debug, Clone)]
pub struct Elem {
    /// Qualified name as written (`w:p`, `text:span`).
    pub name: String,
    /// The start tag (the whole tag of an empty element).
    pub open: Range<usize>,
    /// The end tag (empty range for an empty element).
    pub close: Range<usize>,
    /// Children in order.
    pub children: Vec<Node>,
}

/// A piece of a part.
#[derive(Debug, Clone)]
pub enum Node {
    /// An element.
    Elem(Elem),
    /// Character data (text, entity references, CDATA).
    Text(Range<usize>),
    /// Anything else (comments, processing instructions, declarations).
    Other(Range<usize>),
}

impl Elem {
    /// The local name (after the prefix).
    pub fn local(&self) -> &str {
        local(&self.name)
    }

    /// The prefix with its colon (`w:`), or an empty string.
    pub fn prefix(&self) -> &str {
        self.name.rfind(':').map_or("", |i| &self.name[..=i])
    }

    /// Whether the element was written `<x/>`.
    pub fn is_empty(&self) -> bool {
        self.close.is_empty()
    }

    /// The whole element as written.
    pub fn raw<'a>(&self, xml: &'a str) -> &'a str {
        let end = if self.is_empty() {
            self.open.end
        } else {
            self.close.end
        };
        &xml[self.open.start..end]
    }

    /// The attributes of the start tag (qualified names, unescaped values).
    pub fn attrs(&self, xml: &str) -> Vec<(String, String)> {
        let tag = &xml[self.open.clone()];
        let inner = tag
            .trim_start_matches('<')
            .trim_end_matches('>')
            .trim_end_matches('/');
        let start = BytesStart::from_content(inner, self.name.len());
        start
            .attributes()
            .with_checks(false)
            .filter_map(std::result::Result::ok)
            .map(|a| {
                let key = a.key.as_ref().to_string();
                let value = a
                    .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .map_or_else(|_| a.value.to_string(), std::borrow::Cow::into_owned);
                (key, value)
            })
            .collect()
    }

    /// The value of the attribute whose local name is `name`.
    pub fn attr(&self, xml: &str, name: &str) -> Option<String> {
        self.attrs(xml)
            .into_iter()
            .find(|(k, _)| local(k) == name)
            .map(|(_, v)| v)
    }

    /// The child elements.
    pub fn elems(&self) -> impl DoubleEndedIterator<Item = &Elem> {
        self.children.iter().filter_map(|c| match c {
            Node::Elem(e) => Some(e),
            _ => None,
        })
    }

    /// The first child element with local name `name`.
    pub fn child(&self, name: &str) -> Option<&Elem> {
        self.elems().find(|e| e.local() == name)
    }

    /// Whether an element with local name `name` is inside (at any depth).
    pub fn find_deep(&self, names: &[&str]) -> Option<&Elem> {
        for e in self.elems() {
            if names.contains(&e.local()) {
                return Some(e);
            }
            if let Some(found) = e.find_deep(names) {
                return Some(found);
            }
        }
        None
    }

    /// The unescaped text of all descendants.
    pub fn text(&self, xml: &str) -> String {
        let mut out = String::new();
        for c in &self.children {
            match c {
                Node::Text(r) => out.push_str(&unescape(&xml[r.clone()])),
                Node::Elem(e) => out.push_str(&e.text(xml)),
                Node::Other(_) => {}
            }
        }
        out
    }
}

/// The local part of a qualified name.
pub fn local(name: &str) -> &str {
    name.rfind(':').map_or(name, |i| &name[i + 1..])
}

/// Unescapes character data (entities and character references; CDATA
/// sections as their content).
pub fn unescape(raw: &str) -> String {
    if let Some(inner) = raw
        .strip_prefix("<![CDATA[")
        .and_then(|s| s.strip_suffix("]]>"))
    {
        return inner.to_string();
    }
    quick_xml::escape::unescape(raw).map_or_else(|_| raw.to_string(), std::borrow::Cow::into_owned)
}

/// Escapes text for element content.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Escapes text for a double-quoted attribute.
pub fn escape_attr(text: &str) -> String {
    escape(text)
        .replace('"', "&quot;")
        .replace('\n', "&#10;")
        .replace('\r', "&#13;")
        .replace('\t', "&#9;")
}

/// The 1-based line and column of byte `offset`.
pub fn line_column(xml: &str, offset: usize) -> (u64, u64) {
    let before = &xml[..offset.min(xml.len())];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        crate::num::u64_sat(line),
        crate::num::u64_sat(before[start..].chars().count() + 1),
    )
}

/// A parse error at a byte offset of a part (`path` names the document
/// and the part).
pub fn error_at(xml: &str, offset: usize, path: &Path, message: impl Into<String>) -> Error {
    let (line, column) = line_column(xml, offset);
    Error::parse(Location::new(Some(path), line, column), message)
}

/// Parses a part into a root element (named `""`) that covers it all.
pub fn parse(xml: &str, path: &Path) -> Result<Elem> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut stack: Vec<Elem> = vec![Elem {
        name: String::new(),
        open: 0..0,
        close: xml.len()..xml.len(),
        children: Vec::new(),
    }];
    loop {
        let start = crate::num::usize_sat(reader.buffer_position());
        let event = reader.read_event().map_err(|e| {
            error_at(
                xml,
                crate::num::usize_sat(reader.error_position()),
                path,
                format!("not well-formed XML: {e}"),
            )
        })?;
        let end = crate::num::usize_sat(reader.buffer_position());
        let parent = stack.len() - 1;
        match event {
            Event::Start(e) => {
                if stack.len() > MAX_DEPTH {
                    return Err(error_at(
                        xml,
                        start,
                        path,
                        format!("elements nested more than {MAX_DEPTH} deep"),
                    ));
                }
                stack.push(Elem {
                    name: e.name().as_ref().to_string(),
                    open: start..end,
                    close: end..end,
                    children: Vec::new(),
                });
            }
            Event::End(_) => {
                if stack.len() < 2 {
                    return Err(error_at(xml, start, path, "end tag without a start tag"));
                }
                let mut el = stack.pop().expect("checked");
                el.close = start..end;
                stack
                    .last_mut()
                    .expect("root")
                    .children
                    .push(Node::Elem(el));
            }
            Event::Empty(e) => stack[parent].children.push(Node::Elem(Elem {
                name: e.name().as_ref().to_string(),
                open: start..end,
                close: end..end,
                children: Vec::new(),
            })),
            Event::Text(_) | Event::CData(_) | Event::GeneralRef(_) => {
                let children = &mut stack[parent].children;
                if let Some(Node::Text(r)) = children.last_mut()
                    && r.end == start
                {
                    r.end = end;
                } else {
                    children.push(Node::Text(start..end));
                }
            }
            Event::Eof => break,
            _ => stack[parent].children.push(Node::Other(start..end)),
        }
    }
    if stack.len() > 1 {
        let open = stack.last().expect("non-empty");
        return Err(error_at(
            xml,
            open.open.start,
            path,
            format!("element <{}> is not closed", open.name),
        ));
    }
    Ok(stack.pop().expect("root"))
}

/// A start tag with the value of attribute `name` (local name, any
/// prefix) replaced.
pub(crate) fn replace_attr(tag: &str, name: &str, value: &str) -> String {
    replace_attr_named(tag, &format!("(?:[A-Za-z0-9_.-]+:)?{name}"), value)
}

/// A start tag with the value of attribute `qname` (prefix included, as
/// `fo:country`) replaced.
pub(crate) fn replace_qualified_attr(tag: &str, qname: &str, value: &str) -> String {
    replace_attr_named(tag, &regex::escape(qname), value)
}

fn replace_attr_named(tag: &str, name_pattern: &str, value: &str) -> String {
    let re =
        Regex::new(&format!(r#"(\s{name_pattern}\s*=\s*)("[^"]*"|'[^']*')"#)).expect("valid regex");
    re.replacen(tag, 1, |c: &regex::Captures<'_>| {
        format!("{}\"{}\"", &c[1], escape_attr(value))
    })
    .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_attributes() {
        assert_eq!(
            replace_attr(r#"<wp:docPr id="1" descr="a &amp; b"/>"#, "descr", "x < y"),
            r#"<wp:docPr id="1" descr="x &lt; y"/>"#
        );
    }

    #[test]
    fn keeps_ranges_and_reads_text() {
        let xml = r#"<?xml version="1.0"?><w:p a="1"><w:r><w:t>a &amp; b</w:t></w:r><w:br/></w:p>"#;
        let root = parse(xml, Path::new("x.xml")).unwrap();
        let p = root.child("p").unwrap();
        assert_eq!(p.prefix(), "w:");
        assert_eq!(p.raw(xml), &xml[21..]);
        assert_eq!(p.text(xml), "a & b");
        assert_eq!(p.attr(xml, "a").as_deref(), Some("1"));
        assert!(p.child("br").unwrap().is_empty());
    }

    #[test]
    fn errors_have_positions() {
        let err = parse("<a>\n<b></a>", Path::new("x.xml")).unwrap_err();
        assert!(err.to_string().contains("x.xml:2"), "{err}");
    }
}
