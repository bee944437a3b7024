//! The body of a DOCX part: paragraphs and their runs (merged when they
//! look the same), fields, notes, drawings and text boxes, read into
//! messages and written back translated.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::super::Pass;
use super::super::model::{Fmt, Link, OutPiece, Para, write_pieces};
use super::super::tree::{Elem, Node, escape, replace_attr};
use super::REVISIONS;
use crate::model::BlockKind;

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

/// Walks a part's XML, writing it (translated on a writing pass) and
/// collecting its paragraphs.
pub(super) struct Walker<'a, 'p> {
    xml: &'a str,
    w: String,
    pass: &'p mut Pass,
    rels: &'a HashMap<String, String>,
    headings: &'a HashMap<String, u8>,
    /// An open complex field: its nesting depth and the pieces so far.
    field: Option<(usize, Vec<Bit<'a>>)>,
}

impl<'a, 'p> Walker<'a, 'p> {
    /// A walker over one part (`w`: the part's prefix of the WordprocessingML
    /// namespace).
    pub(super) fn new(
        xml: &'a str,
        w: String,
        pass: &'p mut Pass,
        rels: &'a HashMap<String, String>,
        headings: &'a HashMap<String, u8>,
    ) -> Self {
        Walker {
            xml,
            w,
            pass,
            rels,
            headings,
            field: None,
        }
    }

    fn is_w(&self, e: &Elem) -> bool {
        e.prefix() == self.w
    }

    fn copy(&mut self, e: &'a Elem, out: &mut String) {
        out.push_str(&self.xml[e.open.clone()]);
        self.children(e, out);
        out.push_str(&self.xml[e.close.clone()]);
    }

    pub(super) fn children(&mut self, e: &'a Elem, out: &mut String) {
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
        let pieces = self.pass.para(&para);
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
        write_pieces(para, pieces, codes, out, |out, run| {
            let rpr = self.rpr(&para.fmts[run.fmt].1, run.bold, run.italic);
            let body = escape(run.text)
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
        });
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
