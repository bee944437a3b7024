//! `relais align`: a document and its translation into sentence pairs.

use std::path::{Path, PathBuf};

use clap::Args;
use serde::Serialize;

use crate::align::Lexicon;
use crate::cli::ctx::{Ctx, Outcome};
use crate::error::{Error, Result};
use crate::glossary::Glossary;
use crate::lang::{LangTag, parse_lang_arg};
use crate::project::Project;
use crate::publish::align::{
    ALIGNED_MEMORIES, Alignment, Request, align_files, glossary_lexicon, into_tm, read_review,
    review_into_tm, tm_lexicon, write_review, write_review_tmx, write_tmx,
};
use crate::t;
use crate::tm::Tm;

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

/// The name under which a source document's pairs are kept in
/// `memories/aligned/`: `STEM.SOURCE-TARGET`.
fn memory_name(source_file: &Path, source: &LangTag, target: &LangTag) -> String {
    let stem = source_file.file_stem().map_or_else(
        || "aligned".to_string(),
        |s| s.to_string_lossy().into_owned(),
    );
    format!("{stem}.{source}-{target}")
}

/// Runs `align`.
pub fn run(ctx: &Ctx, args: &AlignArgs) -> Result<Outcome> {
    if let Some(review) = &args.import_review {
        return import_review(ctx, args, review);
    }
    let (Some(source_file), Some(target_file), Some(source), Some(target)) = (
        &args.source_file,
        &args.target_file,
        &args.source,
        &args.target,
    ) else {
        return Err(Error::Usage(
            "relais align needs SOURCE, TARGET, --source and --target (or --import-review FILE)"
                .into(),
        ));
    };
    let project = ctx.project()?;
    // The TM is opened (under the project lock) before aligning when the
    // pairs go into it; otherwise only read for its lexicon, if it exists.
    let lock = if args.into_tm {
        Some(ctx.lock_project(&project, "align")?)
    } else {
        None
    };
    let tm_path = ctx.tm_path(&project);
    let mut tm = if args.into_tm || tm_path.exists() {
        Some(ctx.open_tm(&project)?)
    } else {
        None
    };
    let lexicon = lexicon(ctx, &project, tm.as_ref(), source, target)?;
    if !args.into_tm {
        tm = None;
    }
    let alignment = align_files(Request {
        source: &ctx.abs(source_file),
        target: &ctx.abs(target_file),
        source_lang: source,
        target_lang: target,
        presplit: args.presplit,
        lexicon,
    })?;
    print_beads(ctx, &alignment, args.min_score);
    if let Some(path) = &args.tmx {
        let written = write_tmx(&ctx.abs(path), &alignment, source, target, args.min_score)?;
        if !ctx.out.json {
            ctx.out.summary(&t!(
                "align-tmx-written",
                "units" => written,
                "file" => path.display().to_string()
            ));
        }
    }
    let name = memory_name(source_file, source, target);
    let review_path = match (&args.review, args.into_tm) {
        (Some(path), _) => Some(ctx.abs(path)),
        (None, true) => Some(
            project
                .root
                .join(ALIGNED_MEMORIES)
                .join(format!("{name}.review.tsv")),
        ),
        (None, false) => None,
    };
    if let Some(tm) = &mut tm {
        let project_tm = tm_path == project.tm_path(None);
        let langs = (source, target);
        let (report, _) = into_tm(
            &project,
            tm,
            &alignment,
            langs,
            args.min_score,
            &name,
            project_tm,
        )?;
        tm.flush()?;
        if !ctx.out.json {
            ctx.out.summary(&t!(
                "align-into-tm",
                "added" => report.added,
                "merged" => report.merged,
                "file" => report.file
            ));
        }
    }
    if let Some(path) = review_path {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        let rows = write_review(&path, &alignment, source, target, args.min_score)?;
        if !ctx.out.json {
            ctx.out.summary(&t!(
                "align-review-written",
                "rows" => rows,
                "file" => path.display().to_string()
            ));
        }
    }
    drop(lock);
    Ok(Outcome::Clean)
}

