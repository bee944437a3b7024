//! `relais xliff export`: a locale's translation work as one XLIFF
//! document, one `<file>` per document (see the [module
//! documentation](super) for ids, states, selects and codes).
//!
//! Each unit carries what helps the translator: the source comment of the
//! message, a note for attributes, plural forms (with numbers that use the
//! form) and Fluent-only units, the TM matches of its source (score and
//! origin), the glossary concepts of its source with their target terms
//! (forbidden ones flagged), and for translations waiting for review, the
//! match they were filled from.

use std::io::{self, Write};

use serde::Serialize;

use crate::error::{Error, Result};
use crate::formats::xliff::{
    GlossaryEntry, GlossaryStatus, GlossaryTerm, NoteAbout, TargetState, TmMatch, WriteFile,
    WriteNote, WriteUnit, Xliff12Writer, Xliff20Writer,
};
use crate::glossary::Glossary;
use crate::lang::{LangTag, plural_examples};
use crate::model::Segment;
use crate::model::Status;
use crate::project::Project;
use crate::publish::markup::{strip, tags_to_codes};
use crate::t;
use crate::tm::Tm;
use crate::tm::lookup::{Query, lookup};

use super::units::{DocumentUnits, MessageUnits, PROP_SOURCE_HASH, Part, SourceUnit, UnitKind};

/// The XLIFF version to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum XliffFormat {
    /// XLIFF 1.2 (strict schema).
    #[value(name = "1.2")]
    V12,
    /// XLIFF 2.0 (core, matches, glossary and metadata modules).
    #[value(name = "2.0")]
    V20,
}

impl XliffFormat {
    /// `1.2` or `2.0`.
    pub fn as_str(self) -> &'static str {
        match self {
            XliffFormat::V12 => "1.2",
            XliffFormat::V20 => "2.0",
        }
    }
}

/// What to export.
#[derive(Debug, Clone)]
pub struct ExportOptions<'a> {
    /// The target locale, as `relais.toml` writes it.
    pub locale: &'a str,
    /// The documents, in order.
    pub documents: &'a [String],
    /// XLIFF version.
    pub format: XliffFormat,
    /// Lowest TM score offered.
    pub min_score: u32,
    /// Most TM matches per unit.
    pub max_matches: usize,
}

/// What was exported.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ExportReport {
    /// The output file (`-` for standard output).
    pub file: String,
    /// `1.2` or `2.0`.
    pub version: String,
    /// Target locale.
    pub locale: String,
    /// Documents exported.
    pub documents: Vec<String>,
    /// Units written.
    pub units: u64,
    /// Units with a translation.
    pub translated: u64,
    /// Units whose translation waits for review.
    pub review: u64,
    /// Units without translation.
    pub untranslated: u64,
    /// Units that are plural forms.
    pub plural_forms: u64,
    /// Units shown for context only (selects edited in Fluent).
    pub fluent_only: u64,
    /// TM matches offered.
    pub matches: u64,
    /// Glossary entries listed.
    pub glossary_entries: u64,
    /// Glossary entries with a forbidden target term.
    pub forbidden_terms: u64,
}

enum AnyWriter<W: Write> {
    V12(Xliff12Writer<W>),
    V20(Xliff20Writer<W>),
}

impl<W: Write> AnyWriter<W> {
    fn begin_file(&mut self, f: &WriteFile) -> io::Result<()> {
        match self {
            AnyWriter::V12(w) => w.begin_file(f),
            AnyWriter::V20(w) => w.begin_file(f),
        }
    }

    fn unit(&mut self, u: &WriteUnit) -> io::Result<()> {
        match self {
            AnyWriter::V12(w) => w.unit(u),
            AnyWriter::V20(w) => w.unit(u),
        }
    }

    fn finish(self) -> io::Result<W> {
        Ok(match self {
            AnyWriter::V12(w) => w.finish()?.0,
            AnyWriter::V20(w) => w.finish()?.0,
        })
    }
}

fn write_error(e: &io::Error) -> Error {
    Error::Invalid {
        file: None,
        message: e.to_string(),
    }
}

/// What the export looks up for each unit.
struct Helpers<'a> {
    tm: &'a Tm,
    glossary: Option<&'a Glossary>,
    source: LangTag,
    target: LangTag,
    opts: &'a ExportOptions<'a>,
}

