//! ODT (OpenDocument text) documents: the body of `content.xml`, the
//! headers and footers of `styles.xml`, image titles and descriptions
//! (`svg:title`, `svg:desc`), the title template of indexes and the
//! properties of `meta.xml` (title, subject, description, keywords).
//!
//! A `text:span` is compared by the effective properties of its style,
//! revision ids (`officeooo:rsid`), language and complex-script twins left
//! out, so that the spans LibreOffice splits for revisions merge. Notes,
//! frames, fields, tabs and line breaks are placeables; the paragraphs of a
//! note body or a text box are units of their own. Bold and italic added
//! in a translation use two automatic styles, `relais-b` and `relais-i`.
//! Tracked changes refuse the document unless they are accepted (the
//! deleted text in `text:tracked-changes` is then dropped).

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::Path;

use regex::Regex;

use super::model::{Fmt, Link, OutPiece, Para, write_pieces};
use super::package::Package;
use super::tree::{
    self, Elem, Node, escape, escape_attr, replace_attr, replace_qualified_attr, unescape,
};
use super::{Pass, tracked_changes_error};
use crate::error::{Error, Result};
use crate::model::BlockKind;

/// Reads (and, for a writing pass, translates) an ODT package; returns
/// the written package (empty for a reading pass).
pub fn run(path: &Path, pass: &mut Pass) -> Result<Vec<u8>> {
    let mut pkg = Package::open(path)?;
    let content = pkg
        .read("content.xml")?
        .ok_or_else(|| Error::invalid(Some(path), "not an OpenDocument package: no content.xml"))?;
    let styles = pkg.read("styles.xml")?.unwrap_or_default();
    let content_root = tree::parse(&content, &pkg.entry_path("content.xml"))?;
    let styles_root = if styles.is_empty() {
        None
    } else {
        Some(tree::parse(&styles, &pkg.entry_path("styles.xml"))?)
    };
    let mut text_styles = HashMap::new();
    collect_styles(&content_root, &content, &mut text_styles);
    if let Some(r) = &styles_root {
        collect_styles(r, &styles, &mut text_styles);
    }
    let mut replaced = BTreeMap::new();
    let mut parts = vec![("content.xml", &content, &content_root)];
    if let Some(r) = &styles_root {
        parts.push(("styles.xml", &styles, r));
    }
    for (name, xml, root) in parts {
        pass.part = name.to_string();
        if !pass.options.accept_changes
            && let Some(e) = root.find_deep(&["tracked-changes"])
            && e.elems().next().is_some()
        {
            return Err(tracked_changes_error(
                &pkg.entry_path(name),
                xml,
                e.open.start,
                &e.name,
            ));
        }
        let mut walker = Walker {
            xml,
            pass,
            styles: &text_styles,
            lists: Vec::new(),
            list_counter: 0,
        };
        let mut out = String::with_capacity(xml.len());
        walker.children(root, &mut out);
        if pass.writes() {
            let out = add_relais_styles(&out);
            replaced.insert(name.to_string(), set_language(pass, &out));
        }
    }
    if let Some(meta) = pkg.read("meta.xml")? {
        let entry = pkg.entry_path("meta.xml");
        pass.part = "meta.xml".to_string();
        if let Some(out) = translate_properties(pass, &meta, &entry)? {
            replaced.insert("meta.xml".to_string(), out);
        }
    }
    if !pass.writes() {
        return Ok(Vec::new());
    }
    pkg.write(&replaced, &std::collections::BTreeSet::new())
}

/// The document properties that are translated: title, subject,
/// description and keywords (ODF `meta:keyword`, one per element; OOXML
/// `cp:keywords`, one string), as a PDF export or a file manager shows
/// them. Author names and custom properties are left as they are.
const PROPERTIES: &[&str] = &[
    "dc:title",
    "dc:subject",
    "dc:description",
    "meta:keyword",
    "cp:keywords",
];

/// Translates the [`PROPERTIES`] of a metadata part (ODF `meta.xml`, OOXML
/// `docProps/core.xml`) and sets `dc:language`; returns the new part when
/// writing.
pub(super) fn translate_properties(
    pass: &mut Pass,
    xml: &str,
    path: &Path,
) -> Result<Option<String>> {
    let root = tree::parse(xml, path)?;
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    // Children pushed last first: elements come in document order, and so
    // do the messages of the properties.
    let mut stack = vec![&root];
    while let Some(e) = stack.pop() {
        stack.extend(e.elems().rev());
        if PROPERTIES.contains(&e.name.as_str()) && !e.is_empty() {
            let text = e.text(xml);
            if !text.trim().is_empty()
                && let Some(t) = pass.plain(&text)
            {
                edits.push((e.open.end..e.close.start, escape(&t)));
            }
        }
        if e.name == "dc:language"
            && !e.is_empty()
            && let Some(target) = pass.target_lang()
        {
            edits.push((e.open.end..e.close.start, escape(target)));
        }
    }
    if !pass.writes() {
        return Ok(None);
    }
    edits.sort_by_key(|(r, _)| r.start);
    let mut out = String::with_capacity(xml.len());
    let mut pos = 0;
    for (r, text) in edits {
        out.push_str(&xml[pos..r.start]);
        out.push_str(&text);
        pos = r.end;
    }
    out.push_str(&xml[pos..]);
    Ok(Some(out))
}

