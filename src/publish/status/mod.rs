//! `relais status`: how far along each locale is, and whether it is safe
//! to publish.
//!
//! Per locale and document: messages translated, waiting for review,
//! outdated (source changed since translation), missing, and the words
//! still to translate (source words of everything not translated); check
//! findings per locale (glossary findings counted apart); the TM's size
//! per language pair. Rendered as a terminal table, JSON, or one
//! self-contained HTML page (inline CSS and SVG, nothing fetched).
//!
//! * [`table`]: the terminal table.
//! * [`html`]: the HTML page.

pub mod html;
pub mod table;

use std::collections::BTreeMap;

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

use crate::error::Result;
use crate::lang::LangTag;
use crate::model::{Finding, Severity};
use crate::project::Project;
use crate::publish::document::SourceDocument;
use crate::publish::gate::{Gate, Hold, holds};
use crate::publish::markup;
use crate::publish::render;
use crate::publish::target::{TargetFile, is_outdated};
use crate::tm::Tm;

/// Counts for a document or a locale.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Counts {
    /// Messages in the source.
    pub messages: usize,
    /// Translated and accepted.
    pub translated: usize,
    /// Filled from fuzzy matches, waiting for review.
    pub review: usize,
    /// Translated from an older version of the source.
    pub outdated: usize,
    /// Not translated.
    pub missing: usize,
    /// Source words of the messages not translated (missing, review,
    /// outdated).
    pub words_to_translate: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.messages += o.messages;
        self.translated += o.translated;
        self.review += o.review;
        self.outdated += o.outdated;
        self.missing += o.missing;
        self.words_to_translate += o.words_to_translate;
    }

    /// Completion, 0–100.
    pub fn percent(&self) -> u32 {
        (self.translated * 100)
            .checked_div(self.messages)
            .map_or(100, crate::num::u32_sat)
    }
}

/// One document in one locale.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentStatus {
    /// Document.
    pub document: String,
    /// Translation file.
    pub file: String,
    /// Counts.
    #[serde(flatten)]
    pub counts: Counts,
}

/// One locale.
#[derive(Debug, Clone, Serialize)]
pub struct LocaleStatus {
    /// Locale.
    pub locale: String,
    /// Its name in its language.
    pub name: String,
    /// Totals.
    #[serde(flatten)]
    pub counts: Counts,
    /// Completion, 0–100.
    pub percent: u32,
    /// Error findings (glossary ones excluded).
    pub errors: usize,
    /// Warning findings (glossary ones excluded).
    pub warnings: usize,
    /// Glossary findings of error severity.
    pub glossary_errors: usize,
    /// Glossary findings of warning severity.
    pub glossary_warnings: usize,
    /// Whether the locale can be published: no error, and every document
    /// translated and reviewed to `[build] min_translated`.
    pub publishable: bool,
    /// Why not, when it cannot.
    pub holds: Vec<Hold>,
    /// Whether a native speaker has reviewed the translation
    /// (`[locale.<tag>] reviewed`); an unreviewed one is published with a
    /// notice saying so.
    pub reviewed: bool,
    /// Per document.
    pub documents: Vec<DocumentStatus>,
    /// The findings.
    pub findings: Vec<Finding>,
}

/// TM units per language pair.
#[derive(Debug, Clone, Serialize)]
pub struct PairSize {
    /// The two languages.
    pub langs: [String; 2],
    /// Units.
    pub units: u64,
}

/// The whole status.
#[derive(Debug, Clone, Serialize)]
pub struct StatusReport {
    /// Source locale.
    pub source_locale: String,
    /// Per target locale.
    pub locales: Vec<LocaleStatus>,
    /// TM units in all.
    pub tm_units: u64,
    /// TM units per language pair.
    pub tm_pairs: Vec<PairSize>,
}

fn words(text: &str) -> usize {
    markup::strip(text).unicode_words().count()
}