/// Writes the XLIFF document into `out`.
pub fn export<W: Write>(
    project: &Project,
    tm: &Tm,
    glossary: Option<&Glossary>,
    opts: &ExportOptions<'_>,
    out: W,
) -> Result<(W, ExportReport)> {
    let source = LangTag::parse(project.source_locale())?;
    let target = LangTag::parse(opts.locale)?;
    let mut report = ExportReport {
        version: opts.format.as_str().to_string(),
        locale: opts.locale.to_string(),
        documents: opts.documents.to_vec(),
        ..Default::default()
    };
    let mut writer = match opts.format {
        XliffFormat::V12 => AnyWriter::V12(
            Xliff12Writer::start(out, project.source_locale(), opts.locale)
                .map_err(|e| write_error(&e))?,
        ),
        XliffFormat::V20 => AnyWriter::V20(
            Xliff20Writer::start(out, project.source_locale(), opts.locale)
                .map_err(|e| write_error(&e))?,
        ),
    };
    let helpers = Helpers {
        tm,
        glossary,
        source,
        target,
        opts,
    };
    for doc in opts.documents {
        let units = DocumentUnits::load(project, doc, opts.locale)?;
        let original = relative(project, &units.source.path);
        writer
            .begin_file(&WriteFile {
                id: doc.clone(),
                original,
                notes: Vec::new(),
            })
            .map_err(|e| write_error(&e))?;
        let target_file = relative(project, &units.target.path);
        let mut prev: Option<String> = None;
        for m in &units.messages {
            for part in &m.parts {
                for u in &part.units {
                    let w = write_unit(&helpers, m, part, u, &target_file, prev.as_deref())?;
                    count(&mut report, u, &w);
                    writer.unit(&w).map_err(|e| write_error(&e))?;
                }
            }
            if let Some(v) = &m.source_value {
                prev = Some(v.display_text());
            }
        }
    }
    let out = writer.finish().map_err(|e| write_error(&e))?;
    Ok((out, report))
}

/// A path relative to the project, with `/`.
pub(crate) fn relative(project: &Project, path: &std::path::Path) -> String {
    project.relative(path)
}

fn count(report: &mut ExportReport, u: &SourceUnit, w: &WriteUnit) {
    report.units += 1;
    match (w.target.is_some(), w.state) {
        (false, _) => report.untranslated += 1,
        (true, TargetState::NeedsReview) => {
            report.translated += 1;
            report.review += 1;
        }
        (true, _) => report.translated += 1,
    }
    match u.kind {
        UnitKind::Plural => report.plural_forms += 1,
        UnitKind::FluentOnly => report.fluent_only += 1,
        UnitKind::Text => {}
    }
    report.matches += w.matches.len() as u64;
    report.glossary_entries += w.glossary.len() as u64;
    report.forbidden_terms += w
        .glossary
        .iter()
        .filter(|g| {
            g.translations
                .iter()
                .any(|t| t.status == GlossaryStatus::Forbidden)
        })
        .count() as u64;
}

fn relais_note(text: String, priority: Option<u8>) -> WriteNote {
    WriteNote {
        text,
        from: Some("relais".into()),
        about: NoteAbout::General,
        priority,
    }
}

fn write_unit(
    h: &Helpers<'_>,
    m: &MessageUnits,
    part: &Part,
    u: &SourceUnit,
    target_file: &str,
    prev: Option<&str>,
) -> Result<WriteUnit> {
    let v2 = h.opts.format == XliffFormat::V20;
    let review = m.needs_review();
    let state = match (&u.target, review) {
        (None, _) => TargetState::New,
        (Some(_), true) => TargetState::NeedsReview,
        (Some(_), false) => TargetState::Translated,
    };
    let mut notes = Vec::new();
    if !m.notes.is_empty() {
        notes.push(WriteNote {
            text: m.notes.join("\n"),
            from: None,
            about: NoteAbout::Source,
            priority: None,
        });
    }
    if let Some(a) = &part.attribute {
        notes.push(relais_note(
            t!("xliff-note-attribute", "attribute" => a.as_str(), "message" => m.id.as_str()),
            None,
        ));
    }
    match (u.kind, &u.key.variant) {
        (UnitKind::Plural, Some(key)) => {
            notes.push(relais_note(plural_note(h, part, key), Some(2)));
        }
        (UnitKind::FluentOnly, _) => notes.push(relais_note(
            t!("xliff-note-fluent-only", "file" => target_file),
            Some(1),
        )),
        _ => {}
    }
    if review
        && u.target.is_some()
        && let Some(t) = &m.target
    {
        let d = &t.directives;
        notes.push(relais_note(
            match (d.get("score"), d.get("origin")) {
                (Some(score), Some(origin)) => {
                    t!("xliff-note-review-match", "score" => score, "origin" => origin)
                }
                _ => t!("xliff-note-review"),
            },
            Some(2),
        ));
    }
    let source = tags_to_codes(&u.source);
    let matches = if u.kind == UnitKind::FluentOnly {
        Vec::new()
    } else {
        tm_matches(h, u, &source, prev)?
    };
    let glossary = match h.glossary {
        Some(g) if u.kind != UnitKind::FluentOnly => glossary_entries(g, h, &u.source),
        _ => Vec::new(),
    };
    Ok(WriteUnit {
        id: u.key.id(v2),
        name: Some(u.key.key()),
        source,
        target: u.target.as_ref().map(tags_to_codes),
        state,
        notes,
        matches,
        glossary,
        translate: u.kind != UnitKind::FluentOnly,
        properties: vec![(PROP_SOURCE_HASH.to_string(), u.hash.clone())],
    })
}

