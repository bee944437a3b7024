//! The TMX and TM side of `relais align`: aligned pairs as TM units, written
//! as TMX or stored in the project's TM through `memories/aligned/`, and the
//! lexicons the aligner gets from the glossary and from the TM.

use std::path::Path;

use indicatif::ProgressBar;

use super::{AlignedBead, Alignment};
use crate::align::Lexicon;
use crate::error::Result;
use crate::files::atomic_write;
use crate::formats::tmx::TmxWriter;
use crate::glossary::Glossary;
use crate::lang::LangTag;
use crate::model::unit::{PROP_ALIGN_SCORE, PROP_ORIGIN};
use crate::model::{Annotation, Segment, Unit, Variant, tmx_now};
use crate::project::{ImportDetails, Project};
use crate::publish::markup::tags_to_codes;
use crate::publish::memories::{Recording, import_and_record};
use crate::tm::Tm;
use crate::tm::exchange::ImportReport;

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

/// The TM units of the pairs scored `min_score` or more.
fn confident_units(
    alignment: &Alignment,
    (source, target): (&LangTag, &LangTag),
    min_score: u32,
) -> Vec<Unit> {
    alignment
        .beads
        .iter()
        .filter(|b| b.is_pair() && b.score >= min_score)
        .map(|b| aligned_unit(b, source, target))
        .collect()
}

/// Writes the pairs scored `min_score` or more as TMX (atomically);
/// returns how many.
pub fn write_tmx(
    path: &Path,
    alignment: &Alignment,
    languages: (&LangTag, &LangTag),
    min_score: u32,
) -> Result<usize> {
    let units = confident_units(alignment, languages, min_score);
    write_units(path, &units, languages.0)?;
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
    let units = confident_units(alignment, languages, min_score);
    store_units(project, tm, &units, languages.0, name, project_tm)
}

/// Writes `units` to [`ALIGNED_MEMORIES`]`/NAME.tmx` and imports that file
/// as `relais tm import` does (glossary flags included), recording it in
/// `[tm] imports`.
pub(super) fn store_units(
    project: &Project,
    tm: &mut Tm,
    units: &[Unit],
    source: &LangTag,
    name: &str,
    project_tm: bool,
) -> Result<(ImportReport, Recording)> {
    // The folder is created by the atomic write.
    let path = project
        .root
        .join(ALIGNED_MEMORIES)
        .join(format!("{name}.tmx"));
    write_units(&path, units, source)?;
    let details = ImportDetails {
        path: path.clone(),
        format: Some("tmx".into()),
        ..ImportDetails::default()
    };
    import_and_record(
        project,
        tm,
        details,
        false,
        &ProgressBar::hidden(),
        project_tm,
    )
}

pub(super) fn write_units(path: &Path, units: &[Unit], source: &LangTag) -> Result<()> {
    atomic_write(path, |w| {
        let mut writer = TmxWriter::start(w, None, source.as_str())?;
        for u in units {
            writer.unit(u)?;
        }
        writer.finish().map(|_| ())
    })
}

/// At most this many TM units are read for the lexicon, newest chunks
/// first and only in chunks that hold both languages, so a large memory
/// costs a bounded time (about 0.1 s).
pub const TM_LEXICON_UNITS: u32 = 50_000;
/// At most this many sentence pairs of the language pair train it.
pub const TM_LEXICON_PAIRS: usize = 5_000;

/// A lexicon from the translation memory of the language pair, read
/// within [`TM_LEXICON_UNITS`] (newest imports first, skipping the chunks
/// of the store that lack either language): short units (one to three
/// words a side, often terms and headings) are taken as entries, and Dice
/// association over up to [`TM_LEXICON_PAIRS`] sentence pairs adds the
/// words that travel together (as the aligner's self-training does on its
/// own confident pairs). Units flagged by the glossary and unreviewed
/// aligned pairs are left out. Returns the lexicon and how many units of
/// the pair fed it.
pub fn tm_lexicon(tm: &Tm, source: &LangTag, target: &LangTag) -> Result<(Lexicon, usize)> {
    let mut lexicon = Lexicon::new();
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut used = 0;
    let words = |t: &str| t.split_whitespace().count();
    let holds = |chunk: &crate::tm::store::ChunkInfo, lang: &LangTag| {
        chunk
            .tags
            .keys()
            .any(|t| LangTag::lenient(t).language() == lang.language())
    };
    let mut budget = TM_LEXICON_UNITS;
    let chunks = tm
        .state()
        .chunks
        .iter()
        .rev()
        .filter(|c| holds(c, source) && holds(c, target));
    'chunks: for chunk in chunks {
        for local in 0..chunk.units {
            if budget == 0 {
                break 'chunks;
            }
            budget -= 1;
            let Some(stored) = tm.get(crate::tm::store::join_id(chunk.id, local))? else {
                continue;
            };
            let unit = &stored.unit;
            if unit.aligned_score().is_some() || !crate::model::TermFlag::of_unit(unit).is_empty() {
                continue;
            }
            let (Some(s), Some(t)) = (unit.variant_for(source), unit.variant_for(target)) else {
                continue;
            };
            let (s, t) = (s.seg.display_text(), t.seg.display_text());
            let (ws, wt) = (words(&s), words(&t));
            if ws == 0 || wt == 0 {
                continue;
            }
            used += 1;
            if ws <= 3 && wt <= 3 {
                lexicon.insert_phrase(&s, &t);
            }
            if pairs.len() < TM_LEXICON_PAIRS {
                pairs.push((s, t));
            }
        }
    }
    let trained = Lexicon::train(
        pairs.iter().map(|(s, t)| (s.as_str(), t.as_str())),
        &crate::align::TrainOptions::default(),
    );
    lexicon.extend(&trained);
    Ok((lexicon, used))
}