/// The lexicon of the language pair: the glossary's terms and the word
/// pairs of the TM, if any.
fn lexicon(
    ctx: &Ctx,
    project: &Project,
    tm: Option<&Tm>,
    source: &LangTag,
    target: &LangTag,
) -> Result<Lexicon> {
    let mut lexicon = match Glossary::for_project_if_any(project)? {
        Some(g) => glossary_lexicon(&g, source, target),
        None => Lexicon::new(),
    };
    if let Some(tm) = tm {
        let (from_tm, units) = tm_lexicon(tm, source, target)?;
        if units > 0 && !ctx.out.json {
            ctx.out.summary(&t!(
                "align-tm-lexicon",
                "units" => units,
                "pairs" => from_tm.pair_count()
            ));
        }
        lexicon.extend(&from_tm);
    }
    Ok(lexicon)
}

/// Prints every bead (a JSON line each with --json), then a summary.
fn print_beads(ctx: &Ctx, alignment: &Alignment, min_score: u32) {
    for bead in &alignment.beads {
        if ctx.out.json {
            ctx.out.json_line(bead);
        } else {
            ctx.out.data(&format!(
                "{:>3}  {} → {}",
                bead.score, bead.source_text, bead.target_text
            ));
        }
    }
    let pairs = alignment.beads.iter().filter(|b| b.is_pair()).count();
    let confident = alignment
        .beads
        .iter()
        .filter(|b| b.is_pair() && b.score >= min_score)
        .count();
    if !ctx.out.json {
        ctx.out.summary(&t!(
            "align-summary",
            "source" => alignment.source_sentences,
            "target" => alignment.target_sentences,
            "pairs" => pairs,
            "confident" => confident,
            "min" => min_score
        ));
    }
}

/// One kept pair of a review file, as `--import-review --json` lists it.
#[derive(Serialize)]
struct ReviewedLine<'a> {
    line: u64,
    source_text: &'a str,
    target_text: &'a str,
    score: Option<u32>,
}

/// `relais align --import-review FILE`.
fn import_review(ctx: &Ctx, args: &AlignArgs, file: &Path) -> Result<Outcome> {
    let path = ctx.abs(file);
    let review = read_review(&path)?;
    if !ctx.out.json {
        ctx.out.summary(&t!(
            "align-review-read",
            "kept" => review.pairs.len(),
            "rejected" => review.rejected,
            "empty" => review.one_sided
        ));
    }
    if let Some(tmx) = &args.tmx {
        let written = write_review_tmx(&ctx.abs(tmx), &review)?;
        if !ctx.out.json {
            ctx.out.summary(&t!(
                "align-tmx-written",
                "units" => written,
                "file" => tmx.display().to_string()
            ));
        }
    }
    if args.into_tm {
        let project = ctx.project()?;
        let _lock = ctx.lock_project(&project, "align")?;
        let project_tm = ctx.tm_path(&project) == project.tm_path(None);
        let mut tm = ctx.open_tm(&project)?;
        let stem = path.file_stem().map_or_else(
            || "aligned".to_string(),
            |s| s.to_string_lossy().into_owned(),
        );
        let name = format!("{}.reviewed", stem.strip_suffix(".review").unwrap_or(&stem));
        let (report, _) = review_into_tm(&project, &mut tm, &review, &name, project_tm)?;
        tm.flush()?;
        if !ctx.out.json {
            ctx.out.summary(&t!(
                "align-into-tm",
                "added" => report.added,
                "merged" => report.merged,
                "file" => report.file
            ));
        }
    }
    if args.tmx.is_none() && !args.into_tm {
        for pair in &review.pairs {
            if ctx.out.json {
                ctx.out.json_line(&ReviewedLine {
                    line: pair.line,
                    source_text: &pair.source_text,
                    target_text: &pair.target_text,
                    score: pair.score,
                });
            } else {
                ctx.out.data(&format!(
                    "{}  {} → {}",
                    pair.line, pair.source_text, pair.target_text
                ));
            }
        }
    }
    Ok(Outcome::Clean)
}