/// A document's counts in one locale (translation file `path`; languages
/// (source, target)).
fn document_counts(
    tm: &Tm,
    doc: &SourceDocument,
    path: &std::path::Path,
    langs: (&LangTag, &LangTag),
) -> Result<Counts> {
    let (source_tag, target_tag) = langs;
    let target = TargetFile::load(path)?;
    let mut c = Counts::default();
    for block in &doc.blocks {
        let Some(source) = doc.segment(&block.id) else {
            continue;
        };
        c.messages += 1;
        let text = source.display_text();
        match target.message(&block.id) {
            None => {
                c.missing += 1;
                c.words_to_translate += words(&text);
            }
            Some(m) if m.needs_review() => {
                c.review += 1;
                c.words_to_translate += words(&text);
            }
            Some(m)
                if is_outdated(
                    tm,
                    m,
                    &source,
                    &format!("{}:{}", doc.name, block.id),
                    source_tag,
                    target_tag,
                )? =>
            {
                c.outdated += 1;
                c.words_to_translate += words(&text);
            }
            Some(_) => c.translated += 1,
        }
    }
    Ok(c)
}

/// Computes the status, with each locale's check findings from `gate`.
pub fn status(project: &Project, tm: &Tm, gate: &Gate) -> Result<StatusReport> {
    let config = project.require_config()?;
    let source_tag = LangTag::parse(&config.source_locale)?;
    let docs: Vec<SourceDocument> = config
        .documents
        .iter()
        .filter(|d| {
            project
                .resource_path(&config.source_locale, &d.name)
                .exists()
        })
        .map(|d| SourceDocument::load(project, &d.name))
        .collect::<Result<_>>()?;
    let mut locales = Vec::new();
    for locale in &config.locales {
        let target_tag = LangTag::parse(locale)?;
        let mut total = Counts::default();
        let mut documents = Vec::new();
        for doc in &docs {
            let path = project.resource_path(locale, &doc.name);
            let c = document_counts(tm, doc, &path, (&source_tag, &target_tag))?;
            total.add(&c);
            documents.push(DocumentStatus {
                document: doc.name.clone(),
                file: path
                    .strip_prefix(&project.root)
                    .unwrap_or(&path)
                    .display()
                    .to_string(),
                counts: c,
            });
        }
        let found = gate.findings(locale);
        let count = |glossary: bool, severity: Severity| {
            found
                .iter()
                .filter(|f| f.is_glossary() == glossary && f.severity == severity)
                .count()
        };
        let errors = count(false, Severity::Error);
        let glossary_errors = count(true, Severity::Error);
        let done: Vec<(String, usize, usize)> = documents
            .iter()
            .map(|d| (d.document.clone(), d.counts.translated, d.counts.messages))
            .collect();
        let holds = holds(errors + glossary_errors, &done, config.build.min_translated);
        locales.push(LocaleStatus {
            locale: locale.clone(),
            name: render::endonym(locale),
            percent: total.percent(),
            counts: total,
            errors,
            warnings: count(false, Severity::Warning),
            glossary_errors,
            glossary_warnings: count(true, Severity::Warning),
            publishable: holds.is_empty(),
            holds,
            reviewed: config.is_reviewed(locale),
            documents,
            findings: found,
        });
    }
    let stats = tm.stats();
    // The TM matches `en-US` with `en` (the same language): its pairs
    // are shown folded the same way.
    let mut folded: BTreeMap<[String; 2], u64> = BTreeMap::new();
    for ((a, b), n) in &stats.pairs {
        let key = [a, b].map(|t| LangTag::lenient(t).language().to_string());
        *folded.entry(key).or_default() += *n;
    }
    let mut tm_pairs: Vec<PairSize> = folded
        .into_iter()
        .map(|(langs, units)| PairSize { langs, units })
        .collect();
    tm_pairs.sort_by(|a, b| b.units.cmp(&a.units).then(a.langs.cmp(&b.langs)));
    Ok(StatusReport {
        source_locale: config.source_locale.clone(),
        locales,
        tm_units: stats.units,
        tm_pairs,
    })
}
