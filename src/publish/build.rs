//! `relais build`: Fluent bundles per locale, formatted and rendered into
//! `dist/<locale>/<document>.html` and `.md`, and `dist/index.html`.
//!
//! Each locale's messages are formatted with fluent-bundle (no bidi
//! isolation marks: the output is a document, not UI), every
//! `FluentError` reported. A message that is missing, or waits for review,
//! falls back to the source locale with a warning (`--strict` makes that an
//! error). A locale whose files have error-severity problems is not
//! published: it gets no `dist/<locale>/`, and the build exits 1 after
//! building the others.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentBundle, FluentResource};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

use crate::error::{Error, Result};
use crate::files::atomic_write_str;
use crate::project::Project;
use crate::publish::document::SourceDocument;
use crate::publish::render::{self, Page, Texts};
use crate::publish::target::TargetFile;

/// A problem that blocks publication of a locale.
#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    /// Check id or `fluent-error`.
    pub check: String,
    /// File.
    pub file: String,
    /// Line, when known.
    pub line: Option<u64>,
    /// Column, when known.
    pub column: Option<u64>,
    /// Message id, when known.
    pub message_id: Option<String>,
    /// What is wrong.
    pub message: String,
}

/// Decides which problems block a locale: `relais build` passes the
/// error-severity findings of `relais check`.
pub type Gate<'a> = dyn Fn(&str) -> Result<Vec<Problem>> + 'a;

/// One rendered document.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentOutput {
    /// Document name.
    pub document: String,
    /// Title in this locale.
    pub title: String,
    /// HTML file.
    pub html: String,
    /// Markdown file.
    pub markdown: String,
    /// Messages shown in the source locale instead.
    pub fallbacks: Vec<String>,
}

/// One locale's build.
#[derive(Debug, Clone, Serialize)]
pub struct LocaleOutput {
    /// Locale.
    pub locale: String,
    /// Whether it was published.
    pub published: bool,
    /// Rendered documents.
    pub documents: Vec<DocumentOutput>,
    /// Problems (blocking ones and formatting errors).
    pub problems: Vec<Problem>,
}

/// The whole build.
#[derive(Debug, Clone, Serialize)]
pub struct BuildReport {
    /// Output directory.
    pub out: String,
    /// Per locale.
    pub locales: Vec<LocaleOutput>,
    /// The index page.
    pub index: String,
}

impl BuildReport {
    /// Whether some locale was not published or had errors.
    pub fn has_errors(&self) -> bool {
        self.locales.iter().any(|l| !l.published)
    }
}

/// Options.
pub struct BuildOptions<'a> {
    /// Output directory.
    pub out: PathBuf,
    /// Fallbacks are errors.
    pub strict: bool,
    /// Blocking problems per locale.
    pub gate: &'a Gate<'a>,
}

fn langid(locale: &str) -> Result<LanguageIdentifier> {
    locale.parse().map_err(|e| Error::Language {
        tag: locale.to_string(),
        reason: format!("{e}"),
    })
}

/// A bundle for one locale with one document's resource.
fn bundle(locale: &str, path: &Path) -> Result<(FluentBundle<FluentResource>, Vec<Problem>)> {
    let mut bundle = FluentBundle::new(vec![langid(locale)?]);
    bundle.set_use_isolating(false);
    let mut problems = Vec::new();
    if path.exists() {
        let (text, _) = crate::files::read_text(path)?;
        let text = crate::fluent::resource::sanitize_unicode_escapes(&text).unwrap_or(text);
        let resource = match FluentResource::try_new(text) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    problems.push(Problem {
                        check: "syntax-error".into(),
                        file: path.display().to_string(),
                        line: None,
                        column: None,
                        message_id: None,
                        message: e.kind.to_string(),
                    });
                }
                r
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            for e in errors {
                problems.push(Problem {
                    check: "fluent-error".into(),
                    file: path.display().to_string(),
                    line: None,
                    column: None,
                    message_id: None,
                    message: e.to_string(),
                });
            }
        }
    }
    Ok((bundle, problems))
}

fn format_message(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    errors: &mut Vec<String>,
) -> Option<String> {
    let msg = bundle.get_message(id)?;
    let pattern = msg.value()?;
    let mut errs = Vec::new();
    let text = bundle.format_pattern(pattern, None, &mut errs).into_owned();
    errors.extend(errs.into_iter().map(|e| e.to_string()));
    Some(text)
}

