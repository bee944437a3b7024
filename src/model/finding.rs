//! Findings: what `relais check`, `relais build` and `relais status`
//! report, with a typed [`Severity`].
//!
//! A finding names a check id, a severity, a locale, a file, a line and a
//! column, the message concerned and what is wrong; glossary findings add
//! the concept, the term, the span, the reason and the expected terms. The
//! JSON field names are part of relais's interface (see
//! `schemas/check-report.schema.json`).

use serde::{Deserialize, Serialize};

use crate::model::segment::Span;

/// Severity of a check finding.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Not reported.
    Off,
    /// Reported, never fails.
    Info,
    /// Reported; fails with `--deny warnings`.
    Warning,
    /// Fails the run.
    Error,
}

/// The lowest severity a report shows (`relais check --min-severity`,
/// `[check] min_severity`): findings below it are counted in the summary
/// but not listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum MinSeverity {
    /// Errors only.
    Error,
    /// Errors and warnings (the default).
    #[default]
    Warning,
    /// Everything, infos included.
    Info,
}

impl MinSeverity {
    /// Whether a finding of `severity` is shown.
    pub fn shows(self, severity: Severity) -> bool {
        let lowest = match self {
            MinSeverity::Error => Severity::Error,
            MinSeverity::Warning => Severity::Warning,
            MinSeverity::Info => Severity::Info,
        };
        severity >= lowest
    }
}

impl Severity {
    /// Lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Off => "off",
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Check id.
    pub check: String,
    /// Severity (never `off`).
    pub severity: Severity,
    /// Locale of the file, as written in its path.
    pub locale: String,
    /// The file, relative to the project (or the directory of `--files`),
    /// with `/` separators.
    pub file: String,
    /// 1-based line; `null` for findings about a whole file or about a
    /// message the file lacks.
    pub line: Option<u64>,
    /// 1-based column, in characters.
    pub column: Option<u64>,
    /// The message or term (`-id`) concerned.
    pub message_id: Option<String>,
    /// What is wrong, in the user's language.
    pub message: String,
    /// The attribute concerned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    /// `missing-file`: messages and terms the file would hold.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entries: Option<usize>,
    /// Glossary findings: the concept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub concept: Option<String>,
    /// Glossary findings: the term.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub term: Option<String>,
    /// Glossary findings: bytes of the term in the message's text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// Glossary findings: why the term has its status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Glossary findings: the terms expected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<Vec<String>>,
    /// The text of `line`, for the human output.
    #[serde(skip)]
    pub snippet: Option<String>,
    /// Characters to underline from `column`.
    #[serde(skip)]
    pub width: usize,
    /// Where the reference text is (file, 1-based line), for a finding
    /// about something missing from `file` (SARIF needs a line to show it).
    #[serde(skip)]
    pub reference: Option<(String, u64)>,
}

impl Finding {
    /// A finding about a whole file: no line, column or message id yet.
    pub fn new(
        check: impl Into<String>,
        severity: Severity,
        locale: impl Into<String>,
        file: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Finding {
            check: check.into(),
            severity,
            locale: locale.into(),
            file: file.into(),
            line: None,
            column: None,
            message_id: None,
            message: message.into(),
            attribute: None,
            entries: None,
            concept: None,
            term: None,
            span: None,
            reason: None,
            expected: None,
            snippet: None,
            width: 1,
            reference: None,
        }
    }

    /// Whether it is a glossary finding (`glossary-*`).
    pub fn is_glossary(&self) -> bool {
        self.check.starts_with("glossary-")
    }

    /// The sort key: (locale, file, line, column, check).
    pub fn sort_key(&self) -> (&str, &str, u64, u64, &str, &str) {
        (
            &self.locale,
            &self.file,
            self.line.unwrap_or(0),
            self.column.unwrap_or(0),
            &self.check,
            &self.message,
        )
    }
}

/// Sorts findings by (locale, file, line, column, check), then message.
pub fn sort_findings(findings: &mut [Finding]) {
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
}
