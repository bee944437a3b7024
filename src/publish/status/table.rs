//! `relais status` as a terminal table: one row per locale, with a bar
//! of its completion (green when publishable, red when not, where colour
//! is allowed).

use crate::publish::status::StatusReport;
use crate::t;

/// The table's lines: the header, then one row per locale.
pub fn lines(report: &StatusReport, color: bool) -> Vec<String> {
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
                // Glossary findings count among the errors and warnings
                // (a glossary error blocks publication too); the last
                // column says how many of them are the glossary's.
                (l.errors + l.glossary_errors).to_string(),
                (l.warnings + l.glossary_warnings).to_string(),
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
    let mut out = vec![line(&headers)];
    for (l, row) in report.locales.iter().zip(&rows) {
        let b = bar(l.percent, 20);
        let b = crate::style::good_or_bad(&b, l.publishable, color);
        out.push(format!("{}  {b} {:>3}%", line(row), l.percent));
    }
    let unreviewed: Vec<&str> = report
        .locales
        .iter()
        .filter(|l| !l.reviewed)
        .map(|l| l.locale.as_str())
        .collect();
    if !unreviewed.is_empty() {
        out.push(t!("status-unreviewed", "locales" => unreviewed.join(", ")));
    }
    // Why a locale is not published, as `build` says it.
    for l in report.locales.iter().filter(|l| !l.publishable) {
        let why: Vec<String> = l
            .holds
            .iter()
            .map(crate::publish::gate::Hold::describe)
            .collect();
        out.push(
            t!("status-not-publishable", "locale" => l.locale.as_str(), "why" => why.join("; ")),
        );
    }
    out
}

/// A text bar of `width` cells for a percentage.
pub fn bar(percent: u32, width: usize) -> String {
    let filled = (percent as usize * width).div_ceil(100).min(width);
    let filled = if percent < 100 {
        filled.min(width - 1)
    } else {
        filled
    };
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars() {
        assert_eq!(bar(100, 10), "██████████");
        assert_eq!(bar(0, 10), "░░░░░░░░░░");
        assert_eq!(bar(99, 10), "█████████░");
        assert_eq!(bar(50, 10), "█████░░░░░");
    }
}