/// Properties that do not make two spans look different.
const INVISIBLE: &[&str] = &[
    "rsid",
    "paragraph-rsid",
    "language",
    "country",
    "script",
    "language-asian",
    "country-asian",
    "language-complex",
    "country-complex",
    "rfc-language-tag",
    "rfc-language-tag-asian",
    "rfc-language-tag-complex",
    "font-weight-asian",
    "font-weight-complex",
    "font-style-asian",
    "font-style-complex",
];

/// The text styles of a part: name → format.
fn collect_styles(root: &Elem, xml: &str, out: &mut HashMap<String, Fmt>) {
    let mut stack = vec![root];
    while let Some(e) = stack.pop() {
        for c in e.elems() {
            match c.local() {
                "automatic-styles" | "styles" | "document-content" | "document-styles" => {
                    stack.push(c);
                }
                "style" if c.attr(xml, "family").as_deref() == Some("text") => {
                    let Some(name) = c.attr(xml, "name") else {
                        continue;
                    };
                    let automatic = e.local() == "automatic-styles";
                    let mut fmt = Fmt {
                        key: if automatic {
                            c.attr(xml, "parent-style-name").unwrap_or_default()
                        } else {
                            format!("named:{name}")
                        },
                        bold: false,
                        italic: false,
                    };
                    if let Some(props) = c.child("text-properties") {
                        let mut attrs = props.attrs(xml);
                        attrs.sort();
                        for (k, v) in attrs {
                            match tree::local(&k) {
                                "font-weight" => {
                                    fmt.bold =
                                        v == "bold" || v.parse::<u32>().is_ok_and(|n| n >= 600);
                                }
                                "font-style" => fmt.italic = v == "italic" || v == "oblique",
                                l if INVISIBLE.contains(&l) => {}
                                _ => {
                                    let _ = write!(fmt.key, ";{k}={v}");
                                }
                            }
                        }
                    }
                    out.insert(name, fmt);
                }
                _ => {}
            }
        }
    }
}

type OdtPara<'a> = Para<Vec<String>, &'a Elem>;

struct Walker<'a, 'p> {
    xml: &'a str,
    pass: &'p mut Pass,
    styles: &'a HashMap<String, Fmt>,
    lists: Vec<u32>,
    list_counter: u32,
}

