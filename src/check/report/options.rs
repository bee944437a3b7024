//! What a report is rendered as, and which findings fail the run.

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
