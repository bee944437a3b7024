//! `relais glossary lookup`: the terms of a text with their translations,
//! the way a CAT tool's term pane shows them (preferred first, forbidden
//! terms flagged, with the reason the glossary records).

use std::fmt::Write as _;

use serde::Serialize;

use crate::glossary::termbase::Glossary;
use crate::lang::LangTag;
use crate::model::{Evidence, Span, Status, Term};
use crate::style;
use crate::t;

/// A term of the concept in a target language.
#[derive(Debug, Serialize)]
pub struct TargetTerm<'a> {
    /// Its language.
    pub lang: &'a str,
    /// The term.
    pub term: &'a str,
    /// Its status.
    pub status: Status,
    /// Evidence labels, joined.
    pub evidence: String,
    /// Why it has its status.
    pub note: &'a str,
}

/// A term found in the text.
#[derive(Debug, Serialize)]
pub struct Entry<'a> {
    /// The concept.
    pub concept: &'a str,
    /// The language of the glossary row.
    pub lang: &'a str,
    /// The term as the glossary writes it.
    pub term: &'a str,
    /// Its status.
    pub status: Status,
    /// The text as found.
    pub found: &'a str,
    /// Where (bytes of the text).
    pub span: Span,
    /// The concept's definition.
    pub definition: &'a str,
    /// The concept's terms in the languages asked for.
    pub targets: Vec<TargetTerm<'a>>,
}

/// What `glossary lookup --json` prints.
#[derive(Debug, Serialize)]
pub struct Lookup<'a> {
    /// The text.
    pub text: &'a str,
    /// Its language.
    pub source: &'a str,
    /// The language asked for, if one was.
    pub target: Option<&'a str>,
    /// The terms found, in text order.
    pub matches: Vec<Entry<'a>>,
}

/// The marker a term pane shows before a term of this status.
pub fn marker(status: Status) -> &'static str {
    match status {
        Status::Preferred => "✔",
        Status::Admitted => "○",
        Status::DoNotTranslate => "=",
        Status::Deprecated => "✖",
        Status::Forbidden => "⛔",
    }
}

fn targets<'a>(
    glossary: &'a Glossary,
    concept: &str,
    source: &LangTag,
    target: Option<&LangTag>,
) -> Vec<&'a Term> {
    match target {
        Some(t) => glossary.terms_of(concept, t),
        None => {
            let mut out = Vec::new();
            for lang in glossary.languages() {
                if lang.same_language(source)
                    || out.iter().any(|t: &&Term| t.lang.same_language(&lang))
                {
                    continue;
                }
                out.extend(glossary.terms_of(concept, &lang));
            }
            out
        }
    }
}

/// The terms of `text` (in `source`) with the concepts' terms in `target`,
/// or in every other language.
pub fn lookup<'a>(
    glossary: &'a Glossary,
    text: &'a str,
    source: &'a LangTag,
    target: Option<&'a LangTag>,
    found: &'a [crate::glossary::termbase::TermMatch],
) -> Lookup<'a> {
    let matches = found
        .iter()
        .map(|m| Entry {
            concept: &m.concept,
            lang: m.lang.as_str(),
            term: &m.term,
            status: m.status,
            found: &m.found,
            span: m.span,
            definition: glossary
                .concept(&m.concept)
                .map_or("", |c| c.definition.as_str()),
            targets: targets(glossary, &m.concept, source, target)
                .iter()
                .map(|t| TargetTerm {
                    lang: t.lang.as_str(),
                    term: &t.text,
                    status: t.status,
                    evidence: Evidence::join(&t.evidence),
                    note: &t.note,
                })
                .collect(),
        })
        .collect();
    Lookup {
        text,
        source: source.as_str(),
        target: target.map(LangTag::as_str),
        matches,
    }
}

impl Lookup<'_> {
    /// The term pane as text lines (`color`: on a terminal).
    pub fn lines(&self, color: bool) -> Vec<String> {
        let mut out = Vec::new();
        for e in &self.matches {
            let head = format!("{}  {}  ({} {})", e.found, e.concept, e.lang, e.status);
            out.push(style::highlight(&head, color));
            if !e.definition.is_empty() {
                out.push(format!("    {}", style::dim(e.definition, color)));
            }
            if e.targets.is_empty() {
                let lang = self.target.unwrap_or_default().to_string();
                out.push(format!(
                    "    {}",
                    t!("glossary-lookup-no-target", "lang" => lang)
                ));
            }
            let width = e
                .targets
                .iter()
                .map(|t| t.term.chars().count())
                .max()
                .unwrap_or(0);
            for t in &e.targets {
                out.push(target_line(t, width, color));
            }
        }
        out
    }
}

fn target_line(t: &TargetTerm<'_>, width: usize, color: bool) -> String {
    let status = if t.status == Status::Forbidden {
        t.status.as_str().to_uppercase()
    } else {
        t.status.as_str().to_string()
    };
    let mut line = format!(
        "  {:<5} {} {:<width$}  {:<16}",
        t.lang,
        marker(t.status),
        t.term,
        status,
        width = width
    );
    if !t.evidence.is_empty() {
        let _ = write!(line, " [{}]", t.evidence);
    }
    if !t.note.is_empty() && t.status != Status::Preferred {
        let _ = write!(line, "  {}", style::dim(t.note, color));
    }
    line.trim_end().to_string()
}
