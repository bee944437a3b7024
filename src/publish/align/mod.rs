//! `relais align`: two versions of one document (Markdown, plain text or a
//! Fluent file, read as `extract` reads them) aligned into sentence pairs.
//!
//! Paragraphs come from the document readers (with their kind: heading,
//! list item, quotation), are aligned first, then the sentences inside
//! each pair of aligned paragraphs ([`crate::align::Aligner::align_document`]).
//! In presplit mode each line of the two files is one sentence, as given
//! (gold test sets). The glossary of the language pair (usable terms of
//! the same concept) is given to the aligner as a lexicon.
//!
//! Scores are shown as percentages (0–100): the model's probability that
//! the bead is exactly right. Pairs at or above a threshold can be written
//! as TMX (atomically), each unit marked `x-relais-origin=align` with its
//! `x-relais-align-score`.
//!
//! [`align`] and [`import_review`] are what the command does, end to end;
//! `memory` holds the TMX and TM side (and the TM's lexicon), `review` the
//! review file a translator corrects.

mod memory;
mod review;
#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::align::{Aligner, Lexicon, Paragraph, ParagraphKind};
use crate::error::Result;
use crate::files::read_text;
use crate::fluent::FtlResource;
use crate::fluent::pattern::pattern_to_segment;
use crate::formats::markdown::parse_markdown;
use crate::formats::plain_text::parse_plain_text;
use crate::glossary::Glossary;
use crate::lang::LangTag;
use crate::model::BlockKind;
use crate::project::Project;
use crate::publish::document::blocks_of;
use crate::tm::Tm;
use crate::tm::exchange::ImportReport;

pub use crate::model::unit::{PROP_ALIGN_SCORE, PROP_ORIGIN};
pub use memory::{
    ALIGNED_MEMORIES, TM_LEXICON_PAIRS, TM_LEXICON_UNITS, aligned_unit, glossary_lexicon, into_tm,
    tm_lexicon, write_tmx,
};
pub use review::{
    ORIGIN_REVIEWED, REVIEW_COLUMNS, Review, ReviewedPair, beads_to_review, read_review,
    review_into_tm, reviewed_unit, write_review, write_review_tmx,
};

/// One bead as `relais align` prints it.
#[derive(Debug, Clone, Serialize)]
pub struct AlignedBead {
    /// Indices of the source sentences (0-based).
    pub source: Vec<usize>,
    /// Indices of the target sentences (0-based).
    pub target: Vec<usize>,
    /// The source sentences, joined by a space.
    pub source_text: String,
    /// The target sentences, joined by a space.
    pub target_text: String,
    /// Confidence, 0–100.
    pub score: u32,
}

impl AlignedBead {
    /// Whether both sides have a sentence.
    pub fn is_pair(&self) -> bool {
        !self.source.is_empty() && !self.target.is_empty()
    }
}

/// What to align.
pub struct Request<'a> {
    /// The source document.
    pub source: &'a Path,
    /// The target document.
    pub target: &'a Path,
    /// Source language.
    pub source_lang: &'a LangTag,
    /// Target language.
    pub target_lang: &'a LangTag,
    /// One sentence per line, as given.
    pub presplit: bool,
}

/// The beads of an alignment, in order.
#[derive(Debug, Clone, Serialize)]
pub struct Alignment {
    /// Source sentences.
    pub source_sentences: usize,
    /// Target sentences.
    pub target_sentences: usize,
    /// The beads.
    pub beads: Vec<AlignedBead>,
}

/// A bead's score as a percentage.
fn percent(score: f32) -> u32 {
    crate::num::floor_u32(f64::from(score) * 100.0 + 1e-6).min(100)
}