impl<'a> Walker<'a, '_> {
    fn children(&mut self, e: &'a Elem, out: &mut String) {
        for c in &e.children {
            match c {
                Node::Elem(child) => self.emit(child, out),
                Node::Text(r) | Node::Other(r) => out.push_str(&self.xml[r.clone()]),
            }
        }
    }

    fn copy(&mut self, e: &'a Elem, out: &mut String) {
        out.push_str(&self.xml[e.open.clone()]);
        self.children(e, out);
        out.push_str(&self.xml[e.close.clone()]);
    }

    fn emit(&mut self, e: &'a Elem, out: &mut String) {
        let accept = self.pass.options.accept_changes;
        match (e.prefix(), e.local()) {
            ("text:", "p" | "h") => self.paragraph(e, out),
            ("text:", "tracked-changes" | "change" | "change-start" | "change-end") if accept => {}
            ("office:", "annotation" | "annotation-end") => {}
            ("text:", "list") => {
                if self.lists.is_empty() {
                    self.list_counter += 1;
                }
                self.lists.push(self.list_counter);
                self.copy(e, out);
                self.lists.pop();
            }
            // The title LibreOffice writes when it updates an index: the same
            // text as the index's title paragraph, translated with it.
            ("svg:", "title" | "desc") | ("text:", "index-title-template") if !e.is_empty() => {
                let text = e.text(self.xml);
                out.push_str(&self.xml[e.open.clone()]);
                match (!text.trim().is_empty())
                    .then(|| self.pass.plain(&text))
                    .flatten()
                {
                    Some(t) => out.push_str(&escape(&t)),
                    None => self.children(e, out),
                }
                out.push_str(&self.xml[e.close.clone()]);
            }
            ("draw:", "frame" | "image") if e.attr(self.xml, "name").is_some() => {
                // Object names ("Image1") are not text; copied as they are.
                self.copy(e, out);
            }
            _ => self.copy(e, out),
        }
    }

    fn paragraph(&mut self, p: &'a Elem, out: &mut String) {
        let kind = if p.local() == "h" {
            let level = p
                .attr(self.xml, "outline-level")
                .and_then(|l| l.parse::<u8>().ok())
                .unwrap_or(1)
                .clamp(1, 6);
            BlockKind::Heading(level)
        } else if self.lists.is_empty() {
            BlockKind::Paragraph
        } else {
            BlockKind::ListItem
        };
        let mut para: OdtPara<'a> = Para::new(kind);
        if kind == BlockKind::ListItem {
            para.list = self.lists.first().copied();
            para.level = crate::num::u8_sat(self.lists.len());
        }
        let mut prefix = String::new();
        let mut spans = Vec::new();
        self.scan(p, &mut para, &mut prefix, &mut spans, None);
        if !para.has_text() {
            return self.copy(p, out);
        }
        let pieces = self.pass.para(&para);
        let codes: Vec<String> = para
            .codes
            .iter()
            .map(|(_, _, e)| {
                let mut s = String::new();
                self.emit(e, &mut s);
                s
            })
            .collect();
        out.push_str(&self.xml[p.open.clone()]);
        out.push_str(&prefix);
        write_odt_pieces(&para, &pieces, &codes, out);
        out.push_str(&self.xml[p.close.clone()]);
    }

    fn fmt(&self, para: &mut OdtPara<'a>, spans: &[String]) -> usize {
        let mut fmt = Fmt {
            key: String::new(),
            bold: false,
            italic: false,
        };
        for s in spans {
            match self.styles.get(s) {
                Some(f) => {
                    if !f.key.is_empty() {
                        let _ = write!(fmt.key, "[{}]", f.key);
                    }
                    fmt.bold |= f.bold;
                    fmt.italic |= f.italic;
                }
                None => {
                    let _ = write!(fmt.key, "[{s}]");
                }
            }
        }
        para.fmt(fmt, spans.to_vec())
    }

    fn scan(
        &mut self,
        e: &'a Elem,
        para: &mut OdtPara<'a>,
        prefix: &mut String,
        spans: &mut Vec<String>,
        link: Option<usize>,
    ) {
        let accept = self.pass.options.accept_changes;
        for c in &e.children {
            let c = match c {
                Node::Text(r) => {
                    let fi = self.fmt(para, spans);
                    para.text(fi, link, &collapse(&unescape(&self.xml[r.clone()])));
                    continue;
                }
                Node::Other(_) => continue,
                Node::Elem(c) => c,
            };
            match (c.prefix(), c.local()) {
                ("text:", "span") => {
                    let style = c.attr(self.xml, "style-name").unwrap_or_default();
                    spans.push(style);
                    self.scan(c, para, prefix, spans, link);
                    spans.pop();
                }
                ("text:", "a") if !c.is_empty() => {
                    para.links.push(Link {
                        open: self.xml[c.open.clone()].to_string(),
                        close: self.xml[c.close.clone()].to_string(),
                        url: c.attr(self.xml, "href"),
                    });
                    let li = para.links.len() - 1;
                    self.scan(c, para, prefix, spans, Some(li));
                }
                ("text:", "s") => {
                    let n = c
                        .attr(self.xml, "c")
                        .and_then(|n| n.parse::<usize>().ok())
                        .unwrap_or(1)
                        .min(1000);
                    let fi = self.fmt(para, spans);
                    para.text(fi, link, &" ".repeat(n));
                }
                ("text:", "soft-page-break") | ("office:", "annotation" | "annotation-end") => {}
                ("text:", "change" | "change-start" | "change-end") if accept => {}
                ("text:", l) if l.starts_with("bookmark") || l.starts_with("reference-mark") => {
                    prefix.push_str(c.raw(self.xml));
                }
                ("text:", "tab") => para.code("tab", c.raw(self.xml).to_string(), c),
                ("text:", "line-break") => para.code("br", c.raw(self.xml).to_string(), c),
                ("text:", "note") => para.code("note", c.raw(self.xml).to_string(), c),
                ("text:", _) => para.code("field", c.raw(self.xml).to_string(), c),
                ("draw:", _) => para.code("image", c.raw(self.xml).to_string(), c),
                _ => para.code("code", c.raw(self.xml).to_string(), c),
            }
        }
    }
}

