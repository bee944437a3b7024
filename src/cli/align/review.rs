//! `relais align --import-review FILE`: a corrected review file into the TM
//! or a TMX file, or listed.

use std::path::Path;

use serde::Serialize;

use super::{AlignArgs, print_written, say};
use crate::cli::ctx::{Ctx, Outcome};
use crate::error::Result;
use crate::publish::align::import_review;
use crate::t;

/// One kept pair of a review file, as `--import-review --json` lists it.
#[derive(Serialize)]
struct ReviewedLine<'a> {
    line: u64,
    source_text: &'a str,
    target_text: &'a str,
    score: Option<u32>,
}

/// `relais align --import-review FILE`.
pub(super) fn run(ctx: &Ctx, args: &AlignArgs, file: &Path) -> Result<Outcome> {
    let tmx = args.tmx.as_ref().map(|p| ctx.abs(p));
    // With --into-tm: the project, its lock, its TM and whether that TM is
    // the project's own.
    let mut target = None;
    if args.into_tm {
        let project = ctx.project()?;
        let lock = ctx.lock_project(&project, "align")?;
        let tm = ctx.open_tm(&project)?;
        let project_tm = ctx.uses_project_tm(&project);
        target = Some((project, lock, tm, project_tm));
    }
    let into = target
        .as_mut()
        .map(|(project, _, tm, project_tm)| (&*project, tm, *project_tm));
    let done = import_review(&ctx.abs(file), tmx.as_deref(), into)?;
    if let Some((_, _, tm, _)) = &mut target {
        tm.flush()?;
    }
    let review = &done.review;
    let (kept, rejected, empty) = (review.pairs.len(), review.rejected, review.one_sided);
    say(
        ctx,
        &t!("align-review-read", "kept" => kept, "rejected" => rejected, "empty" => empty),
    );
    print_written(
        ctx,
        done.tmx_units,
        args.tmx.as_deref(),
        done.stored.as_ref(),
    );
    if args.tmx.is_some() || args.into_tm {
        return Ok(Outcome::Clean);
    }
    for pair in &review.pairs {
        if ctx.out.json {
            ctx.out.json_line(&ReviewedLine {
                line: pair.line,
                source_text: &pair.source_text,
                target_text: &pair.target_text,
                score: pair.score,
            });
        } else {
            let (line, from, to) = (pair.line, &pair.source_text, &pair.target_text);
            ctx.out.data(&format!("{line}  {from} → {to}"));
        }
    }
    Ok(Outcome::Clean)
}