/// Aligns two documents (see the module documentation).
/// `lexicon`: word pairs known beforehand (glossary, TM).
pub fn align_files(request: &Request<'_>, lexicon: Lexicon) -> Result<Alignment> {
    let aligner = Aligner::new(request.source_lang.as_str(), request.target_lang.as_str())
        .with_lexicon(lexicon);
    if request.presplit {
        let (source, _) = read_text(request.source)?;
        let (target, _) = read_text(request.target)?;
        let source: Vec<&str> = source.lines().collect();
        let target: Vec<&str> = target.lines().collect();
        let join = |lines: &[&str], idx: &[usize]| {
            idx.iter()
                .map(|&i| lines[i].trim())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let beads = aligner
            .align_sentences(&source, &target)
            .into_iter()
            .map(|b| AlignedBead {
                source_text: join(&source, &b.source),
                target_text: join(&target, &b.target),
                score: percent(b.score),
                source: b.source,
                target: b.target,
            })
            .collect();
        return Ok(Alignment {
            source_sentences: source.len(),
            target_sentences: target.len(),
            beads,
        });
    }
    let mut source = read_paragraphs(request.source)?;
    let mut target = read_paragraphs(request.target)?;
    // A kind known on one side only would count against every pair.
    let unknown = |p: &[Paragraph]| p.iter().all(|p| p.kind == ParagraphKind::Unknown);
    if unknown(&source) || unknown(&target) {
        for p in source.iter_mut().chain(target.iter_mut()) {
            p.kind = ParagraphKind::Unknown;
        }
    }
    let doc = aligner.align_document(&source, &target);
    let beads = doc
        .sentences
        .iter()
        .map(|b| {
            let (source_text, target_text) = doc.texts(b);
            AlignedBead {
                source: b.source.clone(),
                target: b.target.clone(),
                source_text,
                target_text,
                score: percent(b.score),
            }
        })
        .collect();
    Ok(Alignment {
        source_sentences: doc.source_sentences.len(),
        target_sentences: doc.target_sentences.len(),
        beads,
    })
}

fn paragraph_kind(kind: BlockKind, quote: bool) -> ParagraphKind {
    match kind {
        _ if quote => ParagraphKind::Quote,
        BlockKind::Heading(level) => ParagraphKind::Heading(level),
        BlockKind::Paragraph => ParagraphKind::Text,
        BlockKind::ListItem => ParagraphKind::ListItem,
    }
}

/// The paragraphs of a document: a Fluent file's message values (with the
/// structure of its `# relais:` directives, if any), a Markdown file's
/// blocks, or a plain-text file's paragraphs.
pub fn read_paragraphs(path: &Path) -> Result<Vec<Paragraph>> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    if ext == "ftl" {
        let resource = FtlResource::load(path)?;
        let blocks = blocks_of(&resource);
        let has_directives = blocks.iter().any(|b| b.hash.is_some());
        return Ok(resource
            .messages()
            .zip(blocks)
            .filter_map(|((_, m), block)| {
                let text = pattern_to_segment(m.value.as_ref()?).display_text();
                let kind = if has_directives {
                    paragraph_kind(block.kind, block.quote.is_some())
                } else {
                    ParagraphKind::Unknown
                };
                Some(Paragraph::with_kind(text.trim(), kind))
            })
            .collect());
    }
    let (text, _) = read_text(path)?;
    let blocks = if matches!(ext.as_str(), "md" | "markdown") {
        parse_markdown(&text, path)?
    } else {
        parse_plain_text(&text)
    };
    Ok(blocks
        .into_iter()
        .map(|b| Paragraph::with_kind(b.text, paragraph_kind(b.kind, b.quote.is_some())))
        .collect())
}

// ---------------------------------------------------------------------------
// The command, end to end

/// What `relais align` is asked to do, paths already resolved.
pub struct AlignJob<'a> {
    /// The two documents and their languages.
    pub documents: Request<'a>,
    /// Lowest score of a pair written as TMX or stored in the TM.
    pub min_score: u32,
    /// TMX file for the pairs scored `min_score` or more.
    pub tmx: Option<&'a Path>,
    /// Store those pairs in the TM given to [`align`].
    pub into_tm: bool,
    /// The review file asked for (with `into_tm`, one is written anyway).
    pub review: Option<&'a Path>,
    /// Whether the TM is the project's own (then imports are recorded).
    pub project_tm: bool,
}

/// What `relais align` did.
pub struct AlignOutcome {
    /// The beads.
    pub alignment: Alignment,
    /// How many TM units and word pairs fed the lexicon (0 without a TM).
    pub tm_lexicon: (usize, usize),
    /// Pairs written to the TMX file, if one was asked for.
    pub tmx_units: Option<usize>,
    /// The import of the pairs into the TM, with `into_tm`.
    pub stored: Option<ImportReport>,
    /// The review file written and its rows.
    pub review: Option<(PathBuf, usize)>,
}

