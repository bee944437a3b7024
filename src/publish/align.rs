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

use crate::error::{Error, Location, Result};
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
    write_units(path, &units, source)?;
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
    let units: Vec<Unit> = alignment
        .beads
        .iter()
        .filter(|b| b.is_pair() && b.score >= min_score)
        .map(|b| aligned_unit(b, languages.0, languages.1))
        .collect();
    store_units(project, tm, &units, languages.0, name, project_tm)
}

/// Writes `units` to [`ALIGNED_MEMORIES`]`/NAME.tmx` and imports that file
/// as `relais tm import` does (glossary flags included), recording it in
/// `[tm] imports`.
fn store_units(
    project: &Project,
    tm: &mut Tm,
    units: &[Unit],
    source: &LangTag,
    name: &str,
    project_tm: bool,
) -> Result<(ImportReport, Recording)> {
    let dir = project.root.join(ALIGNED_MEMORIES);
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let path = dir.join(format!("{name}.tmx"));
    write_units(&path, units, source)?;
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

fn write_units(path: &Path, units: &[Unit], source: &LangTag) -> Result<()> {
    atomic_write(path, |w| {
        let mut writer = TmxWriter::start(w, None, source.as_str())?;
        for u in units {
            writer.unit(u)?;
        }
        writer.finish().map(|_| ())
    })
}

// ---------------------------------------------------------------------------
// The review file

/// The origin recorded on a pair a translator reviewed (`x-relais-origin`):
/// such units are ordinary, checked TM units, which `pretranslate` does not
/// mark as unreviewed aligned pairs.
pub const ORIGIN_REVIEWED: &str = "align-reviewed";

/// The names of the first four columns of a review file; the last two are
/// named by the language tags of the source and the target.
pub const REVIEW_COLUMNS: [&str; 4] = ["decision", "source_sentences", "target_sentences", "score"];

/// The beads a translator should check: pairs scored below `min_score`
/// and sentences without counterpart (1-0, 0-1).
pub fn beads_to_review(
    alignment: &Alignment,
    min_score: u32,
) -> impl Iterator<Item = &AlignedBead> {
    alignment
        .beads
        .iter()
        .filter(move |b| !b.is_pair() || b.score < min_score)
}

/// A field of a review file: tabs and line breaks become spaces, and a
/// field with a double quote is quoted as spreadsheets quote it.
fn review_field(text: &str) -> String {
    let flat: String = text
        .chars()
        .map(|c| {
            if matches!(c, '\t' | '\n' | '\r') {
                ' '
            } else {
                c
            }
        })
        .collect();
    if flat.contains('"') {
        format!("\"{}\"", flat.replace('"', "\"\""))
    } else {
        flat
    }
}

/// Writes the review file of an alignment (atomically): a header line,
/// then one row per bead of [`beads_to_review`]. Returns the row count.
///
/// Columns: `decision` (empty: import the row as corrected; `reject`: leave
/// it out), the 0-based sentence indices of each side as `--json` gives
/// them (`3,4`), the score, and the two texts under their language tags.
/// UTF-8, tab-separated; a field holding `"` is quoted (`"…""…"`), as a
/// spreadsheet saves it.
pub fn write_review(
    path: &Path,
    alignment: &Alignment,
    source: &LangTag,
    target: &LangTag,
    min_score: u32,
) -> Result<usize> {
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = writeln!(out, "{}\t{source}\t{target}", REVIEW_COLUMNS.join("\t"));
    let list = |idx: &[usize]| {
        idx.iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(",")
    };
    let mut rows = 0;
    for bead in beads_to_review(alignment, min_score) {
        let _ = writeln!(
            out,
            "\t{}\t{}\t{}\t{}\t{}",
            list(&bead.source),
            list(&bead.target),
            bead.score,
            review_field(&bead.source_text),
            review_field(&bead.target_text)
        );
        rows += 1;
    }
    crate::files::atomic_write_str(path, &out)?;
    Ok(rows)
}

/// One pair of a review file that the translator kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewedPair {
    /// Line in the review file (1-based).
    pub line: u64,
    /// The source text as corrected.
    pub source_text: String,
    /// The target text as corrected.
    pub target_text: String,
    /// The aligner's score, if the row still has one.
    pub score: Option<u32>,
}

