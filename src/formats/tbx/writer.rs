//! TBX-Basic v3 (ISO 30042:2019, DCA style) writer.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::files::atomic_write;
use crate::formats::tbx::conventions::{
    TBX_NAMESPACE, concept_id_from, split_note_prefixes, unique,
};
use crate::formats::xml::{escape_attr, escape_text};
use crate::lang::LangTag;
use crate::model::{Concept, Evidence, GlossaryData, SourceRef, Status, Term, is_concept_id};

/// The four administrative statuses TBX-Basic allows.
const BASIC_STATUSES: [&str; 4] = [
    "preferredTerm-admn-sts",
    "admittedTerm-admn-sts",
    "deprecatedTerm-admn-sts",
    "supersededTerm-admn-sts",
];

/// How to write a TBX file.
#[derive(Debug, Clone, Default)]
pub struct TbxExportOptions {
    /// The language of the root's `xml:lang` (the glossary's source
    /// language); default: the first language of the glossary.
    pub source_lang: Option<LangTag>,
    /// The header's title.
    pub title: Option<String>,
}

/// What an export wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ExportReport {
    /// Concepts written.
    pub concepts: usize,
    /// Terms written.
    pub terms: usize,
    /// Sources written.
    pub sources: usize,
    /// Concepts left out because they have no term (TBX requires one).
    pub empty_concepts: usize,
}

fn admin_status(term: &Term, note_prefix_status: Option<&str>) -> &'static str {
    if let Some(kept) = note_prefix_status.and_then(|v| BASIC_STATUSES.iter().find(|s| **s == v)) {
        return kept;
    }
    match term.status {
        Status::Preferred | Status::DoNotTranslate => "preferredTerm-admn-sts",
        Status::Admitted => "admittedTerm-admn-sts",
        Status::Deprecated | Status::Forbidden => "deprecatedTerm-admn-sts",
    }
}

/// `acronym` for all-capital short forms (OFMIN, DNPJ), else `fullForm`.
fn term_type(text: &str) -> &'static str {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() >= 2
        && !text.contains(char::is_whitespace)
        && letters.iter().all(|c| c.is_uppercase())
    {
        "acronym"
    } else {
        "fullForm"
    }
}

/// The note of a term with relais's prefixes.
fn term_note(term: &Term) -> String {
    let mut parts: Vec<String> = Vec::new();
    if matches!(
        term.status,
        Status::Deprecated | Status::Forbidden | Status::DoNotTranslate
    ) {
        parts.push(format!("[status={}]", term.status));
    }
    if !term.evidence.is_empty() {
        parts.push(format!("[evidence={}]", Evidence::join(&term.evidence)));
    }
    if !term.rules.is_default() {
        parts.push(format!("[match={}]", term.rules));
    }
    if let Some(r) = &term.review {
        parts.push(format!("[review={r}]"));
    }
    if !term.note.is_empty() {
        parts.push(term.note.clone());
    }
    parts.join(" ")
}

fn element(out: &mut String, indent: usize, name: &str, attrs: &[(&str, &str)], text: &str) {
    for _ in 0..indent {
        out.push_str("  ");
    }
    out.push('<');
    out.push_str(name);
    for (k, v) in attrs {
        out.push(' ');
        out.push_str(k);
        out.push_str("=\"");
        out.push_str(&escape_attr(v));
        out.push('"');
    }
    out.push('>');
    out.push_str(&escape_text(text));
    out.push_str("</");
    out.push_str(name);
    out.push_str(">\n");
}

fn open(out: &mut String, indent: usize, tag: &str) {
    for _ in 0..indent {
        out.push_str("  ");
    }
    out.push_str(tag);
    out.push('\n');
}

/// Writes `data` as a TBX-Basic v3 document (DCA style).
pub fn write_tbx(
    out: &mut dyn Write,
    data: &GlossaryData,
    options: &TbxExportOptions,
) -> Result<ExportReport> {
    let doc = render(data, options)?;
    out.write_all(doc.0.as_bytes())
        .map_err(|e| Error::io("<output>", e))?;
    Ok(doc.1)
}

/// Exports `data` to `path` atomically.
pub fn export_tbx(
    path: &Path,
    data: &GlossaryData,
    options: &TbxExportOptions,
) -> Result<ExportReport> {
    let (doc, report) = render(data, options)?;
    atomic_write(path, |w| w.write_all(doc.as_bytes()))?;
    Ok(report)
}

