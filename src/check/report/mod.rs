//! Output formats of `relais check`.
//!
//! * [`human`]: rustc-like, for people.
//! * JSON: the [`Report`] itself, with `schema_version`
//!   (`schemas/check-report.schema.json` describes it).
//! * [`junit`]: JUnit XML (one testsuite per locale, one testcase per
//!   file), valid against the Apache Ant JUnit schema.
//! * [`sarif`]: SARIF 2.1.0, for code-scanning tools.

pub mod human;
pub mod junit;
pub mod sarif;

use crate::check::Report;
use crate::model::Severity;

/// The output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// rustc-like text.
    Human,
    /// One JSON document.
    Json,
    /// JUnit XML.
    Junit,
    /// SARIF 2.1.0.
    Sarif,
}

/// How to render.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// ANSI colours (human format).
    pub color: bool,
    /// Warnings fail (JUnit failures include them).
    pub deny_warnings: bool,
    /// Seconds the run took (JUnit `time`).
    pub seconds: f64,
}

/// Whether a finding fails the run.
pub fn fails(severity: Severity, deny_warnings: bool) -> bool {
    severity == Severity::Error || (deny_warnings && severity == Severity::Warning)
}

/// Renders a report.
pub fn render(
    report: &Report,
    format: Format,
    root: &std::path::Path,
    options: RenderOptions,
) -> String {
    match format {
        Format::Human => human::render(report, options.color),
        Format::Json => {
            let mut s = crate::cli::output::json_document(report, true);
            s.push('\n');
            s
        }
        Format::Junit => junit::render(report, options),
        Format::Sarif => sarif::render(report, root),
    }
}
