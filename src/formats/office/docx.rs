//! DOCX (Office Open XML) documents: the main document, footnotes,
//! endnotes, headers and footers (found through `[Content_Types].xml`),
//! alt text of drawings and the title of `docProps/core.xml`.
//!
//! Runs are merged when their properties are equal once the language,
//! proofing marks and complex-script twins are left out (revision ids sit
//! on `w:r` and are never compared); proofing marks and comment anchors
//! are dropped, bookmarks kept at the start of their paragraph. A complex
//! field (`fldChar` begin … end, possibly over several paragraphs), a
//! simple field, a tab, a break, a note reference, a drawing or an equation
//! is one placeable. Tracked changes refuse the document unless they are
//! accepted. In a DrawingML/VML pair (`mc:AlternateContent`) the VML
//! fallback of a text box is dropped, so that its text is translated once.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use regex::Regex;

use super::model::{Fmt, Link, OutPiece, Para, Piece};
use super::package::Package;
use super::tree::{self, Elem, Node, escape, escape_attr};
use super::{Pass, tracked_changes_error};
use crate::error::{Error, Result};
use crate::model::BlockKind;

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// Reads (and, for a writing pass, translates) a DOCX package; returns
/// the written package (empty for a reading pass).
pub fn run(path: &Path, pass: &mut Pass) -> Result<Vec<u8>> {
    let mut pkg = Package::open(path)?;
    let types = pkg
        .read("[Content_Types].xml")?
        .ok_or_else(|| Error::invalid(Some(path), "not a DOCX package: no [Content_Types].xml"))?;
    let parts = parts(&types, &pkg.entry_path("[Content_Types].xml"))?;
    if parts.is_empty() {
        return Err(Error::invalid(
            Some(path),
            "not a DOCX package: no main document part",
        ));
    }
    let styles_xml = pkg.read("word/styles.xml")?;
    let headings = match &styles_xml {
        Some(x) => headings(x, &pkg.entry_path("word/styles.xml"))?,
        None => HashMap::new(),
    };
    let mut replaced = BTreeMap::new();
    for part in parts {
        let Some(xml) = pkg.read(&part)? else {
            continue;
        };
        let entry = pkg.entry_path(&part);
        let rels = match pkg.read(&rels_name(&part))? {
            Some(r) => relationships(&r, &pkg.entry_path(&rels_name(&part)))?,
            None => HashMap::new(),
        };
        let root = tree::parse(&xml, &entry)?;
        pass.part.clone_from(&part);
        if !pass.options.accept_changes
            && let Some(e) = find_revision(&root)
        {
            return Err(tracked_changes_error(&entry, &xml, e.open.start, &e.name));
        }
        let mut walker = Walker {
            xml: &xml,
            w: w_prefix(&root, &xml),
            pass,
            rels: &rels,
            headings: &headings,
            field: None,
        };
        let mut out = String::with_capacity(xml.len());
        walker.children(&root, &mut out);
        if pass.writes() {
            replaced.insert(part, rewrite_lang(pass, &out, "lang", "val"));
        }
    }
    if let Some(core) = pkg.read("docProps/core.xml")? {
        let entry = pkg.entry_path("docProps/core.xml");
        pass.part = "docProps/core.xml".to_string();
        if let Some(out) = super::odt::translate_title(pass, &core, &entry)? {
            replaced.insert("docProps/core.xml".to_string(), out);
        }
    }
    if !pass.writes() {
        return Ok(Vec::new());
    }
    if let Some(styles) = styles_xml {
        replaced.insert("word/styles.xml".to_string(), styles_lang(pass, &styles));
    }
    pkg.write(&replaced)
}

