//! Glossary findings for people: each shown the way rustc shows a
//! diagnostic (the text's line with the span underlined, the reason and
//! the terms to use), and their counts by severity.

use std::fmt::Write as _;

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use crate::glossary::verify::{Applied, Finding, Side};
use crate::model::Severity;
use crate::style;
use crate::t;

/// Counts of a run, by severity.
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    /// Findings of error severity.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Informational findings.
    pub infos: usize,
    /// Findings dropped by `[[suppress]]`.
    pub suppressed: usize,
    /// Findings of checks turned `off`.
    pub off: usize,
}

/// What `glossary verify --json` prints.
#[derive(Debug, Serialize)]
pub struct Verified<'a> {
    /// The findings, relais.toml applied.
    pub findings: &'a [Finding],
    /// Their counts.
    pub summary: &'a Summary,
}

impl Summary {
    /// The counts of `applied`'s findings.
    pub fn of(applied: &Applied) -> Self {
        let mut summary = Summary {
            suppressed: applied.suppressed,
            off: applied.off,
            ..Default::default()
        };
        for f in &applied.findings {
            match f.severity {
                Severity::Error => summary.errors += 1,
                Severity::Warning => summary.warnings += 1,
                _ => summary.infos += 1,
            }
        }
        summary
    }
}

/// Line (1-based), column (1-based, in characters) and the line's text
/// around byte `at`.
fn line_of(text: &str, at: usize) -> (usize, usize, &str) {
    let start = text[..at].rfind('\n').map_or(0, |p| p + 1);
    let end = text[at..].find('\n').map_or(text.len(), |p| at + p);
    let line = text[..at].matches('\n').count() + 1;
    let column = text[start..at].chars().count() + 1;
    (line, column, &text[start..end])
}

/// A finding the way rustc shows a diagnostic: the text's line with the
/// span underlined, the reason and the terms to use.
pub fn render(finding: &Finding, source: &str, target: &str, color: bool) -> String {
    // The same words as `relais check` (`erreur[` in French).
    let label = match finding.severity {
        Severity::Error => t!("check-label-error"),
        Severity::Warning => t!("check-label-warning"),
        _ => t!("check-label-info"),
    };
    let head = format!("{label}[{}]", finding.check);
    let head = match finding.severity {
        Severity::Error => style::error(&head, color),
        Severity::Warning => style::warning(&head, color),
        _ => head,
    };
    let (text, side) = match finding.side {
        Side::Source => (source, t!("glossary-side-source")),
        Side::Target => (target, t!("glossary-side-target")),
    };
    let start = finding.span.start.min(text.len());
    let end = finding.span.end.clamp(start, text.len());
    let (line, column, line_text) = line_of(text, start);
    let shown = line_text
        .replace('\t', " ")
        .trim_end_matches('\r')
        .to_string();
    let line_begin = text[..start].rfind('\n').map_or(0, |p| p + 1);
    let line_end = line_begin + line_text.len();
    let pad = " ".repeat(text[line_begin..start].replace('\t', " ").width());
    let carets = "^".repeat(text[start..end.min(line_end)].width().max(1));
    let gutter = " ".repeat(line.to_string().len());
    let mut out = format!("{head}: {}\n", finding.message);
    let _ = writeln!(out, "{gutter}--> {side}:{line}:{column}");
    let _ = writeln!(out, "{gutter} |");
    let _ = writeln!(out, "{line} | {shown}");
    let _ = writeln!(out, "{gutter} | {pad}{carets}");
    if !finding.reason.is_empty() {
        let _ = writeln!(
            out,
            "{gutter} = {}: {}",
            t!("glossary-reason"),
            finding.reason
        );
    }
    if !finding.expected.is_empty() {
        let _ = writeln!(
            out,
            "{gutter} = {}: {}",
            t!("glossary-use"),
            finding.expected.join(", ")
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::verify::Side;
    use crate::model::Span;

    #[test]
    fn renders_the_span_under_the_line() {
        let f = Finding {
            check: "glossary-forbidden",
            severity: Severity::Error,
            locale: "en".into(),
            file: None,
            line: None,
            column: None,
            message_id: None,
            message: "\"child porn\" is forbidden".into(),
            concept: "C04".into(),
            term: "child porn".into(),
            found: "child porn".into(),
            side: Side::Target,
            span: Span { start: 18, end: 28 },
            reason: "used by offenders".into(),
            expected: vec!["child sexual abuse material".into()],
            promoted: None,
        };
        let out = render(&f, "", "first line\nAI – child porn here", false);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines[0],
            "error[glossary-forbidden]: \"child porn\" is forbidden"
        );
        assert!(lines[1].ends_with(":2:6"), "{out}");
        assert_eq!(lines[3], "2 | AI – child porn here");
        assert_eq!(lines[4], "  |      ^^^^^^^^^^");
        assert!(lines[6].ends_with("child sexual abuse material"), "{out}");
    }
}