/// A review file as read back.
#[derive(Debug, Clone)]
pub struct Review {
    /// Language of the source column.
    pub source: LangTag,
    /// Language of the target column.
    pub target: LangTag,
    /// The rows to import, in file order.
    pub pairs: Vec<ReviewedPair>,
    /// Rows marked rejected.
    pub rejected: usize,
    /// Rows kept but with an empty side (a sentence without counterpart
    /// that nobody completed).
    pub one_sided: usize,
}

/// Splits one line into fields, undoing spreadsheet quoting; each field
/// with the character column (1-based) where it starts.
fn review_fields(line: &str, location: &dyn Fn(u64) -> Location) -> Result<Vec<(u64, String)>> {
    let chars: Vec<char> = line.chars().collect();
    let mut fields = Vec::new();
    let mut i = 0;
    loop {
        let start = i;
        let column = crate::num::u64_sat(start + 1);
        let mut field = String::new();
        if chars.get(i) == Some(&'"') {
            i += 1;
            loop {
                match chars.get(i) {
                    None => {
                        return Err(Error::Parse {
                            location: location(column),
                            message: "a quoted field has no closing '\"'".into(),
                        });
                    }
                    Some('"') if chars.get(i + 1) == Some(&'"') => {
                        field.push('"');
                        i += 2;
                    }
                    Some('"') => {
                        i += 1;
                        break;
                    }
                    Some(&c) => {
                        field.push(c);
                        i += 1;
                    }
                }
            }
            if !matches!(chars.get(i), None | Some('\t')) {
                return Err(Error::Parse {
                    location: location(crate::num::u64_sat(i + 1)),
                    message: "text after the closing '\"' of a quoted field (write a quote inside a quoted field as \"\")".into(),
                });
            }
        } else {
            while let Some(&c) = chars.get(i) {
                if c == '\t' {
                    break;
                }
                field.push(c);
                i += 1;
            }
        }
        fields.push((column, field));
        if chars.get(i) == Some(&'\t') {
            i += 1;
        } else {
            return Ok(fields);
        }
    }
}

/// One line of a review file, split into fields, with what it needs to
/// report an error at a column.
struct ReviewLine<'a> {
    path: &'a Path,
    line_no: u64,
    end_column: u64,
    fields: Vec<(u64, String)>,
}

/// What a row of a review file says.
enum ReviewRow {
    Keep(ReviewedPair),
    Rejected,
    OneSided,
}

