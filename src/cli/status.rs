//! `relais status`: progress per locale, and whether it can be published.

use std::path::PathBuf;

use clap::Args;

use crate::cli::{Ctx, Outcome};
use crate::error::Result;
use crate::files::atomic_write_str;
use crate::project::Project;
use crate::publish::status::{self, FindingRef, StatusReport, bar};
use crate::t;

/// Progress per locale, check findings, TM size
///
/// Show, per locale and document, what is translated, waiting for review,
/// outdated or missing, the words left to translate, the check findings
/// (glossary apart) and the TM size per language pair
///
/// Example: relais status --html dist/status.html
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Also write a self-contained HTML page here.
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
}

/// The check findings of the project's documents, per locale, as
/// `status` and `build` show them (one check run for all locales).
pub fn findings_for(project: &Project) -> Result<impl Fn(&str) -> Result<Vec<FindingRef>> + use<>> {
    let report = crate::check::check_project(project)?;
    let findings: Vec<(String, FindingRef)> = report
        .findings
        .into_iter()
        .filter(|f| crate::check::is_document_finding(project, f))
        .map(|f| {
            let locale = crate::lang::LangTag::lenient(&f.locale).to_string();
            let r = FindingRef {
                check: f.check,
                severity: f.severity.as_str().to_string(),
                file: f.file,
                line: f.line,
                column: f.column,
                message_id: f.message_id,
                message: f.message,
                reason: f.reason,
            };
            (locale, r)
        })
        .collect();
    Ok(move |locale: &str| {
        let wanted = crate::lang::LangTag::lenient(locale).to_string();
        Ok(findings
            .iter()
            .filter(|(l, _)| *l == wanted)
            .map(|(_, f)| f.clone())
            .collect())
    })
}

/// Relative path from a file's folder back to the project root.
pub fn base_for(project: &Project, file: &std::path::Path) -> String {
    let dir = file.parent().unwrap_or(file);
    match dir.strip_prefix(&project.root) {
        Ok(rel) => "../".repeat(rel.components().count()),
        Err(_) => format!("{}/", project.root.display()),
    }
}

/// Writes the HTML page.
pub fn write_html(project: &Project, report: &StatusReport, file: &std::path::Path) -> Result<()> {
    atomic_write_str(file, &status::html(report, &base_for(project, file)))
}

/// Runs `status`.
pub fn run(ctx: &Ctx, args: &StatusArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    project.require_config()?;
    let tm = ctx.open_tm(&project)?;
    let report = status::status(&project, &tm, &findings_for(&project)?)?;
    if let Some(file) = &args.html {
        let file = ctx.abs(file);
        write_html(&project, &report, &file)?;
        ctx.out
            .summary(&t!("status-html-written", "file" => file.display().to_string()));
    }
    if ctx.out.json {
        ctx.out.json(&report);
        return Ok(Outcome::Clean);
    }
    let headers = [
        t!("status-col-locale"),
        t!("status-col-translated"),
        t!("status-col-review"),
        t!("status-col-outdated"),
        t!("status-col-missing"),
        t!("status-col-words"),
        t!("status-col-errors"),
        t!("status-col-warnings"),
        t!("status-col-glossary"),
    ];
    let rows: Vec<[String; 9]> = report
        .locales
        .iter()
        .map(|l| {
            [
                l.locale.clone(),
                format!("{}/{}", l.counts.translated, l.counts.messages),
                l.counts.review.to_string(),
                l.counts.outdated.to_string(),
                l.counts.missing.to_string(),
                l.counts.words_to_translate.to_string(),
                l.errors.to_string(),
                l.warnings.to_string(),
                format!("{}/{}", l.glossary_errors, l.glossary_warnings),
            ]
        })
        .collect();
    let widths: Vec<usize> = (0..9)
        .map(|i| {
            rows.iter()
                .map(|r| r[i].chars().count())
                .chain([headers[i].chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: &[String]| -> String {
        cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let pad = widths[i] - c.chars().count();
                if i == 0 {
                    format!("{c}{}", " ".repeat(pad))
                } else {
                    format!("{}{c}", " ".repeat(pad))
                }
            })
            .collect::<Vec<_>>()
            .join("  ")
    };
    ctx.out.data(&line(&headers));
    for (l, row) in report.locales.iter().zip(&rows) {
        let b = bar(l.percent, 20);
        let b = if ctx.out.color_stdout {
            let color = if l.publishable {
                anstyle::AnsiColor::Green
            } else {
                anstyle::AnsiColor::Red
            };
            let style = anstyle::Style::new().fg_color(Some(color.into()));
            format!("{}{b}{}", style.render(), style.render_reset())
        } else {
            b
        };
        ctx.out
            .data(&format!("{}  {b} {:>3}%", line(row), l.percent));
    }
    ctx.out
        .summary(&t!("status-tm", "units" => report.tm_units, "pairs" => report.tm_pairs.len()));
    Ok(Outcome::Clean)
}
