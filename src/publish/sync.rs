//! `relais sync`: reviewed translations into the TM.
//!
//! Every translated message that is not waiting for review and whose
//! source has not changed since it was translated becomes a TM unit keyed
//! by document and message id (`x-relais-context` = `DOC:ID`) and by the
//! previous source message (`x-relais-prev`), so it gives in-context (101)
//! matches later; attributes become units of their own (`DOC:ID.attr`).
//! Where source and translation split into the same number of sentences,
//! each sentence pair is a unit too. Units already in the TM are merged,
//! so running sync twice adds nothing.

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

use crate::error::Result;
use crate::lang::LangTag;
use crate::model::{Annotation, PROP_CONTEXT, PROP_PREV, Segment, Unit, Variant, tmx_now};
use crate::project::Project;
use crate::publish::document::SourceDocument;
use crate::publish::markup::tags_to_codes;
use crate::publish::target::{TargetFile, is_outdated};
use crate::tm::Tm;
use crate::tm::store::AddOutcome;

/// What `sync` did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SyncReport {
    /// Message units added.
    pub added: u64,
    /// Sentence units added.
    pub sentences: u64,
    /// Units already in the TM.
    pub merged: u64,
    /// Messages skipped because they wait for review.
    pub skipped_review: u64,
    /// Messages skipped because their source changed since translation.
    pub skipped_outdated: u64,
    /// Messages skipped because of a glossary error (never stored as a
    /// reusable unit).
    pub skipped_glossary: u64,
}

/// Splits plain text into sentences (UAX #29), trimmed; `None` when the
/// segment has codes (sentence pairs are only made from plain text).
fn sentences(seg: &Segment) -> Option<Vec<String>> {
    if !seg.codes().is_empty() {
        return None;
    }
    let text = seg.display_text();
    Some(
        text.split_sentence_bounds()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect(),
    )
}

fn unit(
    source_locale: &str,
    source: Segment,
    locale: &str,
    target: Segment,
    context: Option<String>,
    prev: Option<String>,
) -> Unit {
    let mut u = Unit::default();
    u.set_attr("srclang", source_locale);
    u.set_attr("creationdate", tmx_now());
    u.set_attr("creationid", "relais sync");
    if let Some(c) = context {
        u.props.push(Annotation::prop(PROP_CONTEXT, c));
    }
    if let Some(p) = prev {
        u.props.push(Annotation::prop(PROP_PREV, p));
    }
    let mut s = Variant::new(source_locale, "");
    s.seg = source;
    let mut t = Variant::new(locale, "");
    t.seg = target;
    u.variants = vec![s, t];
    u
}

/// One translated message and its source, as `sync` stores it.
pub struct MessagePair<'a> {
    /// The source locale.
    pub source_locale: &'a str,
    /// The translation's locale.
    pub locale: &'a str,
    /// The document.
    pub document: &'a str,
    /// The message id.
    pub id: &'a str,
    /// The source value (Fluent form: markup as text).
    pub source: &'a Segment,
    /// The source attributes.
    pub source_attributes: &'a [(String, Segment)],
    /// The translated value.
    pub value: &'a Segment,
    /// The translated attributes.
    pub attributes: &'a [(String, Segment)],
}

/// The TM units of one reviewed translation: the value in document
/// context (`DOC:ID`, previous source message `prev`), each attribute the
/// source also has (`DOC:ID.attr`), and, where source and translation
/// split into the same number of sentences, the sentence pairs (marked
/// `true`).
pub fn message_units(pair: &MessagePair<'_>, prev: Option<String>) -> Vec<(Unit, bool)> {
    let mut out = Vec::new();
    let context = format!("{}:{}", pair.document, pair.id);
    out.push((
        unit(
            pair.source_locale,
            tags_to_codes(pair.source),
            pair.locale,
            tags_to_codes(pair.value),
            Some(context.clone()),
            prev,
        ),
        false,
    ));
    for (name, tval) in pair.attributes {
        if let Some((_, sseg)) = pair.source_attributes.iter().find(|(n, _)| n == name) {
            out.push((
                unit(
                    pair.source_locale,
                    tags_to_codes(sseg),
                    pair.locale,
                    tags_to_codes(tval),
                    Some(format!("{context}.{name}")),
                    None,
                ),
                false,
            ));
        }
    }
    if let (Some(ss), Some(ts)) = (sentences(pair.source), sentences(pair.value))
        && ss.len() > 1
        && ss.len() == ts.len()
    {
        let mut prev_sentence: Option<String> = None;
        for (s, t) in ss.into_iter().zip(ts) {
            out.push((
                unit(
                    pair.source_locale,
                    Segment::text(&s),
                    pair.locale,
                    Segment::text(&t),
                    None,
                    prev_sentence.clone(),
                ),
                true,
            ));
            prev_sentence = Some(s);
        }
    }
    out
}