/// Builds every locale of the project.
pub fn build(
    project: &Project,
    options: &BuildOptions<'_>,
    warn: &dyn Fn(&str),
) -> Result<BuildReport> {
    let config = project.require_config()?;
    let source = config.source_locale.clone();
    let mut locales = vec![source.clone()];
    locales.extend(config.locales.iter().cloned());
    let docs: Vec<SourceDocument> = config
        .documents
        .iter()
        .map(|d| SourceDocument::load(project, &d.name))
        .collect::<Result<_>>()?;
    std::fs::create_dir_all(&options.out).map_err(|e| Error::io(&options.out, e))?;

    let mut report = BuildReport {
        out: options.out.display().to_string(),
        locales: Vec::new(),
        index: options.out.join("index.html").display().to_string(),
    };
    for locale in &locales {
        let mut out = LocaleOutput {
            locale: locale.clone(),
            published: false,
            documents: Vec::new(),
            problems: (options.gate)(locale)?,
        };
        let blocked = !out.problems.is_empty();
        let dir = options.out.join(locale);
        if blocked {
            // A locale with errors is not published.
            if dir.exists() {
                std::fs::remove_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
            }
            report.locales.push(out);
            continue;
        }
        let mut rendered = Vec::new();
        let mut failed = false;
        for doc in &docs {
            let (source_bundle, _) = bundle(&source, &doc.path)?;
            let path = project.resource_path(locale, &doc.name);
            let (target_bundle, mut problems) = bundle(locale, &path)?;
            let target = TargetFile::load(&path)?;
            let mut texts = Texts::new();
            let mut fallbacks = Vec::new();
            for block in &doc.blocks {
                let usable = locale == &source
                    || target.message(&block.id).is_some_and(|m| !m.needs_review());
                let mut errors = Vec::new();
                let text = if usable {
                    format_message(&target_bundle, &block.id, &mut errors)
                } else {
                    None
                };
                let text = match text {
                    Some(t) => t,
                    None => {
                        if locale != &source {
                            fallbacks.push(block.id.clone());
                        }
                        format_message(&source_bundle, &block.id, &mut errors).unwrap_or_default()
                    }
                };
                for e in errors {
                    problems.push(Problem {
                        check: "fluent-error".into(),
                        file: path.display().to_string(),
                        line: None,
                        column: None,
                        message_id: Some(block.id.clone()),
                        message: e,
                    });
                }
                texts.insert(block.id.clone(), text);
            }
            if !fallbacks.is_empty() {
                let message = crate::t!(
                    "build-fallback",
                    "locale" => locale.as_str(),
                    "document" => doc.name.as_str(),
                    "count" => fallbacks.len(),
                    "ids" => fallbacks.join(", ")
                );
                if options.strict {
                    problems.push(Problem {
                        check: "missing-message".into(),
                        file: path.display().to_string(),
                        line: None,
                        column: None,
                        message_id: None,
                        message,
                    });
                } else {
                    warn(&message);
                }
            }
            // Formatting errors would show as raw placeables: not published.
            failed |= !problems.is_empty();
            out.problems.extend(problems);
            rendered.push((doc, texts, fallbacks));
        }
        if failed {
            if dir.exists() {
                std::fs::remove_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
            }
            report.locales.push(out);
            continue;
        }
        for (doc, texts, fallbacks) in rendered {
            let title = doc
                .blocks
                .iter()
                .find(|b| matches!(b.kind, crate::publish::document::BlockKind::Heading(_)))
                .and_then(|b| texts.get(&b.id))
                .map(|t| crate::publish::markup::strip(t))
                .unwrap_or_else(|| doc.name.clone());
            let alternates: Vec<(String, String)> = locales
                .iter()
                .map(|l| (l.clone(), format!("../{l}/{}.html", doc.name)))
                .collect();
            let body = render::html_body(&doc.blocks, &texts);
            let html = render::html_page(&Page {
                locale,
                title: &title,
                body: &body,
                alternates: &alternates,
            });
            let html_path = dir.join(format!("{}.html", doc.name));
            let md_path = dir.join(format!("{}.md", doc.name));
            atomic_write_str(&html_path, &html)?;
            atomic_write_str(&md_path, &render::markdown(&doc.blocks, &texts))?;
            out.documents.push(DocumentOutput {
                document: doc.name.clone(),
                title: title.clone(),
                html: html_path.display().to_string(),
                markdown: md_path.display().to_string(),
                fallbacks,
            });
        }
        out.published = true;
        report.locales.push(out);
    }
    write_index(&options.out, &report)?;
    Ok(report)
}

fn write_index(out: &Path, report: &BuildReport) -> Result<()> {
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
        items.push_str(&format!(
            "<li lang=\"{loc}\"><strong>{name}</strong> — {links}</li>\n",
            loc = l.locale,
            name = html_escape::encode_text(&render::endonym(&l.locale)),
            links = links.join(", ")
        ));
    }
    let body = format!("<h1>relais</h1>\n<ul class=\"languages\">\n{items}</ul>\n");
    let page = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>relais — languages</title>\n<style>{}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        render::CSS
    );
    atomic_write_str(&out.join("index.html"), &page)
}

/// Messages of a document shown per locale, for tests and status.
pub fn texts_of(
    project: &Project,
    locale: &str,
    document: &str,
) -> Result<BTreeMap<String, String>> {
    let path = project.resource_path(locale, document);
    let (bundle, _) = bundle(locale, &path)?;
    let doc = SourceDocument::load(project, document)?;
    let mut out = BTreeMap::new();
    for b in &doc.blocks {
        let mut errors = Vec::new();
        if let Some(t) = format_message(&bundle, &b.id, &mut errors) {
            out.insert(b.id.clone(), t);
        }
    }
    Ok(out)
}