/// The parts to translate, in reading order: the main document, footnotes,
/// endnotes, headers, footers.
fn parts(types: &str, path: &Path) -> Result<Vec<String>> {
    let root = tree::parse(types, path)?;
    let mut found: Vec<(usize, String)> = Vec::new();
    let Some(top) = root.elems().next() else {
        return Ok(Vec::new());
    };
    for o in top.elems().filter(|e| e.local() == "Override") {
        let (Some(name), Some(ct)) = (o.attr(types, "PartName"), o.attr(types, "ContentType"))
        else {
            continue;
        };
        let rank = if ct.ends_with(".main+xml") && ct.contains("word") {
            0
        } else if ct.ends_with("wordprocessingml.footnotes+xml") {
            1
        } else if ct.ends_with("wordprocessingml.endnotes+xml") {
            2
        } else if ct.ends_with("wordprocessingml.header+xml") {
            3
        } else if ct.ends_with("wordprocessingml.footer+xml") {
            4
        } else {
            continue;
        };
        found.push((rank, name.trim_start_matches('/').to_string()));
    }
    found.sort();
    Ok(found.into_iter().map(|(_, n)| n).collect())
}

fn rels_name(part: &str) -> String {
    match part.rfind('/') {
        Some(i) => format!("{}/_rels/{}.rels", &part[..i], &part[i + 1..]),
        None => format!("_rels/{part}.rels"),
    }
}

/// Relationship ids to their targets.
fn relationships(xml: &str, path: &Path) -> Result<HashMap<String, String>> {
    let root = tree::parse(xml, path)?;
    let mut out = HashMap::new();
    if let Some(top) = root.elems().next() {
        for r in top.elems() {
            if let (Some(id), Some(target)) = (r.attr(xml, "Id"), r.attr(xml, "Target")) {
                out.insert(id, target);
            }
        }
    }
    Ok(out)
}

/// Heading levels of paragraph styles (`heading N`, `Title`, or an
/// outline level).
fn headings(xml: &str, path: &Path) -> Result<HashMap<String, u8>> {
    let root = tree::parse(xml, path)?;
    let mut out = HashMap::new();
    let Some(top) = root.elems().next() else {
        return Ok(out);
    };
    for s in top.elems().filter(|e| e.local() == "style") {
        let Some(id) = s.attr(xml, "styleId") else {
            continue;
        };
        let name = s
            .child("name")
            .and_then(|n| n.attr(xml, "val"))
            .unwrap_or_default()
            .to_lowercase();
        let outline = s
            .child("pPr")
            .and_then(|p| p.child("outlineLvl"))
            .and_then(|o| o.attr(xml, "val"))
            .and_then(|v| v.parse::<u8>().ok())
            .filter(|v| *v < 6)
            .map(|v| v + 1);
        let level = name
            .strip_prefix("heading ")
            .and_then(|n| n.trim().parse::<u8>().ok())
            .filter(|n| (1..=6).contains(n))
            .or(if name == "title" { Some(1) } else { None })
            .or(outline);
        if let Some(l) = level {
            out.insert(id, l);
        }
    }
    Ok(out)
}

/// The prefix of the WordprocessingML namespace (`w:` in most files).
fn w_prefix(root: &Elem, xml: &str) -> String {
    root.elems()
        .next()
        .and_then(|top| {
            top.attrs(xml).into_iter().find_map(|(k, v)| {
                (v == W_NS).then(|| {
                    k.strip_prefix("xmlns:")
                        .map_or(String::new(), |p| format!("{p}:"))
                })
            })
        })
        .unwrap_or_else(|| "w:".to_string())
}

const REVISIONS: &[&str] = &[
    "ins",
    "del",
    "moveFrom",
    "moveTo",
    "rPrChange",
    "pPrChange",
    "sectPrChange",
    "tblPrChange",
    "trPrChange",
    "tcPrChange",
    "tblGridChange",
    "numberingChange",
];

fn find_revision(root: &Elem) -> Option<&Elem> {
    root.find_deep(REVISIONS)
}

