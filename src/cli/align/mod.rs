//! `relais align`: a document and its translation into sentence pairs
//! (`pairs`), or a corrected review file read back (`review`).

mod pairs;
mod review;

use std::path::{Path, PathBuf};

use clap::Args;

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::Result;
use crate::lang::{LangTag, parse_lang_arg};
use crate::t;
use crate::tm::exchange::ImportReport;

/// Align a document with its translation
///
/// Paragraphs are aligned first, then the sentences inside each pair of
/// aligned paragraphs. SOURCE and TARGET are Markdown, plain text or Fluent
/// files (or, with --presplit, one sentence per line). Each bead gets a
/// score from 0 to 100: the probability that it is exactly right. The
/// glossary's terms of the language pair and the word pairs of the
/// project's TM help the alignment. The pairs below --min-score and the
/// sentences without counterpart go to a review file (--review) that a
/// translator corrects and imports back with --import-review.
///
/// Example: relais align source/communique-fr.md partner-en.txt --source fr --target en --tmx communique.tmx
#[derive(Debug, Args)]
pub struct AlignArgs {
    /// The document in the source language.
    #[arg(value_name = "SOURCE", required_unless_present = "import_review")]
    pub source_file: Option<PathBuf>,
    /// Its translation.
    #[arg(value_name = "TARGET", required_unless_present = "import_review")]
    pub target_file: Option<PathBuf>,
    /// Language of SOURCE.
    #[arg(long, value_parser = parse_lang_arg, value_name = "LANG", required_unless_present = "import_review")]
    pub source: Option<LangTag>,
    /// Language of TARGET.
    #[arg(long, value_parser = parse_lang_arg, value_name = "LANG", required_unless_present = "import_review")]
    pub target: Option<LangTag>,
    /// One sentence per line, as given (no paragraphs, no segmentation).
    #[arg(long)]
    pub presplit: bool,
    /// Write the pairs scored --min-score or more to this TMX file.
    #[arg(long, value_name = "FILE")]
    pub tmx: Option<PathBuf>,
    /// Lowest score (0–100) of a pair written with --tmx.
    #[arg(long, default_value_t = 80, value_parser = clap::value_parser!(u32).range(0..=100))]
    pub min_score: u32,
    /// Store the pairs scored --min-score or more in the project's TM (kept
    /// in memories/aligned/, marked as aligned with their score).
    #[arg(long)]
    pub into_tm: bool,
    /// Write the pairs scored below --min-score and the sentences without
    /// counterpart to this review file (TSV; with --into-tm, by default
    /// memories/aligned/NAME.review.tsv).
    #[arg(long, value_name = "FILE")]
    pub review: Option<PathBuf>,
    /// Read back a corrected review file instead of aligning: its kept pairs
    /// go to the TM with --into-tm, to a TMX file with --tmx, else are listed.
    #[arg(
        long,
        value_name = "FILE",
        conflicts_with_all = ["source_file", "target_file", "source", "target", "presplit", "review"]
    )]
    pub import_review: Option<PathBuf>,
}

/// Runs `align`.
pub fn run(ctx: &Ctx, args: &AlignArgs) -> Result<Outcome> {
    match &args.import_review {
        Some(file) => review::run(ctx, args, file),
        None => pairs::run(ctx, args),
    }
}

/// A summary line, left out with --json.
fn say(ctx: &Ctx, message: &str) {
    if !ctx.out.json {
        ctx.out.summary(message);
    }
}

/// The TMX file and the TM import, as far as they were asked for.
fn print_written(
    ctx: &Ctx,
    tmx: Option<usize>,
    file: Option<&Path>,
    stored: Option<&ImportReport>,
) {
    if let (Some(units), Some(file)) = (tmx, file) {
        let file = file.display().to_string();
        say(
            ctx,
            &t!("align-tmx-written", "units" => units, "file" => file),
        );
    }
    if let Some(report) = stored {
        let (added, merged, file) = (report.added, report.merged, report.file.clone());
        say(
            ctx,
            &t!("align-into-tm", "added" => added, "merged" => merged, "file" => file),
        );
    }
}