fn plural_note(h: &Helpers<'_>, part: &Part, key: &str) -> String {
    let selector = part.selector.clone().unwrap_or_default();
    if key
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || c == '-')
    {
        return t!("xliff-note-plural-exact", "selector" => selector, "number" => key);
    }
    let examples = plural_examples(&h.target, key, 6);
    if examples.is_empty() {
        return t!(
            "xliff-note-plural-decimals",
            "selector" => selector,
            "category" => key,
            "locale" => h.opts.locale
        );
    }
    let mut list: Vec<String> = examples.iter().take(5).map(u64::to_string).collect();
    if examples.len() > 5 {
        list.push("…".into());
    }
    t!(
        "xliff-note-plural",
        "selector" => selector,
        "category" => key,
        "locale" => h.opts.locale,
        "examples" => list.join(", ")
    )
}

fn tm_matches(
    h: &Helpers<'_>,
    u: &SourceUnit,
    source: &Segment,
    prev: Option<&str>,
) -> Result<Vec<TmMatch>> {
    if h.opts.max_matches == 0 {
        return Ok(Vec::new());
    }
    // Plural forms are not messages of the TM: no in-context tier.
    let (context, prev) = match u.kind {
        UnitKind::Text => (
            Some(format!("{}:{}", u.key.document, u.key.reference())),
            prev.filter(|_| u.key.attribute.is_none()),
        ),
        _ => (None, None),
    };
    let q = Query {
        segment: source.clone(),
        source: h.source.clone(),
        target: h.target.clone(),
        context,
        prev: prev.map(str::to_string),
        min_score: h.opts.min_score,
        limit: h.opts.max_matches,
    };
    Ok(lookup(h.tm, &q)?
        .into_iter()
        .map(|m| TmMatch {
            origin: m.context.clone().or(m.origin.clone()),
            score: crate::num::u8_sat(m.score),
            source: m.source_segment,
            target: m.target_segment,
        })
        .collect())
}

fn status_of(s: Status) -> GlossaryStatus {
    match s {
        Status::Preferred => GlossaryStatus::Preferred,
        Status::Admitted => GlossaryStatus::Admitted,
        Status::Deprecated => GlossaryStatus::Deprecated,
        Status::Forbidden => GlossaryStatus::Forbidden,
        Status::DoNotTranslate => GlossaryStatus::DoNotTranslate,
    }
}

/// The glossary concepts of a source text with their target-language
/// terms (concepts without any are left out).
fn glossary_entries(g: &Glossary, h: &Helpers<'_>, source: &Segment) -> Vec<GlossaryEntry> {
    let text = strip(&source.display_text());
    let mut out: Vec<GlossaryEntry> = Vec::new();
    for m in g.find(&h.source, &text) {
        if out
            .iter()
            .any(|e| e.origin.as_deref() == Some(m.concept.as_str()))
        {
            continue;
        }
        let translations: Vec<GlossaryTerm> = g
            .terms_of(&m.concept, &h.target)
            .into_iter()
            .map(|t| GlossaryTerm {
                text: t.text.clone(),
                status: status_of(t.status),
                reason: (!t.note.trim().is_empty()).then(|| t.note.clone()),
            })
            .collect();
        if translations.is_empty() {
            continue;
        }
        let definition = g
            .concept(&m.concept)
            .map(|c| c.definition.trim().to_string())
            .filter(|d| !d.is_empty());
        out.push(GlossaryEntry {
            term: m.term.clone(),
            origin: Some(m.concept.clone()),
            translations,
            definition,
        });
    }
    out
}