/// Rewrites `<…:elem … …:attr="L">` values in the source language to the
/// target language.
pub(super) fn rewrite_lang(pass: &Pass, xml: &str, elem: &str, attr: &str) -> String {
    let Some(target) = pass.target_lang() else {
        return xml.to_string();
    };
    let tag = Regex::new(&format!(r"<(?:[A-Za-z0-9_]+:)?{elem}\b[^>]*>")).expect("valid regex");
    let value =
        Regex::new(&format!(r#"(\s(?:[A-Za-z0-9_]+:)?{attr}=")([^"]*)(")"#)).expect("valid regex");
    tag.replace_all(xml, |c: &regex::Captures<'_>| {
        value
            .replace_all(&c[0], |v: &regex::Captures<'_>| {
                if pass.is_source_lang(&v[2]) {
                    format!("{}{}{}", &v[1], escape_attr(target), &v[3])
                } else {
                    v[0].to_string()
                }
            })
            .into_owned()
    })
    .into_owned()
}

/// styles.xml with the document's default language set to the target.
fn styles_lang(pass: &Pass, xml: &str) -> String {
    static DEFAULT: OnceLock<Regex> = OnceLock::new();
    let out = rewrite_lang(pass, xml, "lang", "val");
    let Some(target) = pass.target_lang() else {
        return out;
    };
    let re = DEFAULT.get_or_init(|| {
        Regex::new(r"(?s)<([A-Za-z0-9_]+:)?rPrDefault>(.*?)</(?:[A-Za-z0-9_]+:)?rPrDefault>")
            .expect("valid regex")
    });
    let Some(c) = re.captures(&out) else {
        return out;
    };
    if c[2].contains("lang") {
        return out;
    }
    let p = c.get(1).map_or("", |m| m.as_str());
    let whole = c.get(0).expect("match");
    let inner = &c[2];
    let lang = format!("<{p}lang {p}val=\"{}\"/>", escape_attr(target));
    let new_inner = if let Some(i) = inner.find(&format!("</{p}rPr>")) {
        format!("{}{lang}{}", &inner[..i], &inner[i..])
    } else if inner.contains(&format!("<{p}rPr/>")) {
        inner.replacen(
            &format!("<{p}rPr/>"),
            &format!("<{p}rPr>{lang}</{p}rPr>"),
            1,
        )
    } else {
        format!("<{p}rPr>{lang}</{p}rPr>{inner}")
    };
    format!(
        "{}<{p}rPrDefault>{new_inner}</{p}rPrDefault>{}",
        &out[..whole.start()],
        &out[whole.end()..]
    )
}

/// A run format's native data: the children of its `w:rPr` (local name,
/// XML), bold and italic left out.
#[derive(Debug, Clone)]
struct RunProps(Vec<(String, String)>);

/// A piece of a code: XML written as is, or an element written through
/// the walker (so that text boxes and alt text inside are translated).
#[derive(Debug, Clone)]
enum Bit<'a> {
    Raw(String),
    Elem(&'a Elem),
}

type DocxPara<'a> = Para<RunProps, Vec<Bit<'a>>>;

/// Properties that do not make two runs look different.
const INVISIBLE: &[&str] = &[
    "lang",
    "noProof",
    "bCs",
    "iCs",
    "szCs",
    "rPrChange",
    "specVanish",
];

struct Walker<'a, 'p> {
    xml: &'a str,
    w: String,
    pass: &'p mut Pass,
    rels: &'a HashMap<String, String>,
    headings: &'a HashMap<String, u8>,
    /// An open complex field: its nesting depth and the pieces so far.
    field: Option<(usize, Vec<Bit<'a>>)>,
}

impl<'a> Walker<'a, '_> {
    fn is_w(&self, e: &Elem) -> bool {
        e.prefix() == self.w
    }

    fn copy(&mut self, e: &'a Elem, out: &mut String) {
        out.push_str(&self.xml[e.open.clone()]);
        self.children(e, out);
        out.push_str(&self.xml[e.close.clone()]);
    }

