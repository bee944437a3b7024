//! The status page: one self-contained HTML file (inline CSS and SVG,
//! nothing fetched) with completion per locale, the findings and the TM's
//! language pairs.

use std::fmt::Write as _;
use std::path::Path;

use crate::error::Result;
use crate::model::Finding;
use crate::project::Project;
use crate::publish::render::CSS;
use crate::publish::status::StatusReport;

/// Relative path from a file's folder back to the project root.
pub fn base_for(project: &Project, file: &Path) -> String {
    let dir = file.parent().unwrap_or(file);
    match dir.strip_prefix(&project.root) {
        Ok(rel) => "../".repeat(rel.components().count()),
        Err(_) => format!("{}/", project.root.display()),
    }
}

/// Writes the page to `file` (atomically), its links relative to it.
pub fn write(project: &Project, report: &StatusReport, file: &Path) -> Result<()> {
    project.write_file(file, &html(report, &base_for(project, file)))
}

fn esc(s: &str) -> String {
    html_escape::encode_text(s).into_owned()
}

/// The self-contained HTML page. `base` is the path from the page's
/// folder to the project, for links to files.
pub fn html(report: &StatusReport, base: &str) -> String {
    let svg = chart(report);
    let table = table(report);
    let details = details(report, base);
    let pairs = pairs(report);
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>relais status</title>\n<style>{CSS}body{{max-width:60rem}}table{{border-collapse:collapse;font-family:system-ui,sans-serif;font-size:.9rem}}td,th{{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:right}}td:first-child,th:first-child{{text-align:left;white-space:nowrap}}details.findings{{margin:1rem 0}}details.findings summary{{cursor:pointer}}details.findings summary h2{{display:inline;font-size:1.25rem}}.quiet{{font-family:system-ui,sans-serif;font-size:.9rem;color:#555}}.chart text{{font:14px system-ui,sans-serif;fill:#1a1a1a}}.track{{fill:#eee}}.bar.ok{{fill:#2e7d32}}.bar.blocked{{fill:#c62828}}.findings li{{font-family:system-ui,sans-serif;font-size:.9rem;margin:.2rem 0}}.sev{{font-weight:bold}}li.error .sev{{color:#c62828}}li.warning .sev{{color:#8d6e00}}</style>\n</head>\n<body>\n<main>\n<h1>Translation status</h1>\n<p>Source locale: <code>{src}</code>. Translation memory: {units} units.</p>\n{svg}{table}{details}<h2>Translation memory</h2>\n<ul class=\"pairs\">\n{pairs}</ul>\n</main>\n</body>\n</html>\n",
        src = esc(&report.source_locale),
        units = report.tm_units,
    )
}

/// The completion bars, as inline SVG.
fn chart(report: &StatusReport) -> String {
    const BAR_H: usize = 28;
    const GAP: usize = 12;
    const LABEL_W: usize = 150;
    const CHART_W: usize = 420;
    let height = report.locales.len() * (BAR_H + GAP) + GAP;
    let mut svg = format!(
        "<svg class=\"chart\" role=\"img\" aria-label=\"completion per locale\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{height}\" viewBox=\"0 0 {w} {height}\">\n",
        w = LABEL_W + CHART_W + 60
    );
    for (i, l) in report.locales.iter().enumerate() {
        let y = GAP + i * (BAR_H + GAP);
        let w = CHART_W * l.percent as usize / 100;
        let class = if l.publishable { "ok" } else { "blocked" };
        let _ = writeln!(
            svg,
            "<g class=\"locale\" data-locale=\"{loc}\"><text x=\"0\" y=\"{ty}\">{name}</text><rect class=\"track\" x=\"{LABEL_W}\" y=\"{y}\" width=\"{CHART_W}\" height=\"{BAR_H}\" rx=\"3\"/><rect class=\"bar {class}\" x=\"{LABEL_W}\" y=\"{y}\" width=\"{w}\" height=\"{BAR_H}\" rx=\"3\"><title>{loc}: {p}%</title></rect><text x=\"{tx}\" y=\"{ty}\">{p}%</text></g>",
            loc = esc(&l.locale),
            name = esc(&l.name),
            ty = y + BAR_H * 2 / 3,
            tx = LABEL_W + CHART_W + 8,
            p = l.percent
        );
    }
    svg.push_str("</svg>\n");
    svg
}

/// One row per locale: counts, findings, whether it can be published.
fn table(report: &StatusReport) -> String {
    let mut table = String::from(
        "<table>\n<thead><tr><th>Locale</th><th>Translated</th><th>To review</th><th>Outdated</th><th>Missing</th><th>Words to translate</th><th>Errors</th><th>Warnings</th><th>Native review</th><th>Publishable</th></tr></thead>\n<tbody>\n",
    );
    for l in &report.locales {
        let _ = writeln!(
            table,
            "<tr><td lang=\"{loc}\">{name} <code>{loc}</code></td><td>{}/{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            l.counts.translated,
            l.counts.messages,
            l.counts.review,
            l.counts.outdated,
            l.counts.missing,
            l.counts.words_to_translate,
            // Glossary errors block publication as check errors do: one
            // column counts both.
            l.errors + l.glossary_errors,
            l.warnings + l.glossary_warnings,
            if l.reviewed {
                "yes"
            } else {
                "<strong>not yet</strong>: published with a notice"
            },
            if l.publishable {
                "yes".to_string()
            } else {
                // The status page says why, as `build` does.
                let why: Vec<String> = l.holds.iter().map(|h| esc(&h.describe())).collect();
                format!("<strong>no</strong>: {}", why.join("; "))
            },
            loc = esc(&l.locale),
            name = esc(&l.name)
        );
    }
    table.push_str("</tbody>\n</table>\n");
    table
}

/// The findings of each locale, check findings and glossary findings
/// apart, each linked to its file; a locale with nothing to report is a
/// collapsed section.
fn details(report: &StatusReport, base: &str) -> String {
    let mut details = String::new();
    for l in &report.locales {
        let _ = writeln!(
            details,
            "<details class=\"findings\" id=\"locale-{loc}\"{open}><summary><h2 lang=\"{loc}\">{name} <code>{loc}</code></h2>{quiet}</summary>",
            loc = esc(&l.locale),
            name = esc(&l.name),
            open = if l.findings.is_empty() { "" } else { " open" },
            quiet = if l.findings.is_empty() {
                " <span class=\"quiet\">— nothing to report</span>"
            } else {
                ""
            }
        );
        if l.findings.is_empty() {
            details.push_str("<p class=\"none\">No findings.</p>\n</details>\n");
            continue;
        }
        let (glossary, other): (Vec<&Finding>, Vec<&Finding>) =
            l.findings.iter().partition(|f| f.is_glossary());
        for (title, list) in [("Check findings", other), ("Glossary findings", glossary)] {
            let _ = writeln!(details, "<h3>{title}</h3>");
            if list.is_empty() {
                details.push_str("<p class=\"none\">None.</p>\n");
                continue;
            }
            details.push_str("<ul>\n");
            for f in list {
                let position = match (f.line, f.column) {
                    (Some(l), Some(c)) => format!("{}:{l}:{c}", f.file),
                    (Some(l), None) => format!("{}:{l}", f.file),
                    _ => f.file.clone(),
                };
                let href = format!("{base}{}", f.file);
                let _ = writeln!(
                    details,
                    "<li class=\"{sev}\"><span class=\"sev\">{sev}</span> <code>{check}</code> <a href=\"{href}\">{pos}</a>{id}: {msg}{reason}</li>",
                    sev = f.severity.as_str(),
                    check = esc(&f.check),
                    href = html_escape::encode_double_quoted_attribute(&href),
                    pos = esc(&position),
                    id = f
                        .message_id
                        .as_ref()
                        .map(|m| format!(" <code>{}</code>", esc(m)))
                        .unwrap_or_default(),
                    msg = esc(&f.message),
                    reason = f
                        .reason
                        .as_ref()
                        .map(|r| format!(" <em class=\"reason\">{}</em>", esc(r)))
                        .unwrap_or_default()
                );
            }
            details.push_str("</ul>\n");
        }
        details.push_str("</details>\n");
    }
    details
}

/// The TM's language pairs, largest first (forty at most).
fn pairs(report: &StatusReport) -> String {
    report
        .tm_pairs
        .iter()
        .take(40)
        .map(|p| {
            format!(
                "<li><code>{}</code> – <code>{}</code>: {}</li>\n",
                esc(&p.langs[0]),
                esc(&p.langs[1]),
                p.units
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Severity;
    use crate::publish::status::{Counts, LocaleStatus};

    #[test]
    fn page_is_self_contained() {
        let report = StatusReport {
            source_locale: "fr".into(),
            locales: vec![LocaleStatus {
                locale: "de".into(),
                name: "Deutsch".into(),
                counts: Counts {
                    messages: 4,
                    translated: 3,
                    missing: 1,
                    words_to_translate: 7,
                    ..Default::default()
                },
                percent: 75,
                errors: 0,
                warnings: 1,
                glossary_errors: 0,
                glossary_warnings: 1,
                publishable: true,
                holds: Vec::new(),
                reviewed: true,
                documents: Vec::new(),
                findings: vec![{
                    let mut f = Finding::new(
                        "glossary-deprecated",
                        Severity::Warning,
                        "de",
                        "locales/de/d.ftl",
                        "deprecated <term>",
                    );
                    f.line = Some(3);
                    f.column = Some(5);
                    f.message_id = Some("m".into());
                    f.reason = Some("legal-quote only".into());
                    f
                }],
            }],
            tm_units: 10,
            tm_pairs: Vec::new(),
        };
        let page = html(&report, "../");
        assert!(page.contains("data-locale=\"de\""));
        assert!(page.contains("width=\"315\""), "75 % of 420");
        assert!(page.contains("href=\"../locales/de/d.ftl\">locales/de/d.ftl:3:5</a>"));
        assert!(page.contains("deprecated &lt;term&gt;"));
        assert!(page.contains("legal-quote only"));
        // One errors column and one warnings column, glossary included.
        assert!(!page.contains("<th>Glossary</th>"));
        assert!(page.contains("<td>0</td><td>2</td><td>yes</td>"), "{page}");
        assert!(page.contains("<details class=\"findings\" id=\"locale-de\" open>"));
        assert!(
            !page.contains("<script")
                && !page.contains("src=\"http")
                && !page.contains("href=\"http")
        );
    }
}
