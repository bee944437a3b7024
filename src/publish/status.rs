//! `relais status`: how far along each locale is, and whether it is safe
//! to publish.
//!
//! Per locale and document: messages translated, waiting for review,
//! outdated (source changed since translation), missing, and the words
//! still to translate (source words of everything not translated); check
//! findings per locale (glossary findings counted apart); the TM's size
//! per language pair. Rendered as a terminal table, JSON, or one
//! self-contained HTML page (inline CSS and SVG, nothing fetched).

use std::collections::BTreeMap;

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

use crate::error::Result;
use crate::lang::LangTag;
use crate::project::Project;
use crate::publish::document::SourceDocument;
use crate::publish::markup;
use crate::publish::render::{self, CSS};
use crate::publish::target::{TargetFile, is_outdated};
use crate::tm::Tm;

/// A check finding as status shows it.
#[derive(Debug, Clone, Serialize)]
pub struct FindingRef {
    /// Check id.
    pub check: String,
    /// `error`, `warning` or `info`.
    pub severity: String,
    /// File (relative to the project).
    pub file: String,
    /// Line.
    pub line: Option<u64>,
    /// Column.
    pub column: Option<u64>,
    /// Message id.
    pub message_id: Option<String>,
    /// What is wrong.
    pub message: String,
    /// Why (glossary findings: the glossary's reason).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl FindingRef {
    /// Whether it is a glossary finding.
    pub fn is_glossary(&self) -> bool {
        self.check.starts_with("glossary-")
    }
}

/// Counts for a document or a locale.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Counts {
    /// Messages in the source.
    pub messages: usize,
    /// Translated and accepted.
    pub translated: usize,
    /// Filled from fuzzy matches, waiting for review.
    pub review: usize,
    /// Translated from an older version of the source.
    pub outdated: usize,
    /// Not translated.
    pub missing: usize,
    /// Source words of the messages not translated (missing, review,
    /// outdated).
    pub words_to_translate: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.messages += o.messages;
        self.translated += o.translated;
        self.review += o.review;
        self.outdated += o.outdated;
        self.missing += o.missing;
        self.words_to_translate += o.words_to_translate;
    }

    /// Completion, 0–100.
    pub fn percent(&self) -> u32 {
        (self.translated * 100)
            .checked_div(self.messages)
            .map_or(100, |p| p as u32)
    }
}

/// One document in one locale.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentStatus {
    /// Document.
    pub document: String,
    /// Translation file.
    pub file: String,
    /// Counts.
    #[serde(flatten)]
    pub counts: Counts,
}

/// One locale.
#[derive(Debug, Clone, Serialize)]
pub struct LocaleStatus {
    /// Locale.
    pub locale: String,
    /// Its name in its language.
    pub name: String,
    /// Totals.
    #[serde(flatten)]
    pub counts: Counts,
    /// Completion, 0–100.
    pub percent: u32,
    /// Error findings (glossary ones excluded).
    pub errors: usize,
    /// Warning findings (glossary ones excluded).
    pub warnings: usize,
    /// Glossary findings of error severity.
    pub glossary_errors: usize,
    /// Glossary findings of warning severity.
    pub glossary_warnings: usize,
    /// Whether the locale can be published (no error).
    pub publishable: bool,
    /// Per document.
    pub documents: Vec<DocumentStatus>,
    /// The findings.
    pub findings: Vec<FindingRef>,
}

/// TM units per language pair.
#[derive(Debug, Clone, Serialize)]
pub struct PairSize {
    /// The two languages.
    pub langs: [String; 2],
    /// Units.
    pub units: u64,
}

/// The whole status.
#[derive(Debug, Clone, Serialize)]
pub struct StatusReport {
    /// Source locale.
    pub source_locale: String,
    /// Per target locale.
    pub locales: Vec<LocaleStatus>,
    /// TM units in all.
    pub tm_units: u64,
    /// TM units per language pair.
    pub tm_pairs: Vec<PairSize>,
}

fn words(text: &str) -> usize {
    markup::strip(text).unicode_words().count()
}