    fn children(&mut self, e: &'a Elem, out: &mut String) {
        for c in &e.children {
            match c {
                Node::Elem(child) => self.emit(child, out),
                Node::Text(r) | Node::Other(r) => out.push_str(&self.xml[r.clone()]),
            }
        }
    }

    /// Writes an element of the skeleton, translating what is inside.
    fn emit(&mut self, e: &'a Elem, out: &mut String) {
        let accept = self.pass.options.accept_changes;
        if self.is_w(e) {
            match e.local() {
                "p" => return self.paragraph(e, out),
                "ins" | "moveTo" if accept => return self.children(e, out),
                l if accept && REVISIONS.contains(&l) => return,
                "commentRangeStart" | "commentRangeEnd" | "proofErr" => return,
                "r" if e.child("commentReference").is_some() => return,
                _ => {}
            }
        }
        match e.local() {
            "Fallback" if e.find_deep(&["p"]).is_some() => {}
            "docPr" => self.alt_text(e, out),
            _ => self.copy(e, out),
        }
    }

    /// A drawing's description (alt text) and title are units.
    fn alt_text(&mut self, e: &'a Elem, out: &mut String) {
        let mut tag = self.xml[e.open.clone()].to_string();
        for attr in ["descr", "title"] {
            if let Some(v) = e.attr(self.xml, attr).filter(|v| !v.trim().is_empty())
                && let Some(t) = self.pass.plain(&v)
            {
                tag = replace_attr(&tag, attr, &t);
            }
        }
        out.push_str(&tag);
        self.children(e, out);
        out.push_str(&self.xml[e.close.clone()]);
    }

    fn paragraph(&mut self, p: &'a Elem, out: &mut String) {
        let mut para: DocxPara<'a> = Para::new(BlockKind::Paragraph);
        let mut prefix = String::new();
        for c in p.elems() {
            self.scan(c, &mut para, &mut prefix, None);
        }
        if let Some((_, bits)) = self.field.as_mut()
            && !bits.is_empty()
        {
            let bits = std::mem::take(bits);
            let key = self.key(&bits);
            para.code("field", key, bits);
        }
        if !para.has_text() {
            return self.copy_paragraph(p, out);
        }
        let pieces = self
            .pass
            .para(&para)
            .unwrap_or_else(|| source_pieces(&para));
        // Codes are written in source order, so that units inside them
        // (text boxes, alt text) come in the same order on every pass.
        let codes: Vec<String> = para
            .codes
            .iter()
            .map(|(_, _, bits)| {
                let mut s = String::new();
                for b in bits {
                    match b {
                        Bit::Raw(r) => s.push_str(r),
                        Bit::Elem(e) => self.emit(e, &mut s),
                    }
                }
                s
            })
            .collect();
        out.push_str(&self.xml[p.open.clone()]);
        out.push_str(&prefix);
        self.write_runs(&para, &pieces, &codes, out);
        out.push_str(&self.xml[p.close.clone()]);
    }

    /// A paragraph without text: copied, with what is inside translated.
    fn copy_paragraph(&mut self, p: &'a Elem, out: &mut String) {
        out.push_str(&self.xml[p.open.clone()]);
        self.children(p, out);
        out.push_str(&self.xml[p.close.clone()]);
    }

