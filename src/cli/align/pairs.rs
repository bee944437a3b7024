//! `relais align SOURCE TARGET`: aligns, prints the beads, writes what was
//! asked for.

use super::{AlignArgs, print_written, say};
use crate::cli::ctx::{Ctx, Outcome};
use crate::error::{Error, Result};
use crate::publish::align::{AlignJob, Request, align};
use crate::t;

/// `relais align SOURCE TARGET`.
pub(super) fn run(ctx: &Ctx, args: &AlignArgs) -> Result<Outcome> {
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
    // With --into-tm the TM is written, under the project lock; otherwise
    // it is only read for its lexicon, if it exists.
    let _lock = if args.into_tm {
        Some(ctx.lock_project(&project, "align")?)
    } else {
        None
    };
    let mut tm = if args.into_tm || ctx.tm_path(&project).exists() {
        Some(ctx.open_tm(&project)?)
    } else {
        None
    };
    let (source_file, target_file) = (ctx.abs(source_file), ctx.abs(target_file));
    let tmx = args.tmx.as_ref().map(|p| ctx.abs(p));
    let review = args.review.as_ref().map(|p| ctx.abs(p));
    let job = AlignJob {
        documents: Request {
            source: &source_file,
            target: &target_file,
            source_lang: source,
            target_lang: target,
            presplit: args.presplit,
        },
        min_score: args.min_score,
        tmx: tmx.as_deref(),
        into_tm: args.into_tm,
        review: review.as_deref(),
        project_tm: ctx.uses_project_tm(&project),
    };
    let done = align(&project, tm.as_mut(), &job)?;
    if let (Some(tm), true) = (&mut tm, args.into_tm) {
        tm.flush()?;
    }
    let (units, pairs) = done.tm_lexicon;
    if units > 0 {
        say(
            ctx,
            &t!("align-tm-lexicon", "units" => units, "pairs" => pairs),
        );
    }
    let beads = &done.alignment.beads;
    for bead in beads {
        if ctx.out.json {
            ctx.out.json_line(bead);
        } else {
            let (score, from, to) = (bead.score, &bead.source_text, &bead.target_text);
            ctx.out.data(&format!("{score:>3}  {from} → {to}"));
        }
    }
    let pairs = beads.iter().filter(|b| b.is_pair()).count();
    let min = args.min_score;
    let confident = beads
        .iter()
        .filter(|b| b.is_pair() && b.score >= min)
        .count();
    let (source, target) = (
        done.alignment.source_sentences,
        done.alignment.target_sentences,
    );
    say(
        ctx,
        &t!("align-summary", "source" => source, "target" => target,
        "pairs" => pairs, "confident" => confident, "min" => min),
    );
    print_written(
        ctx,
        done.tmx_units,
        args.tmx.as_deref(),
        done.stored.as_ref(),
    );
    if let Some((path, rows)) = &done.review {
        let file = path.display().to_string();
        say(
            ctx,
            &t!("align-review-written", "rows" => *rows, "file" => file),
        );
    }
    Ok(Outcome::Clean)
}