/// Computes the status. `findings` gives each locale's check findings.
pub fn status(
    project: &Project,
    tm: &Tm,
    findings: &dyn Fn(&str) -> Result<Vec<FindingRef>>,
) -> Result<StatusReport> {
    let config = project.require_config()?;
    let source_tag = LangTag::parse(&config.source_locale)?;
    let docs: Vec<SourceDocument> = config
        .documents
        .iter()
        .filter(|d| {
            project
                .resource_path(&config.source_locale, &d.name)
                .exists()
        })
        .map(|d| SourceDocument::load(project, &d.name))
        .collect::<Result<_>>()?;
    let mut locales = Vec::new();
    for locale in &config.locales {
        let target_tag = LangTag::parse(locale)?;
        let mut total = Counts::default();
        let mut documents = Vec::new();
        for doc in &docs {
            let path = project.resource_path(locale, &doc.name);
            let target = TargetFile::load(&path)?;
            let mut c = Counts::default();
            for block in &doc.blocks {
                let Some(source) = doc.segment(&block.id) else {
                    continue;
                };
                c.messages += 1;
                let text = source.display_text();
                match target.message(&block.id) {
                    None => {
                        c.missing += 1;
                        c.words_to_translate += words(&text);
                    }
                    Some(m) if m.needs_review() => {
                        c.review += 1;
                        c.words_to_translate += words(&text);
                    }
                    Some(m)
                        if is_outdated(
                            tm,
                            m,
                            &source,
                            &format!("{}:{}", doc.name, block.id),
                            &source_tag,
                            &target_tag,
                        )? =>
                    {
                        c.outdated += 1;
                        c.words_to_translate += words(&text);
                    }
                    Some(_) => c.translated += 1,
                }
            }
            total.add(&c);
            documents.push(DocumentStatus {
                document: doc.name.clone(),
                file: path
                    .strip_prefix(&project.root)
                    .unwrap_or(&path)
                    .display()
                    .to_string(),
                counts: c,
            });
        }
        let found = findings(locale)?;
        let count = |glossary: bool, sev: &str| {
            found
                .iter()
                .filter(|f| f.is_glossary() == glossary && f.severity == sev)
                .count()
        };
        let errors = count(false, "error");
        let glossary_errors = count(true, "error");
        locales.push(LocaleStatus {
            locale: locale.clone(),
            name: render::endonym(locale),
            percent: total.percent(),
            counts: total,
            errors,
            warnings: count(false, "warning"),
            glossary_errors,
            glossary_warnings: count(true, "warning"),
            publishable: errors + glossary_errors == 0,
            documents,
            findings: found,
        });
    }
    let stats = tm.stats();
    let mut tm_pairs: Vec<PairSize> = stats
        .pairs
        .iter()
        .map(|((a, b), n)| PairSize {
            langs: [a.clone(), b.clone()],
            units: *n,
        })
        .collect();
    tm_pairs.sort_by(|a, b| b.units.cmp(&a.units).then(a.langs.cmp(&b.langs)));
    Ok(StatusReport {
        source_locale: config.source_locale.clone(),
        locales,
        tm_units: stats.units,
        tm_pairs,
    })
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

fn esc(s: &str) -> String {
    html_escape::encode_text(s).into_owned()
}

/// The self-contained HTML page. `base` is the path from the page's
/// folder to the project, for links to files.
pub fn html(report: &StatusReport, base: &str) -> String {
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
        svg.push_str(&format!(
            "<g class=\"locale\" data-locale=\"{loc}\"><text x=\"0\" y=\"{ty}\">{name}</text><rect class=\"track\" x=\"{LABEL_W}\" y=\"{y}\" width=\"{CHART_W}\" height=\"{BAR_H}\" rx=\"3\"/><rect class=\"bar {class}\" x=\"{LABEL_W}\" y=\"{y}\" width=\"{w}\" height=\"{BAR_H}\" rx=\"3\"><title>{loc}: {p}%</title></rect><text x=\"{tx}\" y=\"{ty}\">{p}%</text></g>\n",
            loc = esc(&l.locale),
            name = esc(&l.name),
            ty = y + BAR_H * 2 / 3,
            tx = LABEL_W + CHART_W + 8,
            p = l.percent,
        ));
    }
    svg.push_str("</svg>\n");

    let mut table = String::from(
        "<table>\n<thead><tr><th>Locale</th><th>Translated</th><th>To review</th><th>Outdated</th><th>Missing</th><th>Words to translate</th><th>Errors</th><th>Warnings</th><th>Glossary</th><th>Publishable</th></tr></thead>\n<tbody>\n",
    );
    for l in &report.locales {
        table.push_str(&format!(
            "<tr><td lang=\"{loc}\">{name} <code>{loc}</code></td><td>{}/{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{} / {}</td><td>{}</td></tr>\n",
            l.counts.translated,
            l.counts.messages,
            l.counts.review,
            l.counts.outdated,
            l.counts.missing,
            l.counts.words_to_translate,
            l.errors,
            l.warnings,
            l.glossary_errors,
            l.glossary_warnings,
            if l.publishable { "yes" } else { "<strong>no</strong>" },
            loc = esc(&l.locale),
            name = esc(&l.name),
        ));
    }
    table.push_str("</tbody>\n</table>\n");

    let mut details = String::new();
    for l in &report.locales {
        details.push_str(&format!(
            "<section class=\"findings\" id=\"locale-{loc}\"><h2 lang=\"{loc}\">{name} <code>{loc}</code></h2>\n",
            loc = esc(&l.locale),
            name = esc(&l.name)
        ));
        let (glossary, other): (Vec<&FindingRef>, Vec<&FindingRef>) =
            l.findings.iter().partition(|f| f.is_glossary());
        for (title, list) in [("Check findings", other), ("Glossary findings", glossary)] {
            details.push_str(&format!("<h3>{title}</h3>\n"));
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
                details.push_str(&format!(
                    "<li class=\"{sev}\"><span class=\"sev\">{sev}</span> <code>{check}</code> <a href=\"{href}\">{pos}</a>{id}: {msg}{reason}</li>\n",
                    sev = esc(&f.severity),
                    check = esc(&f.check),
                    href = html_escape::encode_double_quoted_attribute(&href),
                    pos = esc(&position),
                    id = f.message_id.as_ref().map(|m| format!(" <code>{}</code>", esc(m))).unwrap_or_default(),
                    msg = esc(&f.message),
                    reason = f.reason.as_ref().map(|r| format!(" <em class=\"reason\">{}</em>", esc(r))).unwrap_or_default(),
                ));
            }
            details.push_str("</ul>\n");
        }
        details.push_str("</section>\n");
    }
    let pairs: String = report
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
        .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>relais status</title>\n<style>{CSS}body{{max-width:60rem}}table{{border-collapse:collapse;font-family:system-ui,sans-serif;font-size:.9rem}}td,th{{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:right}}td:first-child,th:first-child{{text-align:left}}.chart text{{font:14px system-ui,sans-serif;fill:#1a1a1a}}.track{{fill:#eee}}.bar.ok{{fill:#2e7d32}}.bar.blocked{{fill:#c62828}}.findings li{{font-family:system-ui,sans-serif;font-size:.9rem;margin:.2rem 0}}.sev{{font-weight:bold}}li.error .sev{{color:#c62828}}li.warning .sev{{color:#8d6e00}}</style>\n</head>\n<body>\n<main>\n<h1>Translation status</h1>\n<p>Source locale: <code>{src}</code>. Translation memory: {units} units.</p>\n{svg}{table}{details}<h2>Translation memory</h2>\n<ul class=\"pairs\">\n{pairs}</ul>\n</main>\n</body>\n</html>\n",
        src = esc(&report.source_locale),
        units = report.tm_units,
    )
}

/// Findings per locale grouped for callers.
pub type FindingsByLocale = BTreeMap<String, Vec<FindingRef>>;

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
                documents: Vec::new(),
                findings: vec![FindingRef {
                    check: "glossary-deprecated".into(),
                    severity: "warning".into(),
                    file: "locales/de/d.ftl".into(),
                    line: Some(3),
                    column: Some(5),
                    message_id: Some("m".into()),
                    message: "deprecated <term>".into(),
                    reason: Some("legal-quote only".into()),
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
        assert!(
            !page.contains("<script")
                && !page.contains("src=\"http")
                && !page.contains("href=\"http")
        );
    }
}
