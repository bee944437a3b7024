//! `relais pretranslate`: creates or completes a locale's Fluent files
//! from the TM.
//!
//! For each source message, in document order:
//! * a translation whose source is unchanged (same `source-hash`, or none
//!   recorded) is never touched;
//! * a translation whose source changed is replaced by the best TM match
//!   (or kept when there is none) and marked for review;
//! * a missing translation is filled from an in-context or exact match
//!   (accepted as is) or from a near-exact or fuzzy match at or above the
//!   threshold (marked `# relais: review score=NN origin=…`); with no
//!   match it is left out, so `check` reports it missing and `build`
//!   falls back to the source. A file created by `pretranslate` holds
//!   every message all the same: those without a match as comments (the
//!   source message, commented out), a skeleton for the translator.
//!
//! Every filled message lists the glossary terms of its source in a
//! comment for the translator. Untouched entries keep their exact text;
//! the file is written atomically.

use serde::Serialize;

use crate::error::{Error, Result};
use crate::fluent::resource::{Edits, EntryKind};
use crate::fluent::writer::{MessageSpec, message_source};
use crate::fluent::{FtlResource, directives};
use crate::glossary::Glossary;
use crate::lang::LangTag;
use crate::model::{Inline, Segment};
use crate::project::Project;
use crate::publish::document::{SourceDocument, source_hash};
use crate::publish::hints::glossary_hints;
use crate::publish::markup::{codes_to_tags, tags_to_codes};
use crate::publish::target::{TargetFile, TargetMessage, is_outdated};
use crate::t;
use crate::tm::Tm;
use crate::tm::lookup::{Match, Query, lookup};
use crate::tm::scoring::Tier;

/// Comment lines a filled message gets for the translator, given its
/// source text (glossary hints).
pub type HintFn<'a> = dyn Fn(&Segment) -> Vec<String> + 'a;

/// What happened to one document.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DocumentReport {
    /// Document name.
    pub document: String,
    /// The translation file.
    pub file: String,
    /// Filled from in-context or exact matches.
    pub exact: Vec<String>,
    /// Filled from fuzzy or near-exact matches, marked for review.
    pub fuzzy: Vec<String>,
    /// Translations whose source changed: replaced or kept, marked for review.
    pub source_changed: Vec<String>,
    /// Still missing (no match).
    pub missing: Vec<String>,
    /// Unchanged translations.
    pub kept: usize,
}

/// Options.
pub struct Options<'a> {
    /// Target locale.
    pub locale: &'a str,
    /// Lowest fuzzy score filled in.
    pub threshold: u32,
    /// Only report, write nothing.
    pub dry_run: bool,
    /// Glossary hints for filled messages.
    pub hints: &'a HintFn<'a>,
    /// The glossary that flags matches with avoided terms.
    pub glossary: Option<&'a Glossary>,
}

fn best_match(
    tm: &Tm,
    project: &Project,
    doc: &str,
    id: &str,
    source: &Segment,
    prev: Option<&Segment>,
    opts: &Options<'_>,
) -> Result<Option<Match>> {
    let q = Query {
        segment: tags_to_codes(source),
        source: LangTag::parse(project.source_locale())?,
        target: LangTag::parse(opts.locale)?,
        context: Some(format!("{doc}:{id}")),
        prev: prev.map(|p| tags_to_codes(p).display_text()),
        min_score: opts.threshold,
        limit: 1,
    };
    let mut found: Vec<Match> = lookup(tm, &q)?.into_iter().take(1).collect();
    if let Some(g) = opts.glossary {
        crate::publish::term_flags::flag_matches(g, &mut found);
    }
    Ok(found.pop())
}

/// The comment lines of a filled message: the glossary hints of its
/// source, then one line per avoided term of the match (a flagged match
/// is always marked for review).
fn hints_for(m: Option<&Match>, source: &Segment, opts: &Options<'_>) -> Vec<String> {
    let mut lines = (opts.hints)(source);
    for f in m.iter().flat_map(|m| &m.glossary) {
        lines.push(crate::publish::term_flags::describe(f));
    }
    lines
}

fn origin_of(m: &Match) -> String {
    m.context
        .clone()
        .unwrap_or_else(|| format!("tm#{}", m.unit))
}

fn comments_for(m: Option<&Match>, hash: &str, review: bool, hints: Vec<String>) -> Vec<String> {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if review {
        pairs.push(("review", String::new()));
        match m {
            Some(m) => {
                pairs.push(("score", m.score.to_string()));
                pairs.push(("origin", origin_of(m)));
                if let Some(score) = m.aligned {
                    pairs.push(("aligned", score.to_string()));
                }
            }
            None => pairs.push(("source-changed", String::new())),
        }
    }
    pairs.push(("source-hash", hash.to_string()));
    let mut out = vec![directives::format(&pairs)];
    out.extend(hints);
    out
}