/// Collects the units of the project's reviewed translations.
pub fn units(project: &Project, tm: &Tm) -> Result<(Vec<(Unit, bool)>, SyncReport)> {
    let config = project.require_config()?;
    let mut out = Vec::new();
    let mut report = SyncReport::default();
    let source_locale = config.source_locale.clone();
    let source_tag = LangTag::parse(&source_locale)?;
    let glossary_errors = glossary_errors(project)?;
    for doc in &config.documents {
        let src_path = project.resource_path(&source_locale, &doc.name);
        if !src_path.exists() {
            continue;
        }
        let src = SourceDocument::load(project, &doc.name)?;
        for locale in &config.locales {
            let target_path = project.resource_path(locale, &doc.name);
            let target_file = project.relative(&target_path);
            let target = TargetFile::load(&target_path)?;
            let mut prev: Option<String> = None;
            for block in &src.blocks {
                let Some(source) = src.segment(&block.id) else {
                    continue;
                };
                let source_display = source.display_text();
                let Some(message) = target.message(&block.id) else {
                    prev = Some(source_display);
                    continue;
                };
                let context = format!("{}:{}", doc.name, block.id);
                if message.needs_review() {
                    report.skipped_review += 1;
                } else if glossary_errors.contains(&(target_file.clone(), block.id.clone())) {
                    report.skipped_glossary += 1;
                } else if is_outdated(
                    tm,
                    message,
                    &source,
                    &context,
                    &source_tag,
                    &LangTag::parse(locale)?,
                )? {
                    report.skipped_outdated += 1;
                } else if let Some(value) = &message.value {
                    let (_, msg) = src
                        .resource
                        .message(&block.id)
                        .expect("block comes from the resource");
                    let source_attributes: Vec<(String, Segment)> = msg
                        .attributes
                        .iter()
                        .map(|a| {
                            (
                                a.id.name.clone(),
                                crate::fluent::pattern::pattern_to_segment(&a.value),
                            )
                        })
                        .collect();
                    out.extend(message_units(
                        &MessagePair {
                            source_locale: &source_locale,
                            locale,
                            document: &doc.name,
                            id: &block.id,
                            source: &source,
                            source_attributes: &source_attributes,
                            value,
                            attributes: &message.attributes,
                        },
                        prev.clone(),
                    ));
                }
                prev = Some(source_display);
            }
        }
    }
    Ok((out, report))
}

/// The messages (file, id) with a glossary error, which the terminology
/// gate keeps out of the TM; none without a glossary.
fn glossary_errors(project: &Project) -> Result<std::collections::HashSet<(String, String)>> {
    if project.config.glossary.files.is_empty() {
        return Ok(std::collections::HashSet::new());
    }
    let report = crate::publish::gate::check_project(project)?;
    Ok(report
        .findings
        .into_iter()
        .filter(|f| f.is_glossary() && f.severity == crate::model::Severity::Error)
        .filter_map(|f| Some((f.file, f.message_id?)))
        .collect())
}

/// Stores the project's reviewed translations in the TM.
pub fn sync(project: &Project, tm: &mut Tm) -> Result<SyncReport> {
    let (units, mut report) = units(project, tm)?;
    let mut importer = tm.begin_import("sync", "sync", None)?;
    importer.set_flagger(crate::publish::term_flags::project_flagger(project)?);
    for (u, is_sentence) in units {
        match importer.add(u)? {
            AddOutcome::Added(_) if is_sentence => report.sentences += 1,
            AddOutcome::Added(_) => report.added += 1,
            AddOutcome::Merged => report.merged += 1,
            AddOutcome::Skipped => {}
        }
    }
    if report.added + report.sentences > 0 {
        importer.commit()?;
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_on_sentence_bounds() {
        let s = sentences(&Segment::text(
            "Selon les données, 40 % des cas. L’IA générative soulève des inquiétudes.",
        ))
        .unwrap();
        assert_eq!(s.len(), 2);
        assert!(s[0].ends_with("cas."));
        let mut coded = Segment::text("a ");
        coded.push_tag(crate::model::Tag::fluent_placeable("{ $x }"));
        assert!(sentences(&coded).is_none());
    }
}
