//! `relais build`: publish every locale.

use std::path::PathBuf;

use clap::Args;

use crate::cli::{Ctx, Outcome};
use crate::error::Result;
use crate::publish::build::{BuildOptions, Problem, build};
use crate::publish::sync::sync;
use crate::t;
use crate::tm::exchange::{ImportOptions, import_file};

/// Publish every locale as HTML and Markdown
///
/// Build the publication: fill the TM from the reviewed translations (and the
/// tracked memories of an empty TM), format every locale with Fluent, and
/// render each document to dist/<locale>/<document>.html and .md, with
/// dist/index.html. A locale with errors is not published (exit 1)
///
/// Example: relais build --out dist
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Output directory.
    #[arg(long, short = 'o', default_value = "dist", value_name = "DIR")]
    pub out: PathBuf,
    /// A message missing in a locale is an error, not a fallback.
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
    let config = project.require_config()?.clone();
    {
        let mut tm = ctx.open_tm(&project)?;
        if tm.is_empty() {
            let progress = ctx.out.progress("tm", 0, true);
            for file in &config.tm.imports {
                let path = project.resolve(file);
                let r = import_file(&mut tm, &path, &ImportOptions::default(), &progress)?;
                ctx.out.summary(&t!("build-tm-import", "file" => file.display().to_string(), "added" => r.added));
            }
            progress.finish_and_clear();
        }
        let s = sync(&project, &mut tm)?;
        tm.flush()?;
        if s.added + s.sentences > 0 {
            ctx.out.summary(
                &t!("build-tm-sync", "added" => s.added + s.sentences, "units" => tm.unit_count()),
            );
        }
    }
    let out = ctx.abs(&args.out);
    // Error-severity check findings keep a locale from being published.
    let findings = crate::cli::status::findings_for(&project)?;
    let gate = |locale: &str| -> Result<Vec<Problem>> {
        Ok(findings(locale)?
            .into_iter()
            .filter(|f| f.severity == "error")
            .map(|f| Problem {
                check: f.check,
                file: f.file,
                line: f.line,
                column: f.column,
                message_id: f.message_id,
                message: f.message,
            })
            .collect())
    };
    let warn = |m: &str| ctx.out.warn(m);
    let report = build(
        &project,
        &BuildOptions {
            out,
            strict: args.strict,
            gate: &gate,
        },
        &warn,
    )?;
    let status_file = match &args.status_html {
        Some(f) => ctx.abs(f),
        None => project.root.join(".relais/status.html"),
    };
    {
        let tm = ctx.open_tm(&project)?;
        let status = crate::publish::status::status(&project, &tm, &findings)?;
        crate::cli::status::write_html(&project, &status, &status_file)?;
    }
    if ctx.out.json {
        ctx.out.json(&report);
    } else {
        for l in &report.locales {
            for p in &l.problems {
                let at = match (p.line, p.column) {
                    (Some(line), Some(col)) => format!("{}:{line}:{col}", p.file),
                    _ => p.file.clone(),
                };
                ctx.out
                    .warn(&format!("{at}: {}[{}]: {}", l.locale, p.check, p.message));
            }
        }
        let published: Vec<&str> = report
            .locales
            .iter()
            .filter(|l| l.published)
            .map(|l| l.locale.as_str())
            .collect();
        let blocked: Vec<&str> = report
            .locales
            .iter()
            .filter(|l| !l.published)
            .map(|l| l.locale.as_str())
            .collect();
        ctx.out.summary(&t!(
            "build-summary",
            "out" => report.out.as_str(),
            "published" => published.len(),
            "locales" => published.join(", "),
            "blocked" => blocked.len()
        ));
        if !blocked.is_empty() {
            ctx.out
                .warn(&t!("build-blocked", "locales" => blocked.join(", ")));
        }
    }
    Ok(if report.has_errors() {
        Outcome::Problems
    } else {
        Outcome::Clean
    })
}