/// A translation's new text when its source changed: the new value, the
/// review mark and the new source's glossary hints, then the translator's
/// notes (old hints dropped) and the `relais-ignore` lines it had.
fn refreshed(
    id: String,
    existing: &TargetMessage,
    value: Segment,
    mut comments: Vec<String>,
) -> String {
    let notes = directives::notes(&existing.comments)
        .into_iter()
        .filter(|l| !l.starts_with(crate::publish::hints::PREFIX));
    let ignores = existing
        .comments
        .iter()
        .filter(|l| l.trim().starts_with(directives::IGNORE_PREFIX))
        .cloned();
    comments.extend(notes);
    comments.extend(ignores);
    message_source(&MessageSpec {
        id,
        comments,
        value: Some(value),
        attributes: existing.attributes.clone(),
    })
}

/// Adds a new message's text after `anchor` in the existing file (or at
/// its start), or to `fresh` when the file does not exist yet.
fn place_new(
    edits: &mut Edits,
    fresh: &mut String,
    resource: Option<&FtlResource>,
    anchor: Option<usize>,
    text: &str,
) {
    match (resource, anchor) {
        (Some(res), Some(pos)) if pos >= res.text.len() => {
            let sep = if res.text.ends_with("\n\n") || res.text.is_empty() {
                ""
            } else if res.text.ends_with('\n') {
                "\n"
            } else {
                "\n\n"
            };
            edits.insert(pos, format!("{sep}{text}"));
        }
        (Some(_), Some(pos)) => edits.insert(pos, format!("{text}\n")),
        (Some(_), None) => edits.insert(0, format!("{text}\n")),
        (None, _) => {
            fresh.push('\n');
            fresh.push_str(text);
        }
    }
}

