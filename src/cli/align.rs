//! `relais align`: a document and its translation into sentence pairs.

use std::path::PathBuf;

use clap::Args;

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::Result;
use crate::glossary::Glossary;
use crate::lang::{LangTag, parse_lang_arg};
use crate::publish::align::{Request, align_files, glossary_lexicon, into_tm, write_tmx};
use crate::t;

/// Align a document with its translation
///
/// Paragraphs are aligned first, then the sentences inside each pair of
/// aligned paragraphs. SOURCE and TARGET are Markdown, plain text or Fluent
/// files (or, with --presplit, one sentence per line). Each bead gets a
/// score from 0 to 100: the probability that it is exactly right. The
/// glossary's terms of the language pair help the alignment.
///
/// Example: relais align source/communique-fr.md partner-en.txt --source fr --target en --tmx communique.tmx
#[derive(Debug, Args)]
pub struct AlignArgs {
    /// The document in the source language.
    #[arg(value_name = "SOURCE")]
    pub source_file: PathBuf,
    /// Its translation.
    #[arg(value_name = "TARGET")]
    pub target_file: PathBuf,
    /// Language of SOURCE.
    #[arg(long, value_parser = parse_lang_arg, value_name = "LANG")]
    pub source: LangTag,
    /// Language of TARGET.
    #[arg(long, value_parser = parse_lang_arg, value_name = "LANG")]
    pub target: LangTag,
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
}

/// Runs `align`.
pub fn run(ctx: &Ctx, args: &AlignArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    let lexicon = match Glossary::for_project_if_any(&project)? {
        Some(g) => glossary_lexicon(&g, &args.source, &args.target),
        None => crate::align::Lexicon::new(),
    };
    let alignment = align_files(Request {
        source: &ctx.abs(&args.source_file),
        target: &ctx.abs(&args.target_file),
        source_lang: &args.source,
        target_lang: &args.target,
        presplit: args.presplit,
        lexicon,
    })?;
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
        .filter(|b| b.is_pair() && b.score >= args.min_score)
        .count();
    if !ctx.out.json {
        ctx.out.summary(&t!(
            "align-summary",
            "source" => alignment.source_sentences,
            "target" => alignment.target_sentences,
            "pairs" => pairs,
            "confident" => confident,
            "min" => args.min_score
        ));
    }
    if let Some(path) = &args.tmx {
        let written = write_tmx(
            &ctx.abs(path),
            &alignment,
            &args.source,
            &args.target,
            args.min_score,
        )?;
        if !ctx.out.json {
            ctx.out.summary(&t!(
                "align-tmx-written",
                "units" => written,
                "file" => path.display().to_string()
            ));
        }
    }
    if args.into_tm {
        let _lock = ctx.lock_project(&project, "align")?;
        let project_tm = ctx.tm_path(&project) == project.tm_path(None);
        let mut tm = ctx.open_tm(&project)?;
        let stem = args.source_file.file_stem().map_or_else(
            || "aligned".to_string(),
            |s| s.to_string_lossy().into_owned(),
        );
        let name = format!("{stem}.{}-{}", args.source, args.target);
        let langs = (&args.source, &args.target);
        let (report, _) = into_tm(
            &project,
            &mut tm,
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
    Ok(Outcome::Clean)
}
