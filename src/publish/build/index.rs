//! `dist/index.html`: what is published, in the source language: the
//! organisation (`[build] organisation`), the title (`[build] title`, or
//! the first heading of the first document), the date (`[build] date`,
//! or the day of the build), and
//! each published language with its documents.

use std::fmt::Write as _;
use std::path::Path;

use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};

use crate::error::Result;
use crate::project::Project;
use crate::publish::build::report::BuildReport;
use crate::publish::notices;
use crate::publish::render;

/// The index page's own style, after the pages' [`render::CSS`]: one
/// row per language, its name never broken, each document on its line.
const INDEX_CSS: &str = ".organisation{font-family:system-ui,sans-serif;font-size:.95rem;letter-spacing:.02em;margin:0;color:#555}h1{margin:.25rem 0}.date{font-family:system-ui,sans-serif;color:#555;margin-top:0}.languages{list-style:none;padding:0;margin:0}.languages>li{display:grid;grid-template-columns:minmax(9rem,max-content) 1fr;gap:.25rem 1.5rem;padding:.6rem 0;border-bottom:1px solid #eee}.language{font-weight:bold;white-space:nowrap}.documents{list-style:none;margin:0;padding:0}.md{font-family:system-ui,sans-serif;font-size:.85rem;white-space:nowrap;margin-left:.5rem}@media (max-width:32rem){.languages>li{grid-template-columns:1fr}}";

/// The date the index shows: `SOURCE_DATE_EPOCH` (reproducible builds)
/// when set, today (UTC) otherwise; ISO 8601, read alike in every
/// language.
fn publication_date() -> String {
    let at = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| chrono::DateTime::from_timestamp(secs, 0))
        .unwrap_or_else(chrono::Utc::now);
    at.format("%Y-%m-%d").to_string()
}

/// Writes the index page of the locales `report` published.
pub fn write_index(project: &Project, out: &Path, report: &BuildReport) -> Result<()> {
    let config = project.require_config()?;
    let source = config.source_locale.as_str();
    let mut items = String::new();
    for l in report.locales.iter().filter(|l| l.published) {
        let mut documents = String::new();
        for d in &l.documents {
            let _ = write!(
                documents,
                "<li><a href=\"{loc}/{doc}.html\" hreflang=\"{loc}\">{title}</a><a class=\"md\" href=\"{loc}/{doc}.md\" hreflang=\"{loc}\">Markdown</a></li>",
                loc = attr(&l.locale),
                doc = attr(&d.document),
                title = text(&d.title)
            );
        }
        let _ = writeln!(
            items,
            "<li lang=\"{loc}\"><span class=\"language\">{name}</span><ul class=\"documents\">{documents}</ul></li>",
            loc = attr(&l.locale),
            name = text(&render::endonym(&l.locale)),
        );
    }
    let title = config
        .build
        .title
        .clone()
        .or_else(|| {
            report
                .locales
                .iter()
                .find(|l| l.locale == source)
                .and_then(|l| l.documents.first())
                .map(|d| d.title.clone())
        })
        .unwrap_or_else(|| notices::languages_label(source).to_string());
    let organisation = config
        .build
        .organisation
        .as_ref()
        .map(|o| format!("<p class=\"organisation\">{}</p>\n", text(o)))
        .unwrap_or_default();
    let date = config.build.date.clone().unwrap_or_else(publication_date);
    let languages = notices::languages_label(source);
    let body = format!(
        "<header>\n{organisation}<h1>{title}</h1>\n<p class=\"date\"><time datetime=\"{date}\">{date}</time></p>\n</header>\n<nav aria-label=\"{label}\">\n<ul class=\"languages\">\n{items}</ul>\n</nav>\n",
        title = text(&title),
        label = attr(languages),
    );
    let page_title = match &config.build.organisation {
        Some(o) => format!("{title} — {o}"),
        None => title.clone(),
    };
    let page = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{page_title}</title>\n<style>{css}{INDEX_CSS}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        lang = attr(source),
        dir = render::direction(source),
        page_title = text(&page_title),
        css = render::CSS,
    );
    project.write_file(&out.join("index.html"), &page)
}
