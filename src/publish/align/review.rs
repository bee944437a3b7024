//! The review file of `relais align`: the pairs scored below the threshold
//! and the sentences without counterpart, as a TSV a translator corrects in
//! a spreadsheet, and read back (with line and column on every error) into
//! TM units.

use std::path::Path;

use super::memory::{aligned_unit, store_units, write_units};
use super::{AlignedBead, Alignment};
use crate::error::{Error, Location, Result};
use crate::files::read_text;
use crate::lang::LangTag;
use crate::model::Annotation;
use crate::model::Unit;
use crate::model::unit::{PROP_ALIGN_SCORE, PROP_ORIGIN};
use crate::project::Project;
use crate::publish::memories::Recording;
use crate::tm::Tm;
use crate::tm::exchange::ImportReport;

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

/// Stores the kept pairs of a review in the TM as [`super::into_tm`] stores
/// aligned pairs: [`super::ALIGNED_MEMORIES`]`/NAME.tmx`, imported and recorded.
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