fn render(data: &GlossaryData, options: &TbxExportOptions) -> Result<(String, ExportReport)> {
    let mut report = ExportReport::default();
    let source_lang = options
        .source_lang
        .clone()
        .or_else(|| data.terms.first().map(|t| t.lang.clone()))
        .unwrap_or_else(|| LangTag::parse("en").expect("valid tag"));
    if !data
        .concepts
        .iter()
        .any(|c| data.terms.iter().any(|t| t.concept == c.id))
    {
        return Err(Error::Usage("the glossary has no term to export (a TBX body needs at least one concept with a term)".into()));
    }
    let mut out = String::new();
    write_header(&mut out, options, &source_lang);
    open(&mut out, 1, "<text>");
    open(&mut out, 2, "<body>");
    let mut ids: HashSet<String> = HashSet::new();
    for concept in &data.concepts {
        let terms: Vec<&Term> = data
            .terms
            .iter()
            .filter(|t| t.concept == concept.id)
            .collect();
        if terms.is_empty() {
            report.empty_concepts += 1;
            continue;
        }
        let raw_id = if is_concept_id(&concept.id) {
            concept.id.clone()
        } else {
            concept_id_from(&concept.id)
        };
        let id = unique(raw_id, &mut ids);
        report.concepts += 1;
        report.terms += terms.len();
        write_concept(&mut out, &id, concept, &terms, &source_lang);
    }
    open(&mut out, 2, "</body>");
    if !data.sources.is_empty() {
        report.sources += write_back(&mut out, &data.sources, &mut ids);
    }
    open(&mut out, 1, "</text>");
    out.push_str("</tbx>\n");
    Ok((out, report))
}

/// The XML declaration, the schema associations and the `tbxHeader`.
fn write_header(out: &mut String, options: &TbxExportOptions, source_lang: &LangTag) {
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<?xml-model href=\"https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng\" type=\"application/xml\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n");
    out.push_str("<?xml-model href=\"https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch\" type=\"application/xml\" schematypens=\"http://purl.oclc.org/dsdl/schematron\"?>\n");
    let _ = writeln!(
        out,
        "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"{}\" xmlns=\"{TBX_NAMESPACE}\">",
        escape_attr(source_lang.as_str())
    );
    open(out, 1, "<tbxHeader>");
    open(out, 2, "<fileDesc>");
    if let Some(title) = &options.title {
        open(out, 3, "<titleStmt>");
        element(out, 4, "title", &[], title);
        open(out, 3, "</titleStmt>");
    }
    open(out, 3, "<sourceDesc>");
    element(
        out,
        4,
        "p",
        &[],
        &format!(
            "Exported by relais {}. Statuses beyond TBX-Basic's are kept in note prefixes: [status=forbidden], \
             [status=do-not-translate], [status=deprecated]; also [evidence=…], [match=…], [review=…], [tbx-status=…].",
            env!("CARGO_PKG_VERSION")
        ),
    );
    open(out, 3, "</sourceDesc>");
    open(out, 2, "</fileDesc>");
    open(out, 1, "</tbxHeader>");
}

/// One `conceptEntry`: its descriptions, then a `langSec` per language
/// (the source language first, then in order of appearance).
fn write_concept(
    out: &mut String,
    id: &str,
    concept: &Concept,
    terms: &[&Term],
    source_lang: &LangTag,
) {
    open(
        out,
        3,
        &format!("<conceptEntry id=\"{}\">", escape_attr(id)),
    );
    if !concept.domain.is_empty() {
        element(
            out,
            4,
            "descrip",
            &[("type", "subjectField")],
            &concept.domain,
        );
    }
    if !concept.definition.is_empty() {
        element(
            out,
            4,
            "descrip",
            &[("type", "definition")],
            &concept.definition,
        );
    }
    for key in &concept.sources {
        element(out, 4, "admin", &[("type", "source")], key);
    }
    if !concept.note.is_empty() {
        element(out, 4, "note", &[], &concept.note);
    }
    let mut langs: Vec<&LangTag> = Vec::new();
    for t in terms {
        if !langs.contains(&&t.lang) {
            langs.push(&t.lang);
        }
    }
    langs.sort_by_key(|l| !l.same_language(source_lang));
    for lang in langs {
        open(
            out,
            4,
            &format!("<langSec xml:lang=\"{}\">", escape_attr(lang.as_str())),
        );
        for term in terms.iter().filter(|t| &t.lang == lang) {
            write_term(out, term);
        }
        open(out, 4, "</langSec>");
    }
    open(out, 3, "</conceptEntry>");
}

