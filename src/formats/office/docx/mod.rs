//! DOCX (Office Open XML) documents: the main document, footnotes,
//! endnotes, headers and footers (found through `[Content_Types].xml`),
//! alt text of drawings and the title, subject, description and keywords
//! of `docProps/core.xml`.
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

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use regex::Regex;

mod body;

use super::package::Package;
use super::tree::{self, Elem, escape_attr};
use super::{Pass, tracked_changes_error};
use crate::error::{Error, Result};
use body::Walker;

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
        let mut walker = Walker::new(&xml, w_prefix(&root, &xml), pass, &rels, &headings);
        let mut out = String::with_capacity(xml.len());
        walker.children(&root, &mut out);
        if pass.writes() {
            replaced.insert(part, rewrite_lang(pass, &out, "lang", "val"));
        }
    }
    if let Some(core) = pkg.read("docProps/core.xml")? {
        let entry = pkg.entry_path("docProps/core.xml");
        pass.part = "docProps/core.xml".to_string();
        if let Some(out) = super::odt::translate_properties(pass, &core, &entry)? {
            replaced.insert("docProps/core.xml".to_string(), out);
        }
    }
    if !pass.writes() {
        return Ok(Vec::new());
    }
    if let Some(styles) = styles_xml {
        replaced.insert("word/styles.xml".to_string(), styles_lang(pass, &styles));
    }
    let removed = drop_comments(&mut pkg, &types, &mut replaced)?;
    pkg.write(&replaced, &removed)
}

/// Content types of the parts that hold comments: Word's, and the
/// extensions of Word 2013 and later (threads, ids, dates).
const COMMENT_TYPES: &[&str] = &[
    "wordprocessingml.comments+xml",
    "ms-word.commentsExtended+xml",
    "ms-word.commentsIds+xml",
    "ms-word.commentsExtensible+xml",
];

/// Comments are neither translated nor published (their anchors leave the
/// text): their parts leave the package too, with their content types and
/// relationships, so that no untranslated remark travels in a translated
/// document. Rewrites those two lists in `replaced`; returns the entries
/// to leave out.
fn drop_comments(
    pkg: &mut Package,
    types: &str,
    replaced: &mut BTreeMap<String, String>,
) -> Result<BTreeSet<String>> {
    let types_path = pkg.entry_path("[Content_Types].xml");
    let root = tree::parse(types, &types_path)?;
    let is_comment_type = |ct: &str| COMMENT_TYPES.iter().any(|t| ct.ends_with(t));
    let mut removed = BTreeSet::new();
    let mut spans = Vec::new();
    for o in root.elems().flat_map(Elem::elems) {
        if o.local() == "Override"
            && let (Some(name), Some(ct)) =
                (o.attr(types, "PartName"), o.attr(types, "ContentType"))
            && is_comment_type(&ct)
        {
            let name = name.trim_start_matches('/').to_string();
            removed.insert(rels_name(&name));
            removed.insert(name);
            spans.push(element_span(o));
        }
    }
    if spans.is_empty() {
        return Ok(removed);
    }
    replaced.insert("[Content_Types].xml".to_string(), cut(types, &spans));
    // Relationships to the removed parts, from any part that has them.
    let rels_files: Vec<String> = pkg
        .names()
        .into_iter()
        .filter(|n| n.ends_with(".rels") && !removed.contains(n))
        .collect();
    for rels_file in rels_files {
        let Some(xml) = pkg.read(&rels_file)? else {
            continue;
        };
        let root = tree::parse(&xml, &pkg.entry_path(&rels_file))?;
        let dir = rels_file
            .strip_suffix(".rels")
            .and_then(|n| n.rsplit_once("_rels/"))
            .map_or("", |(dir, _)| dir);
        let spans: Vec<Range<usize>> = root
            .elems()
            .flat_map(Elem::elems)
            .filter(|r| {
                r.attr(&xml, "TargetMode").is_none()
                    && r.attr(&xml, "Target").is_some_and(|t| {
                        let target = match t.strip_prefix('/') {
                            Some(absolute) => absolute.to_string(),
                            None => format!("{dir}{t}"),
                        };
                        removed.contains(&target)
                    })
            })
            .map(element_span)
            .collect();
        if !spans.is_empty() {
            replaced.insert(rels_file, cut(&xml, &spans));
        }
    }
    Ok(removed)
}

/// The bytes of an element, start tag to end tag.
fn element_span(e: &Elem) -> Range<usize> {
    let end = if e.close.is_empty() {
        e.open.end
    } else {
        e.close.end
    };
    e.open.start..end
}

/// `xml` without the given spans (in document order, not overlapping).
fn cut(xml: &str, spans: &[Range<usize>]) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut at = 0;
    for span in spans {
        out.push_str(&xml[at..span.start]);
        at = span.end;
    }
    out.push_str(&xml[at..]);
    out
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

pub(super) const REVISIONS: &[&str] = &[
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

/// A path for messages about a part.
pub fn part_path(doc: &Path, part: &str) -> PathBuf {
    PathBuf::from(format!("{}!{part}", doc.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rels_names() {
        assert_eq!(
            rels_name("word/document.xml"),
            "word/_rels/document.xml.rels"
        );
    }
}
