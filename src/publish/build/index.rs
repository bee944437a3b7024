//! `dist/index.html`: the published languages, each with its documents.

use std::fmt::Write as _;
use std::path::Path;

use crate::error::Result;
use crate::project::Project;
use crate::publish::build::report::BuildReport;
use crate::publish::render;

/// Writes the index page of the locales `report` published.
pub fn write_index(project: &Project, out: &Path, report: &BuildReport) -> Result<()> {
    let mut items = String::new();
    for l in report.locales.iter().filter(|l| l.published) {
        let links: Vec<String> = l
            .documents
            .iter()
            .map(|d| {
                format!(
                    "<a href=\"{loc}/{doc}.html\" hreflang=\"{loc}\">{title}</a> (<a href=\"{loc}/{doc}.md\">Markdown</a>)",
                    loc = l.locale,
                    doc = d.document,
                    title = html_escape::encode_text(&d.title)
                )
            })
            .collect();
        let _ = writeln!(
            items,
            "<li lang=\"{loc}\"><strong>{name}</strong> — {links}</li>",
            loc = l.locale,
            name = html_escape::encode_text(&render::endonym(&l.locale)),
            links = links.join(", ")
        );
    }
    let body = format!("<h1>relais</h1>\n<ul class=\"languages\">\n{items}</ul>\n");
    let page = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>relais — languages</title>\n<style>{}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        render::CSS
    );
    project.write_file(&out.join("index.html"), &page)
}
