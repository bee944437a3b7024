//! The human format, after rustc:
//!
//! ```text
//! error[variable-mismatch]: the translation of files.title uses $n, which the source does not have
//!   --> locales/de/app.ftl:12:14
//!    |
//! 12 |     .title = { $n } Dateien
//!    |                ^^
//! ```
//!
//! Findings come grouped by locale and file (the report's order); a
//! finding about a whole file or a message the file lacks has no line.

use std::fmt::Write;

use anstyle::{AnsiColor, Style};

use crate::check::summary::Report;
use crate::model::{Finding, Severity};
use crate::style::paint;
use crate::t;

fn severity_style(s: Severity) -> Style {
    let color = match s {
        Severity::Error => AnsiColor::Red,
        Severity::Warning => AnsiColor::Yellow,
        _ => AnsiColor::Cyan,
    };
    Style::new().bold().fg_color(Some(color.into()))
}

/// The localized severity label.
pub fn label(s: Severity) -> String {
    match s {
        Severity::Error => t!("check-label-error"),
        Severity::Warning => t!("check-label-warning"),
        _ => t!("check-label-info"),
    }
}

/// Renders the findings.
pub fn render(report: &Report, color: bool) -> String {
    let mut out = String::new();
    for f in &report.findings {
        finding(&mut out, f, color);
    }
    out
}

fn finding(out: &mut String, f: &Finding, color: bool) {
    let blue = Style::new()
        .bold()
        .fg_color(Some(AnsiColor::BrightBlue.into()));
    let head = format!("{}[{}]", label(f.severity), f.check);
    let _ = writeln!(
        out,
        "{}{} {}",
        paint(&head, severity_style(f.severity), color),
        paint(":", Style::new().bold(), color),
        f.message
    );
    let gutter = f.line.map_or(1, |l| l.to_string().len());
    let pad = " ".repeat(gutter);
    let place = match (f.line, f.column) {
        (Some(l), Some(c)) => format!("{}:{l}:{c}", f.file),
        (Some(l), None) => format!("{}:{l}", f.file),
        _ => f.file.clone(),
    };
    let _ = writeln!(out, "{pad}{} {place}", paint("-->", blue, color));
    if let (Some(line), Some(snippet)) = (f.line, &f.snippet) {
        let bar = paint("|", blue, color);
        let _ = writeln!(out, "{pad} {bar}");
        let _ = writeln!(
            out,
            "{} {bar} {snippet}",
            paint(&line.to_string(), blue, color)
        );
        if let Some(column) = f.column {
            // Keep tabs so the caret lines up under them.
            let lead: String = snippet
                .chars()
                .take(crate::num::usize_sat(column.saturating_sub(1)))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            let carets = "^".repeat(f.width.max(1));
            let _ = writeln!(
                out,
                "{pad} {bar} {lead}{}",
                paint(&carets, severity_style(f.severity), color)
            );
        }
    }
    // Glossary findings say why, and what to write instead.
    if let Some(reason) = f.reason.as_deref().filter(|r| !r.is_empty()) {
        let _ = writeln!(
            out,
            "{pad} {} {}",
            paint("=", blue, color),
            format!("{}: {reason}", t!("glossary-reason"))
        );
    }
    if let Some(expected) = f.expected.as_ref().filter(|e| !e.is_empty()) {
        let _ = writeln!(
            out,
            "{pad} {} {}",
            paint("=", blue, color),
            format!("{}: {}", t!("glossary-use"), expected.join(", "))
        );
    }
    out.push('\n');
}

/// The summary line.
pub fn summary(report: &Report) -> String {
    let s = &report.summary;
    t!(
        "check-summary",
        "files" => s.files,
        "messages" => s.messages,
        "locales" => s.by_locale.len(),
        "errors" => s.errors,
        "warnings" => s.warnings,
        "infos" => s.infos,
        "suppressed" => s.suppressed
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rustc_like_layout_with_caret() {
        let f = Finding {
            check: "variable-mismatch".into(),
            severity: Severity::Error,
            locale: "de".into(),
            file: "locales/de/x.ftl".into(),
            line: Some(12),
            column: Some(16),
            message_id: Some("files".into()),
            message: "msg".into(),
            attribute: None,
            entries: None,
            concept: None,
            term: None,
            span: None,
            reason: None,
            expected: None,
            snippet: Some("    .title = { $n } Dateien".into()),
            width: 2,
        };
        let mut out = String::new();
        finding(&mut out, &f, false);
        assert_eq!(
            out,
            "error[variable-mismatch]: msg\n  --> locales/de/x.ftl:12:16\n   |\n12 |     .title = { $n } Dateien\n   |                ^^\n\n"
        );
        let mut missing = f.clone();
        missing.line = None;
        missing.column = None;
        let mut out = String::new();
        finding(&mut out, &missing, false);
        assert_eq!(
            out,
            "error[variable-mismatch]: msg\n --> locales/de/x.ftl\n\n"
        );
    }
}