impl ReviewLine<'_> {
    fn error(&self, column: u64, message: String) -> Error {
        Error::Parse {
            location: Location::new(Some(self.path), self.line_no, column),
            message,
        }
    }

    fn field(&self, i: usize) -> &str {
        self.fields.get(i).map_or("", |f| f.1.as_str())
    }

    /// Where field `i` starts (the end of the line when it is missing).
    fn column(&self, i: usize) -> u64 {
        self.fields.get(i).map_or(self.end_column, |f| f.0)
    }

    fn header(&self) -> Result<(LangTag, LangTag)> {
        for (i, name) in REVIEW_COLUMNS.iter().enumerate() {
            let found = self.field(i).trim();
            if !found.eq_ignore_ascii_case(name) {
                return Err(self.error(
                    self.column(i),
                    format!(
                        "the header must start with the columns {}; found '{found}' where '{name}' belongs",
                        REVIEW_COLUMNS.join(", ")
                    ),
                ));
            }
        }
        let lang = |i: usize| -> Result<LangTag> {
            if self.fields.len() <= i {
                return Err(self.error(
                    self.end_column,
                    "the header must name the source and target languages in columns 5 and 6"
                        .into(),
                ));
            }
            LangTag::parse(self.field(i)).map_err(|e| self.error(self.column(i), e.to_string()))
        };
        Ok((lang(4)?, lang(5)?))
    }

    fn row(&self) -> Result<ReviewRow> {
        let keep = match self.field(0).trim().to_lowercase().as_str() {
            "" | "ok" | "keep" | "yes" | "y" => true,
            "reject" | "rejected" | "no" | "n" | "x" | "-" => false,
            other => {
                return Err(self.error(
                    self.column(0),
                    format!(
                        "decision '{other}': leave it empty (or write ok) to import the row, write reject to leave it out"
                    ),
                ));
            }
        };
        for i in [1, 2] {
            let list = self.field(i).trim();
            if !list.is_empty() && list.split(',').any(|n| n.trim().parse::<usize>().is_err()) {
                return Err(self.error(
                    self.column(i),
                    format!(
                        "{} '{list}': sentence numbers separated by commas, or empty",
                        REVIEW_COLUMNS[i]
                    ),
                ));
            }
        }
        let score = match self.field(3).trim() {
            "" => None,
            s => match s.parse::<u32>() {
                Ok(v) if v <= 100 => Some(v),
                _ => {
                    return Err(self.error(
                        self.column(3),
                        format!("score '{s}': a number from 0 to 100, or empty"),
                    ));
                }
            },
        };
        if !keep {
            return Ok(ReviewRow::Rejected);
        }
        let (source_text, target_text) = (self.field(4).trim(), self.field(5).trim());
        if source_text.is_empty() || target_text.is_empty() {
            return Ok(ReviewRow::OneSided);
        }
        Ok(ReviewRow::Keep(ReviewedPair {
            line: self.line_no,
            source_text: source_text.to_string(),
            target_text: target_text.to_string(),
            score,
        }))
    }
}

/// Reads a review file written by [`write_review`] and corrected by a
/// translator. Blank lines and lines starting with `#` are skipped; every
/// problem is an error with the file, line and column.
pub fn read_review(path: &Path) -> Result<Review> {
    let (text, _) = read_text(path)?;
    let mut header: Option<(LangTag, LangTag)> = None;
    let mut pairs = Vec::new();
    let (mut rejected, mut one_sided) = (0, 0);
    for (n, line) in text.lines().enumerate() {
        let line_no = crate::num::u64_sat(n + 1);
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let location = |column: u64| Location::new(Some(path), line_no, column);
        let row = ReviewLine {
            path,
            line_no,
            end_column: crate::num::u64_sat(line.chars().count() + 1),
            fields: review_fields(line, &location)?,
        };
        if row.fields.len() > 6 {
            return Err(row.error(
                row.column(6),
                format!(
                    "{} columns; a review file has 6: {}, then the source and target languages",
                    row.fields.len(),
                    REVIEW_COLUMNS.join(", ")
                ),
            ));
        }
        if header.is_none() {
            header = Some(row.header()?);
            continue;
        }
        match row.row()? {
            ReviewRow::Keep(pair) => pairs.push(pair),
            ReviewRow::Rejected => rejected += 1,
            ReviewRow::OneSided => one_sided += 1,
        }
    }
    let Some((source, target)) = header else {
        return Err(Error::invalid(
            Some(path),
            format!(
                "no header line: a review file starts with the columns {}, then the source and target languages",
                REVIEW_COLUMNS.join(", ")
            ),
        ));
    };
    Ok(Review {
        source,
        target,
        pairs,
        rejected,
        one_sided,
    })
}

/// The TM unit of a reviewed pair: origin [`ORIGIN_REVIEWED`], with the
/// aligner's score kept for the record.
pub fn reviewed_unit(pair: &ReviewedPair, source: &LangTag, target: &LangTag) -> Unit {
    let bead = AlignedBead {
        source: Vec::new(),
        target: Vec::new(),
        source_text: pair.source_text.clone(),
        target_text: pair.target_text.clone(),
        score: pair.score.unwrap_or(0),
    };
    let mut unit = aligned_unit(&bead, source, target);
    unit.set_attr("creationid", "relais align review");
    unit.props.retain(|p| {
        p.kind() != Some(PROP_ORIGIN)
            && (pair.score.is_some() || p.kind() != Some(PROP_ALIGN_SCORE))
    });
    unit.props
        .insert(0, Annotation::prop(PROP_ORIGIN, ORIGIN_REVIEWED));
    unit
}

