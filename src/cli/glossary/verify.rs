//! `relais glossary verify`: glossary findings for one translation.

use clap::Args;
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use crate::cli::output::{style_error, style_warning};
use crate::cli::{Ctx, Outcome};
use crate::error::Result;
use crate::glossary::{Finding, Side, apply_config};
use crate::lang::{LangTag, parse_lang_arg};
use crate::model::Severity;
use crate::t;

/// Check a translation against the glossary.
///
/// Reports forbidden and deprecated terms in the translation, source
/// terms whose preferred or admitted translation is missing, and
/// do-not-translate names changed. Severities and suppressions come from
/// relais.toml. Exits 1 when a finding has error severity.
///
/// Example: relais glossary verify --source fr --target en "Les contenus pédopornographiques générés par l'IA" "AI-generated child porn"
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The source text.
    #[arg(value_name = "SOURCE")]
    pub source_text: String,
    /// Its translation.
    #[arg(value_name = "TARGET")]
    pub target_text: String,
    /// Language of the source text.
    #[arg(long, value_parser = parse_lang_arg, value_name = "LANG")]
    pub source: LangTag,
    /// Language of the translation.
    #[arg(long, value_parser = parse_lang_arg, value_name = "LANG")]
    pub target: LangTag,
}

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

#[derive(Serialize)]
struct Doc<'a> {
    findings: &'a [Finding],
    summary: &'a Summary,
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
    let label = finding.severity.as_str();
    let head = format!("{label}[{}]", finding.check);
    let head = match finding.severity {
        Severity::Error => style_error(&head, color),
        Severity::Warning => style_warning(&head, color),
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
    out.push_str(&format!("{gutter}--> {side}:{line}:{column}\n"));
    out.push_str(&format!("{gutter} |\n"));
    out.push_str(&format!("{line} | {shown}\n"));
    out.push_str(&format!("{gutter} | {pad}{carets}\n"));
    if !finding.reason.is_empty() {
        out.push_str(&format!(
            "{gutter} = {}: {}\n",
            t!("glossary-reason"),
            finding.reason
        ));
    }
    if !finding.expected.is_empty() {
        out.push_str(&format!(
            "{gutter} = {}: {}\n",
            t!("glossary-use"),
            finding.expected.join(", ")
        ));
    }
    out
}

/// Runs `glossary verify`.
pub fn run(ctx: &Ctx, args: &VerifyArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    let glossary = super::load(ctx, &project)?;
    let findings = glossary.verify(
        &args.source,
        &args.target,
        &args.source_text,
        &args.target_text,
    );
    let applied = apply_config(findings, &project.config, &args.target);
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
    if ctx.out.json {
        ctx.out.json(&Doc {
            findings: &applied.findings,
            summary: &summary,
        });
    } else {
        for f in &applied.findings {
            ctx.out.data(&render(
                f,
                &args.source_text,
                &args.target_text,
                ctx.out.color_stdout,
            ));
        }
        if applied.findings.is_empty() {
            ctx.out.summary(&t!("glossary-verify-clean"));
        } else {
            ctx.out.summary(&t!(
                "glossary-verify-summary",
                "errors" => summary.errors,
                "warnings" => summary.warnings,
                "infos" => summary.infos
            ));
        }
        if summary.suppressed > 0 {
            ctx.out
                .summary(&t!("glossary-verify-suppressed", "count" => summary.suppressed));
        }
    }
    Ok(if summary.errors > 0 {
        Outcome::Problems
    } else {
        Outcome::Clean
    })
}

#[cfg(test)]
mod tests {
    use super::*;
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