/// One `termSec`: the term, its part of speech, type and status, sources
/// and note.
fn write_term(out: &mut String, term: &Term) {
    open(out, 5, "<termSec>");
    element(out, 6, "term", &[], &term.text);
    if let Some(pos) = term.pos {
        element(
            out,
            6,
            "termNote",
            &[("type", "partOfSpeech")],
            pos.as_str(),
        );
    }
    if term.status == Status::DoNotTranslate {
        element(
            out,
            6,
            "termNote",
            &[("type", "termType")],
            term_type(&term.text),
        );
    }
    let (prefixes, _) = split_note_prefixes(&term.note);
    let kept = prefixes
        .iter()
        .find(|(k, _)| k == "tbx-status")
        .map(|(_, v)| v.as_str());
    element(
        out,
        6,
        "termNote",
        &[("type", "administrativeStatus")],
        admin_status(term, kept),
    );
    for key in &term.sources {
        element(out, 6, "admin", &[("type", "source")], key);
    }
    let note = term_note(term);
    if !note.is_empty() {
        element(out, 6, "note", &[], &note);
    }
    open(out, 5, "</termSec>");
}

/// The bibliography as a `refObjectSec` in `<back>`; returns the number
/// of sources written.
fn write_back(out: &mut String, sources: &[SourceRef], ids: &mut HashSet<String>) -> usize {
    open(out, 2, "<back>");
    open(out, 3, "<refObjectSec type=\"sources\">");
    for s in sources {
        let id = unique(concept_id_from(&format!("source-{}", s.key)), ids);
        open(out, 4, &format!("<refObject id=\"{}\">", escape_attr(&id)));
        element(out, 5, "item", &[("type", "key")], &s.key);
        if !s.title.is_empty() {
            element(out, 5, "item", &[("type", "title")], &s.title);
        }
        if !s.url.is_empty() {
            element(out, 5, "item", &[("type", "url")], &s.url);
        }
        open(out, 4, "</refObject>");
    }
    open(out, 3, "</refObjectSec>");
    open(out, 2, "</back>");
    sources.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::tbx::read_tbx_text;
    use crate::formats::xml::{XmlEvent, XmlInput, attr, local_name};
    use crate::model::Severity;
    use crate::model::{Concept, MatchRules, PartOfSpeech, Review, SourceRef};

    fn sample() -> GlossaryData {
        let en = LangTag::parse("en").unwrap();
        let fr = LangTag::parse("fr").unwrap();
        let mut porn = Term::new("C04-CSAM", en.clone(), "child porn", Status::Forbidden);
        porn.evidence = vec![Evidence::A];
        porn.note = "used by offenders".into();
        porn.pos = Some(PartOfSpeech::Noun);
        porn.sources = vec!["INTERPOL-EN".into()];
        porn.rules = MatchRules {
            forms: vec!["kiddy porn".into()],
            ..Default::default()
        };
        porn.review = Some(Review {
            promote: Severity::Error,
            by: "Jane Doe".into(),
            date: "2025-02-01".into(),
        });
        let mut dnt = Term::new("C12-DNPJ", en.clone(), "DNPJ", Status::DoNotTranslate);
        dnt.note = "Keep the acronym & gloss it.".into();
        let mut concept = Concept::new("C04-CSAM");
        concept.domain = "child protection".into();
        concept.definition = "Material <depicting> abuse".into();
        concept.sources = vec!["LG-2016".into()];
        GlossaryData {
            concepts: vec![concept, Concept::new("C12-DNPJ"), Concept::new("C99-empty")],
            terms: vec![
                Term::new(
                    "C04-CSAM",
                    fr.clone(),
                    "contenus pédopornographiques",
                    Status::Deprecated,
                ),
                Term::new(
                    "C04-CSAM",
                    en.clone(),
                    "child sexual abuse material",
                    Status::Preferred,
                ),
                porn,
                Term::new(
                    "C04-CSAM",
                    en,
                    "child sexual abuse imagery",
                    Status::Admitted,
                ),
                Term::new("C12-DNPJ", fr, "DNPJ", Status::Preferred),
                dnt,
            ],
            sources: vec![
                SourceRef {
                    key: "INTERPOL-EN".into(),
                    title: "INTERPOL".into(),
                    url: "https://www.interpol.int/".into(),
                },
                SourceRef {
                    key: "LG-2016".into(),
                    title: "Terminology Guidelines".into(),
                    url: String::new(),
                },
            ],
        }
    }

    /// The data-category types TBX-Basic allows on an element.
    fn allowed_types(local: &str) -> Option<&'static [&'static str]> {
        match local {
            "admin" => Some(&["customerSubset", "projectSubset", "source"]),
            "descrip" => Some(&["subjectField", "context", "definition"]),
            "ref" => Some(&["crossReference"]),
            "termNote" => Some(&[
                "administrativeStatus",
                "partOfSpeech",
                "geographicalUsage",
                "grammaticalGender",
                "termLocation",
                "termType",
            ]),
            "transac" => Some(&["transactionType"]),
            "transacNote" => Some(&["responsibility"]),
            "xref" => Some(&["externalCrossReference", "xGraphic"]),
            _ => None,
        }
    }

    /// The levels a data category may appear at.
    fn allowed_levels(local: &str, kind: &str) -> Option<&'static [&'static str]> {
        match (local, kind) {
            ("termNote", _) => Some(&["termSec"]),
            ("descrip", "subjectField") => Some(&["conceptEntry"]),
            ("descrip", "definition") => Some(&["conceptEntry", "langSec"]),
            ("descrip", "context") => Some(&["termSec"]),
            ("admin", "source") => Some(&["conceptEntry", "langSec", "termSec"]),
            ("admin", "customerSubset" | "projectSubset") => Some(&["conceptEntry", "termSec"]),
            ("xref", "xGraphic") => Some(&["conceptEntry", "langSec"]),
            _ => None,
        }
    }

    /// The values a picklist data category allows.
    fn picklist(local: &str, kind: &str) -> Option<&'static [&'static str]> {
        match (local, kind) {
            ("termNote", "administrativeStatus") => Some(&BASIC_STATUSES),
            ("termNote", "partOfSpeech") => Some(&["noun", "verb", "adjective", "adverb", "other"]),
            ("termNote", "grammaticalGender") => {
                Some(&["masculine", "feminine", "neuter", "other"])
            }
            ("termNote", "termType") => Some(&[
                "fullForm",
                "acronym",
                "abbreviation",
                "shortForm",
                "variant",
                "phrase",
            ]),
            ("transac", "transactionType") => Some(&["origination", "modification"]),
            _ => None,
        }
    }

    /// The TBX-Basic DCA rules of terminology.md §6.2 (from the official
    /// Schematron), checked on a document.
    fn dialect_violations(xml: &str) -> Vec<String> {
        let mut input = XmlInput::from_text(xml, Path::new("out.tbx"));
        let mut stack: Vec<String> = Vec::new();
        let mut ids: HashSet<String> = HashSet::new();
        let mut targets: Vec<String> = Vec::new();
        let mut problems = Vec::new();
        let mut pending: Option<(String, String, Vec<String>)> = None;
        let level = |stack: &[String]| -> String {
            // A *Grp parent counts as its own parent's level.
            stack
                .iter()
                .rev()
                .find(|n| !n.ends_with("Grp"))
                .cloned()
                .unwrap_or_default()
        };
        loop {
            match input.next().unwrap() {
                XmlEvent::Start { name, attrs, empty } => {
                    if name.contains(':') {
                        problems.push(format!("{name}: DCT element in DCA style"));
                    }
                    if name == "tbx" {
                        if attr(&attrs, "type") != Some("TBX-Basic")
                            || attr(&attrs, "style") != Some("dca")
                        {
                            problems.push("root must be type=TBX-Basic style=dca".into());
                        }
                        if attr(&attrs, "xmlns") != Some(TBX_NAMESPACE) {
                            problems.push("root not in the TBX namespace".into());
                        }
                    }
                    if let Some(id) = attr(&attrs, "id") {
                        ids.insert(id.to_string());
                    }
                    if let Some(t) = attr(&attrs, "target") {
                        targets.push(t.to_string());
                    }
                    let kind = attr(&attrs, "type").map(str::to_string);
                    let local = local_name(&name).to_string();
                    if let Some(k) = &kind
                        && k.is_empty()
                    {
                        problems.push(format!("<{local}> with an empty type"));
                    }
                    let parent = level(&stack);
                    if let Some(k) = kind.clone() {
                        let allowed = allowed_types(&local);
                        if let Some(allowed) = allowed
                            && !allowed.contains(&k.as_str())
                        {
                            problems.push(format!("<{local} type={k}> not allowed"));
                        }
                        let levels = allowed_levels(&local, &k);
                        if let Some(levels) = levels
                            && !levels.contains(&parent.as_str())
                        {
                            problems.push(format!("<{local} type={k}> at {parent} level"));
                        }
                        pending = Some((local.clone(), k, Vec::new()));
                    }
                    if !empty {
                        stack.push(local);
                    }
                }
                XmlEvent::Text(t) => {
                    if let Some((_, _, texts)) = &mut pending {
                        texts.push(t);
                    }
                }
                XmlEvent::End { .. } => {
                    stack.pop();
                    if let Some((local, k, texts)) = pending.take() {
                        let value = texts.concat();
                        let list = picklist(&local, &k);
                        if let Some(list) = list
                            && !list.contains(&value.as_str())
                        {
                            problems.push(format!("{k} value '{value}' not in the picklist"));
                        }
                    }
                }
                XmlEvent::Eof => break,
            }
        }
        for t in targets {
            if !(t.starts_with("http://") || t.starts_with("https://") || ids.contains(&t)) {
                problems.push(format!("target '{t}' is neither an id nor an http(s) URI"));
            }
        }
        problems
    }

    #[test]
    fn export_follows_the_tbx_basic_dialect_rules() {
        let mut buf = Vec::new();
        let report = write_tbx(&mut buf, &sample(), &TbxExportOptions::default()).unwrap();
        let xml = String::from_utf8(buf).unwrap();
        assert_eq!(dialect_violations(&xml), Vec::<String>::new(), "{xml}");
        assert_eq!(
            (
                report.concepts,
                report.terms,
                report.sources,
                report.empty_concepts
            ),
            (2, 6, 2, 1)
        );
        assert!(xml.contains("<note>[status=forbidden] [evidence=A] [match=forms=kiddy porn] [review=promote=error by=Jane Doe date=2025-02-01] used by offenders</note>"), "{xml}");
        assert!(xml.contains("<termNote type=\"termType\">acronym</termNote>"));
        assert!(xml.contains("Material &lt;depicting&gt; abuse"));
        assert!(
            xml.contains("xml:lang=\"fr\""),
            "the first term's language is the source"
        );
    }

    #[test]
    fn the_official_examples_follow_the_rules_the_test_checks() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/reference/tbx");
        for name in ["example_tbx_basic.tbx", "Example_Astronomy_DCA_VALID.tbx"] {
            let Ok(text) = std::fs::read_to_string(dir.join(name)) else {
                eprintln!("notice: {name} skipped: ../shared/reference is absent");
                continue;
            };
            let text = text.trim_start_matches('\u{feff}');
            assert_eq!(dialect_violations(text), Vec::<String>::new(), "{name}");
        }
        // And the checker catches what it should.
        let bad = "<tbx type=\"TBX-Basic\" style=\"dca\" xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body><conceptEntry id=\"a\">\
                   <termNote type=\"partOfSpeech\">noun</termNote><langSec xml:lang=\"en\"><termSec><term>x</term>\
                   <termNote type=\"administrativeStatus\">forbiddenTerm</termNote><descrip type=\"subjectField\">s</descrip>\
                   </termSec></langSec></conceptEntry></body></text></tbx>";
        assert_eq!(
            dialect_violations(bad).len(),
            3,
            "{:?}",
            dialect_violations(bad)
        );
    }

    #[test]
    fn round_trip_keeps_terms_statuses_notes_and_metadata() {
        let data = sample();
        let mut buf = Vec::new();
        write_tbx(&mut buf, &data, &TbxExportOptions::default()).unwrap();
        let doc = read_tbx_text(std::str::from_utf8(&buf).unwrap(), Path::new("x.tbx")).unwrap();
        let back = doc.data;
        assert_eq!(back.terms.len(), data.terms.len());
        for (a, b) in data.terms.iter().zip(&back.terms) {
            assert_eq!(
                (&a.concept, &a.lang, &a.text, a.status),
                (&b.concept, &b.lang, &b.text, b.status)
            );
            assert_eq!(
                (&a.note, &a.evidence, &a.sources, &a.review, &a.rules, a.pos),
                (&b.note, &b.evidence, &b.sources, &b.review, &b.rules, b.pos)
            );
        }
        assert_eq!(back.sources, data.sources);
        assert_eq!(back.concepts[0].definition, data.concepts[0].definition);
        assert_eq!(back.concepts[0].sources, data.concepts[0].sources);
    }

    #[test]
    fn an_empty_glossary_cannot_be_exported() {
        let e = write_tbx(
            &mut Vec::new(),
            &GlossaryData::default(),
            &TbxExportOptions::default(),
        )
        .unwrap_err();
        assert!(e.to_string().contains("no term to export"));
    }
}