/// The name under which a source document's pairs are kept in
/// [`ALIGNED_MEMORIES`]: `STEM.SOURCE-TARGET`.
fn memory_name(source_file: &Path, source: &LangTag, target: &LangTag) -> String {
    format!("{}.{source}-{target}", stem_of(source_file))
}

/// A file's name without its extension (`aligned` for a path without one).
fn stem_of(file: &Path) -> String {
    file.file_stem()
        .map_or_else(|| "aligned".into(), |s| s.to_string_lossy().into_owned())
}

/// `relais align SOURCE TARGET`: aligns with the glossary's and the TM's
/// lexicon, writes the TMX and the review file asked for, and stores the
/// confident pairs in `tm` when `job.into_tm` (the caller holds the
/// project lock then). `tm` is otherwise only read, for its lexicon.
pub fn align(project: &Project, tm: Option<&mut Tm>, job: &AlignJob<'_>) -> Result<AlignOutcome> {
    let documents = &job.documents;
    let (source, target) = (documents.source_lang, documents.target_lang);
    let mut lexicon = match Glossary::for_project_if_any(project)? {
        Some(g) => glossary_lexicon(&g, source, target),
        None => Lexicon::new(),
    };
    let mut tm_lexicon_size = (0, 0);
    if let Some(tm) = tm.as_deref() {
        let (from_tm, units) = tm_lexicon(tm, source, target)?;
        tm_lexicon_size = (units, from_tm.pair_count());
        lexicon.extend(&from_tm);
    }
    let alignment = align_files(documents, lexicon)?;
    let tmx_units = job
        .tmx
        .map(|path| write_tmx(path, &alignment, (source, target), job.min_score))
        .transpose()?;
    let name = memory_name(documents.source, source, target);
    let stored = match tm {
        Some(tm) if job.into_tm => {
            let languages = (source, target);
            let (report, _) = into_tm(
                project,
                tm,
                &alignment,
                languages,
                job.min_score,
                &name,
                job.project_tm,
            )?;
            Some(report)
        }
        _ => None,
    };
    let review_path = match (job.review, job.into_tm) {
        (Some(path), _) => Some(path.to_path_buf()),
        (None, true) => Some(
            project
                .root
                .join(ALIGNED_MEMORIES)
                .join(format!("{name}.review.tsv")),
        ),
        (None, false) => None,
    };
    // The review file's folder is created by its atomic write.
    let review = match review_path {
        Some(path) => {
            let rows = write_review(&path, &alignment, source, target, job.min_score)?;
            Some((path, rows))
        }
        None => None,
    };
    Ok(AlignOutcome {
        alignment,
        tm_lexicon: tm_lexicon_size,
        tmx_units,
        stored,
        review,
    })
}

/// What `relais align --import-review` did.
pub struct ReviewImport {
    /// The kept pairs, rejected rows and one-sided rows of the file.
    pub review: Review,
    /// Pairs written to the TMX file, if one was asked for.
    pub tmx_units: Option<usize>,
    /// The import of the kept pairs into the TM, if one was given.
    pub stored: Option<ImportReport>,
}

/// `relais align --import-review FILE`: reads a corrected review file and
/// writes its kept pairs to `tmx` and/or stores them in `tm` (under the
/// name `STEM.reviewed`, recorded when `project_tm`).
pub fn import_review(
    file: &Path,
    tmx: Option<&Path>,
    into: Option<(&Project, &mut Tm, bool)>,
) -> Result<ReviewImport> {
    let review = read_review(file)?;
    let tmx_units = tmx
        .map(|path| write_review_tmx(path, &review))
        .transpose()?;
    let stored = match into {
        Some((project, tm, project_tm)) => {
            let stem = stem_of(file);
            let name = format!("{}.reviewed", stem.strip_suffix(".review").unwrap_or(&stem));
            let (report, _) = review_into_tm(project, tm, &review, &name, project_tm)?;
            Some(report)
        }
        None => None,
    };
    Ok(ReviewImport {
        review,
        tmx_units,
        stored,
    })
}