/// Writes the kept pairs of a review as TMX (atomically); returns how many.
pub fn write_review_tmx(path: &Path, review: &Review) -> Result<usize> {
    let units: Vec<Unit> = review
        .pairs
        .iter()
        .map(|p| reviewed_unit(p, &review.source, &review.target))
        .collect();
    write_units(path, &units, &review.source)?;
    Ok(units.len())
}

/// Stores the kept pairs of a review in the TM as [`into_tm`] stores
/// aligned pairs: [`ALIGNED_MEMORIES`]`/NAME.tmx`, imported and recorded.
pub fn review_into_tm(
    project: &Project,
    tm: &mut Tm,
    review: &Review,
    name: &str,
    project_tm: bool,
) -> Result<(ImportReport, Recording)> {
    let units: Vec<Unit> = review
        .pairs
        .iter()
        .map(|p| reviewed_unit(p, &review.source, &review.target))
        .collect();
    store_units(project, tm, &units, &review.source, name, project_tm)
}

// ---------------------------------------------------------------------------
// A lexicon from the translation memory

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

    fn lang(tag: &str) -> LangTag {
        LangTag::parse(tag).unwrap()
    }

    #[test]
    fn the_review_file_holds_low_scores_and_one_sided_beads_and_reads_back() {
        let bead = |s: &[usize], t: &[usize], st: &str, tt: &str, score| AlignedBead {
            source: s.to_vec(),
            target: t.to_vec(),
            source_text: st.into(),
            target_text: tt.into(),
            score,
        };
        let alignment = Alignment {
            source_sentences: 4,
            target_sentences: 4,
            beads: vec![
                bead(&[0], &[0], "Bonjour.", "Hello.", 95),
                bead(
                    &[1, 2],
                    &[1],
                    "Il a dit « oui ».\tBien.",
                    "He said \"yes\". Good.",
                    40,
                ),
                bead(&[3], &[], "Seule.", "", 70),
                bead(&[], &[2, 3], "", "Alone.", 60),
            ],
        };
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.review.tsv");
        assert_eq!(
            write_review(&path, &alignment, &lang("fr"), &lang("en"), 80).unwrap(),
            3
        );
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0],
            "decision\tsource_sentences\ttarget_sentences\tscore\tfr\ten"
        );
        assert_eq!(
            lines[1],
            "\t1,2\t1\t40\tIl a dit « oui ». Bien.\t\"He said \"\"yes\"\". Good.\""
        );
        assert_eq!(lines[2], "\t3\t\t70\tSeule.\t");
        let review = read_review(&path).unwrap();
        assert_eq!(review.source, lang("fr"));
        assert_eq!(review.target, lang("en"));
        assert_eq!(review.pairs.len(), 1);
        assert_eq!(review.pairs[0].target_text, "He said \"yes\". Good.");
        assert_eq!(review.pairs[0].line, 2);
        assert_eq!(review.pairs[0].score, Some(40));
        assert_eq!((review.rejected, review.one_sided), (0, 2));

        // The translator rejects one row and completes another.
        let edited = text
            .replace("\t1,2\t1\t40", "reject\t1,2\t1\t40")
            .replace("Seule.\t\n", "Seule.\tAlone.\n");
        std::fs::write(&path, edited).unwrap();
        let review = read_review(&path).unwrap();
        assert_eq!(review.pairs.len(), 1);
        assert_eq!(review.pairs[0].source_text, "Seule.");
        assert_eq!(review.pairs[0].target_text, "Alone.");
        assert_eq!((review.rejected, review.one_sided), (1, 1));
        let unit = reviewed_unit(&review.pairs[0], &review.source, &review.target);
        assert_eq!(unit.prop(PROP_ORIGIN), Some(ORIGIN_REVIEWED));
        assert_eq!(unit.prop(PROP_ALIGN_SCORE), Some("70"));
        assert_eq!(unit.aligned_score(), None);
    }

    #[test]
    fn bad_review_rows_are_errors_with_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.tsv");
        let header = "decision\tsource_sentences\ttarget_sentences\tscore\tfr\ten\n";
        let cases = [
            (
                format!("{header}\t1\t1\t40\tA.\tB.\n\tx\t1\t40\tA.\tB.\n"),
                ":3:2:",
                "source_sentences",
            ),
            (
                format!("{header}maybe\t1\t1\t40\tA.\tB.\n"),
                ":2:1:",
                "decision",
            ),
            (format!("{header}\t1\t1\t140\tA.\tB.\n"), ":2:6:", "score"),
            (
                format!("{header}\t1\t1\t40\t\"A.\tB.\n"),
                ":2:9:",
                "closing",
            ),
            (
                format!("{header}\t1\t1\t40\t\"A\" b\tB.\n"),
                ":2:12:",
                "after the closing",
            ),
            (
                format!("{header}\t1\t1\t40\tA.\tB.\textra\n"),
                ":2:15:",
                "7 columns",
            ),
            ("source\ttarget\n".to_string(), ":1:1:", "header"),
            (
                "decision\tsource_sentences\ttarget_sentences\tscore\tfr\n".to_string(),
                ":1:",
                "languages",
            ),
            (
                "decision\tsource_sentences\ttarget_sentences\tscore\tfr\t12345678901\n"
                    .to_string(),
                ":1:53:",
                "language",
            ),
        ];
        for (text, at, what) in cases {
            std::fs::write(&path, &text).unwrap();
            let message = read_review(&path).unwrap_err().to_string();
            assert!(
                message.contains(&format!("r.tsv{at}")),
                "{text:?}: {message}"
            );
            assert!(message.contains(what), "{text:?}: {message}");
        }
        std::fs::write(&path, "").unwrap();
        assert!(
            read_review(&path)
                .unwrap_err()
                .to_string()
                .contains("no header")
        );
    }

    #[test]
    fn the_tm_lexicon_takes_short_units_and_trains_on_sentences_of_the_pair() {
        use crate::model::Variant;
        let dir = tempfile::tempdir().unwrap();
        let mut tm = Tm::open(&dir.path().join("tm"), &crate::tm::OpenOptions::default()).unwrap();
        let unit = |a: (&str, &str), b: (&str, &str)| Unit {
            variants: vec![Variant::new(a.0, a.1), Variant::new(b.0, b.1)],
            ..Default::default()
        };
        let mut imp = tm.begin_import("t", "tmx", None).unwrap();
        imp.add(unit(("de", "Gipfelkreuz"), ("fr", "croix sommitale")))
            .unwrap();
        for (de, fr) in [
            ("Der Gletscher ist gross.", "Le glacier est grand."),
            ("Wir sahen den Gletscher.", "Nous avons vu le glacier."),
            ("Der Gletscher schmilzt.", "Le glacier fond."),
        ] {
            imp.add(unit(("de", de), ("fr", fr))).unwrap();
        }
        // Another language pair, and an unreviewed aligned pair: not used.
        imp.add(unit(("de", "Hütte"), ("en", "hut"))).unwrap();
        let mut aligned = unit(("de", "Seil"), ("fr", "corde"));
        aligned.props.push(Annotation::prop(PROP_ORIGIN, "align"));
        aligned.props.push(Annotation::prop(PROP_ALIGN_SCORE, "90"));
        imp.add(aligned).unwrap();
        imp.commit().unwrap();
        let (lexicon, pairs) = tm_lexicon(&tm, &lang("de"), &lang("fr")).unwrap();
        assert_eq!(pairs, 4);
        let words = |w: &str| -> Vec<String> {
            lexicon
                .translations(w)
                .iter()
                .map(|(t, _)| t.clone())
                .collect()
        };
        assert!(
            words("gipfelkreuz").contains(&"sommitale".to_string()),
            "{:?}",
            words("gipfelkreuz")
        );
        assert_eq!(
            words("gletscher").first().map(String::as_str),
            Some("glacier")
        );
        assert!(words("hütte").is_empty() && words("seil").is_empty());
    }
}