    fn key(&self, bits: &[Bit<'_>]) -> String {
        bits.iter()
            .map(|b| match b {
                Bit::Raw(r) => r.as_str(),
                Bit::Elem(e) => e.raw(self.xml),
            })
            .collect()
    }

    fn field_run(&mut self, e: &'a Elem) -> bool {
        let begins = e.local() == "r"
            && e.elems().any(|c| {
                c.local() == "fldChar"
                    && c.attr(self.xml, "fldCharType").as_deref() == Some("begin")
            });
        if self.field.is_none() && !begins {
            return false;
        }
        let (depth, bits) = self.field.get_or_insert_with(|| (0, Vec::new()));
        bits.push(Bit::Elem(e));
        let mut chars = Vec::new();
        collect_fld_chars(e, self.xml, &mut chars);
        for t in chars {
            match t.as_str() {
                "begin" => *depth += 1,
                "end" => *depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        false
    }

    fn scan(
        &mut self,
        e: &'a Elem,
        para: &mut DocxPara<'a>,
        prefix: &mut String,
        link: Option<usize>,
    ) {
        let local = e.local();
        if local != "pPr" && (self.field.is_some() || local == "r") {
            self.field_run(e);
            if let Some((depth, bits)) = &mut self.field {
                if *depth == 0 {
                    let bits = std::mem::take(bits);
                    self.field = None;
                    let key = self.key(&bits);
                    para.code("field", key, bits);
                }
                return;
            }
        }
        let accept = self.pass.options.accept_changes;
        match local {
            "pPr" => {
                self.paragraph_kind(e, para);
                self.emit(e, prefix);
            }
            // A note's own reference mark, before its text, is the note's
            // number: skeleton, not a placeable to carry through the TM.
            "r" if para.pieces.is_empty()
                && e.elems()
                    .any(|c| matches!(c.local(), "footnoteRef" | "endnoteRef"))
                && e.elems()
                    .all(|c| matches!(c.local(), "rPr" | "footnoteRef" | "endnoteRef")) =>
            {
                prefix.push_str(e.raw(self.xml));
            }
            "r" => self.run(e, para, link),
            "hyperlink" => {
                if e.is_empty() {
                    return;
                }
                let url = e
                    .attr(self.xml, "id")
                    .and_then(|id| self.rels.get(&id).cloned())
                    .or_else(|| e.attr(self.xml, "anchor").map(|a| format!("#{a}")));
                para.links.push(Link {
                    open: self.xml[e.open.clone()].to_string(),
                    close: self.xml[e.close.clone()].to_string(),
                    url,
                });
                let li = para.links.len() - 1;
                for c in e.elems() {
                    self.scan(c, para, prefix, Some(li));
                }
            }
            "ins" | "moveTo" | "smartTag" | "customXml" | "dir" | "bdo"
                if accept || !matches!(local, "ins" | "moveTo") =>
            {
                for c in e
                    .elems()
                    .filter(|c| !matches!(c.local(), "smartTagPr" | "customXmlPr"))
                {
                    self.scan(c, para, prefix, link);
                }
            }
            "sdt" => {
                if let Some(content) = e.child("sdtContent") {
                    for c in content.elems() {
                        self.scan(c, para, prefix, link);
                    }
                }
            }
            "del" | "moveFrom" | "proofErr" | "commentRangeStart" | "commentRangeEnd"
            | "permStart" | "permEnd" | "moveFromRangeStart" | "moveFromRangeEnd"
            | "moveToRangeStart" | "moveToRangeEnd" => {}
            "bookmarkStart" | "bookmarkEnd" => {
                if e.attr(self.xml, "name").as_deref() != Some("_GoBack") {
                    prefix.push_str(e.raw(self.xml));
                }
            }
            "fldSimple" => para.code("field", e.raw(self.xml).to_string(), vec![Bit::Elem(e)]),
            _ => para.code("code", e.raw(self.xml).to_string(), vec![Bit::Elem(e)]),
        }
    }

    fn paragraph_kind(&self, ppr: &Elem, para: &mut DocxPara<'a>) {
        if let Some(level) = ppr
            .child("pStyle")
            .and_then(|s| s.attr(self.xml, "val"))
            .and_then(|s| self.headings.get(&s).copied())
            .or_else(|| {
                ppr.child("outlineLvl")
                    .and_then(|o| o.attr(self.xml, "val"))
                    .and_then(|v| v.parse::<u8>().ok())
                    .filter(|v| *v < 6)
                    .map(|v| v + 1)
            })
        {
            para.kind = BlockKind::Heading(level);
            return;
        }
        if let Some(num) = ppr.child("numPr") {
            let id = num
                .child("numId")
                .and_then(|n| n.attr(self.xml, "val"))
                .and_then(|v| v.parse::<u32>().ok())
                .unwrap_or(0);
            if id != 0 {
                let level = num
                    .child("ilvl")
                    .and_then(|n| n.attr(self.xml, "val"))
                    .and_then(|v| v.parse::<u8>().ok())
                    .unwrap_or(0);
                para.kind = BlockKind::ListItem;
                para.list = Some(id);
                para.level = level.saturating_add(1);
            }
        }
    }

    fn run(&mut self, r: &'a Elem, para: &mut DocxPara<'a>, link: Option<usize>) {
        if r.child("commentReference").is_some() {
            return;
        }
        let rpr = r.child("rPr");
        let mut rpr_xml = String::new();
        if let Some(e) = rpr {
            self.emit(e, &mut rpr_xml);
        }
        let hidden =
            rpr.is_some_and(|p| p.child("vanish").is_some() || p.child("webHidden").is_some());
        if hidden {
            para.code("code", r.raw(self.xml).to_string(), vec![Bit::Elem(r)]);
            return;
        }
        let (fmt, props) = self.run_fmt(rpr);
        let fi = para.fmt(fmt, props);
        let open = format!("<{}r>{rpr_xml}", self.w);
        let close = format!("</{}r>", self.w);
        for c in r.elems() {
            let kind = match c.local() {
                "rPr" | "lastRenderedPageBreak" => continue,
                "t" => {
                    para.text(fi, link, &c.text(self.xml));
                    continue;
                }
                "noBreakHyphen" => {
                    para.text(fi, link, "\u{2011}");
                    continue;
                }
                "softHyphen" => {
                    para.text(fi, link, "\u{AD}");
                    continue;
                }
                "tab" | "ptab" => "tab",
                "br" | "cr" => "br",
                "footnoteReference" | "endnoteReference" => "note",
                "drawing" | "pict" | "object" | "AlternateContent" => "image",
                _ => "code",
            };
            let key = format!("{rpr_xml}{}", c.raw(self.xml));
            para.code(
                kind,
                key,
                vec![
                    Bit::Raw(open.clone()),
                    Bit::Elem(c),
                    Bit::Raw(close.clone()),
                ],
            );
        }
    }

    fn run_fmt(&self, rpr: Option<&Elem>) -> (Fmt, RunProps) {
        let mut fmt = Fmt {
            key: String::new(),
            bold: false,
            italic: false,
        };
        let mut props = Vec::new();
        for c in rpr.into_iter().flat_map(Elem::elems) {
            let on = !matches!(
                c.attr(self.xml, "val").as_deref(),
                Some("0" | "false" | "off")
            );
            match c.local() {
                "b" => fmt.bold = on,
                "i" => fmt.italic = on,
                l => {
                    if !INVISIBLE.contains(&l) {
                        fmt.key.push_str(c.raw(self.xml));
                    }
                    if l != "rPrChange" {
                        props.push((l.to_string(), c.raw(self.xml).to_string()));
                    }
                }
            }
        }
        (fmt, RunProps(props))
    }

    fn rpr(&self, props: &RunProps, bold: bool, italic: bool) -> String {
        let w = &self.w;
        let mut items: Vec<(&str, String)> = props
            .0
            .iter()
            .map(|(l, x)| (l.as_str(), x.clone()))
            .collect();
        let after = |items: &[(&str, String)], names: &[&str]| {
            items
                .iter()
                .rposition(|(l, _)| names.contains(l))
                .map_or(0, |i| i + 1)
        };
        if bold {
            let at = after(&items, &["rStyle", "rFonts"]);
            items.insert(at, ("b", format!("<{w}b/>")));
        }
        if italic {
            let at = after(&items, &["rStyle", "rFonts", "b", "bCs"]);
            items.insert(at, ("i", format!("<{w}i/>")));
        }
        if items.is_empty() {
            return String::new();
        }
        let inner: String = items.into_iter().map(|(_, x)| x).collect();
        format!("<{w}rPr>{inner}</{w}rPr>")
    }

    fn write_runs(
        &self,
        para: &DocxPara<'a>,
        pieces: &[OutPiece],
        codes: &[String],
        out: &mut String,
    ) {
        let w = &self.w;
        let mut used = vec![false; codes.len()];
        let mut cur: Option<usize> = None;
        for p in pieces {
            let link = match p {
                OutPiece::Text { link, .. } => *link,
                OutPiece::Code(_) => cur,
            };
            if link != cur {
                if let Some(l) = cur {
                    out.push_str(&para.links[l].close);
                }
                if let Some(l) = link {
                    out.push_str(&para.links[l].open);
                }
                cur = link;
            }
            match p {
                OutPiece::Code(i) => {
                    out.push_str(&codes[*i]);
                    used[*i] = true;
                }
                OutPiece::Text {
                    fmt,
                    bold,
                    italic,
                    text,
                    ..
                } => {
                    let rpr = self.rpr(&para.fmts[*fmt].1, *bold, *italic);
                    let body = escape(text)
                        .replace(
                            '\n',
                            &format!("</{w}t><{w}br/><{w}t xml:space=\"preserve\">"),
                        )
                        .replace(
                            '\t',
                            &format!("</{w}t><{w}tab/><{w}t xml:space=\"preserve\">"),
                        );
                    let _ = write!(
                        out,
                        "<{w}r>{rpr}<{w}t xml:space=\"preserve\">{body}</{w}t></{w}r>"
                    );
                }
            }
        }
        if let Some(l) = cur {
            out.push_str(&para.links[l].close);
        }
        for (i, code) in codes.iter().enumerate() {
            if !used[i] {
                out.push_str(code);
            }
        }
    }
}

fn collect_fld_chars(e: &Elem, xml: &str, out: &mut Vec<String>) {
    for c in e.elems() {
        if c.local() == "fldChar" {
            if let Some(t) = c.attr(xml, "fldCharType") {
                out.push(t);
            }
        } else {
            collect_fld_chars(c, xml, out);
        }
    }
}

/// The source pieces of a paragraph as writer pieces (a reading pass
/// writes the paragraph as it is).
pub(super) fn source_pieces<F, C>(para: &Para<F, C>) -> Vec<OutPiece> {
    para.pieces
        .iter()
        .map(|p| match p {
            Piece::Text { fmt, link, text } => OutPiece::Text {
                fmt: *fmt,
                bold: para.fmts[*fmt].0.bold,
                italic: para.fmts[*fmt].0.italic,
                link: *link,
                text: text.clone(),
            },
            Piece::Code(i) => OutPiece::Code(*i),
        })
        .collect()
}

/// A start tag with the value of attribute `name` (local name) replaced.
pub(super) fn replace_attr(tag: &str, name: &str, value: &str) -> String {
    let re = Regex::new(&format!(
        r#"(\s(?:[A-Za-z0-9_.-]+:)?{name}\s*=\s*)("[^"]*"|'[^']*')"#
    ))
    .expect("valid regex");
    re.replacen(tag, 1, |c: &regex::Captures<'_>| {
        format!("{}\"{}\"", &c[1], escape_attr(value))
    })
    .into_owned()
}

/// A path for messages about a part.
pub fn part_path(doc: &Path, part: &str) -> PathBuf {
    PathBuf::from(format!("{}!{part}", doc.display()))
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
    fn rels_names() {
        assert_eq!(
            rels_name("word/document.xml"),
            "word/_rels/document.xml.rels"
        );
    }
}
