//! Output formats of `relais check`.
//!
//! * [`human`]: rustc-like, for people.
//! * JSON: the [`Report`] itself, with `schema_version`
//!   (`schemas/check-report.schema.json` describes it).
//! * [`junit`]: `JUnit` XML (one testsuite per locale, one testcase per
//!   file), valid against the Apache Ant `JUnit` schema.
//! * [`sarif`]: SARIF 2.1.0, for code-scanning tools.

pub mod human;
pub mod junit;
pub mod options;
pub mod sarif;

use crate::check::summary::Report;

pub use options::{Format, RenderOptions, fails};

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
            let mut s = crate::json::document(report, true);
            s.push('\n');
            s
        }
        Format::Junit => junit::render(report, options),
        Format::Sarif => sarif::render(report, root),
    }
}
