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
        let (snippet, column) = window(snippet, f.column, f.width);
        let _ = writeln!(
            out,
            "{} {bar} {snippet}",
            paint(&line.to_string(), blue, color)
        );
        if let Some(column) = column {
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
            "{pad} {} {}: {reason}",
            paint("=", blue, color),
            t!("glossary-reason")
        );
    }
    if let Some(expected) = f.expected.as_ref().filter(|e| !e.is_empty()) {
        let _ = writeln!(
            out,
            "{pad} {} {}: {}",
            paint("=", blue, color),
            t!("glossary-use"),
            expected.join(", ")
        );
    }
    out.push('\n');
}

/// Longest line shown whole; a longer one is cut to a window around the
/// finding.
const MAX_SHOWN: usize = 120;
/// Characters kept before the finding in a window.
const BEFORE: usize = 50;

/// The part of a long line worth showing: up to [`MAX_SHOWN`] characters
/// around the 1-based `column` (`…` marks what is cut), and the column
/// within it.
fn window(line: &str, column: Option<u64>, width: usize) -> (String, Option<u64>) {
    let chars: Vec<char> = line.chars().collect();
    if chars.len() <= MAX_SHOWN {
        return (line.to_string(), column);
    }
    let at = column.map_or(0, |c| crate::num::usize_sat(c.saturating_sub(1)));
    let start = at.saturating_sub(BEFORE);
    let end = (start + MAX_SHOWN).max(at + width).min(chars.len());
    let mut shown = String::new();
    if start > 0 {
        shown.push('…');
    }
    shown.extend(&chars[start..end]);
    if end < chars.len() {
        shown.push('…');
    }
    let lead = u64::from(start > 0);
    let column = column.map(|_| crate::num::u64_sat(at - start) + 1 + lead);
    (shown, column)
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
mod window_tests {
    use super::window;

    #[test]
    fn long_lines_show_a_window_around_the_caret() {
        let line = format!("{}child porn{}", "a".repeat(500), "b".repeat(300));
        let (shown, column) = window(&line, Some(501), 10);
        assert!(shown.chars().count() <= 122, "{shown}");
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        let col = usize::try_from(column.unwrap()).unwrap();
        let found: String = shown.chars().skip(col - 1).take(10).collect();
        assert_eq!(found, "child porn");
        assert_eq!(window("short", Some(2), 1), ("short".to_string(), Some(2)));
    }
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
            reference: None,
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