/// An untranslated message as a comment: a note saying what to do, then
/// the source message (its value and attributes, without its comments),
/// each line commented out.
fn skeleton(src: &SourceDocument, id: &str) -> String {
    let mut out = format!("# {}\n", t!("pretranslate-untranslated"));
    if let Some((entry, _)) = src.resource.message(id) {
        for line in src
            .resource
            .entry_text(entry)
            .lines()
            .filter(|l| !l.starts_with('#'))
        {
            out.push_str(if line.is_empty() { "#" } else { "# " });
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Pretranslates one document.
pub fn pretranslate_document(
    tm: &Tm,
    project: &Project,
    doc: &str,
    opts: &Options<'_>,
) -> Result<DocumentReport> {
    let src = SourceDocument::load(project, doc)?;
    let path = project.resource_path(opts.locale, doc);
    let target = TargetFile::load(&path)?;
    let mut report = DocumentReport {
        document: doc.to_string(),
        file: path.display().to_string(),
        ..Default::default()
    };
    let mut edits = Edits::default();
    let mut fresh = String::new();
    // Where a new message goes: after the last source message already in
    // the file.
    let mut anchor: Option<usize> = target.resource.as_ref().and_then(|r| {
        r.entries
            .iter()
            .take_while(|e| matches!(e.kind, EntryKind::ResourceComment | EntryKind::GroupComment))
            .last()
            .map(|e| e.span.end)
    });
    let mut prev: Option<Segment> = None;
    for block in &src.blocks {
        let Some(source) = src.segment(&block.id) else {
            continue;
        };
        let hash = source_hash(&source);
        match target.message(&block.id) {
            Some(existing) => {
                let res = target.resource.as_ref().expect("a message implies a file");
                let entry = &res.entries[existing.entry];
                anchor = Some(entry.span.end);
                let context = format!("{doc}:{}", block.id);
                let source_tag = LangTag::parse(project.source_locale())?;
                let target_tag = LangTag::parse(opts.locale)?;
                if !is_outdated(tm, existing, &source, &context, &source_tag, &target_tag)? {
                    report.kept += 1;
                } else {
                    let m = best_match(tm, project, doc, &block.id, &source, prev.as_ref(), opts)?;
                    let value = match &m {
                        Some(m) => codes_to_tags(&m.target_segment),
                        None => existing.value.clone().unwrap_or_default(),
                    };
                    let comments = comments_for(
                        m.as_ref(),
                        &hash,
                        true,
                        hints_for(m.as_ref(), &source, opts),
                    );
                    let text = refreshed(block.id.clone(), existing, value, comments);
                    edits.replace(entry.content.clone(), text);
                    report.source_changed.push(block.id.clone());
                }
            }
            None => {
                let m = best_match(tm, project, doc, &block.id, &source, prev.as_ref(), opts)?;
                match m {
                    None => {
                        report.missing.push(block.id.clone());
                        // A new file shows the translator every message:
                        // the untranslated ones as comments, which check
                        // and build still see as missing.
                        if target.resource.is_none() {
                            fresh.push('\n');
                            fresh.push_str(&skeleton(&src, &block.id));
                        }
                    }
                    Some(m) => {
                        let (value, added) =
                            keep_placeables(codes_to_tags(&m.target_segment), &source);
                        let accepted = accepted_unseen(&m) && !added;
                        let comments = comments_for(
                            Some(&m),
                            &hash,
                            !accepted,
                            hints_for(Some(&m), &source, opts),
                        );
                        let text = message_source(&MessageSpec {
                            id: block.id.clone(),
                            comments,
                            value: Some(value),
                            attributes: Vec::new(),
                        });
                        if accepted {
                            report.exact.push(block.id.clone());
                        } else {
                            report.fuzzy.push(block.id.clone());
                        }
                        place_new(
                            &mut edits,
                            &mut fresh,
                            target.resource.as_ref(),
                            anchor,
                            &text,
                        );
                    }
                }
            }
        }
        prev = Some(source);
    }
    if !opts.dry_run {
        write_target(project, &path, doc, target.resource.as_ref(), edits, &fresh)?;
    }
    Ok(report)
}

/// Whether a match is written without a review mark: an exact or context
/// match, not found by alignment, holding no flagged term. (One that
/// needed the source's placeables is not either.)
fn accepted_unseen(m: &Match) -> bool {
    matches!(m.tier, Tier::Context | Tier::Exact) && m.glossary.is_empty() && m.aligned.is_none()
}

/// A TM translation with the source's placeables it lacks (a note
/// reference, a field, a tab of an office paragraph) added at its end, and
/// whether any was added: the message keeps every placeable, and a
/// reviewer moves them into place.
fn keep_placeables(target: Segment, source: &Segment) -> (Segment, bool) {
    let mut have: Vec<String> = target
        .0
        .iter()
        .filter_map(|i| match i {
            Inline::Tag(t) => Some(t.native_text()),
            Inline::Text(_) => None,
        })
        .collect();
    let mut out = target;
    let mut added = false;
    for inline in &source.0 {
        if let Inline::Tag(t) = inline {
            let native = t.native_text();
            if !have.contains(&native) {
                out.push_tag(t.clone());
                have.push(native);
                added = true;
            }
        }
    }
    (out, added)
}

/// Writes the locale's file: the existing one with `edits`, or a new one
/// with `fresh` (nothing when there is nothing to write).
fn write_target(
    project: &Project,
    path: &std::path::Path,
    doc: &str,
    resource: Option<&FtlResource>,
    edits: Edits,
    fresh: &str,
) -> Result<()> {
    match resource {
        Some(res) if !edits.is_empty() => project.write_file(path, &edits.apply(&res.text)),
        None if !fresh.is_empty() => {
            project.write_file(path, &format!("### relais: document={doc}\n{fresh}"))
        }
        _ => Ok(()),
    }
}

/// What `relais pretranslate` is asked to do.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// Target locales (every locale of the project when empty).
    pub locales: Vec<LangTag>,
    /// Only this document.
    pub document: Option<String>,
    /// Lowest fuzzy score filled in (default: `[pretranslate] threshold`).
    pub min_score: Option<u32>,
    /// Only report, write nothing.
    pub dry_run: bool,
}

/// One locale's pretranslation.
#[derive(Debug, Clone, Serialize)]
pub struct LocaleReport {
    /// The locale.
    pub locale: String,
    /// Per document.
    pub documents: Vec<DocumentReport>,
}

/// What `relais pretranslate --json` prints.
#[derive(Debug, Clone, Serialize)]
pub struct PretranslateReport {
    /// Per locale.
    pub locales: Vec<LocaleReport>,
}

/// `relais pretranslate`: fills the locales' files of the project's
/// documents from the TM (opened with `open_tm` once the request is found
/// valid), with the glossary's hints when the project has a glossary.
pub fn pretranslate(
    project: &Project,
    open_tm: &dyn Fn() -> Result<Tm>,
    request: &Request,
) -> Result<PretranslateReport> {
    let config = project.require_config()?;
    let locales: Vec<String> = if request.locales.is_empty() {
        config.locales.clone()
    } else {
        request.locales.iter().map(ToString::to_string).collect()
    };
    if let Some(l) = locales.iter().find(|l| !config.locales.contains(l)) {
        return Err(Error::Usage(
            t!("locale-not-in-project", "locale" => l.as_str()),
        ));
    }
    let documents: Vec<String> = match &request.document {
        Some(d) if config.documents.iter().any(|x| &x.name == d) => vec![d.clone()],
        Some(d) => {
            return Err(Error::Usage(
                t!("document-not-in-project", "document" => d.as_str()),
            ));
        }
        None => config.documents.iter().map(|d| d.name.clone()).collect(),
    };
    let tm = open_tm()?;
    // Without a glossary, filled messages simply get no hint.
    let glossary = Glossary::for_project_if_any(project)?;
    let source_tag = LangTag::parse(project.source_locale())?;
    let mut report = PretranslateReport {
        locales: Vec::new(),
    };
    for locale in &locales {
        let target_tag = LangTag::parse(locale)?;
        let hints = |seg: &Segment| match &glossary {
            Some(g) => glossary_hints(g, &source_tag, &target_tag, seg),
            None => Vec::new(),
        };
        let opts = Options {
            locale,
            threshold: request.min_score.unwrap_or(config.pretranslate.threshold),
            dry_run: request.dry_run,
            hints: &hints,
            glossary: glossary.as_ref(),
        };
        let documents = documents
            .iter()
            .map(|d| pretranslate_document(&tm, project, d, &opts))
            .collect::<Result<_>>()?;
        report.locales.push(LocaleReport {
            locale: locale.clone(),
            documents,
        });
    }
    Ok(report)
}