/// ODF white space: tabs and newlines are spaces, runs of spaces one
/// space (`text:s` gives the others).
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if matches!(c, ' ' | '\t' | '\n' | '\r') {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

fn write_text(text: &str, at_start: bool, out: &mut String) {
    let mut spaces = 0usize;
    let mut first = at_start;
    let flush = |spaces: &mut usize, first: bool, out: &mut String| {
        if *spaces == 0 {
            return;
        }
        if first {
            let _ = write!(out, "<text:s text:c=\"{spaces}\"/>");
        } else {
            out.push(' ');
            if *spaces > 1 {
                let _ = write!(out, "<text:s text:c=\"{}\"/>", *spaces - 1);
            }
        }
        *spaces = 0;
    };
    for c in text.chars() {
        match c {
            ' ' => spaces += 1,
            '\n' => {
                flush(&mut spaces, first, out);
                out.push_str("<text:line-break/>");
                first = false;
            }
            '\t' => {
                flush(&mut spaces, first, out);
                out.push_str("<text:tab/>");
                first = false;
            }
            _ => {
                flush(&mut spaces, first, out);
                first = false;
                out.push_str(&escape(&c.to_string()));
            }
        }
    }
    flush(&mut spaces, first, out);
}

fn write_odt_pieces(para: &OdtPara<'_>, pieces: &[OutPiece], codes: &[String], out: &mut String) {
    write_pieces(para, pieces, codes, out, |out, run| {
        let (f, spans) = &para.fmts[run.fmt];
        let mut names: Vec<&str> = spans.iter().map(String::as_str).collect();
        if run.bold && !f.bold {
            names.push("relais-b");
        }
        if run.italic && !f.italic {
            names.push("relais-i");
        }
        for n in &names {
            let _ = write!(out, "<text:span text:style-name=\"{}\">", escape_attr(n));
        }
        write_text(run.text, run.first, out);
        for _ in &names {
            out.push_str("</text:span>");
        }
    });
}

/// Declares `relais-b` and `relais-i` when the part uses them.
fn add_relais_styles(xml: &str) -> String {
    let styles: String = [("relais-b", "fo:font-weight=\"bold\" style:font-weight-asian=\"bold\" style:font-weight-complex=\"bold\""),
        ("relais-i", "fo:font-style=\"italic\" style:font-style-asian=\"italic\" style:font-style-complex=\"italic\"")]
        .iter()
        .filter(|(n, _)| xml.contains(&format!("text:style-name=\"{n}\"")))
        .map(|(n, p)| {
            format!("<style:style style:name=\"{n}\" style:family=\"text\"><style:text-properties {p}/></style:style>")
        })
        .collect();
    if styles.is_empty() {
        return xml.to_string();
    }
    if let Some(i) = xml.find("<office:automatic-styles>") {
        let at = i + "<office:automatic-styles>".len();
        return format!("{}{styles}{}", &xml[..at], &xml[at..]);
    }
    if xml.contains("<office:automatic-styles/>") {
        return xml.replacen(
            "<office:automatic-styles/>",
            &format!("<office:automatic-styles>{styles}</office:automatic-styles>"),
            1,
        );
    }
    xml.to_string()
}

/// Rewrites `fo:language`/`fo:country` in the source language to the
/// target's.
fn set_language(pass: &Pass, xml: &str) -> String {
    let Some(target) = pass.target_lang() else {
        return xml.to_string();
    };
    let language = super::primary(target).to_ascii_lowercase();
    let country = target
        .split(['-', '_'])
        .skip(1)
        .find(|s| s.len() == 2)
        .map_or_else(|| "none".to_string(), str::to_ascii_uppercase);
    let tag = Regex::new(r"<style:(?:text-properties|default-style)\b[^>]*>").expect("valid regex");
    let lang = Regex::new(r#"\sfo:language="([^"]*)""#).expect("valid regex");
    tag.replace_all(xml, |c: &regex::Captures<'_>| {
        let t = &c[0];
        match lang.captures(t) {
            Some(l) if pass.is_source_lang(&l[1]) => {
                let t = replace_attr(t, "language", &language);
                if t.contains("fo:country=") {
                    replace_qualified_attr(&t, "fo:country", &country)
                } else {
                    t
                }
            }
            _ => t.to_string(),
        }
    })
    .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_space_round_trips() {
        let mut out = String::new();
        write_text("  a  b\tc", true, &mut out);
        assert_eq!(
            out,
            "<text:s text:c=\"2\"/>a <text:s text:c=\"1\"/>b<text:tab/>c"
        );
        assert_eq!(collapse("a \n  b"), "a b");
    }
}
