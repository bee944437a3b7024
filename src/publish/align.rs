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

use std::path::Path;

use serde::Serialize;

use crate::align::{Aligner, Lexicon, Paragraph, ParagraphKind};
use indicatif::ProgressBar;

use crate::error::{Error, Result};
use crate::files::{atomic_write, read_text};
use crate::fluent::FtlResource;
use crate::fluent::pattern::pattern_to_segment;
use crate::formats::markdown::parse_markdown;
use crate::formats::plain_text::parse_plain_text;
use crate::formats::tmx::TmxWriter;
use crate::glossary::Glossary;
use crate::lang::LangTag;
use crate::model::{Annotation, BlockKind, Segment, Unit, Variant, tmx_now};
use crate::project::{ImportDetails, Project};
use crate::publish::document::blocks_of;
use crate::publish::markup::tags_to_codes;
use crate::publish::memories::{Recording, import_options, record_import};
use crate::tm::Tm;
use crate::tm::exchange::{ImportReport, import_file};

pub use crate::model::unit::{PROP_ALIGN_SCORE, PROP_ORIGIN};

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
    /// Word pairs known beforehand (glossary).
    pub lexicon: Lexicon,
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
pub fn align_files(request: Request<'_>) -> Result<Alignment> {
    let aligner = Aligner::new(request.source_lang.as_str(), request.target_lang.as_str())
        .with_lexicon(request.lexicon);
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

/// A lexicon from the glossary: for every concept, each usable term
/// (preferred, admitted) of the source language paired with each usable
/// term of the target language.
pub fn glossary_lexicon(glossary: &Glossary, source: &LangTag, target: &LangTag) -> Lexicon {
    let mut lexicon = Lexicon::new();
    for concept in glossary.concepts() {
        let usable = |lang: &LangTag| -> Vec<String> {
            glossary
                .terms_of(&concept.id, lang)
                .into_iter()
                .filter(|t| t.status.is_usable())
                .map(|t| t.text.clone())
                .collect()
        };
        let targets = usable(target);
        for s in usable(source) {
            for t in &targets {
                lexicon.insert_phrase(&s, t);
            }
        }
    }
    lexicon
}

/// The TM unit of an aligned pair: origin `align` and its score as props.
pub fn aligned_unit(bead: &AlignedBead, source: &LangTag, target: &LangTag) -> Unit {
    let mut unit = Unit::default();
    unit.set_attr("srclang", source.as_str());
    unit.set_attr("creationdate", tmx_now());
    unit.set_attr("creationid", "relais align");
    unit.props.push(Annotation::prop(PROP_ORIGIN, "align"));
    unit.props
        .push(Annotation::prop(PROP_ALIGN_SCORE, bead.score.to_string()));
    let variant = |lang: &LangTag, text: &str| {
        let mut v = Variant::new(lang.as_str(), "");
        v.seg = tags_to_codes(&Segment::text(text));
        v
    };
    unit.variants = vec![
        variant(source, &bead.source_text),
        variant(target, &bead.target_text),
    ];
    unit
}

/// Writes the pairs scored `min_score` or more as TMX (atomically);
/// returns how many.
pub fn write_tmx(
    path: &Path,
    alignment: &Alignment,
    source: &LangTag,
    target: &LangTag,
    min_score: u32,
) -> Result<usize> {
    let units: Vec<Unit> = alignment
        .beads
        .iter()
        .filter(|b| b.is_pair() && b.score >= min_score)
        .map(|b| aligned_unit(b, source, target))
        .collect();
    atomic_write(path, |w| {
        let mut writer = TmxWriter::start(w, None, source.as_str())?;
        for u in &units {
            writer.unit(u)?;
        }
        writer.finish().map(|_| ())
    })?;
    Ok(units.len())
}

/// Where `--into-tm` keeps the aligned pairs of a project.
pub const ALIGNED_MEMORIES: &str = "memories/aligned";

/// Stores the pairs scored `min_score` or more in the TM by the path of
/// `relais tm import`: written as TMX to [`ALIGNED_MEMORIES`]`/NAME.tmx`
/// in the project, imported all or nothing, and recorded in `[tm] imports`
/// so a rebuilt TM has them again (`project_tm`: the TM is the project's).
pub fn into_tm(
    project: &Project,
    tm: &mut Tm,
    alignment: &Alignment,
    languages: (&LangTag, &LangTag),
    min_score: u32,
    name: &str,
    project_tm: bool,
) -> Result<(ImportReport, Recording)> {
    let dir = project.root.join(ALIGNED_MEMORIES);
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let path = dir.join(format!("{name}.tmx"));
    write_tmx(&path, alignment, languages.0, languages.1, min_score)?;
    let details = ImportDetails {
        path: path.clone(),
        format: Some("tmx".into()),
        ..ImportDetails::default()
    };
    let options = import_options(project, &details)?;
    let report = import_file(tm, &path, &options, &ProgressBar::hidden())?;
    let recording = record_import(project, details, project_tm)?;
    Ok((report, recording))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fluent_file_without_directives_gives_its_values_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ftl");
        std::fs::write(&path, "one = First.\n\ntwo = <em>Second</em> one.\n").unwrap();
        let p = read_paragraphs(&path).unwrap();
        let texts: Vec<&str> = p.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["First.", "<em>Second</em> one."]);
        assert!(p.iter().all(|p| p.kind == ParagraphKind::Unknown));
    }

    #[test]
    fn aligned_units_carry_origin_and_score_and_tmx_keeps_the_threshold() {
        let fr = LangTag::parse("fr").unwrap();
        let en = LangTag::parse("en").unwrap();
        let bead = |s: &str, t: &str, score| AlignedBead {
            source: vec![0],
            target: vec![0],
            source_text: s.into(),
            target_text: t.into(),
            score,
        };
        let alignment = Alignment {
            source_sentences: 2,
            target_sentences: 2,
            beads: vec![bead("Bonjour.", "Hello.", 95), bead("Oui.", "No.", 40)],
        };
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.tmx");
        assert_eq!(write_tmx(&path, &alignment, &fr, &en, 80).unwrap(), 1);
        let (_, units, _) = crate::formats::tmx::read_all(&path).unwrap();
        assert_eq!(units.len(), 1);
        assert_eq!(units[0].prop(PROP_ORIGIN), Some("align"));
        assert_eq!(units[0].prop(PROP_ALIGN_SCORE), Some("95"));
        assert_eq!(percent(0.999), 99);
        assert_eq!(percent(1.0), 100);
    }
}
