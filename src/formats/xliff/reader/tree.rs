//! The XML layer of the XLIFF reader: elements with their namespaces
//! resolved ([`El`]), the event stream with namespace scopes ([`Input`]),
//! and the state kept while walking a document (enclosing levels, id
//! scopes, per-unit XLIFF 2.0 data).

use std::collections::{HashMap, HashSet};

use crate::error::{Error, Location, Result};
use crate::formats::xliff::document::NS_XML;
use crate::formats::xml::{XmlEvent, XmlInput, attr, write_start};

/// An element start, with its namespace resolved.
#[derive(Debug, Clone)]
pub(super) struct El {
    pub(super) name: String,
    pub(super) local: String,
    /// Namespace URI; `None` for elements in no namespace.
    pub(super) ns: Option<String>,
    pub(super) attrs: Vec<(String, String)>,
    pub(super) empty: bool,
    pub(super) loc: Location,
    /// Attributes with their namespace URI resolved: (uri, local, value).
    pub(super) qattrs: Vec<(Option<String>, String, String)>,
}

impl El {
    pub(super) fn attr(&self, name: &str) -> Option<&str> {
        attr(&self.attrs, name)
    }

    /// An attribute in a namespace (`mq:status` whatever the prefix).
    pub(super) fn attr_ns(&self, uri: &str, local: &str) -> Option<&str> {
        self.qattrs
            .iter()
            .find(|(u, l, _)| u.as_deref() == Some(uri) && l == local)
            .map(|(_, _, v)| v.as_str())
    }

    pub(super) fn is_xliff(&self) -> bool {
        match &self.ns {
            None => true,
            Some(uri) => uri.starts_with("urn:oasis:names:tc:xliff:document:"),
        }
    }

    pub(super) fn is(&self, uri: &str, local: &str) -> bool {
        self.ns.as_deref() == Some(uri) && self.local == local
    }

    /// The start tag as written (`<g id="1">`, or `<x id="1"/>`).
    pub(super) fn markup(&self, self_closing: bool) -> String {
        let mut out = String::new();
        write_start(&mut out, &self.name, &self.attrs, self_closing);
        out
    }
}

pub(super) enum Node {
    Start(El),
    End,
    Text(String),
    Eof,
}

/// [`XmlInput`] with namespace scopes for the elements the reader walks
/// through (subtrees it skips or captures never open a scope).
pub(super) struct Input {
    pub(super) xml: XmlInput,
    pub(super) scopes: Vec<Vec<(String, String)>>,
    pub(super) pop_pending: bool,
}

impl Input {
    pub(super) fn next(&mut self) -> Result<Node> {
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

    /// The next child element of the element being read, text between
    /// children skipped; `None` at that element's end tag. An end of file
    /// first is an error naming what was open (`inside`: `<trans-unit>`).
    pub(super) fn next_child(&mut self, inside: &str) -> Result<Option<El>> {
        loop {
            match self.next()? {
                Node::Start(child) => return Ok(Some(child)),
                Node::End => return Ok(None),
                Node::Text(_) => {}
                Node::Eof => {
                    return Err(self
                        .xml
                        .error(format!("unexpected end of file inside {inside}")));
                }
            }
        }
    }

    pub(super) fn resolve(&self, prefix: &str) -> Option<String> {
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

    pub(super) fn skip(&mut self, el: &El) -> Result<()> {
        if !el.empty {
            self.xml.skip_element(&el.name, false)?;
            self.scopes.pop();
        }
        Ok(())
    }

    pub(super) fn capture(&mut self, el: &El) -> Result<String> {
        let raw = self.xml.capture_element(&el.name, &el.attrs, el.empty)?;
        if !el.empty {
            self.scopes.pop();
        }
        Ok(raw)
    }

    pub(super) fn text_content(&mut self, el: &El) -> Result<String> {
        let text = self.xml.read_text_content(&el.name, el.empty)?;
        if !el.empty {
            self.scopes.pop();
        }
        Ok(text)
    }

    pub(super) fn error_at(&self, loc: &Location, message: impl Into<String>) -> Error {
        Error::parse(loc.clone(), message)
    }
}

pub(super) fn split_name(name: &str) -> (&str, &str) {
    match name.split_once(':') {
        Some((p, l)) => (p, l),
        None => ("", name),
    }
}

/// What encloses the reader's position.
#[derive(Debug, Clone)]
pub(super) struct Level {
    pub(super) kind: LevelKind,
    pub(super) translate: bool,
    pub(super) preserve: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LevelKind {
    File,
    Body,
    Group,
}

/// Ids seen in one scope, with where they were first seen, for the
/// XLIFF 2.0 uniqueness constraints.
#[derive(Default)]
pub(super) struct IdScope(HashMap<String, (u64, u64)>);

impl IdScope {
    /// Records `id`; an error when it was already there.
    pub(super) fn insert(
        &mut self,
        id: &str,
        loc: &Location,
        what: &str,
        scope: &str,
    ) -> Result<()> {
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
pub(super) struct UnitCtx {
    /// `<data>` ids and their content.
    pub(super) data: HashMap<String, String>,
    /// Ids of segments, ignorables and source inline elements.
    pub(super) source_ids: IdScope,
    /// Ids of target inline elements.
    pub(super) target_ids: IdScope,
    /// `sc` ids per side, and `ec startRef`s to check at the end.
    pub(super) sc_ids: [HashSet<String>; 2],
    pub(super) ec_refs: Vec<(usize, String, Location)>,
    /// 0 while reading a source, 1 while reading a target.
    pub(super) side: usize,
}
