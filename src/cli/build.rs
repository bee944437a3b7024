//! `relais build`: publish every locale.

use std::path::PathBuf;

use clap::Args;

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::Result;
use crate::publish::build::{BuildOptions, build};
use crate::t;

/// Publish every locale as HTML and Markdown
///
/// Build the publication: fill the TM from the reviewed translations (and the
/// tracked memories of an empty TM), format every locale with Fluent, and
/// render each document to dist/<locale>/<document>.html and .md, with
/// dist/index.html. A locale with errors is not published (exit 1); a locale
/// translated below `[build] min_translated` (default 100%) is not published
/// either, and says how far it is (exit 0, 1 with --strict)
///
/// Example: relais build --out dist
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Output directory.
    #[arg(long, short = 'o', default_value = "dist", value_name = "DIR")]
    pub out: PathBuf,
    /// A message missing in a locale, or an unfinished locale, is an error.
    #[arg(long)]
    pub strict: bool,
    /// Where to write the status page (default: .relais/status.html, kept
    /// out of the published directory).
    #[arg(long, value_name = "FILE")]
    pub status_html: Option<PathBuf>,
}

/// Runs `build`.
pub fn run(ctx: &Ctx, args: &BuildArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    let _lock = ctx.lock_project(&project, "build")?;
    project.require_config()?;
    let options = BuildOptions {
        out: ctx.abs(&args.out),
        strict: args.strict,
        status_html: match &args.status_html {
            Some(f) => ctx.abs(f),
            None => project.root.join(".relais/status.html"),
        },
    };
    let mut tm = ctx.open_tm(&project)?;
    let built = build(
        &project,
        &mut tm,
        &options,
        &ctx.out.progress("tm", 0, true),
    )?;
    for (file, r) in &built.fill.imports {
        ctx.out.summary(
            &t!("build-tm-import", "file" => file.display().to_string(), "added" => r.added),
        );
    }
    let synced = built.fill.sync.added + built.fill.sync.sentences;
    if synced > 0 {
        ctx.out
            .summary(&t!("build-tm-sync", "added" => synced, "units" => tm.unit_count()));
    }
    for w in &built.warnings {
        ctx.out.warn(w);
    }
    let report = &built.report;
    if ctx.out.json {
        ctx.out.json(report);
    } else {
        for l in &report.locales {
            for p in &l.problems {
                let at = match (p.line, p.column) {
                    (Some(line), Some(col)) => format!("{}:{line}:{col}", p.file),
                    _ => p.file.clone(),
                };
                // Every problem is of error severity, with its check id.
                ctx.out
                    .error(&format!("{}[{}]: {at}: {}", l.locale, p.check, p.message));
            }
            for h in &l.held {
                ctx.out.summary(&t!(
                    "build-held",
                    "locale" => l.locale.as_str(),
                    "why" => h.describe()
                ));
            }
        }
        let (published, blocked) = (report.published(), report.blocked());
        ctx.out.summary(&t!(
            "build-summary",
            "out" => report.out.as_str(),
            "published" => published.len(),
            "locales" => published.join(", "),
            "blocked" => blocked.len()
        ));
        let failed: Vec<&str> = report
            .locales
            .iter()
            .filter(|l| !l.problems.is_empty())
            .map(|l| l.locale.as_str())
            .collect();
        if !failed.is_empty() {
            ctx.out
                .error(&t!("build-blocked", "locales" => failed.join(", ")));
        }
    }
    Ok(if report.has_errors(args.strict) {
        Outcome::Problems
    } else {
        Outcome::Clean
    })
}
